#include "core/probe/ProbeRecorder.h"

#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/Assets.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace ab::probe {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::ProbeRecorder)
};

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString compact(const QJsonValue &v)
{
    return v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                       : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject factsJson(const QVariantMap &facts)
{
    return QJsonObject::fromVariantMap(facts);
}

QString factText(const Service &s, const char *key) { return s.facts.value(QLatin1String(key)).toString(); }
} // namespace

QJsonObject RecordSummary::toJson() const
{
    return {{QStringLiteral("devices"), devices},        {QStringLiteral("services"), services},
            {QStringLiteral("findings"), findings},      {QStringLiteral("new_findings"), newFindings},
            {QStringLiteral("evidence"), evidence},      {QStringLiteral("answered"), QJsonArray::fromStringList(answered)}};
}

Result<qint64> beginRun(InspectionFile &file, const QString &source, const QStringList &targets, const QString &ports, const QJsonObject &options)
{
    sql::Transaction tx(file.database());
    if (auto r = tx.begin(); !r)
        return r.error();
    auto row = RecordTable(file, QStringLiteral("probe_run"))
                   .add({{QStringLiteral("started_at"), now()},
                         {QStringLiteral("actor"), file.actor()},
                         {QStringLiteral("source"), source},
                         {QStringLiteral("targets"), compact(QJsonArray::fromStringList(targets))},
                         {QStringLiteral("ports"), ports},
                         {QStringLiteral("options"), compact(options)},
                         {QStringLiteral("status"), QStringLiteral("running")}});
    if (!row)
        return row.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return qint64(row->value(QStringLiteral("id")).toDouble());
}

Result<void> finishRun(InspectionFile &file, qint64 runId, const QString &status, const QJsonObject &summary)
{
    sql::Transaction tx(file.database());
    if (auto r = tx.begin(); !r)
        return r;
    auto row = RecordTable(file, QStringLiteral("probe_run"))
                   .update(runId, {{QStringLiteral("finished_at"), now()}, {QStringLiteral("status"), status}, {QStringLiteral("summary"), compact(summary)}});
    if (!row)
        return row.error();
    return tx.commit();
}

Result<void> logRefusal(InspectionFile &file, const QStringList &targets, const QString &reason)
{
    if (!file.isWritable())
        return {};
    sql::Transaction tx(file.database());
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = file.custody().append(QStringLiteral("probe.refused"), QStringLiteral("probe"),
                                       {{QStringLiteral("targets"), QJsonArray::fromStringList(targets)}, {QStringLiteral("reason"), reason}});
        !r)
        return r.error();
    return tx.commit();
}

Result<RecordSummary> recordOutcome(InspectionFile &file, qint64 runId, const ProbeOutcome &outcome, const QSet<QString> &evaluated,
                                    const QString &source, const QList<qint64> &sharedEvidence, bool wholeScope)
{
    RecordSummary summary;
    auto questionnaire = catalog::Questionnaire::load(file);
    if (!questionnaire)
        return questionnaire.error();
    const catalog::Catalog &cat = questionnaire->catalog();
    auto itemForCheck = [&](const QString &check) -> QString {
        for (const catalog::Item &it : cat.items())
            if (it.checks.contains(check))
                return it.id;
        return {};
    };

    sql::Transaction tx(file.database());
    if (auto r = tx.begin(); !r)
        return r.error();
    EvidenceStore evidence(file);
    AssetStore assets(file);

    QList<qint64> evidenceOf(outcome.transcripts.size(), 0);
    auto ids = [&](const QList<int> &indices) {
        QList<qint64> out = sharedEvidence;
        for (int i : indices)
            if (i >= 0 && i < evidenceOf.size() && evidenceOf[i] > 0 && !out.contains(evidenceOf[i]))
                out.append(evidenceOf[i]);
        return out;
    };
    // Only transcripts something refers to are kept; an exchange with a closed port proves nothing.
    QSet<int> referenced;
    for (const Service &s : outcome.services)
        for (int i : s.transcripts)
            referenced.insert(i);
    for (const Observation &o : outcome.observations)
        for (int i : o.transcripts)
            referenced.insert(i);
    for (int i = 0; i < outcome.transcripts.size(); ++i) {
        if (!referenced.contains(i))
            continue;
        const Transcript &t = outcome.transcripts[i];
        ImportRequest req;
        req.name = t.fileName();
        req.kind = QStringLiteral("transcript");
        req.note = Tr::tr("Probe run %1: %2 exchange with %3.").arg(runId).arg(t.protocol.toUpper(), t.endpoint.toString());
        auto item = evidence.storeData(t.render(), req);
        if (!item)
            return item.error();
        evidenceOf[i] = item->id;
        ++summary.evidence;
    }

    QMap<QString, DeviceRecord> devices; // by address
    auto deviceFor = [&](const QHostAddress &address, const Service *s) -> Result<DeviceRecord> {
        const QString key = address.toString();
        DeviceRecord seen;
        seen.address = key;
        seen.runId = runId;
        if (s) {
            // ONVIF device information, as the ONVIF probe reports it.
            seen.vendor = factText(*s, "manufacturer");
            seen.model = factText(*s, "model");
            seen.firmware = factText(*s, "firmware");
            if (seen.vendor.isEmpty())
                seen.vendor = factText(*s, "vendor");
            // A WS-Discovery answer names the model in its hardware scope.
            if (seen.model.isEmpty() && s->name == QLatin1String("ws-discovery"))
                seen.model = factText(*s, "hardware");
        }
        if (devices.contains(key) && seen.vendor.isEmpty() && seen.model.isEmpty() && seen.firmware.isEmpty())
            return devices.value(key);
        auto d = assets.upsertDevice(seen);
        if (!d)
            return d;
        if (!devices.contains(key))
            ++summary.devices;
        devices.insert(key, *d);
        return d;
    };

    QMap<QString, QList<qint64>> serviceEvidence;
    for (const Service &s : outcome.services) {
        auto d = deviceFor(s.endpoint.address, &s);
        if (!d)
            return d.error();
        ServiceRecord rec;
        rec.deviceId = d->id;
        rec.transport = s.transport;
        rec.port = s.endpoint.port;
        rec.name = s.name;
        rec.tls = s.tls;
        rec.product = s.product;
        rec.version = s.version;
        rec.banner = s.banner.left(256);
        rec.facts = factsJson(s.facts);
        rec.evidence = ids(s.transcripts);
        rec.runId = runId;
        auto stored = assets.upsertService(rec);
        if (!stored)
            return stored.error();
        ++summary.services;
    }

    for (const Observation &o : outcome.observations) {
        auto d = deviceFor(o.endpoint.address, nullptr);
        if (!d)
            return d.error();
        FindingRecord f;
        f.title = o.title;
        f.severity = severityName(o.severity);
        f.check = o.check;
        f.item = itemForCheck(o.check);
        f.deviceId = d->id;
        f.port = o.endpoint.port;
        f.detail = o.detail;
        f.cve = o.cve;
        f.recommendation = o.remediation;
        f.evidence = ids(o.transcripts);
        f.source = source;
        f.runId = runId;
        bool merged = false;
        auto stored = assets.addFinding(f, &merged);
        if (!stored)
            return stored.error();
        ++summary.findings;
        if (!merged)
            ++summary.newFindings;
    }
    if (auto r = tx.commit(); !r)
        return r.error();

    // Answers to the probe items whose checks this run evaluated.
    auto findings = assets.findings();
    if (!findings)
        return findings.error();
    for (const catalog::ItemStatus &st : questionnaire->evaluate()) {
        const catalog::Item *item = st.item;
        if (!item || item->kind != QLatin1String("probe") || item->checks.isEmpty() || st.state == catalog::ItemState::NotApplicable
            || st.state == catalog::ItemState::Skipped)
            continue;
        bool allEvaluated = true;
        for (const QString &c : item->checks)
            allEvaluated = allEvaluated && evaluated.contains(c);
        if (!allEvaluated)
            continue;
        QList<qint64> proof;
        QStringList titles;
        for (const FindingRecord &f : std::as_const(*findings)) {
            if (f.status != QLatin1String("open") || !item->checks.contains(f.check))
                continue;
            titles.append(QStringLiteral("#%1 %2").arg(f.id).arg(f.title));
            for (qint64 e : f.evidence)
                if (!proof.contains(e))
                    proof.append(e);
        }
        const bool met = titles.isEmpty();
        if (met && !wholeScope)
            continue;
        const QString note = met ? Tr::tr("Probe run %1 checked %2 and found nothing.").arg(runId).arg(item->checks.join(QStringLiteral(", ")))
                                 : Tr::tr("Probe run %1: %n finding(s): %2", nullptr, int(titles.size())).arg(runId).arg(titles.join(QStringLiteral("; ")));
        auto a = questionnaire->answerFromProbe(item->id, met ? QStringLiteral("compliant") : QStringLiteral("noncompliant"), note, proof);
        if (!a)
            return a.error();
        summary.answered.append(item->id);
    }
    return summary;
}

} // namespace ab::probe
