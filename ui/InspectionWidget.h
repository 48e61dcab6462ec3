#pragma once

#include <QPointer>
#include <QWidget>

class QTabWidget;
class QTableView;

namespace ab::ui {

class CustodyModel;
class DialogProvider;
class EvidenceModel;
class EvidencePage;
class InspectionSession;
class OverviewPage;
class VerifyBanner;
struct ExportOutcome;
struct ImportOutcome;
struct VerifyOutcome;

// Everything shown for an open inspection: the verify banner above three
// tabs (overview, evidence, custody log), and the commands that act on it.
class InspectionWidget final : public QWidget {
    Q_OBJECT
public:
    enum Tab { OverviewTab, EvidenceTab, CustodyTab };

    InspectionWidget(DialogProvider *dialogs, QWidget *parent = nullptr);
    void setSession(InspectionSession *session); // nullptr when closed

    QTabWidget *tabs() const { return m_tabs; }
    EvidencePage *evidencePage() const { return m_evidence; }
    EvidenceModel *evidenceModel() const { return m_evidenceModel; }
    CustodyModel *custodyModel() const { return m_custodyModel; }
    VerifyBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void addFiles();
    void addFolder();
    void importPaths(const QStringList &paths);
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

    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    VerifyBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    EvidenceModel *m_evidenceModel = nullptr;
    EvidencePage *m_evidence = nullptr;
    CustodyModel *m_custodyModel = nullptr;
    QTableView *m_custodyView = nullptr;
};

} // namespace ab::ui
