#pragma once

#include "core/seal/SealManifest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ab::catalog
{
class Questionnaire;
}

namespace ab::ui
{

class DialogProvider;
class InspectionSession;
class InspectionWidget;
class ReviewPage;
class SealBanner;
struct VerifyOutcome;

// The supervisor's side of an open inspection, kept apart from
// InspectionWidget (which places its widgets): on a sealed copy, the seal
// banner with a full verify started on open (progress, Cancel, Check again,
// the changes since the seal, each leading to its object); the Review step
// and what it records (the log and the banner follow); evidence opened in a
// window of its own (double-click on the Evidence page) and in the page's
// preview beside the list.
class SupervisorView final : public QObject
{
    Q_OBJECT
public:
    SupervisorView(InspectionWidget *owner, DialogProvider *dialogs);
    SealBanner *banner() const { return m_banner; }
    ReviewPage *reviewPage() const { return m_review; }
    // The checklist, for naming answers in the banner (the owner loads it).
    void setQuestionnaireSource(std::function<const catalog::Questionnaire *()> source);
    void setSession(InspectionSession *session);
    // Opens evidence item `id` in a viewer window.
    void viewEvidence(qint64 id);
    // Shows what a review or a change names: evidence:3, finding:2, answer:INT-04...
    void goTo(const QString &object);

private:
    void onVerifyFinished(const VerifyOutcome &outcome, bool cancelled);
    void startCheck();
    QString objectTitle(const QString &object) const;

    InspectionWidget *m_owner = nullptr;
    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    SealBanner *m_banner = nullptr;
    ReviewPage *m_review = nullptr;
    std::optional<SealManifest> m_manifest;
    std::function<const catalog::Questionnaire *()> m_questionnaire;
};

} // namespace ab::ui
