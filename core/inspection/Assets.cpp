#include "core/inspection/Assets.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::AssetStore)
};

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString idList(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(double(id));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
QList<qint64> parseIds(const QString &text)
{
    QList<qint64> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(qint64(v.toDouble()));
    return out;
}
QList<qint64> mergeIds(QList<qint64> a, const QList<qint64> &b)
{
    for (qint64 id : b)
        if (!a.contains(id))
            a.append(id);
    return a;
}
qint64 num(const QJsonObject &o, const char *key) { return qint64(o.value(QLatin1String(key)).toDouble()); }
QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
} // namespace

int severityRank(const QString &s)
{
    if (s == QLatin1String("high"))
        return 3;
    if (s == QLatin1String("medium"))
        return 2;
    if (s == QLatin1String("low"))
        return 1;
    if (s == QLatin1String("info"))
        return 0;
    return -1;
}

DeviceRecord AssetStore::deviceFrom(const QJsonObject &o)
{
    return {num(o, "id"), str(o, "address"), str(o, "hostname"), str(o, "mac"), str(o, "vendor"), str(o, "model"), str(o, "firmware"),
            str(o, "first_seen"), str(o, "last_seen"), num(o, "run_id")};
}

ServiceRecord AssetStore::serviceFrom(const QJsonObject &o)
{
    ServiceRecord s;
    s.id = num(o, "id");
    s.deviceId = num(o, "device_id");
    s.transport = str(o, "transport");
    s.port = int(num(o, "port"));
    s.name = str(o, "name");
    s.tls = num(o, "tls") != 0;
    s.product = str(o, "product");
    s.version = str(o, "version");
    s.banner = str(o, "banner");
    s.facts = QJsonDocument::fromJson(str(o, "facts").toUtf8()).object();
    s.evidence = parseIds(str(o, "evidence"));
    s.seenAt = str(o, "seen_at");
    s.runId = num(o, "run_id");
    return s;
}

FindingRecord AssetStore::findingFrom(const QJsonObject &o)
{
    FindingRecord f;
    f.id = num(o, "id");
    f.title = str(o, "title");
    f.severity = str(o, "severity");
    f.item = str(o, "item");
    f.check = str(o, "check_id");
    f.deviceId = num(o, "device_id");
    f.port = int(num(o, "port"));
    f.detail = str(o, "detail");
    f.cve = str(o, "cve");
    f.recommendation = str(o, "recommendation");
    f.deadline = str(o, "deadline");
    f.evidence = parseIds(str(o, "evidence"));
    f.status = str(o, "status");
    f.source = str(o, "source");
    f.createdAt = str(o, "created_at");
    f.createdBy = str(o, "created_by");
    f.runId = num(o, "run_id");
    f.mergedInto = num(o, "merged_into");
    return f;
}

Result<DeviceRecord> AssetStore::upsertDevice(const DeviceRecord &seen)
{
    RecordTable t(m_file, QStringLiteral("device"));
    auto existing = t.all(QStringLiteral("address = ?"), {seen.address});
    if (!existing)
        return existing.error();
    const QString at = seen.lastSeen.isEmpty() ? now() : seen.lastSeen;
    if (existing->isEmpty()) {
        auto row = t.add({{QStringLiteral("address"), seen.address},   {QStringLiteral("hostname"), seen.hostname},
                          {QStringLiteral("mac"), seen.mac},           {QStringLiteral("vendor"), seen.vendor},
                          {QStringLiteral("model"), seen.model},       {QStringLiteral("firmware"), seen.firmware},
                          {QStringLiteral("first_seen"), at},          {QStringLiteral("last_seen"), at},
                          {QStringLiteral("run_id"), double(seen.runId)}});
        if (!row)
            return row.error();
        return deviceFrom(*row);
    }
    const DeviceRecord old = deviceFrom(existing->first());
    QJsonObject changes;
    auto fill = [&](const char *key, const QString &oldValue, const QString &newValue) {
        if (!newValue.isEmpty() && newValue != oldValue)
            changes.insert(QLatin1String(key), newValue);
    };
    fill("hostname", old.hostname, seen.hostname);
    fill("mac", old.mac, seen.mac);
    fill("vendor", old.vendor, seen.vendor);
    fill("model", old.model, seen.model);
    fill("firmware", old.firmware, seen.firmware);
    changes.insert(QStringLiteral("last_seen"), at);
    if (seen.runId)
        changes.insert(QStringLiteral("run_id"), double(seen.runId));
    auto row = t.update(old.id, changes);
    if (!row)
        return row.error();
    return deviceFrom(*row);
}

Result<ServiceRecord> AssetStore::upsertService(const ServiceRecord &seen)
{
    RecordTable t(m_file, QStringLiteral("service"));
    auto existing = t.all(QStringLiteral("device_id = ? AND transport = ? AND port = ?"), {seen.deviceId, seen.transport, seen.port});
    if (!existing)
        return existing.error();
    QJsonObject fields{{QStringLiteral("name"), seen.name},
                       {QStringLiteral("tls"), seen.tls ? 1.0 : 0.0},
                       {QStringLiteral("product"), seen.product},
                       {QStringLiteral("version"), seen.version},
                       {QStringLiteral("banner"), seen.banner},
                       {QStringLiteral("facts"), compact(seen.facts)},
                       {QStringLiteral("seen_at"), seen.seenAt.isEmpty() ? now() : seen.seenAt},
                       {QStringLiteral("run_id"), double(seen.runId)}};
    if (existing->isEmpty()) {
        fields.insert(QStringLiteral("device_id"), double(seen.deviceId));
        fields.insert(QStringLiteral("transport"), seen.transport);
        fields.insert(QStringLiteral("port"), double(seen.port));
        fields.insert(QStringLiteral("evidence"), idList(seen.evidence));
        auto row = t.add(fields);
        if (!row)
            return row.error();
        return serviceFrom(*row);
    }
    const ServiceRecord old = serviceFrom(existing->first());
    // A later, less informed look (an nmap import after a probe) keeps what was known.
    if (seen.name.isEmpty() || (seen.name == QLatin1String("unknown") && !old.name.isEmpty()))
        fields.insert(QStringLiteral("name"), old.name);
    if (seen.product.isEmpty())
        fields.insert(QStringLiteral("product"), old.product);
    if (seen.version.isEmpty())
        fields.insert(QStringLiteral("version"), old.version);
    if (seen.banner.isEmpty())
        fields.insert(QStringLiteral("banner"), old.banner);
    QJsonObject facts = old.facts;
    for (auto it = seen.facts.begin(); it != seen.facts.end(); ++it)
        facts.insert(it.key(), it.value());
    fields.insert(QStringLiteral("facts"), compact(facts));
    fields.insert(QStringLiteral("evidence"), idList(mergeIds(old.evidence, seen.evidence)));
    auto row = t.update(old.id, fields);
    if (!row)
        return row.error();
    return serviceFrom(*row);
}

Result<FindingRecord> AssetStore::addFinding(const FindingRecord &f, bool *merged)
{
    if (severityRank(f.severity) < 0)
        return makeError(ErrorCode::Usage, Tr::tr("Severity \"%1\" is not one of high, medium, low, info.").arg(f.severity));
    if (f.title.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("A finding needs a title."));
    RecordTable t(m_file, QStringLiteral("finding"));
    if (merged)
        *merged = false;
    if (!f.check.isEmpty()) {
        auto same = t.all(QStringLiteral("status = 'open' AND check_id = ? AND device_id = ? AND port = ? AND cve = ?"),
                          {f.check, f.deviceId, f.port, f.cve.isNull() ? QString(QLatin1String("")) : f.cve});
        if (!same)
            return same.error();
        if (!same->isEmpty()) {
            const FindingRecord old = findingFrom(same->first());
            QJsonObject changes{{QStringLiteral("evidence"), idList(mergeIds(old.evidence, f.evidence))}};
            if (!f.detail.isEmpty() && f.detail != old.detail)
                changes.insert(QStringLiteral("detail"), f.detail);
            if (f.runId)
                changes.insert(QStringLiteral("run_id"), double(f.runId));
            auto row = t.update(old.id, changes);
            if (!row)
                return row.error();
            if (merged)
                *merged = true;
            return findingFrom(*row);
        }
    }
    auto row = t.add({{QStringLiteral("title"), f.title},
                      {QStringLiteral("severity"), f.severity},
                      {QStringLiteral("item"), f.item},
                      {QStringLiteral("check_id"), f.check},
                      {QStringLiteral("device_id"), double(f.deviceId)},
                      {QStringLiteral("port"), double(f.port)},
                      {QStringLiteral("detail"), f.detail},
                      {QStringLiteral("cve"), f.cve},
                      {QStringLiteral("recommendation"), f.recommendation},
                      {QStringLiteral("deadline"), f.deadline},
                      {QStringLiteral("evidence"), idList(f.evidence)},
                      {QStringLiteral("status"), f.status.isEmpty() ? QStringLiteral("open") : f.status},
                      {QStringLiteral("source"), f.source},
                      {QStringLiteral("created_at"), f.createdAt.isEmpty() ? now() : f.createdAt},
                      {QStringLiteral("created_by"), f.createdBy.isEmpty() ? m_file.actor() : f.createdBy},
                      {QStringLiteral("run_id"), double(f.runId)}});
    if (!row)
        return row.error();
    return findingFrom(*row);
}

Result<FindingRecord> AssetStore::updateFinding(qint64 id, const QJsonObject &changes)
{
    static const QStringList editable{QStringLiteral("title"),    QStringLiteral("severity"), QStringLiteral("item"),
                                      QStringLiteral("device_id"), QStringLiteral("port"),     QStringLiteral("detail"),
                                      QStringLiteral("recommendation"), QStringLiteral("deadline"), QStringLiteral("evidence"),
                                      QStringLiteral("status"), QStringLiteral("merged_into")};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!editable.contains(it.key()))
            return makeError(ErrorCode::Usage, Tr::tr("The field \"%1\" of a finding cannot be edited.").arg(it.key()));
    }
    if (changes.contains(QStringLiteral("severity")) && severityRank(changes.value(QStringLiteral("severity")).toString()) < 0)
        return makeError(ErrorCode::Usage, Tr::tr("Severity \"%1\" is not one of high, medium, low, info.").arg(changes.value(QStringLiteral("severity")).toString()));
    auto row = RecordTable(m_file, QStringLiteral("finding")).update(id, changes);
    if (!row)
        return row.error();
    return findingFrom(*row);
}

Result<QList<DeviceRecord>> AssetStore::devices() const
{
    auto rows = RecordTable(m_file, QStringLiteral("device")).all();
    if (!rows)
        return rows.error();
    QList<DeviceRecord> out;
    for (const QJsonObject &r : std::as_const(*rows))
        out.append(deviceFrom(r));
    return out;
}

Result<QList<ServiceRecord>> AssetStore::services(qint64 deviceId) const
{
    RecordTable t(m_file, QStringLiteral("service"));
    auto rows = deviceId ? t.all(QStringLiteral("device_id = ?"), {deviceId}) : t.all();
    if (!rows)
        return rows.error();
    QList<ServiceRecord> out;
    for (const QJsonObject &r : std::as_const(*rows))
        out.append(serviceFrom(r));
    return out;
}

Result<QList<FindingRecord>> AssetStore::findings() const
{
    auto rows = RecordTable(m_file, QStringLiteral("finding")).all();
    if (!rows)
        return rows.error();
    QList<FindingRecord> out;
    for (const QJsonObject &r : std::as_const(*rows))
        out.append(findingFrom(r));
    return out;
}

Result<qint64> AssetStore::findingCount() const { return RecordTable(m_file, QStringLiteral("finding")).count(); }

QJsonObject AssetStore::toJson(const ServiceRecord &s)
{
    QJsonArray ev;
    for (qint64 id : s.evidence)
        ev.append(double(id));
    return {{QStringLiteral("id"), double(s.id)},         {QStringLiteral("port"), s.port},
            {QStringLiteral("transport"), s.transport},   {QStringLiteral("name"), s.name},
            {QStringLiteral("tls"), s.tls},               {QStringLiteral("product"), s.product},
            {QStringLiteral("version"), s.version},       {QStringLiteral("banner"), s.banner},
            {QStringLiteral("facts"), s.facts},           {QStringLiteral("evidence"), ev}};
}

QJsonObject AssetStore::toJson(const DeviceRecord &d, const QList<ServiceRecord> &services)
{
    QJsonArray svc;
    for (const ServiceRecord &s : services)
        if (s.deviceId == d.id)
            svc.append(toJson(s));
    return {{QStringLiteral("id"), double(d.id)},       {QStringLiteral("address"), d.address},
            {QStringLiteral("hostname"), d.hostname},   {QStringLiteral("mac"), d.mac},
            {QStringLiteral("vendor"), d.vendor},       {QStringLiteral("model"), d.model},
            {QStringLiteral("firmware"), d.firmware},   {QStringLiteral("first_seen"), d.firstSeen},
            {QStringLiteral("last_seen"), d.lastSeen},  {QStringLiteral("services"), svc}};
}

QJsonObject AssetStore::toJson(const FindingRecord &f, const QString &deviceAddress)
{
    QJsonArray ev;
    for (qint64 id : f.evidence)
        ev.append(double(id));
    QString asset = deviceAddress;
    if (!asset.isEmpty() && f.port > 0)
        asset = (asset.contains(QLatin1Char(':')) ? QLatin1Char('[') + asset + QLatin1Char(']') : asset) + QLatin1Char(':') + QString::number(f.port);
    return {{QStringLiteral("id"), double(f.id)},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("severity"), f.severity},
            {QStringLiteral("item"), f.item},
            {QStringLiteral("asset"), asset},
            {QStringLiteral("evidence"), ev},
            {QStringLiteral("check"), f.check},
            {QStringLiteral("detail"), f.detail},
            {QStringLiteral("cve"), f.cve},
            {QStringLiteral("recommendation"), f.recommendation},
            {QStringLiteral("deadline"), f.deadline},
            {QStringLiteral("status"), f.status},
            {QStringLiteral("merged_into"), double(f.mergedInto)},
            {QStringLiteral("source"), f.source}};
}

} // namespace ab
