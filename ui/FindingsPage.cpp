#include "ui/FindingsPage.h"

#include "core/catalog/Questionnaire.h"
#include "core/findings/FindingService.h"
#include "core/inspection/InspectionFile.h"
#include "core/util/Language.h"
#include "ui/DialogProvider.h"
#include "ui/FindingEditor.h"
#include "ui/FindingsFilter.h"
#include "ui/FindingsModel.h"
#include "ui/InspectionSession.h"
#include "ui/ReadOnlyHint.h"
#include "ui/SeverityDelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ab::ui
{

FindingsPage::FindingsPage(DialogProvider *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("findingsPage"));
    m_model = new FindingsModel(this);
    m_filter = new FindingsFilter(this);
    m_filter->setFindings(m_model);

    m_textLabel = new QLabel(this);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("findingsText"));
    m_text->setClearButtonEnabled(true);
    m_textLabel->setBuddy(m_text);
    m_severityLabel = new QLabel(this);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("findingsSeverity"));
    m_severityLabel->setBuddy(m_severity);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("findingsStatus"));
    m_statusLabel->setBuddy(m_status);
    m_count = new QLabel(this);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("findingNew"));
    m_fromAnswer = new QPushButton(this);
    m_fromAnswer->setObjectName(QStringLiteral("findingFromAnswer"));
    m_merge = new QPushButton(this);
    m_merge->setObjectName(QStringLiteral("findingMerge"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_textLabel);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_severityLabel);
    filters->addWidget(m_severity);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_count);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_fromAnswer);
    actions->addWidget(m_merge);
    actions->addStretch(1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(FindingsModel::Severity, new SeverityDelegate(FindingsModel::SeverityRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // A large inspection stays quick: rows are all one height, nothing measures them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(FindingsModel::Title, QHeaderView::Stretch);
    h->setSortIndicator(-1, Qt::AscendingOrder); // the report's order until a header is clicked
    m_view->setSortingEnabled(true);

    m_editor = new FindingEditor(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_editor);
    scroll->setFrameShape(QFrame::NoFrame);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("findingsSplitter"));
    auto *left = new QWidget(m_split);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addLayout(actions);
    ll->addWidget(m_view, 1);
    m_split->addWidget(left);
    m_split->addWidget(scroll);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({fontMetrics().averageCharWidth() * 100, fontMetrics().averageCharWidth() * 55});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_split, 1);
    setTabOrder(m_text, m_severity);
    setTabOrder(m_severity, m_status);
    setTabOrder(m_status, m_new);
    setTabOrder(m_new, m_fromAnswer);
    setTabOrder(m_fromAnswer, m_merge);
    setTabOrder(m_merge, m_view);
    setTabOrder(m_view, m_editor->titleEdit());

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_filter->setText(m_text->text()); });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] { m_filter->setSeverity(m_severity->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(FindingsFilter::Status(m_status->currentData().toInt())); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &FindingsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &FindingsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FindingsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &FindingsPage::updateCount);
    connect(m_model, &FindingsModel::countsChanged, this, &FindingsPage::updateCount);
    connect(m_model, &FindingsModel::readFailed, this, [this](const QString &message) {
        m_dialogs->message(this, DialogProvider::Severity::Critical, tr("Cannot read the findings"), message);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPage::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsPage::updateEnabled);
    connect(m_new, &QPushButton::clicked, this, [this] { newFinding(); });
    connect(m_fromAnswer, &QPushButton::clicked, this, &FindingsPage::chooseAnswer);
    connect(m_merge, &QPushButton::clicked, this, &FindingsPage::mergeSelected);
    connect(m_editor, &FindingEditor::saveRequested, this, &FindingsPage::save);
    connect(m_editor, &FindingEditor::attachRequested, this, &FindingsPage::attach);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_editor->record())
            save();
    });
    retranslate();
    updateEnabled();
}

void FindingsPage::setSession(InspectionSession *session)
{
    m_session = session;
    m_editor->setRecord(std::nullopt);
    m_model->setFile(session ? &session->file() : nullptr, [this] { return m_session && !m_session->isBusy(); });
    afterReload(0);
}

void FindingsPage::setQuestionnaire(std::shared_ptr<catalog::Questionnaire> questionnaire)
{
    m_questionnaire = std::move(questionnaire);
    m_editor->setQuestionnaire(m_questionnaire);
    updateEnabled();
}

void FindingsPage::setNameLookup(std::function<QString(qint64)> lookup)
{
    m_editor->setNameLookup(std::move(lookup));
}

bool FindingsPage::canWrite() const
{
    return m_session && m_session->file().isWritable() && !m_session->isBusy();
}

void FindingsPage::reload()
{
    const qint64 keep = currentId();
    m_model->reload();
    afterReload(keep);
}

void FindingsPage::afterReload(qint64 keep)
{
    QList<DeviceRecord> devices;
    if (m_session && !m_session->isBusy() && m_session->file().schemaVersion() >= 3) {
        if (auto d = AssetStore(m_session->file()).devices())
            devices = *d;
    }
    m_editor->setDevices(devices);
    if (m_filter->isFiltering())
        m_model->fetchAll();
    if (!m_editor->isDraft() && (keep <= 0 || !selectFinding(keep)))
        m_editor->setRecord(std::nullopt);
    updateCount();
    updateEnabled();
}

bool FindingsPage::selectFinding(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    QModelIndex i = m_filter->mapFromSource(m_model->index(row, FindingsModel::Title));
    if (!i.isValid()) {
        // Hidden by the filters: show everything rather than lose it.
        m_text->clear();
        m_filter->setText(QString());
        m_severity->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        i = m_filter->mapFromSource(m_model->index(row, FindingsModel::Title));
    }
    if (!i.isValid())
        return false;
    m_view->setCurrentIndex(i);
    m_view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(i);
    // The row may have been current already, or read again since: show what the file holds now.
    if (!m_editor->isDirty())
        m_editor->setRecord(*m_model->recordAt(row));
    return true;
}

qint64 FindingsPage::currentId() const
{
    return m_editor->record() ? m_editor->record()->id : 0;
}

QList<qint64> FindingsPage::selectedIds() const
{
    QList<qint64> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        out.append(i.data(FindingsModel::IdRole).toLongLong());
    std::sort(out.begin(), out.end());
    return out;
}

void FindingsPage::showCurrent()
{
    const QModelIndex i = m_view->currentIndex();
    const qint64 id = i.isValid() ? i.data(FindingsModel::IdRole).toLongLong() : 0;
    if (m_editor->record() && m_editor->record()->id == id && id != 0)
        return;
    // Moving on keeps what was typed: it is saved first (a draft nobody touched is let go).
    if (m_editor->isDirty() && !save())
        return;
    const int row = m_model->rowOfId(id);
    m_editor->setRecord(row >= 0 ? std::optional<FindingRecord>(*m_model->recordAt(row)) : std::nullopt);
    updateEnabled();
}

void FindingsPage::newFinding(const FindingRecord &prefill)
{
    if (!canWrite())
        return;
    if (m_editor->isDirty() && !save())
        return;
    FindingRecord draft = prefill;
    draft.id = 0;
    if (draft.severity.isEmpty())
        draft.severity = QStringLiteral("medium");
    if (draft.status.isEmpty())
        draft.status = QStringLiteral("open");
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->clearSelection();
    }
    m_editor->setRecord(draft);
    m_editor->titleEdit()->setFocus(Qt::OtherFocusReason);
    updateEnabled();
}

bool FindingsPage::save()
{
    if (!m_editor->record())
        return false;
    if (!canWrite()) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Save finding"),
                           tr("Wait for the running task to finish (or cancel it), then save the finding again."));
        return false;
    }
    findings::FindingService service(m_session->file());
    Result<FindingRecord> saved =
        m_editor->isDraft() ? service.add(m_editor->edited()) : service.edit(m_editor->record()->id, m_editor->changes());
    if (!saved) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Save finding"), saved.error().message);
        return false;
    }
    const bool added = m_editor->isDraft();
    m_editor->setRecord(*saved);
    if (added) {
        m_model->reload();
        if (m_filter->isFiltering())
            m_model->fetchAll();
        selectFinding(saved->id);
        Q_EMIT statusMessage(tr("Finding #%1 recorded.").arg(saved->id));
    } else {
        m_model->updateRecord(*saved);
        Q_EMIT statusMessage(tr("Finding #%1 saved.").arg(saved->id));
    }
    Q_EMIT findingsChanged();
    updateEnabled();
    return true;
}

bool FindingsPage::createFromAnswer(const QString &itemId)
{
    if (!canWrite() || !m_questionnaire)
        return false;
    findings::FindingService service(m_session->file());
    auto existing = service.findingForAnswer(itemId);
    if (existing && *existing > 0) {
        selectFinding(*existing);
        Q_EMIT statusMessage(tr("Finding #%1 already records the answer to %2.").arg(*existing).arg(itemId));
        return true;
    }
    auto made = service.fromAnswer(*m_questionnaire, itemId, Language::current());
    if (!made) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Finding from an answer"), made.error().message);
        return false;
    }
    if (m_editor->isDirty() || m_editor->isDraft())
        m_editor->setRecord(std::nullopt); // the new finding takes the editor
    m_model->reload();
    if (m_filter->isFiltering())
        m_model->fetchAll();
    selectFinding(made->id);
    Q_EMIT statusMessage(tr("Finding #%1 recorded from the answer to %2.").arg(made->id).arg(itemId));
    Q_EMIT findingsChanged();
    return true;
}

void FindingsPage::chooseAnswer()
{
    if (!canWrite() || !m_questionnaire)
        return;
    findings::FindingService service(m_session->file());
    const QString lang = Language::current();
    QStringList labels, ids;
    for (const catalog::ItemStatus &s : m_questionnaire->evaluate()) {
        if (!s.answer || !s.compliance || *s.compliance >= 1.0)
            continue;
        auto existing = service.findingForAnswer(s.item->id);
        if (existing && *existing > 0)
            continue;
        const QString value = s.answer->value.toString();
        labels.append(QStringLiteral("%1 — %2 (%3)")
                          .arg(s.item->id, s.item->text.text(lang), value == QLatin1String("partial") ? tr("partial") : tr("not met")));
        ids.append(s.item->id);
    }
    if (ids.isEmpty()) {
        m_dialogs->message(this, DialogProvider::Severity::Information, tr("Finding from an answer"),
                           tr("Every non-compliant or partial answer already has a finding; there is nothing to make one from."));
        return;
    }
    QPointer<FindingsPage> self(this);
    m_dialogs->chooseOne(this, tr("Finding from an answer"), tr("The answer the finding records:"), labels, 0, [self, ids](int i) {
        if (self && i >= 0 && i < ids.size())
            self->createFromAnswer(ids.at(i));
    });
}

void FindingsPage::mergeSelected()
{
    if (!canWrite())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.size() < 2) {
        m_dialogs->message(
            this, DialogProvider::Severity::Information, tr("Merge duplicates"),
            tr("Select two or more findings that describe the same problem (Ctrl+click, or Shift with the arrow keys), then merge."));
        return;
    }
    if (m_editor->isDirty() && !save())
        return;
    QStringList labels;
    int current = 0;
    for (qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        const FindingRecord *f = m_model->recordAt(row);
        labels.append(f ? tr("#%1 %2: %3").arg(id).arg(FindingsModel::severityName(f->severity), f->title) : tr("#%1").arg(id));
        if (id == currentId())
            current = int(labels.size() - 1);
    }
    QPointer<FindingsPage> self(this);
    m_dialogs->chooseOne(this, tr("Merge duplicates"),
                         tr("The finding that stays; it takes the others' evidence and details, and they are kept, marked merged:"), labels,
                         current, [self, ids](int i) {
                             if (!self || i < 0 || i >= ids.size() || !self->canWrite())
                                 return;
                             QList<qint64> others = ids;
                             const qint64 keep = others.takeAt(i);
                             auto merged = findings::FindingService(self->m_session->file()).merge(keep, others);
                             if (!merged) {
                                 self->m_dialogs->message(self, DialogProvider::Severity::Warning, tr("Merge duplicates"),
                                                          merged.error().message);
                                 return;
                             }
                             self->m_editor->setRecord(std::nullopt);
                             self->m_model->reload();
                             if (self->m_filter->isFiltering())
                                 self->m_model->fetchAll();
                             self->selectFinding(keep);
                             Q_EMIT self->statusMessage(tr("%n finding(s) merged into #%1.", nullptr, int(others.size())).arg(keep));
                             Q_EMIT self->findingsChanged();
                         });
}

void FindingsPage::attach()
{
    if (!canWrite() || !m_editor->record())
        return;
    EvidencePick pick;
    pick.chosen = m_editor->evidence();
    pick.hint = tr("Tick the evidence that proves this finding (Space ticks the current row).");
    const qint64 id = m_editor->record()->id;
    QPointer<FindingsPage> self(this);
    m_dialogs->pickEvidence(this, m_session->file(), pick, [self, id](std::optional<QList<qint64>> chosen) {
        if (self && chosen && self->m_editor->record() && self->m_editor->record()->id == id)
            self->m_editor->setEvidence(*chosen);
    });
}

void FindingsPage::updateEnabled()
{
    const bool writable = canWrite();
    m_new->setEnabled(writable);
    m_fromAnswer->setEnabled(writable && m_questionnaire);
    m_merge->setEnabled(writable && m_view->selectionModel()->selectedRows().size() >= 2);
    const QString why = m_session ? m_session->readOnlyReason() : QString();
    m_editor->setEditable(m_session && m_session->file().isWritable(), m_session && m_session->isBusy(), why);
    readonly::explain({m_new, m_fromAnswer, m_merge}, why);
}

void FindingsPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    m_count->setText(m_filter->isFiltering() ? tr("%1 of %2 shown").arg(m_filter->rowCount()).arg(total)
                                             : tr("%n finding(s)", nullptr, int(total)));
}

void FindingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingsPage::retranslate()
{
    m_textLabel->setText(tr("Te&xt:"));
    m_text->setPlaceholderText(tr("Title, detail, item, device or number"));
    m_severityLabel->setText(tr("Se&verity:"));
    m_statusLabel->setText(tr("Sho&w:"));
    {
        const int sev = std::max(0, m_severity->currentIndex());
        const QSignalBlocker block(m_severity);
        m_severity->clear();
        m_severity->addItem(tr("Any"), QString());
        for (const QString &s : findings::severities())
            m_severity->addItem(FindingsModel::severityName(s), s);
        m_severity->setCurrentIndex(sev);
    }
    {
        const int st = std::max(0, m_status->currentIndex());
        const QSignalBlocker block(m_status);
        m_status->clear();
        m_status->addItem(tr("All findings"), int(FindingsFilter::Status::All));
        m_status->addItem(tr("In the report (not merged or dismissed)"), int(FindingsFilter::Status::Active));
        m_status->addItem(FindingsModel::statusName(QStringLiteral("open")), int(FindingsFilter::Status::Open));
        m_status->addItem(FindingsModel::statusName(QStringLiteral("resolved")), int(FindingsFilter::Status::Resolved));
        m_status->addItem(FindingsModel::statusName(QStringLiteral("dismissed")), int(FindingsFilter::Status::Dismissed));
        m_status->addItem(FindingsModel::statusName(QStringLiteral("merged")), int(FindingsFilter::Status::Merged));
        m_status->setCurrentIndex(st);
    }
    m_new->setText(tr("&New finding"));
    m_fromAnswer->setText(tr("From &answer…"));
    m_fromAnswer->setToolTip(tr("Record a finding from an answer that is non-compliant or partial."));
    m_merge->setText(tr("&Merge duplicates…"));
    m_merge->setToolTip(tr("Merge the selected findings into one; the others are kept, marked merged."));
    m_model->retranslate();
    fitColumns();
    updateCount();
}

void FindingsPage::fitColumns()
{
    // The narrow columns as wide as their header or widest value needs (not
    // measured over the rows: there may be thousands); the title takes the rest.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
    auto widest = [&](int column, const QStringList &samples) {
        int w = 0;
        for (const QString &t : samples)
            w = std::max(w, fm.horizontalAdvance(t));
        // A long header (Vietnamese) is cut short rather than widen the column much; its tooltip says it whole.
        const int header = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_view->setColumnWidth(column, std::max(w, std::min(header, w * 3 / 2)) + pad);
    };
    QStringList severities, statuses;
    for (const QString &s : findings::severities())
        severities.append(FindingsModel::severityName(s));
    for (const QString &s : findings::statuses())
        statuses.append(FindingsModel::statusName(s));
    // "Merged into #12" is cut short in the column and whole in the editor.
    widest(FindingsModel::Id, {QStringLiteral("9999")});
    widest(FindingsModel::Severity, severities);
    widest(FindingsModel::Device, {QStringLiteral("127.0.0.10:554")});
    widest(FindingsModel::Item, {QStringLiteral("PRB-00")});
    widest(FindingsModel::Evidence, {QStringLiteral("99")});
    widest(FindingsModel::Deadline, {QLocale().toString(QDate(2024, 12, 31), QLocale::ShortFormat)});
    widest(FindingsModel::Status, statuses);
}

} // namespace ab::ui
