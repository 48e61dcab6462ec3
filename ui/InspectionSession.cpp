#include "ui/InspectionSession.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/Scope.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>

#include <QtConcurrent/QtConcurrentRun>

namespace ab::ui
{

namespace
{
template <typename T> T resultOrDefault(const QFutureWatcher<T> &watcher)
{
    const QFuture<T> f = watcher.future();
    return f.resultCount() > 0 ? f.result() : T{};
}
} // namespace

InspectionSession::InspectionSession(std::unique_ptr<InspectionFile> file, QObject *parent)
    : QObject(parent), m_file(std::move(file)), m_import(this), m_export(this), m_verify(this), m_probe(this)
{
    const auto sealed = m_file->isSealed();
    m_sealed = sealed && *sealed;
    if (m_sealed && m_file->isWritable()) {
        // Pages judge what they may change by the handle; a sealed copy's
        // is read-only, and the writable one is kept for review rows alone.
        if (auto ro = m_file->openAnother(InspectionFile::Mode::ReadOnly)) {
            m_reviewFile = std::move(m_file);
            m_file = std::move(ro).value();
        }
    }
    connect(&m_import, &QFutureWatcherBase::finished, this, [this] {
        const bool cancelled = m_import.isCanceled();
        const ImportOutcome out = resultOrDefault(m_import);
        setTask(Task::None);
        Q_EMIT evidenceChanged();
        Q_EMIT importFinished(out, cancelled);
    });
    connect(&m_export, &QFutureWatcherBase::finished, this, [this] {
        const bool cancelled = m_export.isCanceled();
        const ExportOutcome out = resultOrDefault(m_export);
        setTask(Task::None);
        Q_EMIT exportFinished(out, cancelled);
    });
    connect(&m_verify, &QFutureWatcherBase::finished, this, [this] {
        const bool cancelled = m_verify.isCanceled();
        const VerifyOutcome out = resultOrDefault(m_verify);
        setTask(Task::None);
        Q_EMIT verifyFinished(out, cancelled);
    });
    connect(&m_probe, &QFutureWatcherBase::finished, this, [this] {
        const ProbeOutcomeSummary out = resultOrDefault(m_probe);
        const bool stopped = m_runner && m_runner->stopped();
        m_runner.reset();
        setTask(Task::None);
        Q_EMIT evidenceChanged();
        Q_EMIT probeFinished(out, stopped);
    });
}

InspectionSession::~InspectionSession()
{
    cancel();
    stopReads();
    waitForIdle();
}

InspectionFile *InspectionSession::reviewFile()
{
    if (isBusy())
        return nullptr;
    if (m_reviewFile)
        return m_reviewFile.get();
    return !m_sealed && m_file->isWritable() ? m_file.get() : nullptr;
}

QString InspectionSession::readOnlyReason() const
{
    if (m_sealed)
        return tr("This is a sealed copy, open read-only: only review comments, approvals and rejections can be added to it (the Review "
                  "step). Make changes in the original inspection and export a new sealed copy.");
    if (!m_file->isWritable())
        return QFileInfo(m_file->path()).isWritable()
                   ? tr("The inspection is open read-only; close it and open it again to change it.")
                   : tr("The inspection file is read-only on disk; copy it to a writable place to change it.");
    return {};
}

template <typename T> void InspectionSession::watch(QFutureWatcher<T> &watcher, QFuture<T> future, Task task)
{
    disconnect(&watcher, &QFutureWatcherBase::progressValueChanged, this, nullptr);
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, &watcher](int value) { Q_EMIT progressChanged(value, watcher.progressText()); });
    setTask(task);
    watcher.setFuture(std::move(future));
}

bool InspectionSession::startImport(const QStringList &paths, const ImportOptions &options)
{
    if (isBusy() || paths.isEmpty())
        return false;
    stopReads(); // a reader would hold the writer up
    const InspectionFile *main = m_file.get();
    watch(m_import, QtConcurrent::run([main, paths, options](QPromise<ImportOutcome> &p) { jobs::importFiles(p, *main, paths, options); }),
          Task::Import);
    return true;
}

bool InspectionSession::startExport(qint64 id, const QString &outPath)
{
    if (isBusy())
        return false;
    const InspectionFile *main = m_file.get();
    watch(m_export, QtConcurrent::run([main, id, outPath](QPromise<ExportOutcome> &p) { jobs::exportItem(p, *main, id, outPath); }),
          Task::Export);
    return true;
}

bool InspectionSession::startVerify(const crypto::CmsVerifyOptions &trust)
{
    if (isBusy())
        return false;
    const InspectionFile *main = m_file.get();
    watch(m_verify, QtConcurrent::run([main, trust](QPromise<VerifyOutcome> &p) { jobs::verify(p, *main, trust); }), Task::Verify);
    return true;
}

InspectionSession::EvidenceRead InspectionSession::readEvidence(qint64 id, qint64 keep)
{
    m_reads.removeIf([](const EvidenceRead &f) { return f.isFinished(); });
    if (!mayRead() || id <= 0) {
        QPromise<std::shared_ptr<EvidenceContent>> refused;
        refused.start();
        refused.future().cancel();
        refused.finish();
        return refused.future();
    }
    const InspectionFile *main = m_file.get();
    EvidenceRead f =
        QtConcurrent::run([main, id, keep](QPromise<std::shared_ptr<EvidenceContent>> &p) { jobs::readEvidence(p, *main, id, keep); });
    m_reads.append(f);
    return f;
}

void InspectionSession::stopReads()
{
    // The workers use our handle's key and would hold a writer up.
    for (EvidenceRead &f : m_reads)
        f.cancel();
    for (EvidenceRead &f : m_reads)
        f.waitForFinished();
    m_reads.clear();
}

bool InspectionSession::startProbe(const probe::ProbeRequest &request)
{
    if (isBusy())
        return false;
    stopReads();
    auto scope = Scope::parse(m_file->meta().scope);
    if (!scope)
        return false;
    m_runner = std::make_shared<probe::ProbeRunner>(*scope, request);
    const InspectionFile *main = m_file.get();
    auto runner = m_runner;
    QPointer<InspectionSession> self(this);
    auto onProgress = [self](const probe::ProbeProgress &p) {
        // Worker thread -> UI thread; the session outlives the job (its destructor waits).
        QMetaObject::invokeMethod(
            self.data(),
            [self, p] {
                if (self)
                    Q_EMIT self->probeProgress(p);
            },
            Qt::QueuedConnection);
    };
    watch(m_probe,
          QtConcurrent::run([main, runner, onProgress](QPromise<ProbeOutcomeSummary> &p) { jobs::probe(p, *main, runner, onProgress); }),
          Task::Probe);
    return true;
}

void InspectionSession::cancel()
{
    // A probe is stopped, not cancelled: it finishes at once and keeps what it found.
    if (m_runner)
        m_runner->stop();
    m_import.cancel();
    m_export.cancel();
    m_verify.cancel();
}

void InspectionSession::waitForIdle()
{
    m_import.waitForFinished();
    m_export.waitForFinished();
    m_verify.waitForFinished();
    m_probe.waitForFinished();
}

void InspectionSession::setTask(Task task)
{
    const bool wasBusy = isBusy();
    m_task = task;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

} // namespace ab::ui
