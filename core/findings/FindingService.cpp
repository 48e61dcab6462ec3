#include "core/findings/FindingService.h"

#include "core/catalog/Questionnaire.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>
#include <QDate>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ab::findings
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::findings::FindingService)
};

const QString Table = QStringLiteral("finding");
// Most severe first, as the report lists them; unknown severities last.
const QString RankSql =
    QStringLiteral("(CASE severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 WHEN 'info' THEN 0 ELSE -1 END)");

QString idList(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(double(id));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Error noFindingTable()
{
    return makeError(ErrorCode::Usage, Tr::tr("This inspection file is of an older format opened read-only; it has no findings yet."));
}

Error badSeverity(const QString &s)
{
    return makeError(ErrorCode::Usage, Tr::tr("Severity \"%1\" is not one of high, medium, low, info.").arg(s));
}

// The second text appended to the first unless it is already part of it.
QString joined(const QString &a, const QString &b)
{
    const QString x = a.trimmed(), y = b.trimmed();
    if (y.isEmpty() || x.contains(y))
        return a;
    if (x.isEmpty() || y.contains(x))
        return b;
    return a + QStringLiteral("\n\n") + b;
}
} // namespace

QStringList statuses()
{
    return {QStringLiteral("open"), QStringLiteral("resolved"), QStringLiteral("dismissed"), QStringLiteral("merged")};
}

QStringList severities()
{
    return {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("info")};
}

bool isActive(const FindingRecord &f)
{
    return f.status != QLatin1String("merged") && f.status != QLatin1String("dismissed");
}

bool FindingChanges::isEmpty() const
{
    return !title && !severity && !item && !deviceId && !port && !evidence && !detail && !recommendation && !deadline && !status;
}

bool FindingService::hasTable() const
{
    return m_file.schemaVersion() >= 3;
}

Result<void> FindingService::checkEvidence(const QList<qint64> &ids) const
{
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT 1 FROM evidence WHERE id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (auto r = sql::exec(q); !r)
            return r;
        if (!q.next())
            return makeError(ErrorCode::Usage, Tr::tr("There is no evidence item %1 in this inspection.").arg(id));
        q.finish();
    }
    return {};
}

Result<void> FindingService::checkDevice(qint64 deviceId) const
{
    if (deviceId == 0)
        return {};
    if (auto d = RecordTable(m_file, QStringLiteral("device")).get(deviceId); !d)
        return d.error();
    return {};
}

Result<void> FindingService::checkItem(const QString &itemId) const
{
    if (itemId.isEmpty())
        return {};
    auto q = catalog::Questionnaire::load(m_file);
    if (!q)
        return q.error();
    if (!q->catalog().item(itemId))
        return makeError(ErrorCode::Usage, Tr::tr("The checklist has no item \"%1\".").arg(itemId));
    return {};
}

Result<void> FindingService::checkDeadline(const QString &deadline)
{
    if (!deadline.isEmpty() && !QDate::fromString(deadline, Qt::ISODate).isValid())
        return makeError(ErrorCode::Usage, Tr::tr("The deadline \"%1\" is not a date like 2024-06-30.").arg(deadline));
    return {};
}

Result<std::pair<qint64, int>> FindingService::resolveAsset(const QString &text) const
{
    QString address = text.trimmed();
    int port = 0;
    auto badPort = [&] {
        return makeError(ErrorCode::Usage, Tr::tr("\"%1\" is not ADDRESS or ADDRESS:PORT (a port from 1 to 65535).").arg(text));
    };
    auto takePort = [&](const QString &p) -> bool {
        bool ok = false;
        port = p.toInt(&ok);
        return ok && port >= 1 && port <= 65535;
    };
    if (address.startsWith(QLatin1Char('['))) { // [v6]:port
        const qsizetype close = address.indexOf(QLatin1Char(']'));
        if (close < 0 || (close + 1 < address.size() && (address.at(close + 1) != QLatin1Char(':') || !takePort(address.mid(close + 2)))))
            return badPort();
        address = address.mid(1, close - 1);
    } else if (address.count(QLatin1Char(':')) == 1) { // v4 or name with a port; a bare v6 has several colons
        if (!takePort(address.section(QLatin1Char(':'), 1)))
            return badPort();
        address = address.section(QLatin1Char(':'), 0, 0);
    }
    QHostAddress parsed(address);
    if (!parsed.isNull())
        address = parsed.toString(); // the form the device table keeps
    auto rows = RecordTable(m_file, QStringLiteral("device")).all(QStringLiteral("address = ?"), {address});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::Usage,
                         Tr::tr("No device %1 is known in this inspection; probe it or import an nmap scan first, or leave the device out.")
                             .arg(address));
    return std::pair<qint64, int>{qint64(rows->first().value(QStringLiteral("id")).toDouble()), port};
}

Result<FindingRecord> FindingService::add(FindingRecord f)
{
    if (!hasTable())
        return noFindingTable();
    f.title = f.title.trimmed();
    if (f.title.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("A finding needs a title."));
    if (severityRank(f.severity) < 0)
        return badSeverity(f.severity);
    if (f.status.isEmpty())
        f.status = QStringLiteral("open");
    if (f.status == QLatin1String("merged") || !statuses().contains(f.status))
        return makeError(ErrorCode::Usage, Tr::tr("A new finding is open, resolved or dismissed, not \"%1\".").arg(f.status));
    if (f.source.isEmpty())
        f.source = QStringLiteral("manual");
    if (f.port < 0 || f.port > 65535 || (f.port > 0 && f.deviceId == 0))
        return makeError(ErrorCode::Usage, Tr::tr("A port needs the device it belongs to."));
    if (auto r = checkDeadline(f.deadline); !r)
        return r.error();
    if (auto r = checkItem(f.item); !r)
        return r.error();
    f.mergedInto = 0;
    sql::Transaction tx(m_file.database());
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = checkEvidence(f.evidence); !r)
        return r.error();
    if (auto r = checkDevice(f.deviceId); !r)
        return r.error();
    // A hand-made finding is never folded into another one: no check id.
    f.check.clear();
    auto added = AssetStore(m_file).addFinding(f);
    if (!added)
        return added.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return added;
}

Result<FindingRecord> FindingService::edit(qint64 id, const FindingChanges &c)
{
    if (!hasTable())
        return noFindingTable();
    QJsonObject changes;
    if (c.title) {
        if (c.title->trimmed().isEmpty())
            return makeError(ErrorCode::Usage, Tr::tr("A finding needs a title."));
        changes.insert(QStringLiteral("title"), c.title->trimmed());
    }
    if (c.severity) {
        if (severityRank(*c.severity) < 0)
            return badSeverity(*c.severity);
        changes.insert(QStringLiteral("severity"), *c.severity);
    }
    if (c.item) {
        if (auto r = checkItem(*c.item); !r)
            return r.error();
        changes.insert(QStringLiteral("item"), *c.item);
    }
    if (c.detail)
        changes.insert(QStringLiteral("detail"), *c.detail);
    if (c.recommendation)
        changes.insert(QStringLiteral("recommendation"), *c.recommendation);
    if (c.deadline) {
        if (auto r = checkDeadline(*c.deadline); !r)
            return r.error();
        changes.insert(QStringLiteral("deadline"), *c.deadline);
    }
    if (c.status) {
        if (*c.status == QLatin1String("merged"))
            return makeError(ErrorCode::Usage, Tr::tr("A finding becomes merged only by merging it into another one."));
        if (!statuses().contains(*c.status))
            return makeError(ErrorCode::Usage, Tr::tr("Status \"%1\" is not one of open, resolved, dismissed.").arg(*c.status));
        changes.insert(QStringLiteral("status"), *c.status);
        // Reopening a merged finding takes it out of the one that kept it
        // (whose evidence and details stay as they are).
        changes.insert(QStringLiteral("merged_into"), 0.0);
    }
    sql::Transaction tx(m_file.database());
    if (auto r = tx.begin(); !r)
        return r.error();
    auto old = get(id);
    if (!old)
        return old.error();
    if (c.evidence) {
        if (auto r = checkEvidence(*c.evidence); !r)
            return r.error();
        changes.insert(QStringLiteral("evidence"), idList(*c.evidence));
    }
    const qint64 device = c.deviceId.value_or(old->deviceId);
    const int port = c.port.value_or(device == old->deviceId ? old->port : 0);
    if (port < 0 || port > 65535 || (port > 0 && device == 0))
        return makeError(ErrorCode::Usage, Tr::tr("A port needs the device it belongs to."));
    if (auto r = checkDevice(device); !r)
        return r.error();
    if (device != old->deviceId)
        changes.insert(QStringLiteral("device_id"), double(device));
    if (port != old->port)
        changes.insert(QStringLiteral("port"), double(port));
    // Only what differs: an edit that changes nothing leaves no custody entry.
    QJsonObject effective;
    const FindingRecord &o = *old;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &k = it.key();
        const bool same = (k == QLatin1String("title") && it->toString() == o.title) ||
                          (k == QLatin1String("severity") && it->toString() == o.severity) ||
                          (k == QLatin1String("item") && it->toString() == o.item) ||
                          (k == QLatin1String("detail") && it->toString() == o.detail) ||
                          (k == QLatin1String("recommendation") && it->toString() == o.recommendation) ||
                          (k == QLatin1String("deadline") && it->toString() == o.deadline) ||
                          (k == QLatin1String("status") && it->toString() == o.status) ||
                          (k == QLatin1String("merged_into") && qint64(it->toDouble()) == o.mergedInto) ||
                          (k == QLatin1String("evidence") && it->toString() == idList(o.evidence));
        if (!same)
            effective.insert(k, it.value());
    }
    if (effective.isEmpty())
        return old;
    auto row = AssetStore(m_file).updateFinding(id, effective);
    if (!row)
        return row.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<FindingRecord> FindingService::merge(qint64 keepId, const QList<qint64> &others)
{
    if (!hasTable())
        return noFindingTable();
    QList<qint64> ids;
    for (qint64 id : others)
        if (!ids.contains(id))
            ids.append(id);
    if (ids.contains(keepId))
        return makeError(ErrorCode::Usage, Tr::tr("Finding %1 cannot be merged into itself.").arg(keepId));
    if (ids.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("Name at least one finding to merge into finding %1.").arg(keepId));
    sql::Transaction tx(m_file.database());
    if (auto r = tx.begin(); !r)
        return r.error();
    auto keep = get(keepId);
    if (!keep)
        return keep.error();
    if (keep->status == QLatin1String("merged"))
        return makeError(ErrorCode::Usage,
                         Tr::tr("Finding %1 was itself merged into finding %2; merge into that one.").arg(keepId).arg(keep->mergedInto));
    FindingRecord k = *keep;
    AssetStore store(m_file);
    for (qint64 id : std::as_const(ids)) {
        auto other = get(id);
        if (!other)
            return other.error();
        if (other->status == QLatin1String("merged"))
            return makeError(ErrorCode::Usage, Tr::tr("Finding %1 was already merged into finding %2.").arg(id).arg(other->mergedInto));
        for (qint64 e : other->evidence)
            if (!k.evidence.contains(e))
                k.evidence.append(e);
        k.detail = joined(k.detail, other->detail);
        if (severityRank(other->severity) > severityRank(k.severity))
            k.severity = other->severity;
        if (k.item.isEmpty())
            k.item = other->item;
        if (k.deviceId == 0 && other->deviceId != 0) {
            k.deviceId = other->deviceId;
            k.port = other->port;
        }
        if (k.recommendation.trimmed().isEmpty())
            k.recommendation = other->recommendation;
        // The earliest deadline stands: a duplicate never buys more time.
        if (!other->deadline.isEmpty() && (k.deadline.isEmpty() || other->deadline < k.deadline))
            k.deadline = other->deadline;
        auto marked = store.updateFinding(
            id, {{QStringLiteral("status"), QStringLiteral("merged")}, {QStringLiteral("merged_into"), double(keepId)}});
        if (!marked)
            return marked.error();
    }
    auto row = store.updateFinding(keepId, {{QStringLiteral("evidence"), idList(k.evidence)},
                                            {QStringLiteral("detail"), k.detail},
                                            {QStringLiteral("severity"), k.severity},
                                            {QStringLiteral("item"), k.item},
                                            {QStringLiteral("device_id"), double(k.deviceId)},
                                            {QStringLiteral("port"), double(k.port)},
                                            {QStringLiteral("recommendation"), k.recommendation},
                                            {QStringLiteral("deadline"), k.deadline}});
    if (!row)
        return row.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return row;
}

Result<FindingRecord> FindingService::fromAnswer(const QString &itemId, const QString &lang)
{
    auto q = catalog::Questionnaire::load(m_file);
    if (!q)
        return q.error();
    return fromAnswer(*q, itemId, lang);
}

Result<FindingRecord> FindingService::fromAnswer(const catalog::Questionnaire &questionnaire, const QString &itemId, const QString &lang)
{
    if (!hasTable())
        return noFindingTable();
    const QList<catalog::ItemStatus> all = questionnaire.evaluate();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const catalog::ItemStatus &s) { return s.item->id == itemId; });
    if (it == all.cend())
        return makeError(ErrorCode::Usage, Tr::tr("The checklist has no item \"%1\".").arg(itemId));
    if (!it->answer)
        return makeError(ErrorCode::Usage, Tr::tr("%1 is not answered yet; answer it before recording a finding from it.").arg(itemId));
    if (!it->compliance || *it->compliance >= 1.0)
        return makeError(
            ErrorCode::Usage,
            Tr::tr("The answer to %1 is not non-compliant or partial; a finding comes from an answer that falls short.").arg(itemId));
    auto existing = findingForAnswer(itemId);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(ErrorCode::Usage,
                         Tr::tr("Finding %1 already records the answer to %2; edit that one instead.").arg(*existing).arg(itemId));
    const catalog::Item &item = *it->item;
    FindingRecord f;
    f.title = item.text.text(lang);
    f.severity = severityRank(item.severity) >= 0 ? item.severity : QStringLiteral("medium");
    f.item = item.id;
    f.recommendation = item.remediation.text(lang);
    f.detail = it->answer->note;
    f.evidence = it->answer->evidence;
    f.source = QStringLiteral("answer");
    return add(f);
}

Result<qint64> FindingService::findingForAnswer(const QString &itemId) const
{
    if (!hasTable())
        return qint64(0);
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT id FROM finding WHERE item = ? AND source = 'answer'"
                                                                 " AND status NOT IN ('merged', 'dismissed') ORDER BY id LIMIT 1"));
    q.addBindValue(itemId);
    if (auto r = sql::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<FindingRecord> FindingService::get(qint64 id) const
{
    if (!hasTable())
        return noFindingTable();
    auto row = RecordTable(m_file, Table).get(id);
    if (!row)
        return row.error();
    return AssetStore::findingFrom(*row);
}

Result<qint64> FindingService::countFrom(const QStringList &sources) const
{
    if (!hasTable())
        return qint64(0);
    QStringList marks(sources.size(), QStringLiteral("?"));
    QSqlQuery q = sql::prepare(m_file.database(),
                               QStringLiteral("SELECT count(*) FROM finding WHERE source IN (%1)").arg(marks.join(QLatin1Char(','))));
    for (const QString &s : sources)
        q.addBindValue(s);
    if (auto r = sql::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<FindingRecord>> FindingService::page(const FindingRecord *after, int limit, const QStringList &sources) const
{
    QList<FindingRecord> out;
    if (!hasTable())
        return out;
    // Keyset paging: each page starts where the last one ended, so the
    // thousandth page costs what the first does.
    QStringList where;
    if (!sources.isEmpty())
        where.append(QStringLiteral("source IN (%1)").arg(QStringList(sources.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    if (after)
        where.append(QStringLiteral("(%1 < ? OR (%1 = ? AND id > ?))").arg(RankSql));
    QString sql = QStringLiteral("SELECT * FROM finding");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 DESC, id LIMIT ?").arg(RankSql);
    QSqlQuery q = sql::prepare(m_file.database(), sql);
    for (const QString &s : sources)
        q.addBindValue(s);
    if (after) {
        const int rank = severityRank(after->severity);
        q.addBindValue(rank);
        q.addBindValue(rank);
        q.addBindValue(after->id);
    }
    q.addBindValue(limit);
    q.setForwardOnly(true);
    if (auto r = sql::exec(q); !r)
        return r.error();
    while (q.next())
        out.append(AssetStore::findingFrom(RecordTable::record(q.record())));
    return out;
}

Result<FindingSummary> FindingService::summary() const
{
    FindingSummary s;
    if (!hasTable())
        return s;
    QSqlQuery q(m_file.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT severity, status, evidence = '[]', count(*) FROM finding GROUP BY 1, 2, 3")))
        return sql::translate(q.lastError());
    while (q.next()) {
        const qint64 n = q.value(3).toLongLong();
        const QString status = q.value(1).toString();
        s.total += n;
        if (status == QLatin1String("merged") || status == QLatin1String("dismissed"))
            continue;
        s.active += n;
        s.activeBySeverity[q.value(0).toString()] += n;
        if (q.value(2).toInt() != 0)
            s.withoutEvidence += n;
    }
    if (s.withoutEvidence > 0) {
        QSqlQuery ids(m_file.database());
        ids.setForwardOnly(true);
        if (!ids.exec(QStringLiteral(
                "SELECT id FROM finding WHERE evidence = '[]' AND status NOT IN ('merged', 'dismissed') ORDER BY id LIMIT 50")))
            return sql::translate(ids.lastError());
        while (ids.next())
            s.withoutEvidenceIds.append(ids.value(0).toLongLong());
    }
    return s;
}

} // namespace ab::findings
