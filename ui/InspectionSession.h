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

    bool startImport(const QStringList &paths, const ImportOptions &options = {});
    bool startExport(qint64 id, const QString &outPath);
    bool startVerify();
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

    std::unique_ptr<InspectionFile> m_file;
    Task m_task = Task::None;
    QFutureWatcher<ImportOutcome> m_import;
    QFutureWatcher<ExportOutcome> m_export;
    QFutureWatcher<VerifyOutcome> m_verify;
    QFutureWatcher<ProbeOutcomeSummary> m_probe;
    std::shared_ptr<probe::ProbeRunner> m_runner;
};

} // namespace ab::ui
