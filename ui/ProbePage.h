#pragma once

#include "core/inspection/Assets.h"
#include "core/probe/ProbeRunner.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTabWidget;
class QTreeView;

namespace ab::ui
{

class DialogProvider;
class InspectionSession;
class QuestionnairePage;
struct ProbeOutcomeSummary;

// Device probing: targets (pre-filled from the authorised scope), ports and
// limits, Start and an immediate Stop, live progress, the devices with their
// services, the findings coloured by severity, the transcript behind any of
// them one click away, and the probe items of the checklist.
class ProbePage final : public QWidget
{
    Q_OBJECT
public:
    enum FindingColumn { SeverityCol, DeviceCol, ItemCol, TitleCol, CveCol, EvidenceCol, FindingColumns };

    ProbePage(DialogProvider *dialogs, QWidget *parent = nullptr);
    void setSession(InspectionSession *session);
    // Reads devices, services and findings (UI thread; not while a task runs).
    void reload();
    void updateEnabled();

    QLineEdit *targetsEdit() const { return m_targets; }
    QComboBox *portsCombo() const { return m_ports; }
    QCheckBox *credentialsBox() const { return m_credentials; }
    QCheckBox *udpBox() const { return m_udp; }
    QCheckBox *multicastBox() const { return m_multicast; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QTreeView *devicesView() const { return m_devicesView; }
    QTableView *findingsView() const { return m_findingsView; }
    QStandardItemModel *devicesModel() const { return m_devices; }
    QStandardItemModel *findingsModel() const { return m_findings; }
    QPlainTextEdit *transcriptView() const { return m_transcript; }
    QuestionnairePage *checklistPage() const { return m_checklist; }
    QTabWidget *lowerTabs() const { return m_lower; }
    QPushButton *createFindingButton() const { return m_createFinding; }
    QPushButton *openFindingButton() const { return m_openFinding; }
    // A finding drafted from the selected device or service (its address,
    // port and transcripts), for the Findings page to complete.
    std::optional<FindingRecord> draftFromSelection() const;

    // The request the form describes.
    probe::ProbeRequest request() const;
    // Translated name of a probe check ("default-credentials" -> "Default or weak password accepted").
    static QString checkTitle(const QString &check);

public Q_SLOTS:
    void start();
    void stop();
    // Shows the (decrypted) transcript evidence item in the transcript pane.
    void showEvidence(qint64 evidenceId);

Q_SIGNALS:
    void probeFinished(); // results are in the file (answers too)
    void createFindingRequested(const ab::FindingRecord &draft);
    void showFindingRequested(qint64 findingId);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onProgress(const probe::ProbeProgress &p);
    void onFinished(const ProbeOutcomeSummary &outcome, bool stopped);
    void showSelectedEvidence(const QList<qint64> &ids);
    void renderCounts();

    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    QLabel *m_targetsLabel = nullptr;
    QLineEdit *m_targets = nullptr;
    QLabel *m_portsLabel = nullptr;
    QComboBox *m_ports = nullptr;
    QCheckBox *m_credentials = nullptr;
    QCheckBox *m_udp = nullptr;
    QCheckBox *m_multicast = nullptr;
    QLabel *m_rateLabel = nullptr;
    QSpinBox *m_rate = nullptr;
    QLabel *m_concurrencyLabel = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_devicesLabel = nullptr;
    QTreeView *m_devicesView = nullptr;
    QStandardItemModel *m_devices = nullptr;
    QLabel *m_findingsLabel = nullptr;
    QTableView *m_findingsView = nullptr;
    QStandardItemModel *m_findings = nullptr;
    QTabWidget *m_lower = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    QuestionnairePage *m_checklist = nullptr;
    QPushButton *m_createFinding = nullptr;
    QPushButton *m_openFinding = nullptr;
    probe::ProbeProgress m_last;
    bool m_running = false;
    qint64 m_foundTotal = 0;
};

} // namespace ab::ui
