#include "core/inspection/DatabaseCopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <memory>

namespace ab
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::DatabaseCopy)
};

struct CloseDb {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, CloseDb>;

void removeCopy(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}
} // namespace

Result<void> DatabaseCopy::copy(const QSqlDatabase &source, const QString &targetPath, const Progress &progress)
{
    // The QSQLITE driver hands out its sqlite3 connection (Qt documents this
    // for driver-specific calls); Debian's plugin links the same libsqlite3.
    const QVariant handle = source.driver() ? source.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return makeError(ErrorCode::Io, Tr::tr("The inspection file is not open through SQLite; it cannot be copied."));
    sqlite3 *from = *static_cast<sqlite3 *const *>(handle.constData());
    if (!from)
        return makeError(ErrorCode::Io, Tr::tr("The inspection file is not open; it cannot be copied."));
    if (QFileInfo::exists(targetPath))
        return makeError(ErrorCode::Usage, Tr::tr("%1 already exists.").arg(targetPath));

    sqlite3 *raw = nullptr;
    const int openRc =
        sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    DbPtr to(raw);
    if (openRc != SQLITE_OK) {
        to.reset();
        removeCopy(targetPath);
        return makeError(ErrorCode::Io, Tr::tr("Cannot create %1 (is the folder writable and is there space?).").arg(targetPath));
    }
    sqlite3_exec(to.get(), "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    sqlite3_backup *backup = sqlite3_backup_init(to.get(), "main", from, "main");
    if (!backup) {
        to.reset();
        removeCopy(targetPath);
        return makeError(ErrorCode::Io, Tr::tr("Cannot start copying the inspection to %1.").arg(targetPath));
    }
    qint64 pageSize = 4096;
    {
        QSqlQuery q(source);
        if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
            pageSize = q.value(0).toLongLong();
    }
    int rc = SQLITE_OK;
    int busyWaits = 0;
    bool cancelled = false;
    while (true) {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another writer holds the source for a moment; give up after ~10 s.
            if (++busyWaits > 200)
                break;
            QThread::msleep(50);
            continue;
        }
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            break;
        const qint64 total = qint64(sqlite3_backup_pagecount(backup)) * pageSize;
        const qint64 done = total - qint64(sqlite3_backup_remaining(backup)) * pageSize;
        if (progress && !progress(done, total)) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_DONE)
            break;
    }
    sqlite3_backup_finish(backup);
    const int finalRc = sqlite3_errcode(to.get());
    to.reset();
    if (cancelled) {
        removeCopy(targetPath);
        return makeError(ErrorCode::Cancelled, Tr::tr("The copy was cancelled; nothing was written."));
    }
    if (rc != SQLITE_DONE) {
        removeCopy(targetPath);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            return makeError(ErrorCode::Io, Tr::tr("The inspection stayed busy (another program is writing to it); try again."));
        if (rc == SQLITE_FULL || finalRc == SQLITE_FULL)
            return makeError(ErrorCode::Io, Tr::tr("The disk holding %1 is full; free some space and try again.").arg(targetPath));
        return makeError(ErrorCode::Io, Tr::tr("Copying the inspection to %1 failed (is the disk writable?).").arg(targetPath));
    }
    return {};
}

} // namespace ab
