#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>

namespace ab::sql {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::Sql)
};
}

Error translate(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText();
    const int code = native.toInt() & 0xff; // primary SQLite result code
    QString msg;
    ErrorCode ec = ErrorCode::Io;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        msg = Tr::tr("The inspection file is in use by another AuditBench window or command; try again when it has finished.");
        break;
    case 8: // SQLITE_READONLY
        msg = Tr::tr("The inspection file is read-only; copy it to a writable place or open it read-only.");
        break;
    case 10: // SQLITE_IOERR
        msg = Tr::tr("Reading or writing the inspection file failed (disk error or removed medium).");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        msg = Tr::tr("The inspection file is damaged; restore it from a copy.");
        ec = ErrorCode::BadInput;
        break;
    case 13: // SQLITE_FULL
        msg = Tr::tr("The disk is full; free some space and try again.");
        break;
    case 14: // SQLITE_CANTOPEN
        msg = Tr::tr("The inspection file cannot be opened (check the path and permissions).");
        break;
    default:
        msg = Tr::tr("The inspection file could not be accessed (%1).").arg(text.isEmpty() ? error.text() : text);
        break;
    }
    if (!what.isEmpty())
        msg = what + QStringLiteral(": ") + msg;
    return Error{ec, msg};
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(statement);
    return q;
}

Result<void> exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return translate(q.lastError());
    return {};
}

Result<void> exec(QSqlQuery &query)
{
    if (!query.exec())
        return translate(query.lastError());
    return {};
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) {}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void> Transaction::begin()
{
    if (auto r = exec(m_db, QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r;
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    auto r = exec(m_db, QStringLiteral("COMMIT"));
    if (r)
        m_open = false;
    else
        rollback();
    return r;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

Savepoint::Savepoint(QSqlDatabase db) : m_db(std::move(db)) {}

Savepoint::~Savepoint()
{
    if (m_open) {
        rollback();
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE ab_item"));
    }
}

Result<void> Savepoint::begin()
{
    if (auto r = exec(m_db, QStringLiteral("SAVEPOINT ab_item")); !r)
        return r;
    m_open = true;
    return {};
}

Result<void> Savepoint::release()
{
    auto r = exec(m_db, QStringLiteral("RELEASE ab_item"));
    if (r)
        m_open = false;
    return r;
}

void Savepoint::rollback()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO ab_item"));
}

} // namespace ab::sql
