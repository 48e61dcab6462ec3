#pragma once

#include "ui/ReportJobs.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace ab::ui
{

class DialogProvider;
class InspectionSession;

// File ▸ Export sealed copy…: where to write the copy, the key to seal it
// with (the signing-key dialog; without one, a plain copy when the person
// says so), the copy made, verified and sealed by InspectionExporter on a
// pool thread with its own handle, a progress dialog that can cancel, and
// one message saying what was written.
class SealedCopyExport final : public QObject
{
    Q_OBJECT
public:
    SealedCopyExport(DialogProvider *dialogs, QWidget *window);
    ~SealedCopyExport() override;

    void start(InspectionSession *session);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // ok: the copy was written; path: where.
    void finished(bool ok, const QString &path);

private:
    void askKey(const QString &target, const QString &error);
    void run(const QString &target, std::optional<SigningKeyRequest> key);
    void onFinished();
    void done(bool ok, const QString &path);

    DialogProvider *m_dialogs = nullptr;
    QWidget *m_window = nullptr;
    QPointer<InspectionSession> m_session;
    QString m_target;
    bool m_sealing = false;
    QFutureWatcher<SealedCopyOutcome> m_watcher;
    QPointer<QProgressDialog> m_progress;
};

} // namespace ab::ui
