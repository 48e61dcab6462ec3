#include "core/evidence/EvidencePager.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace ab
{

namespace
{
const QString Select = QStringLiteral("SELECT e.id, b.sha256, b.size, e.name, e.kind, e.item, e.note, e.added_at, e.added_by"
                                      " FROM evidence e JOIN blob b ON b.id = e.blob_id");

// The column an order sorts on; the id breaks ties (and is the key of Added).
QString keyColumn(EvidenceQuery::Order order)
{
    switch (order) {
    case EvidenceQuery::Order::Added:
        return QStringLiteral("e.id");
    case EvidenceQuery::Order::Name:
        return QStringLiteral("e.name COLLATE NOCASE");
    case EvidenceQuery::Order::Kind:
        return QStringLiteral("e.kind");
    case EvidenceQuery::Order::Size:
        return QStringLiteral("b.size");
    case EvidenceQuery::Order::Sha256:
        return QStringLiteral("b.sha256");
    case EvidenceQuery::Order::Item:
        return QStringLiteral("e.item");
    case EvidenceQuery::Order::AddedBy:
        return QStringLiteral("e.added_by");
    }
    return QStringLiteral("e.id");
}

QVariant keyOf(EvidenceQuery::Order order, const EvidenceItem &e)
{
    switch (order) {
    case EvidenceQuery::Order::Added:
        return e.id;
    case EvidenceQuery::Order::Name:
        return e.name;
    case EvidenceQuery::Order::Kind:
        return e.kind;
    case EvidenceQuery::Order::Size:
        return e.size;
    case EvidenceQuery::Order::Sha256:
        return e.sha256;
    case EvidenceQuery::Order::Item:
        return e.item;
    case EvidenceQuery::Order::AddedBy:
        return e.addedBy;
    }
    return e.id;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

QString EvidencePager::where(QVariantList &binds) const
{
    QStringList parts;
    const QString text = m_query.text.trimmed();
    if (!text.isEmpty()) {
        QStringList any;
        for (const char *column : {"e.name", "e.note", "b.sha256", "e.item", "e.added_by"}) {
            any.append(QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
            binds.append(likePattern(text));
        }
        for (const QString &k : m_query.kinds) {
            any.append(QStringLiteral("e.kind = ?"));
            binds.append(k);
        }
        parts.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (!m_query.onlyKind.isEmpty()) {
        parts.append(QStringLiteral("e.kind = ?"));
        binds.append(m_query.onlyKind);
    }
    return parts.join(QStringLiteral(" AND "));
}

Result<qint64> EvidencePager::count() const
{
    QVariantList binds;
    const QString w = where(binds);
    // Without a filter the join adds nothing: every item has its contents row.
    QSqlQuery q = sql::prepare(m_file.database(),
                               w.isEmpty() ? QStringLiteral("SELECT count(*) FROM evidence")
                                           : QStringLiteral("SELECT count(*) FROM evidence e JOIN blob b ON b.id = e.blob_id WHERE ") + w);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (auto r = sql::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<EvidenceItem>> EvidencePager::next(int limit)
{
    QList<EvidenceItem> out;
    if (m_atEnd || limit <= 0)
        return out;
    QVariantList binds;
    QStringList conditions;
    if (const QString w = where(binds); !w.isEmpty())
        conditions.append(w);
    const QString key = keyColumn(m_query.order);
    const QString cmp = m_query.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (m_last) {
        if (m_query.order == EvidenceQuery::Order::Added) {
            conditions.append(QStringLiteral("e.id %1 ?").arg(cmp));
        } else {
            conditions.append(QStringLiteral("(%1 %2 ? OR (%1 = ? AND e.id %2 ?))").arg(key, cmp));
            binds.append(keyOf(m_query.order, *m_last));
            binds.append(keyOf(m_query.order, *m_last));
        }
        binds.append(m_last->id);
    }
    const QString dir = m_query.descending ? QStringLiteral(" DESC") : QString();
    QString sql = Select;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += m_query.order == EvidenceQuery::Order::Added ? QStringLiteral(" ORDER BY e.id%1").arg(dir)
                                                        : QStringLiteral(" ORDER BY %1%2, e.id%2").arg(key, dir);
    sql += QStringLiteral(" LIMIT ?");
    binds.append(limit);
    QSqlQuery q = sql::prepare(m_file.database(), sql);
    q.setForwardOnly(true);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (auto r = sql::exec(q); !r)
        return r.error();
    while (q.next()) {
        EvidenceItem e;
        e.id = q.value(0).toLongLong();
        e.sha256 = q.value(1).toString();
        e.size = q.value(2).toLongLong();
        e.name = q.value(3).toString();
        e.kind = q.value(4).toString();
        e.item = q.value(5).toString();
        e.note = q.value(6).toString();
        e.addedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        e.addedBy = q.value(8).toString();
        out.append(e);
    }
    if (out.size() < limit)
        m_atEnd = true;
    if (!out.isEmpty())
        m_last = out.constLast();
    return out;
}

void EvidencePager::reset()
{
    m_last.reset();
    m_atEnd = false;
}

} // namespace ab
