#include "ui/InspectionWidget.h"

#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"
#include "ui/CustodyModel.h"
#include "ui/DialogProvider.h"
#include "ui/EvidenceModel.h"
#include "ui/EvidencePage.h"
#include "ui/FindingsPage.h"
#include "ui/InspectionSession.h"
#include "ui/ProbePage.h"
#include "ui/QuestionnairePage.h"
#include "ui/ReadinessPanel.h"
#include "ui/ReportPage.h"
#include "ui/ScorePage.h"
#include "ui/SetupPage.h"
#include "ui/ReviewPage.h"
#include "ui/SealBanner.h"
#include "ui/SupervisorView.h"
#include "ui/VerifyBanner.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ab::ui
{

InspectionWidget::InspectionWidget(DialogProvider *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    m_banner = new VerifyBanner(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("inspectionPages"));
    m_setup = new SetupPage(dialogs, m_pages);
    m_evidenceModel = new EvidenceModel(this);
    m_evidence = new EvidencePage(m_evidenceModel, m_pages);
    m_custodyModel = new CustodyModel(this);
    m_custodyView = new QTableView(m_pages);
    m_custodyView->setObjectName(QStringLiteral("custodyView"));
    m_custodyView->setModel(m_custodyModel);
    m_custodyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_custodyView->setAlternatingRowColors(true);
    m_custodyView->setWordWrap(false);
    m_custodyView->verticalHeader()->hide();
    m_custodyView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_custodyView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    m_custodyView->horizontalHeader()->setSectionResizeMode(CustodyModel::Description, QHeaderView::Stretch);
    const int ch = fontMetrics().averageCharWidth();
    m_custodyView->setColumnWidth(CustodyModel::Seq, ch * 8);
    m_custodyView->setColumnWidth(CustodyModel::Time, ch * 20);
    m_custodyView->setColumnWidth(CustodyModel::Actor, ch * 14);
    m_custodyView->setColumnWidth(CustodyModel::Action, ch * 20);
    m_custodyView->setColumnWidth(CustodyModel::Object, ch * 16);
    m_custodyView->setColumnWidth(CustodyModel::Hash, ch * 24);
    m_interview = new QuestionnairePage(QStringLiteral("interview"), dialogs, m_pages);
    m_document = new QuestionnairePage(QStringLiteral("document"), dialogs, m_pages);
    m_probe = new ProbePage(dialogs, m_pages);
    m_findings = new FindingsPage(dialogs, m_pages);
    m_reportTabs = new QTabWidget(m_pages);
    m_reportTabs->setObjectName(QStringLiteral("reportTabs"));
    m_reportTabs->setDocumentMode(true);
    m_score = new ScorePage(m_reportTabs);
    m_reportTabs->addTab(m_score, QString());
    m_reportPage = new ReportPage(dialogs, m_reportTabs);
    m_reportTabs->addTab(m_reportPage, QString());
    m_supervisor = new SupervisorView(this, dialogs);
    m_supervisor->setQuestionnaireSource([this] { return m_questionnaire.get(); });
    // In StepModel's order.
    for (QWidget *w : std::initializer_list<QWidget *>{m_setup, m_interview, m_document, m_probe, m_findings, m_reportTabs, m_evidence,
                                                       m_custodyView, m_supervisor->reviewPage()})
        m_pages->addWidget(w);

    buildSteps();
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("navigationSplitter"));
    auto *nav = new QWidget(m_split);
    auto *navLayout = new QVBoxLayout(nav);
    navLayout->setContentsMargins(0, 0, 0, 0);
    navLayout->addWidget(m_nav, 3);
    navLayout->addWidget(m_readiness, 2);
    m_split->addWidget(nav);
    m_split->addWidget(m_pages);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    // Wide enough for the longest step name in any of the three languages.
    m_split->setSizes({fontMetrics().averageCharWidth() * 42, fontMetrics().averageCharWidth() * 120});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_supervisor->banner());
    layout->addWidget(m_banner);
    layout->addWidget(m_split, 1);
    setTabOrder(m_nav, m_readiness->header());
    setTabOrder(m_readiness->header(), m_readiness->list());

    connect(m_evidence, &EvidencePage::addFilesRequested, this, &InspectionWidget::addFiles);
    connect(m_evidence, &EvidencePage::addFolderRequested, this, &InspectionWidget::addFolder);
    connect(m_evidence, &EvidencePage::exportRequested, this, &InspectionWidget::exportSelected);
    connect(m_evidence, &EvidencePage::pathsDropped, this, [this](const QStringList &paths) { importPaths(paths); });
    connect(m_evidence, &EvidencePage::selectionChanged, this, &InspectionWidget::updateEnabled);
    connect(m_evidenceModel, &EvidenceModel::countsChanged, this, &InspectionWidget::updateProgress);
    connect(m_custodyModel, &CustodyModel::countsChanged, this, &InspectionWidget::updateProgress);
    connect(m_probe, &ProbePage::probeFinished, this, [this] {
        // A run answers probe items and adds transcripts: reload the answers and lists.
        loadQuestionnaire();
        reload();
    });
    connect(m_probe, &ProbePage::statusMessage, this, &InspectionWidget::statusMessage);
    connect(m_probe, &ProbePage::createFindingRequested, this, [this](const FindingRecord &draft) {
        showStep(Step::Findings);
        m_findings->newFinding(draft);
    });
    connect(m_probe, &ProbePage::showFindingRequested, this, [this](qint64 id) {
        showStep(Step::Findings);
        m_findings->selectFinding(id);
    });
    for (QuestionnairePage *page : {m_interview, m_document, m_probe->checklistPage()}) {
        connect(page, &QuestionnairePage::answersChanged, this, &InspectionWidget::answersChanged);
        connect(page, &QuestionnairePage::importRequested, this,
                [this, page](const QString &itemId, const QStringList &paths) { importForAnswer(page, itemId, paths); });
        connect(page, &QuestionnairePage::findingRequested, this, &InspectionWidget::findingFromAnswer);
        page->setNameLookup([this](qint64 id) { return evidenceName(id); });
    }
    m_findings->setNameLookup([this](qint64 id) { return evidenceName(id); });
    connect(m_findings, &FindingsPage::findingsChanged, this, &InspectionWidget::findingsChanged);
    connect(m_findings, &FindingsPage::statusMessage, this, &InspectionWidget::statusMessage);
    connect(m_setup, &SetupPage::metaChanged, this, &InspectionWidget::metaChanged);
    connect(m_setup, &SetupPage::dirtyChanged, this, &InspectionWidget::updateProgress);
    connect(m_setup, &SetupPage::statusMessage, this, &InspectionWidget::statusMessage);
    connect(m_setup, &SetupPage::importAuthorisation, this, [this](const QStringList &paths) {
        if (!m_session || m_session->isBusy())
            return;
        if (!m_session->startImport(paths, ImportOptions{QStringLiteral("document"), QString()})) {
            Q_EMIT statusMessage(tr("Wait for the running task to finish (or cancel it) first."));
            return;
        }
        m_pendingAttach = PendingAttach{nullptr, QString(), true};
    });
    retranslate();
}

bool InspectionWidget::canRead() const
{
    // A worker may hold the write lock: the UI thread reads between tasks only.
    return m_session && !m_session->isBusy();
}

void InspectionWidget::setSession(InspectionSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_banner->clear();
    m_evidence->filterEdit()->clear();
    m_names.clear();
    if (session) {
        connect(session, &InspectionSession::evidenceChanged, this, &InspectionWidget::reload);
        connect(session, &InspectionSession::busyChanged, this, &InspectionWidget::updateEnabled);
        connect(session, &InspectionSession::importFinished, this, &InspectionWidget::onImportFinished);
        connect(session, &InspectionSession::exportFinished, this, &InspectionWidget::onExportFinished);
        connect(session, &InspectionSession::verifyFinished, this, &InspectionWidget::onVerifyFinished);
    }
    m_pendingAttach.reset();
    InspectionFile *file = session ? &session->file() : nullptr;
    auto readable = [this] { return canRead(); };
    m_evidenceModel->setFile(file, readable);
    m_custodyModel->setFile(file, readable);
    m_setup->setSession(session);
    m_probe->setSession(session);
    m_findings->setSession(session);
    m_reportPage->setSession(session);
    // Each page has read what it shows once; the checklist now, the rest follows from it.
    loadQuestionnaire();
    updateEnabled();
    m_supervisor->setSession(session);
}

void InspectionWidget::loadQuestionnaire()
{
    // Read once on open (no task runs yet); afterwards answers change only
    // through this questionnaire, so re-evaluating it in memory is enough.
    m_questionnaire.reset();
    if (m_session) {
        auto q = catalog::Questionnaire::load(m_session->file());
        if (q)
            m_questionnaire = std::make_shared<catalog::Questionnaire>(std::move(q).value());
        else
            m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Cannot load the checklist"), q.error().message);
    }
    InspectionSession *session = m_questionnaire ? m_session.data() : nullptr;
    m_interview->setQuestionnaire(session, m_questionnaire);
    m_document->setQuestionnaire(session, m_questionnaire);
    m_probe->checklistPage()->setQuestionnaire(session, m_questionnaire);
    m_findings->setQuestionnaire(m_questionnaire);
    refreshQuestionnaire();
}

void InspectionWidget::refreshQuestionnaire()
{
    m_interview->refresh();
    m_document->refresh();
    m_probe->checklistPage()->refresh();
    m_score->setScore(m_questionnaire ? std::optional<catalog::Score>(m_questionnaire->score()) : std::nullopt);
    updateProgress();
}

void InspectionWidget::answersChanged()
{
    refreshQuestionnaire();
    // Each answer is a custody entry; saving is refused while a task runs, so reading is safe.
    m_custodyModel->refresh();
    m_setup->refresh();
}

void InspectionWidget::metaChanged()
{
    // Systems' levels decide which items apply; the scope what may be probed.
    refreshQuestionnaire();
    m_custodyModel->refresh();
    m_probe->setSession(m_session);
    updateProgress();
}

void InspectionWidget::findingsChanged()
{
    m_custodyModel->refresh();
    m_probe->reload();
    updateProgress();
}

void InspectionWidget::findingFromAnswer(const QString &itemId)
{
    showStep(Step::Findings);
    m_findings->createFromAnswer(itemId);
}

QString InspectionWidget::evidenceName(qint64 id)
{
    if (const auto it = m_names.constFind(id); it != m_names.cend())
        return it.value();
    if (!canRead())
        return QString();
    auto item = EvidenceStore(m_session->file()).get(id);
    const QString name = item ? item->name : QString();
    m_names.insert(id, name);
    return name;
}

void InspectionWidget::importForAnswer(QuestionnairePage *page, const QString &itemId, const QStringList &paths)
{
    if (!m_session || m_session->isBusy() || itemId.isEmpty())
        return;
    importPaths(paths, false);
    if (m_session->isBusy())
        m_pendingAttach = PendingAttach{page, itemId, false};
}

void InspectionWidget::reload()
{
    m_names.clear();
    m_evidenceModel->reload();
    m_custodyModel->refresh();
    m_setup->refresh();
    m_probe->reload();
    m_findings->reload();
    refreshQuestionnaire();
    updateEnabled();
}

void InspectionWidget::addFiles()
{
    if (!m_session || m_session->isBusy())
        return;
    m_dialogs->evidenceFiles(this, [this](const QStringList &paths) { importPaths(paths); });
}

void InspectionWidget::addFolder()
{
    if (!m_session || m_session->isBusy())
        return;
    m_dialogs->evidenceFolder(this, [this](const QString &path) {
        if (!path.isEmpty())
            importPaths({path});
    });
}

void InspectionWidget::importPaths(const QStringList &paths, bool showEvidence)
{
    if (!m_session || paths.isEmpty())
        return;
    if (!m_session->file().isWritable()) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Add evidence"),
                           tr("The inspection is open read-only; evidence cannot be added."));
        return;
    }
    if (!m_session->startImport(paths)) {
        Q_EMIT statusMessage(tr("Wait for the running task to finish (or cancel it) first."));
        return;
    }
    if (showEvidence)
        showStep(Step::Evidence);
}

void InspectionWidget::onImportFinished(const ImportOutcome &outcome, bool cancelled)
{
    const std::optional<PendingAttach> pending = std::exchange(m_pendingAttach, std::nullopt);
    if (cancelled) {
        Q_EMIT statusMessage(tr("Import cancelled; files completed before the cancel were kept."));
        return;
    }
    if (outcome.error) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Add evidence"), outcome.error->message);
        return;
    }
    if (pending && pending->authorisation && !outcome.addedIds.isEmpty())
        m_setup->recordAuthorisation(outcome.addedIds.constLast());
    else if (pending && pending->page)
        pending->page->attachImported(pending->itemId, outcome.addedIds);
    Q_EMIT statusMessage(tr("%n evidence item(s) added.", nullptr, outcome.added));
    QStringList notes = outcome.failures;
    for (const QString &s : outcome.skipped)
        notes.append(tr("skipped %1").arg(s));
    if (!notes.isEmpty())
        m_dialogs->message(this, outcome.failures.isEmpty() ? DialogProvider::Severity::Information : DialogProvider::Severity::Warning,
                           tr("Add evidence"),
                           tr("%n file(s) added. Not added or skipped:", nullptr, outcome.added) + QLatin1Char('\n') +
                               notes.join(QLatin1Char('\n')));
}

void InspectionWidget::exportSelected()
{
    const qint64 id = m_evidence->selectedId();
    if (!m_session || m_session->isBusy() || id <= 0)
        return;
    m_dialogs->exportPath(this, m_evidence->selectedName(), [this, id](const QString &path) {
        if (!path.isEmpty() && m_session)
            m_session->startExport(id, path);
    });
}

void InspectionWidget::onExportFinished(const ExportOutcome &outcome, bool cancelled)
{
    if (cancelled)
        Q_EMIT statusMessage(tr("Export cancelled; nothing was written."));
    else if (outcome.error)
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Export evidence"), outcome.error->message);
    else
        Q_EMIT statusMessage(tr("Exported to %1; its SHA-256 matches the record.").arg(QDir::toNativeSeparators(outcome.path)));
}

void InspectionWidget::verify()
{
    if (m_session && m_session->startVerify())
        m_banner->clear();
}

void InspectionWidget::onVerifyFinished(const VerifyOutcome &outcome, bool cancelled)
{
    if (cancelled) {
        Q_EMIT statusMessage(tr("Verification cancelled."));
        return;
    }
    if (outcome.report)
        m_banner->showReport(*outcome.report);
    else
        m_banner->showFailure(outcome.error ? outcome.error->message : tr("unknown error"));
}

void InspectionWidget::updateEnabled()
{
    const bool busy = m_session && m_session->isBusy();
    m_evidence->setEditable(m_session && m_session->file().isWritable(), busy, m_session ? m_session->readOnlyReason() : QString());
    m_interview->updateEnabled();
    m_document->updateEnabled();
    m_probe->updateEnabled();
    m_setup->updateEnabled();
    m_findings->updateEnabled();
}

void InspectionWidget::saveUiState(QSettings &settings) const
{
    for (const QSplitter *s : findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            settings.setValue(QStringLiteral("ui/splitters/") + s->objectName(), s->saveState());
    settings.setValue(QStringLiteral("ui/readinessExpanded"), m_readiness->isExpanded());
}

void InspectionWidget::restoreUiState(const QSettings &settings)
{
    for (QSplitter *s : findChildren<QSplitter *>())
        if (!s->objectName().isEmpty())
            s->restoreState(settings.value(QStringLiteral("ui/splitters/") + s->objectName()).toByteArray());
    m_readiness->setExpanded(settings.value(QStringLiteral("ui/readinessExpanded"), true).toBool());
}

void InspectionWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ab::ui
