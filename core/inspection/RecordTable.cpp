#include "core/inspection/RecordTable.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::RecordTable)
};

// What a person calls a row of each table, for messages.
QString rowLabel(const QString &table, qint64 id)
{
    if (table == QLatin1String("device"))
        return Tr::tr("Device %1").arg(id);
    if (table == QLatin1String("service"))
        return Tr::tr("Service %1").arg(id);
    if (table == QLatin1String("finding"))
        return Tr::tr("Finding %1").arg(id);
    if (table == QLatin1String("probe_run"))
        return Tr::tr("Probe run %1").arg(id);
    return QStringLiteral("%1:%2").arg(table).arg(id);
}

QVariant bindable(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble())
        return qint64(v.toDouble());
    // Never NULL: the columns are NOT NULL, and "x = ?" must match ''.
    const QString text = v.toString();
    return text.isNull() ? QString(QLatin1String("")) : text;
}
} // namespace

QStringList RecordTable::tables()
{
    return {QStringLiteral("probe_run"), QStringLiteral("device"), QStringLiteral("service"), QStringLiteral("finding"),
            QStringLiteral("report"),    QStringLiteral("seal"),   QStringLiteral("review")};
}

QJsonObject RecordTable::record(const QSqlRecord &row)
{
    QJsonObject o;
    for (int i = 0; i < row.count(); ++i) {
        const QVariant v = row.value(i);
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::ULongLong)
            o.insert(row.fieldName(i), double(v.toLongLong()));
        else
            o.insert(row.fieldName(i), v.toString());
    }
    return o;
}

Result<QJsonObject> RecordTable::add(const QJsonObject &fields)
{
    if (auto r = m_file.checkWrite(m_table + QStringLiteral(".add")); !r)
        return r.error();
    QSqlDatabase db = m_file.database();
    const QStringList columns = fields.keys();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q = sql::prepare(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(m_table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QString &c : columns)
        q.addBindValue(bindable(fields.value(c)));
    if (auto r = sql::exec(q); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    auto row = get(id);
    if (!row)
        return row;
    if (auto r = m_file.custody().append(m_table + QStringLiteral(".add"), QStringLiteral("%1:%2").arg(m_table).arg(id), *row); !r)
        return r.error();
    return row;
}

Result<QJsonObject> RecordTable::update(qint64 id, const QJsonObject &changes)
{
    if (auto r = m_file.checkWrite(m_table + QStringLiteral(".update")); !r)
        return r.error();
    if (changes.isEmpty())
        return get(id);
    QSqlDatabase db = m_file.database();
    QStringList sets;
    for (const QString &c : changes.keys())
        sets.append(c + QStringLiteral(" = ?"));
    QSqlQuery q = sql::prepare(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_table, sets.join(QLatin1Char(','))));
    for (const QString &c : changes.keys())
        q.addBindValue(bindable(changes.value(c)));
    q.addBindValue(id);
    if (auto r = sql::exec(q); !r)
        return r.error();
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Usage, Tr::tr("%1 does not exist.").arg(rowLabel(m_table, id)));
    auto row = get(id);
    if (!row)
        return row;
    if (auto r = m_file.custody().append(m_table + QStringLiteral(".update"), QStringLiteral("%1:%2").arg(m_table).arg(id), *row); !r)
        return r.error();
    return row;
}

Result<void> RecordTable::remove(qint64 id)
{
    if (auto r = m_file.checkWrite(m_table + QStringLiteral(".delete")); !r)
        return r;
    QSqlDatabase db = m_file.database();
    QSqlQuery q = sql::prepare(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table));
    q.addBindValue(id);
    if (auto r = sql::exec(q); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Usage, Tr::tr("%1 does not exist.").arg(rowLabel(m_table, id)));
    if (auto r = m_file.custody().append(m_table + QStringLiteral(".delete"), QStringLiteral("%1:%2").arg(m_table).arg(id),
                                         QJsonObject{{QStringLiteral("id"), double(id)}});
        !r)
        return r.error();
    return {};
}

Result<QJsonObject> RecordTable::get(qint64 id) const
{
    QSqlDatabase db = m_file.database();
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(m_table));
    q.addBindValue(id);
    if (auto r = sql::exec(q); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::Usage, Tr::tr("%1 does not exist.").arg(rowLabel(m_table, id)));
    return record(q.record());
}

Result<QList<QJsonObject>> RecordTable::all(const QString &where, const QVariantList &values) const
{
    QSqlDatabase db = m_file.database();
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT * FROM %1%2 ORDER BY id").arg(m_table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.setForwardOnly(true);
    if (auto r = sql::exec(q); !r)
        return r.error();
    QList<QJsonObject> out;
    while (q.next())
        out.append(record(q.record()));
    return out;
}

Result<qint64> RecordTable::count() const
{
    QSqlQuery q(m_file.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(m_table)) || !q.next())
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the inspection's %1 table.").arg(m_table));
    return q.value(0).toLongLong();
}

} // namespace ab
