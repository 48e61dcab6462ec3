#include "ui/InspectionWidget.h"

#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"
#include "ui/CustodyModel.h"
#include "ui/DialogProvider.h"
#include "ui/EvidenceModel.h"
#include "ui/EvidencePage.h"
#include "ui/InspectionSession.h"
#include "ui/OverviewPage.h"
#include "ui/ProbePage.h"
#include "ui/QuestionnairePage.h"
#include "ui/ScorePage.h"
#include "ui/VerifyBanner.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ab::ui {

InspectionWidget::InspectionWidget(DialogProvider *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    m_banner = new VerifyBanner(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inspectionTabs"));
    m_overview = new OverviewPage(m_tabs);
    m_evidenceModel = new EvidenceModel(this);
    m_evidence = new EvidencePage(m_evidenceModel, m_tabs);
    m_custodyModel = new CustodyModel(this);
    m_custodyView = new QTableView(m_tabs);
    m_custodyView->setObjectName(QStringLiteral("custodyView"));
    m_custodyView->setModel(m_custodyModel);
    m_custodyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_custodyView->setAlternatingRowColors(true);
    m_custodyView->setWordWrap(false);
    m_custodyView->verticalHeader()->hide();
    m_custodyView->horizontalHeader()->setSectionResizeMode(CustodyModel::Object, QHeaderView::Stretch);
    m_custodyView->setColumnWidth(CustodyModel::Seq, 50);
    m_custodyView->setColumnWidth(CustodyModel::Time, 160);
    m_custodyView->setColumnWidth(CustodyModel::Actor, 120);
    m_custodyView->setColumnWidth(CustodyModel::Action, 180);
    m_custodyView->setColumnWidth(CustodyModel::Hash, 190);
    m_interview = new QuestionnairePage(QStringLiteral("interview"), dialogs, m_tabs);
    m_document = new QuestionnairePage(QStringLiteral("document"), dialogs, m_tabs);
    m_score = new ScorePage(m_tabs);
    m_probe = new ProbePage(dialogs, m_tabs);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_interview, QString());
    m_tabs->addTab(m_document, QString());
    m_tabs->addTab(m_probe, QString());
    m_tabs->addTab(m_evidence, QString());
    m_tabs->addTab(m_score, QString());
    m_tabs->addTab(m_custodyView, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    connect(m_evidence, &EvidencePage::addFilesRequested, this, &InspectionWidget::addFiles);
    connect(m_evidence, &EvidencePage::addFolderRequested, this, &InspectionWidget::addFolder);
    connect(m_evidence, &EvidencePage::exportRequested, this, &InspectionWidget::exportSelected);
    connect(m_evidence, &EvidencePage::pathsDropped, this, [this](const QStringList &paths) { importPaths(paths); });
    connect(m_evidence, &EvidencePage::selectionChanged, this, &InspectionWidget::updateEnabled);
    connect(m_probe, &ProbePage::probeFinished, this, [this] {
        // A run answers probe items and adds transcripts: reload the answers and lists.
        loadQuestionnaire();
        reload();
    });
    connect(m_probe, &ProbePage::statusMessage, this, &InspectionWidget::statusMessage);
    for (QuestionnairePage *page : {m_interview, m_document, m_probe->checklistPage()}) {
        connect(page, &QuestionnairePage::answersChanged, this, &InspectionWidget::answersChanged);
        connect(page, &QuestionnairePage::importRequested, this,
                [this, page](const QString &itemId, const QStringList &paths) { importForAnswer(page, itemId, paths); });
    }
    retranslate();
}

void InspectionWidget::setSession(InspectionSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_banner->clear();
    m_evidence->filterEdit()->clear();
    if (session) {
        connect(session, &InspectionSession::evidenceChanged, this, &InspectionWidget::reload);
        connect(session, &InspectionSession::busyChanged, this, &InspectionWidget::updateEnabled);
        connect(session, &InspectionSession::importFinished, this, &InspectionWidget::onImportFinished);
        connect(session, &InspectionSession::exportFinished, this, &InspectionWidget::onExportFinished);
        connect(session, &InspectionSession::verifyFinished, this, &InspectionWidget::onVerifyFinished);
    }
    m_pendingAttach.reset();
    m_probe->setSession(session);
    loadQuestionnaire();
    reload();
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
    refreshQuestionnaire();
}

void InspectionWidget::refreshQuestionnaire()
{
    m_interview->refresh();
    m_document->refresh();
    m_probe->checklistPage()->refresh();
    m_score->setScore(m_questionnaire ? std::optional<catalog::Score>(m_questionnaire->score()) : std::nullopt);
}

void InspectionWidget::answersChanged()
{
    refreshQuestionnaire();
    // Each answer is a custody entry; saving is refused while a task runs, so reading is safe.
    if (m_session && !m_session->isBusy()) {
        auto entries = m_session->file().custody().entries();
        if (entries)
            m_custodyModel->setEntries(*entries);
        m_overview->refresh();
    }
}

void InspectionWidget::importForAnswer(QuestionnairePage *page, const QString &itemId, const QStringList &paths)
{
    if (!m_session || m_session->isBusy() || itemId.isEmpty())
        return;
    PendingAttach pending{page, itemId, {}};
    for (int r = 0; r < m_evidenceModel->rowCount(); ++r)
        pending.known.insert(m_evidenceModel->itemAt(r)->id);
    m_pendingAttach = pending;
    importPaths(paths, false);
    if (!m_session->isBusy())
        m_pendingAttach.reset(); // the import did not start
}

void InspectionWidget::reload()
{
    if (!m_session) {
        m_overview->setInspection(nullptr);
        m_evidenceModel->setItems({});
        m_custodyModel->setEntries({});
        m_interview->setEvidence({});
        m_document->setEvidence({});
        m_probe->checklistPage()->setEvidence({});
        m_probe->reload();
        updateEnabled();
        return;
    }
    InspectionFile &file = m_session->file();
    m_overview->setInspection(&file);
    EvidenceStore store(file);
    auto items = store.list();
    m_evidenceModel->setItems(items ? *items : QList<EvidenceItem>());
    auto entries = file.custody().entries();
    m_custodyModel->setEntries(entries ? *entries : QList<CustodyEntry>());
    const QList<EvidenceItem> evidence = items ? *items : QList<EvidenceItem>();
    m_interview->setEvidence(evidence);
    m_document->setEvidence(evidence);
    m_probe->checklistPage()->setEvidence(evidence);
    m_probe->reload();
    refreshQuestionnaire();
    if (m_pendingAttach && !m_session->isBusy()) {
        QList<qint64> added;
        for (const EvidenceItem &e : evidence)
            if (!m_pendingAttach->known.contains(e.id))
                added.append(e.id);
        if (m_pendingAttach->page)
            m_pendingAttach->page->attachImported(m_pendingAttach->itemId, added);
        m_pendingAttach.reset();
    }
    if (!items || !entries)
        m_dialogs->message(this, DialogProvider::Severity::Critical, tr("Cannot read the inspection"),
                           !items ? items.error().message : entries.error().message);
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
        m_tabs->setCurrentWidget(m_evidence);
}

void InspectionWidget::onImportFinished(const ImportOutcome &outcome, bool cancelled)
{
    if (cancelled) {
        Q_EMIT statusMessage(tr("Import cancelled; files completed before the cancel were kept."));
        return;
    }
    if (outcome.error) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Add evidence"), outcome.error->message);
        return;
    }
    Q_EMIT statusMessage(tr("%n evidence item(s) added.", nullptr, outcome.added));
    QStringList notes = outcome.failures;
    for (const QString &s : outcome.skipped)
        notes.append(tr("skipped %1").arg(s));
    if (!notes.isEmpty())
        m_dialogs->message(this, outcome.failures.isEmpty() ? DialogProvider::Severity::Information : DialogProvider::Severity::Warning,
                           tr("Add evidence"),
                           tr("%n file(s) added. Not added or skipped:", nullptr, outcome.added) + QLatin1Char('\n') + notes.join(QLatin1Char('\n')));
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
    m_evidence->setEditable(m_session && m_session->file().isWritable(), busy);
    m_interview->updateEnabled();
    m_document->updateEnabled();
    m_probe->updateEnabled();
}

void InspectionWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InspectionWidget::retranslate()
{
    m_tabs->setTabText(OverviewTab, tr("&Overview"));
    m_tabs->setTabText(InterviewTab, tr("Inter&view"));
    m_tabs->setTabText(DocumentTab, tr("&Document review"));
    m_tabs->setTabText(ProbeTab, tr("Device &probing"));
    m_tabs->setTabText(EvidenceTab, tr("&Evidence"));
    m_tabs->setTabText(ScoreTab, tr("Sco&re"));
    m_tabs->setTabText(CustodyTab, tr("&Custody log"));
    m_custodyModel->retranslate();
}

} // namespace ab::ui
