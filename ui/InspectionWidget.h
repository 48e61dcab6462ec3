#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QTabWidget;
class QTableView;

namespace ab::catalog {
class Questionnaire;
}

namespace ab::ui {

class CustodyModel;
class DialogProvider;
class EvidenceModel;
class EvidencePage;
class InspectionSession;
class OverviewPage;
class ProbePage;
class QuestionnairePage;
class ScorePage;
class VerifyBanner;
struct ExportOutcome;
struct ImportOutcome;
struct VerifyOutcome;

// Everything shown for an open inspection: the verify banner above the tabs
// (overview, interview, document review, device probing, evidence, score,
// custody log), and
// the commands that act on it.
class InspectionWidget final : public QWidget {
    Q_OBJECT
public:
    enum Tab { OverviewTab, InterviewTab, DocumentTab, ProbeTab, EvidenceTab, ScoreTab, CustodyTab };

    InspectionWidget(DialogProvider *dialogs, QWidget *parent = nullptr);
    void setSession(InspectionSession *session); // nullptr when closed

    QTabWidget *tabs() const { return m_tabs; }
    EvidencePage *evidencePage() const { return m_evidence; }
    EvidenceModel *evidenceModel() const { return m_evidenceModel; }
    CustodyModel *custodyModel() const { return m_custodyModel; }
    VerifyBanner *banner() const { return m_banner; }
    QuestionnairePage *interviewPage() const { return m_interview; }
    QuestionnairePage *documentPage() const { return m_document; }
    ScorePage *scorePage() const { return m_score; }
    ProbePage *probePage() const { return m_probe; }

public Q_SLOTS:
    void addFiles();
    void addFolder();
    // Evidence tab shown unless showEvidence is false (files dropped on an answer).
    void importPaths(const QStringList &paths, bool showEvidence = true);
    void exportSelected();
    void verify();
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onImportFinished(const ImportOutcome &outcome, bool cancelled);
    void onExportFinished(const ExportOutcome &outcome, bool cancelled);
    void onVerifyFinished(const VerifyOutcome &outcome, bool cancelled);
    void updateEnabled();
    void retranslate();
    void loadQuestionnaire();
    void answersChanged();
    void refreshQuestionnaire();
    void importForAnswer(QuestionnairePage *page, const QString &itemId, const QStringList &paths);

    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    VerifyBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    EvidenceModel *m_evidenceModel = nullptr;
    EvidencePage *m_evidence = nullptr;
    CustodyModel *m_custodyModel = nullptr;
    QTableView *m_custodyView = nullptr;
    QuestionnairePage *m_interview = nullptr;
    QuestionnairePage *m_document = nullptr;
    ScorePage *m_score = nullptr;
    ProbePage *m_probe = nullptr;
    std::shared_ptr<catalog::Questionnaire> m_questionnaire;
    // Files dropped on an answer: attach what the import adds.
    struct PendingAttach {
        QPointer<QuestionnairePage> page;
        QString itemId;
        QSet<qint64> known;
    };
    std::optional<PendingAttach> m_pendingAttach;
};

} // namespace ab::ui
