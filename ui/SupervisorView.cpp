#include "ui/SupervisorView.h"

#include "core/inspection/InspectionFile.h"
#include "core/seal/ReviewStore.h"
#include "core/seal/SealStore.h"
#include "ui/BackgroundJobs.h"
#include "ui/ChangeDescriber.h"
#include "ui/CustodyModel.h"
#include "ui/DialogProvider.h"
#include "ui/EvidencePage.h"
#include "ui/EvidenceViewer.h"
#include "ui/EvidenceViewerDialog.h"
#include "ui/FindingsPage.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/QuestionnairePage.h"
#include "ui/ReadinessPanel.h"
#include "ui/ReviewPage.h"
#include "ui/SealBanner.h"

namespace ab::ui
{

SupervisorView::SupervisorView(InspectionWidget *owner, DialogProvider *dialogs)
    : QObject(owner), m_owner(owner), m_dialogs(dialogs), m_banner(new SealBanner(owner)), m_review(new ReviewPage(owner))
{
    m_review->setObjectNamer([this](const QString &object) { return objectTitle(object); });
    connect(m_banner, &SealBanner::cancelRequested, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    connect(m_banner, &SealBanner::checkRequested, this, &SupervisorView::startCheck);
    connect(m_banner, &SealBanner::objectActivated, this, &SupervisorView::goTo);
    connect(m_review, &ReviewPage::objectActivated, this, &SupervisorView::goTo);
    connect(m_review, &ReviewPage::statusMessage, owner, &InspectionWidget::statusMessage);
    connect(m_review, &ReviewPage::reviewAdded, this, [this] {
        m_owner->custodyModel()->refresh();
        m_banner->setReview(m_review->summary());
    });
    EvidencePage *evidence = owner->evidencePage();
    connect(evidence, &EvidencePage::viewRequested, this, &SupervisorView::viewEvidence);
}

void SupervisorView::setQuestionnaireSource(std::function<const catalog::Questionnaire *()> source)
{
    m_questionnaire = std::move(source);
}

void SupervisorView::setSession(InspectionSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_manifest.reset();
    m_banner->clear();
    m_owner->evidencePage()->preview()->setSession(session);
    m_review->setSession(session);
    if (!session)
        return;
    connect(session, &InspectionSession::verifyFinished, this, &SupervisorView::onVerifyFinished);
    connect(session, &InspectionSession::busyChanged, m_review, &ReviewPage::updateEnabled);
    connect(session, &InspectionSession::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_review->reload();
    });
    connect(session, &InspectionSession::progressChanged, this, [this](int permille) {
        if (m_session && m_session->task() == InspectionSession::Task::Verify)
            m_banner->setProgress(permille);
    });
    if (!session->isSealed())
        return;
    auto seal = SealStore(session->file()).latest();
    if (!seal || seal->id <= 0) {
        m_banner->setSeal(SealRecord{}, std::nullopt);
        m_banner->showFailure(seal ? tr("the seal cannot be read.") : seal.error().message);
        return;
    }
    if (auto manifest = SealManifest::parse(seal->manifest))
        m_manifest = std::move(manifest).value();
    m_banner->setSeal(*seal, m_manifest);
    // What is missing before a report is issued is the inspector's list; the
    // supervisor needs the room for the steps, Review at their foot.
    m_owner->readinessPanel()->setExpanded(false);
    m_banner->setReview(m_review->summary());
    // A supervisor's first question: has anything changed since it was sealed?
    startCheck();
}

void SupervisorView::startCheck()
{
    if (!m_session || !m_session->isSealed())
        return;
    m_owner->verify();
    if (m_session->task() == InspectionSession::Task::Verify)
        m_banner->startChecking();
}

void SupervisorView::onVerifyFinished(const VerifyOutcome &outcome, bool cancelled)
{
    if (!m_session || !m_session->isSealed())
        return;
    if (cancelled) {
        m_banner->showNotChecked();
        return;
    }
    if (!outcome.report || outcome.report->seals.isEmpty()) {
        m_banner->showFailure(outcome.error ? outcome.error->message : tr("the seal was not found by the check."));
        return;
    }
    const SealStatus &status = outcome.report->seals.constLast();
    const ChangeDescriber describer(m_session->file(), m_questionnaire ? m_questionnaire() : nullptr, m_manifest);
    m_banner->showResult(status, describer.describe(status.changedAfterSeal));
    m_banner->setReview(m_review->summary());
}

QString SupervisorView::objectTitle(const QString &object) const
{
    if (!m_session || m_session->isBusy())
        return object;
    return ChangeDescriber(m_session->file(), m_questionnaire ? m_questionnaire() : nullptr, m_manifest).objectTitle(object);
}

void SupervisorView::viewEvidence(qint64 id)
{
    if (!m_session || id <= 0)
        return;
    auto *dialog = new EvidenceViewerDialog(m_session, id, m_owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EvidenceViewerDialog::exportRequested, this, [this](qint64 item, const QString &name) {
        m_dialogs->exportPath(m_owner, name, [this, item](const QString &path) {
            if (!path.isEmpty() && m_session && !m_session->startExport(item, path))
                Q_EMIT m_owner->statusMessage(InspectionWidget::tr("Wait for the running task to finish (or cancel it) first."));
        });
    });
    dialog->open();
}

void SupervisorView::goTo(const QString &object)
{
    const QString type = object.section(QLatin1Char(':'), 0, 0);
    const QString key = object.section(QLatin1Char(':'), 1);
    if (type == QLatin1String("evidence")) {
        m_owner->showStep(StepModel::Evidence);
        m_owner->evidencePage()->selectItem(key.toLongLong());
    } else if (type == QLatin1String("finding")) {
        m_owner->showStep(StepModel::Findings);
        m_owner->findingsPage()->selectFinding(key.toLongLong());
    } else if (type == QLatin1String("answer")) {
        if (m_owner->interviewPage()->selectItem(key))
            m_owner->showStep(StepModel::Interview);
        else if (m_owner->documentPage()->selectItem(key))
            m_owner->showStep(StepModel::Document);
    } else if (type == QLatin1String("inspection") || object.isEmpty()) {
        m_owner->showStep(StepModel::Setup);
    } else {
        m_owner->showStep(StepModel::Custody);
    }
}

} // namespace ab::ui
