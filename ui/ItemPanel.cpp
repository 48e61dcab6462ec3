#include "ui/ItemPanel.h"

#include "core/util/Language.h"
#include "ui/AnswerEditor.h"
#include "ui/QuestionnaireModel.h"
#include "ui/ReadOnlyHint.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ab::ui
{

namespace
{
QStringList localPaths(const QMimeData *mime)
{
    QStringList out;
    if (mime && mime->hasUrls())
        for (const QUrl &u : mime->urls())
            if (u.isLocalFile())
                out.append(u.toLocalFile());
    return out;
}

QLabel *heading(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("font-weight: bold;"));
    return l;
}

QLabel *body(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}
} // namespace

ItemPanel::ItemPanel(QWidget *parent) : QWidget(parent)
{
    m_title = body(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_title->setFont(big);
    m_info = body(this);
    m_guidanceHead = heading(this);
    m_guidance = body(this);
    m_clausesHead = heading(this);
    m_clauses = body(this);
    m_answerHead = heading(this);
    m_editor = new AnswerEditor(this);
    m_noteHead = heading(this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("answerNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().height() * 5);
    m_noteHead->setBuddy(m_note);
    m_evidenceHead = heading(this);
    m_evidence = new QListWidget(this);
    m_evidence->setObjectName(QStringLiteral("answerEvidence"));
    m_evidence->setMaximumHeight(fontMetrics().height() * 6);
    m_evidenceHead->setBuddy(m_evidence);
    m_attach = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_dropHint = body(this);
    m_dropHint->setEnabled(false);
    m_recorded = body(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveAnswer"));
    m_save->setDefault(true);
    m_finding = new QPushButton(this);
    m_finding->setObjectName(QStringLiteral("answerFinding"));

    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_attach);
    evidenceButtons->addWidget(m_remove);
    evidenceButtons->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_recorded, 1);
    saveRow->addWidget(m_finding, 0, Qt::AlignBottom);
    saveRow->addWidget(m_save, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_info, m_guidanceHead, m_guidance, m_clausesHead, m_clauses, m_answerHead,
                                                       m_editor, m_noteHead, m_note, m_evidenceHead, m_evidence})
        layout->addWidget(w);
    layout->addLayout(evidenceButtons);
    layout->addWidget(m_dropHint);
    layout->addStretch(1);
    layout->addLayout(saveRow);
    setAcceptDrops(true);

    connect(m_save, &QPushButton::clicked, this, &ItemPanel::saveRequested);
    connect(m_attach, &QPushButton::clicked, this, &ItemPanel::attachRequested);
    connect(m_finding, &QPushButton::clicked, this, &ItemPanel::findingRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_evidence->currentRow();
        if (row >= 0 && row < m_evidenceIds.size()) {
            m_evidenceIds.removeAt(row);
            renderEvidence();
        }
    });
    retranslate();
    render();
}

void ItemPanel::setStatus(std::shared_ptr<const catalog::Questionnaire> owner, const catalog::ItemStatus *status)
{
    m_owner = std::move(owner);
    m_status = status && m_owner ? std::optional<catalog::ItemStatus>(*status) : std::nullopt;
    m_editor->setItem(m_status ? m_status->item : nullptr,
                      m_status && m_status->answer ? std::optional<QJsonValue>(m_status->answer->value) : std::nullopt);
    m_note->setPlainText(m_status && m_status->answer ? m_status->answer->note : QString());
    m_evidenceIds = m_status && m_status->answer ? m_status->answer->evidence : QList<qint64>();
    render();
}

void ItemPanel::updateStatus(const catalog::ItemStatus *status)
{
    if (m_status && status && status->item == m_status->item) {
        m_status = *status;
        renderState();
    }
}

QString ItemPanel::itemId() const
{
    return m_status ? m_status->item->id : QString();
}

QString ItemPanel::note() const
{
    return m_note->toPlainText();
}

void ItemPanel::setEvidence(const QList<qint64> &ids)
{
    m_evidenceIds = ids;
    renderEvidence();
}

void ItemPanel::addEvidence(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (!m_evidenceIds.contains(id))
            m_evidenceIds.append(id);
    renderEvidence();
}

void ItemPanel::setNameLookup(std::function<QString(qint64)> lookup)
{
    m_names = std::move(lookup);
    renderEvidence();
}

void ItemPanel::setEditable(bool writable, bool busy, const QString &why)
{
    const bool any = m_status.has_value();
    m_canDrop = any && writable && !busy;
    m_writable = writable && !busy;
    m_why = writable ? QString() : why;
    m_save->setEnabled(any && writable);
    renderState();
    m_attach->setEnabled(any && writable);
    m_remove->setEnabled(any && writable);
    // What cannot be saved is not editable either; the note stays readable.
    m_editor->setEnabled(writable);
    m_note->setReadOnly(!writable);
    m_note->setToolTip(m_why);
    readonly::explain({m_save, m_attach, m_remove, m_finding, m_editor}, m_why);
}

void ItemPanel::render()
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_guidanceHead, m_guidance, m_clausesHead, m_clauses, m_answerHead, m_editor, m_noteHead, m_note,
                                          m_evidenceHead, m_evidence, m_attach, m_remove, m_dropHint, m_save})
        w->setVisible(m_status.has_value());
    if (!m_status) {
        m_finding->hide();
        m_title->setText(tr("Select an item in the list to answer it."));
        m_info->clear();
        m_recorded->clear();
        return;
    }
    const catalog::Item &item = *m_status->item;
    const QString lang = Language::current();
    m_title->setText(tr("%1  %2").arg(item.id, item.text.text(lang)));
    m_guidance->setText(item.guidance.text(lang));
    QStringList clauses;
    for (const catalog::Clause &c : item.clauses) {
        const catalog::Source *src = m_owner->catalog().source(c.source);
        // "source — clause"; a clause is only as verified as its source.
        QString line = QStringLiteral("• %1 — %2").arg(src ? src->title.text(lang) : c.source, c.ref);
        if (!c.verified || (src && !src->verified))
            line += QLatin1Char(' ') + tr("(unverified)");
        clauses.append(line);
    }
    m_clauses->setText(clauses.join(QLatin1Char('\n')));
    m_editor->retranslate();
    renderState();
    renderEvidence();
}

void ItemPanel::renderState()
{
    if (!m_status)
        return;
    const catalog::Item &item = *m_status->item;
    const catalog::Section *sec = m_owner->catalog().section(item.section);
    const QString lang = Language::current();
    QString info = tr("%1 · severity %2 · weight %3 · %4")
                       .arg(sec ? sec->title.text(lang) : item.section, QuestionnaireModel::severityName(item.severity))
                       .arg(item.weight)
                       .arg(QuestionnaireModel::stateName(m_status->state));
    if (!m_status->problem.isEmpty())
        info += QLatin1Char('\n') + m_status->problem;
    m_info->setText(info);
    // Only a saved answer that falls short becomes a finding.
    const bool short_ = m_status->answer && m_status->compliance && *m_status->compliance < 1.0;
    m_finding->setVisible(short_);
    m_finding->setEnabled(short_ && m_writable);
    readonly::explain(m_finding, m_why);
    if (!m_status->answer) {
        m_recorded->setText(tr("Not answered yet."));
        return;
    }
    const catalog::Answer &a = *m_status->answer;
    QString rec = a.source == QLatin1String("probe")
                      ? tr("Answered by a probe on %1.").arg(QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat))
                      : tr("Answered by %1 on %2.").arg(a.by, QLocale().toString(a.at.toLocalTime(), QLocale::ShortFormat));
    if (!a.overrideReason.isEmpty())
        rec += QLatin1Char(' ') + tr("Overrides a probe's answer: %1").arg(a.overrideReason);
    m_recorded->setText(rec);
}

void ItemPanel::renderEvidence()
{
    m_evidence->clear();
    for (qint64 id : m_evidenceIds) {
        const QString name = m_names ? m_names(id) : QString();
        m_evidence->addItem(tr("#%1  %2").arg(id).arg(name.isEmpty() ? tr("(not in this inspection)") : name));
    }
}

void ItemPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_canDrop && !localPaths(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void ItemPanel::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (!m_canDrop || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT pathsDropped(paths);
}

void ItemPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void ItemPanel::retranslate()
{
    m_guidanceHead->setText(tr("Guidance"));
    m_clausesHead->setText(tr("Clauses"));
    m_answerHead->setText(tr("Answer"));
    m_noteHead->setText(tr("No&te:"));
    m_evidenceHead->setText(tr("Evidence attached:"));
    m_attach->setText(tr("&Attach…"));
    m_remove->setText(tr("Re&move"));
    m_dropHint->setText(tr("Drop files here to add them to the inspection's evidence and attach them to this answer."));
    m_save->setText(tr("&Save answer"));
    m_finding->setText(tr("&Record as a finding…"));
    m_finding->setToolTip(tr("The saved answer falls short: record it as a finding (title, severity and recommendation from the item)."));
}

} // namespace ab::ui
