#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlRecord;

namespace ab {

class InspectionFile;

// Rows of a plain table (probe_run, device, service, finding) written
// together with a custody entry that holds the row's full record, so that
// verify can replay the log and compare every row field by field. Actions are
// "<table>.add", "<table>.update" (the full new record) and "<table>.delete".
// Every call must run inside the caller's write transaction.
class RecordTable final {
public:
    RecordTable(InspectionFile &file, QString table) : m_file(file), m_table(std::move(table)) {}

    // The tables kept this way (for verify).
    static QStringList tables();

    // Inserts the fields (column -> value; strings, numbers, bools); returns the row with its new id.
    Result<QJsonObject> add(const QJsonObject &fields);
    // Replaces the given fields of row `id`; returns the full new row.
    Result<QJsonObject> update(qint64 id, const QJsonObject &changes);
    Result<void> remove(qint64 id);

    Result<QJsonObject> get(qint64 id) const;
    // Every row, ordered by id, optionally filtered by a WHERE clause with bound values.
    Result<QList<QJsonObject>> all(const QString &where = {}, const QVariantList &values = {}) const;
    Result<qint64> count() const;

    // A row as the custody log records it: integers as numbers, text as strings.
    static QJsonObject record(const QSqlRecord &row);

private:
    InspectionFile &m_file;
    QString m_table;
};

} // namespace ab
