#include "ui/QuestionnairePage.h"

#include "core/catalog/Questionnaire.h"
#include "core/inspection/InspectionFile.h"
#include "core/util/Language.h"
#include "ui/AnswerEditor.h"
#include "ui/DialogProvider.h"
#include "ui/InspectionSession.h"
#include "ui/ItemPanel.h"
#include "ui/QuestionnaireFilter.h"
#include "ui/QuestionnaireModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ab::ui
{

QuestionnairePage::QuestionnairePage(const QString &kind, DialogProvider *dialogs, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_dialogs(dialogs)
{
    setObjectName(kind + QStringLiteral("Page"));
    m_model = new QuestionnaireModel(kind, this);
    m_filter = new QuestionnaireFilter(this);
    m_filter->setSourceModel(m_model);

    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMinimumWidth(200);
    m_progressLabel->setBuddy(m_progress);
    m_showLabel = new QLabel(this);
    m_show = new QComboBox(this);
    m_showLabel->setBuddy(m_show);
    m_sectionLabel = new QLabel(this);
    m_section = new QComboBox(this);
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sectionLabel->setBuddy(m_section);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_progressLabel);
    bar->addWidget(m_progress, 1);
    bar->addSpacing(16);
    bar->addWidget(m_showLabel);
    bar->addWidget(m_show);
    bar->addSpacing(8);
    bar->addWidget(m_sectionLabel);
    bar->addWidget(m_section);

    m_view = new QTableView(this);
    m_view->setObjectName(kind + QStringLiteral("View"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->hideColumn(QuestionnaireModel::Severity);
    m_view->horizontalHeader()->setSectionResizeMode(QuestionnaireModel::Text, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(QuestionnaireModel::Id, QHeaderView::ResizeToContents); // "Mục kiểm tra"
    m_view->setColumnWidth(QuestionnaireModel::Section, 150);
    m_view->setColumnWidth(QuestionnaireModel::State, 100);
    m_view->setColumnWidth(QuestionnaireModel::Value, 130);
    m_panel = new ItemPanel(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_panel);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(kind + QStringLiteral("Splitter")); // its sizes are remembered
    split->addWidget(m_view);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this](int i) { m_filter->setShow(QuestionnaireFilter::Show(std::max(0, i))); });
    connect(m_section, &QComboBox::currentIndexChanged, this, [this] { m_filter->setSection(m_section->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuestionnairePage::showCurrent);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &QuestionnairePage::showCurrent);
    connect(m_panel, &ItemPanel::saveRequested, this, &QuestionnairePage::save);
    connect(m_panel, &ItemPanel::attachRequested, this, &QuestionnairePage::attach);
    connect(m_panel, &ItemPanel::findingRequested, this, [this] {
        if (!m_panel->itemId().isEmpty())
            Q_EMIT findingRequested(m_panel->itemId());
    });
    connect(m_panel, &ItemPanel::pathsDropped, this,
            [this](const QStringList &paths) { Q_EMIT importRequested(m_panel->itemId(), paths); });
    retranslate();
    updateEnabled();
}

void QuestionnairePage::setQuestionnaire(InspectionSession *session, std::shared_ptr<catalog::Questionnaire> questionnaire)
{
    m_session = session;
    m_panel->setStatus(nullptr, nullptr); // before the catalog it points into may go
    m_model->setQuestionnaire(std::move(questionnaire));
    fillSections();
    updateProgress();
    updateEnabled();
    // Start where the work is: the first pending item, else the first one.
    QModelIndex start = m_filter->index(0, 0);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (m_filter->index(r, 0).data(QuestionnaireModel::StateRole).toInt() == int(catalog::ItemState::Pending)) {
            start = m_filter->index(r, 0);
            break;
        }
    if (start.isValid())
        m_view->setCurrentIndex(start);
}

void QuestionnairePage::refresh()
{
    m_model->refresh();
    m_panel->updateStatus(m_model->status(m_panel->itemId()));
    updateProgress();
}

void QuestionnairePage::setNameLookup(std::function<QString(qint64)> lookup)
{
    m_panel->setNameLookup(std::move(lookup));
}

void QuestionnairePage::attachImported(const QString &itemId, const QList<qint64> &ids)
{
    if (m_panel->itemId() == itemId)
        m_panel->addEvidence(ids);
}

void QuestionnairePage::updateEnabled()
{
    const bool open = m_session && m_model->questionnaire();
    m_panel->setEditable(open && m_session->file().isWritable(), open && m_session->isBusy(), open ? m_session->readOnlyReason() : QString());
}

bool QuestionnairePage::selectItem(const QString &itemId)
{
    const int row = m_model->rowOf(itemId);
    const QModelIndex i = m_filter->mapFromSource(m_model->index(row, 0));
    if (!i.isValid())
        return false;
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
    return true;
}

void QuestionnairePage::showCurrent()
{
    const QModelIndex i = m_view->currentIndex();
    const QString id = i.isValid() ? i.data(QuestionnaireModel::ItemIdRole).toString() : QString();
    if (!id.isEmpty() && id == m_panel->itemId())
        return; // the same item after a re-sort or a save: keep what is being typed
    m_panel->setStatus(m_model->questionnaire(), id.isEmpty() ? nullptr : m_model->status(id));
    updateEnabled();
}

void QuestionnairePage::save()
{
    const QString id = m_panel->itemId();
    const catalog::ItemStatus *status = m_model->status(id);
    if (!m_session || !status)
        return;
    const QString value = m_panel->editor()->valueText();
    if (value.isEmpty()) {
        m_dialogs->message(this, DialogProvider::Severity::Information, tr("Save answer"), tr("Choose an answer for %1 first.").arg(id));
        return;
    }
    const QString note = m_panel->note();
    const QList<qint64> evidence = m_panel->evidence();
    if (status->answer && status->answer->source == QLatin1String("probe")) {
        QPointer<QuestionnairePage> self(this);
        m_dialogs->overrideReason(this, id, [self, id, value, note, evidence](const QString &reason) {
            if (self && !reason.trimmed().isEmpty())
                self->store(id, value, note, evidence, reason);
        });
        return;
    }
    store(id, value, note, evidence, QString());
}

void QuestionnairePage::store(const QString &itemId, const QString &value, const QString &note, const QList<qint64> &evidence,
                              const QString &reason)
{
    if (!m_session || !m_model->questionnaire())
        return;
    if (m_session->isBusy()) {
        // A worker may hold the write lock; answers wait for it rather than block the window.
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Save answer"),
                           tr("Wait for the running task to finish (or cancel it), then save the answer again."));
        return;
    }
    auto saved = m_model->questionnaire()->answer(itemId, value, note, evidence, reason);
    if (!saved) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Save answer"), saved.error().message);
        return;
    }
    Q_EMIT answersChanged();         // the owner refreshes every page, this one included
    if (m_panel->itemId() == itemId) // a "pending" filter may have moved on to the next item
        m_panel->setStatus(m_model->questionnaire(), m_model->status(itemId));
    updateEnabled();
}

void QuestionnairePage::attach()
{
    if (m_panel->itemId().isEmpty() || !m_session)
        return;
    QPointer<QuestionnairePage> self(this);
    const QString id = m_panel->itemId();
    EvidencePick pick;
    pick.chosen = m_panel->evidence();
    pick.hint = tr("Tick the evidence that supports this answer (Space ticks the current row).");
    m_dialogs->pickEvidence(this, m_session->file(), pick, [self, id](std::optional<QList<qint64>> chosen) {
        if (self && chosen && self->m_panel->itemId() == id)
            self->m_panel->setEvidence(*chosen);
    });
}

void QuestionnairePage::fillSections()
{
    const QString keep = m_section->currentData().toString();
    const QSignalBlocker block(m_section);
    m_section->clear();
    m_section->addItem(tr("All sections"), QString());
    if (const auto &q = m_model->questionnaire()) {
        const QString lang = Language::current();
        for (const catalog::Section &s : q->catalog().sections()) {
            const bool used = std::any_of(q->catalog().items().cbegin(), q->catalog().items().cend(),
                                          [&](const catalog::Item &i) { return i.section == s.id && i.kind == m_kind; });
            if (used)
                m_section->addItem(s.title.text(lang), s.id);
        }
    }
    const int i = m_section->findData(keep);
    m_section->setCurrentIndex(std::max(0, i));
    m_filter->setSection(m_section->currentData().toString());
}

void QuestionnairePage::updateProgress()
{
    const int answered = m_model->answeredCount();
    const int applicable = m_model->applicableCount();
    m_progress->setRange(0, std::max(1, applicable));
    m_progress->setValue(answered);
    m_progress->setFormat(tr("%1 / %2 answered").arg(answered).arg(applicable));
    m_progress->setAccessibleDescription(m_progress->format());
}

void QuestionnairePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // texts come from the catalog in memory: no file access
    QWidget::changeEvent(event);
}

void QuestionnairePage::retranslate()
{
    m_progressLabel->setText(tr("Progress:"));
    m_showLabel->setText(tr("Sho&w:"));
    m_sectionLabel->setText(tr("Sectio&n:"));
    const int show = std::max(0, m_show->currentIndex());
    const QSignalBlocker block(m_show);
    m_show->clear();
    m_show->addItems({tr("All items"), tr("Pending"), tr("Non-compliant")});
    m_show->setCurrentIndex(show);
    fillSections();
    updateProgress();
    m_model->retranslate();
}

} // namespace ab::ui
