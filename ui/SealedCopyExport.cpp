#include "ui/SealedCopyExport.h"

#include "core/inspection/InspectionFile.h"
#include "core/seal/InspectionExporter.h"
#include "ui/DialogProvider.h"
#include "ui/InspectionSession.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent>

namespace ab::ui
{

SealedCopyExport::SealedCopyExport(DialogProvider *dialogs, QWidget *window) : QObject(window), m_dialogs(dialogs), m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<SealedCopyOutcome>::finished, this, &SealedCopyExport::onFinished);
    connect(&m_watcher, &QFutureWatcher<SealedCopyOutcome>::progressValueChanged, this, [this](int value) {
        if (m_progress) {
            m_progress->setValue(value);
            m_progress->setLabelText(m_watcher.progressText());
        }
    });
}

SealedCopyExport::~SealedCopyExport()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void SealedCopyExport::done(bool ok, const QString &path)
{
    Q_EMIT finished(ok, path);
}

void SealedCopyExport::start(InspectionSession *session)
{
    const QString title = tr("Export sealed copy");
    if (!session || isRunning()) {
        m_dialogs->message(m_window, DialogProvider::Severity::Warning, title,
                           session ? tr("A copy is being written already.") : tr("Open an inspection first."));
        done(false, {});
        return;
    }
    if (session->isBusy()) {
        m_dialogs->message(m_window, DialogProvider::Severity::Warning, title,
                           tr("Wait until the running task has finished (or cancel it), then export the copy."));
        done(false, {});
        return;
    }
    m_session = session;
    const QFileInfo source(session->file().path());
    m_dialogs->documentPath(m_window, true, title, source.completeBaseName() + tr("-sealed") + QStringLiteral(".inspection"),
                            {tr("Inspections (*.inspection)")}, [this, title](const QString &target) {
                                if (target.isEmpty() || !m_session) {
                                    done(false, {});
                                    return;
                                }
                                if (auto r = InspectionExporter::checkTarget(m_session->file().path(), target, true); !r) {
                                    m_dialogs->message(m_window, DialogProvider::Severity::Critical, title, r.error().message);
                                    done(false, {});
                                    return;
                                }
                                askKey(target, {});
                            });
}

void SealedCopyExport::askKey(const QString &target, const QString &error)
{
    m_dialogs->signingKey(m_window,
                          tr("Seal the copy with your key: the supervisor's verify then checks that nothing changed since. Cancel to "
                             "choose a plain copy instead."),
                          error, [this, target](std::optional<SigningKeyRequest> key) {
                              if (key) {
                                  run(target, std::move(key));
                                  return;
                              }
                              m_dialogs->chooseOne(m_window, tr("Export sealed copy"),
                                                   tr("No key was chosen. Write the copy without a seal?"),
                                                   {tr("Write a plain copy, not sealed"), tr("Cancel")}, 1, [this, target](int choice) {
                                                       if (choice == 0)
                                                           run(target, std::nullopt);
                                                       else
                                                           done(false, {});
                                                   });
                          });
}

void SealedCopyExport::run(const QString &target, std::optional<SigningKeyRequest> key)
{
    if (!m_session) {
        done(false, {});
        return;
    }
    m_target = target;
    m_sealing = key.has_value();
    m_progress = new QProgressDialog(tr("Copying the inspection…"), tr("Cancel"), 0, 1000, m_window);
    m_progress->setObjectName(QStringLiteral("sealedCopyProgress"));
    m_progress->setWindowTitle(tr("Export sealed copy"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, &m_watcher, &QFutureWatcherBase::cancel);
    const InspectionFile *main = &m_session->file();
    m_watcher.setFuture(QtConcurrent::run([main, target, k = std::move(key)](QPromise<SealedCopyOutcome> &p) mutable {
        reportjobs::sealedCopy(p, *main, target, std::move(k));
    }));
}

void SealedCopyExport::onFinished()
{
    if (m_progress)
        m_progress->deleteLater();
    const QString title = tr("Export sealed copy");
    const QFuture<SealedCopyOutcome> f = m_watcher.future();
    if (f.resultCount() == 0) {
        m_dialogs->message(m_window, DialogProvider::Severity::Information, title, tr("Cancelled: no copy was written."));
        done(false, {});
        return;
    }
    const SealedCopyOutcome out = f.result();
    if (out.error) {
        if (m_sealing && out.error->code == ErrorCode::WrongPassphrase) {
            askKey(m_target, out.error->message);
            return;
        }
        m_dialogs->message(
            m_window, out.error->code == ErrorCode::Cancelled ? DialogProvider::Severity::Information : DialogProvider::Severity::Critical,
            title, out.error->message);
        done(false, {});
        return;
    }
    const ExportResult &r = *out.result;
    const QString name = QDir::toNativeSeparators(r.path);
    if (r.sealed)
        m_dialogs->message(m_window, DialogProvider::Severity::Information, title,
                           tr("Sealed copy %1 written (%2): %n evidence item(s) and custody head %3 (entry %4) sealed by %5.", nullptr,
                              int(r.manifest.evidence.size()))
                               .arg(name, formatSize(r.bytes), r.manifest.chainHash.left(16))
                               .arg(r.manifest.chainSeq)
                               .arg(out.signer));
    else
        m_dialogs->message(m_window, DialogProvider::Severity::Warning, title,
                           tr("Copy %1 written (%2). It is not sealed: verify on it checks its custody log, but no seal vouches for it.")
                               .arg(name, formatSize(r.bytes)));
    done(true, r.path);
}

} // namespace ab::ui
