#pragma once

#include "ui/BackgroundJobs.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace ab
{
class InspectionFile;
}

namespace ab::ui
{

// The open inspection and the one long task that may run on it at a time
// (import, export or verify), each on a pool thread with its own handle.
// The UI thread keeps its own handle for reading lists and counts.
class InspectionSession final : public QObject
{
    Q_OBJECT
public:
    enum class Task { None, Import, Export, Verify, Probe };

    InspectionSession(std::unique_ptr<InspectionFile> file, QObject *parent = nullptr);
    // Cancels a running task and waits for it: the worker uses our handle's key.
    ~InspectionSession() override;

    InspectionFile &file() { return *m_file; }
    const InspectionFile &file() const { return *m_file; }
    Task task() const { return m_task; }
    bool isBusy() const { return m_task != Task::None; }
    // The UI thread may read while no task writes (verify and export only read).
    bool mayRead() const { return m_task == Task::None || m_task == Task::Verify || m_task == Task::Export; }

    // A sealed copy (read once on open): its UI handle is read-only.
    bool isSealed() const { return m_sealed; }
    // Why nothing can be changed here, for the tooltips of disabled
    // controls; empty when the inspection is writable.
    QString readOnlyReason() const;
    // The handle review rows are written through (ReviewStore): a sealed
    // copy's own writable one, else the UI's when it is writable; nullptr
    // when the file cannot be written or a task runs.
    InspectionFile *reviewFile();

    bool startImport(const QStringList &paths, const ImportOptions &options = {});
    bool startExport(qint64 id, const QString &outPath);
    // `trust`: how a seal's signer is judged (default: the system's CA store).
    bool startVerify(const crypto::CmsVerifyOptions &trust = {});
    // Decrypts an evidence item for a viewer on a pool thread, beside a
    // verify or an export (they only read) but never beside a writer: an
    // import or probe stops the reads first. Not a task: the window stays
    // usable. The caller watches the future (and moves the content out of
    // it, so the decrypted bytes are not kept twice); an empty, cancelled
    // future while a task writes.
    using EvidenceRead = QFuture<std::shared_ptr<EvidenceContent>>;
    EvidenceRead readEvidence(qint64 id, qint64 keep);
    // Probes with the given request over the inspection's scope; refusals
    // and results arrive in probeFinished. Stop is cancel().
    bool startProbe(const probe::ProbeRequest &request);
    void cancel();
    // Blocks until the running task (if any) has stopped; for shutdown only.
    void waitForIdle();

Q_SIGNALS:
    void busyChanged(bool busy);
    void progressChanged(int permille, const QString &text);
    void importFinished(const ab::ui::ImportOutcome &outcome, bool cancelled);
    void exportFinished(const ab::ui::ExportOutcome &outcome, bool cancelled);
    void verifyFinished(const ab::ui::VerifyOutcome &outcome, bool cancelled);
    void probeProgress(const ab::probe::ProbeProgress &progress);
    void probeFinished(const ab::ui::ProbeOutcomeSummary &outcome, bool stopped);
    void evidenceChanged();

private:
    template <typename T> void watch(QFutureWatcher<T> &watcher, QFuture<T> future, Task task);
    void setTask(Task task);

    void stopReads();

    std::unique_ptr<InspectionFile> m_file;
    std::unique_ptr<InspectionFile> m_reviewFile; // a sealed copy opened writable: for review rows only
    bool m_sealed = false;
    Task m_task = Task::None;
    QList<EvidenceRead> m_reads;
    QFutureWatcher<ImportOutcome> m_import;
    QFutureWatcher<ExportOutcome> m_export;
    QFutureWatcher<VerifyOutcome> m_verify;
    QFutureWatcher<ProbeOutcomeSummary> m_probe;
    std::shared_ptr<probe::ProbeRunner> m_runner;
};

} // namespace ab::ui
