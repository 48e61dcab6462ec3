#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace ab::sql {

// Turns an SQLite failure into something a user can act on, never a raw
// driver message alone.
Error translate(const QSqlError &error, const QString &what = {});

Result<void> exec(QSqlDatabase &db, const QString &statement);
Result<void> exec(QSqlQuery &query); // prepared and bound by the caller
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);

// A write transaction (BEGIN IMMEDIATE) rolled back unless committed.
class Transaction final {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// A nested unit inside a transaction: rolled back (to where it began) unless
// released, so one failed file never undoes the others of its batch.
class Savepoint final {
public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)
    Result<void> begin();
    Result<void> release();
    void rollback(); // back to the start; the savepoint stays open

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace ab::sql
