#pragma once

#include "ui/StepModel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QListView;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ab::catalog
{
class Questionnaire;
}

namespace ab::ui
{

class CustodyModel;
class DialogProvider;
class EvidenceModel;
class EvidencePage;
class FindingsPage;
class InspectionSession;
class ProbePage;
class QuestionnairePage;
class ReadinessPanel;
class ReportPage;
class ScorePage;
class SetupPage;
class SupervisorView;
class VerifyBanner;
struct ExportOutcome;
struct ImportOutcome;
struct VerifyOutcome;

// Everything shown for an open inspection: the verify banner on top; on the
// left the steps of the inspection (Setup → Interview → Document review →
// Device probing → Findings → Score and report, then Evidence and the
// custody log) with each one's progress, and under them what is still
// missing before a report can be issued; the step's page on the right.
// Nothing blocks moving between steps. The commands that act on the
// inspection (import, export, verify) are here too.
class InspectionWidget final : public QWidget
{
    Q_OBJECT
public:
    using Step = StepModel::Step;

    InspectionWidget(DialogProvider *dialogs, QWidget *parent = nullptr);
    void setSession(InspectionSession *session); // nullptr when closed

    void showStep(Step step);
    Step currentStep() const;
    // Gives the keyboard to the current page (its first field).
    void focusPage();
    // A step's name with its mnemonic, in the current language.
    static QString stepName(Step step);
    StepModel *steps() const { return m_steps; }
    QListView *navigation() const { return m_nav; }
    QStackedWidget *pages() const { return m_pages; }
    QWidget *page(Step step) const;
    ReadinessPanel *readinessPanel() const { return m_readiness; }
    QSplitter *splitter() const { return m_split; }
    // The last step's container: the Score page now, the Report page beside it later.
    QTabWidget *reportTabs() const { return m_reportTabs; }

    SetupPage *setupPage() const { return m_setup; }
    EvidencePage *evidencePage() const { return m_evidence; }
    EvidenceModel *evidenceModel() const { return m_evidenceModel; }
    CustodyModel *custodyModel() const { return m_custodyModel; }
    QTableView *custodyView() const { return m_custodyView; }
    VerifyBanner *banner() const { return m_banner; }
    QuestionnairePage *interviewPage() const { return m_interview; }
    QuestionnairePage *documentPage() const { return m_document; }
    ScorePage *scorePage() const { return m_score; }
    ReportPage *reportPage() const { return m_reportPage; }
    ProbePage *probePage() const { return m_probe; }
    FindingsPage *findingsPage() const { return m_findings; }
    // The seal banner, the Review step and the evidence viewer.
    SupervisorView *supervisor() const { return m_supervisor; }

    // Splitters, the missing-items panel; nothing secret.
    void saveUiState(QSettings &settings) const;
    void restoreUiState(const QSettings &settings);

public Q_SLOTS:
    void addFiles();
    void addFolder();
    // Evidence step shown unless showEvidence is false (files dropped on an answer).
    void importPaths(const QStringList &paths, bool showEvidence = true);
    void exportSelected();
    void verify();
    void reload();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void stepChanged(ab::ui::StepModel::Step step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onImportFinished(const ImportOutcome &outcome, bool cancelled);
    void onExportFinished(const ExportOutcome &outcome, bool cancelled);
    void onVerifyFinished(const VerifyOutcome &outcome, bool cancelled);
    void updateEnabled();
    void loadQuestionnaire();
    void answersChanged();
    void metaChanged();
    void findingsChanged();
    void refreshQuestionnaire();
    void importForAnswer(QuestionnairePage *page, const QString &itemId, const QStringList &paths);
    void findingFromAnswer(const QString &itemId);
    QString evidenceName(qint64 id);
    bool canRead() const;
    // InspectionWidgetSteps.cpp: the navigation, progress and what is missing.
    void buildSteps();
    void updateProgress();
    void gapActivated(const QString &kind, const QString &object);
    void retranslate();

    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    VerifyBanner *m_banner = nullptr;
    StepModel *m_steps = nullptr;
    QListView *m_nav = nullptr;
    ReadinessPanel *m_readiness = nullptr;
    QSplitter *m_split = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_reportTabs = nullptr;
    SetupPage *m_setup = nullptr;
    EvidenceModel *m_evidenceModel = nullptr;
    EvidencePage *m_evidence = nullptr;
    CustodyModel *m_custodyModel = nullptr;
    QTableView *m_custodyView = nullptr;
    QuestionnairePage *m_interview = nullptr;
    QuestionnairePage *m_document = nullptr;
    ScorePage *m_score = nullptr;
    ReportPage *m_reportPage = nullptr;
    ProbePage *m_probe = nullptr;
    FindingsPage *m_findings = nullptr;
    SupervisorView *m_supervisor = nullptr;
    std::shared_ptr<catalog::Questionnaire> m_questionnaire;
    QHash<qint64, QString> m_names; // evidence names asked for, cleared on reload
    // Files dropped on an answer, or imported as the authorisation: what to do with what the import adds.
    struct PendingAttach {
        QPointer<QuestionnairePage> page;
        QString itemId;
        bool authorisation = false;
    };
    std::optional<PendingAttach> m_pendingAttach;
};

} // namespace ab::ui
