// What a run does with an inspection file (runProbe: refusals logged, the
// run recorded) and what a service's mere presence says
// (observationsFromService), shared by probe runs and nmap imports.
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/probe/Fingerprints.h"
#include "core/probe/ProbeRecorder.h"
#include "core/probe/ProbeRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ab::probe
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::ProbeRunner)
};

// Vendor SDK / management ports that must not be reachable from the video network (PRB-16).
const QSet<quint16> SdkPorts{8000, 37777, 37778, 34567};
} // namespace

// The probes name their facts after their protocol ("server", "title",
// "manufacturer"); fingerprint rules name their sources by where they come
// from ("http.server", "onvif.firmware"). This is the one mapping between them.
static Service withFingerprintSources(Service s)
{
    auto alias = [&](const char *source, const QVariant &value) {
        if (!s.facts.contains(QLatin1String(source)) && value.isValid() && !value.toString().isEmpty())
            s.facts.insert(QLatin1String(source), value);
    };
    const QString &n = s.name;
    if (n == QLatin1String("http") || n == QLatin1String("https") || n == QLatin1String("onvif")) {
        alias("http.server", s.facts.value(QStringLiteral("server")));
        alias("http.title", s.facts.value(QStringLiteral("title")));
    }
    alias("onvif.manufacturer", s.facts.value(QStringLiteral("manufacturer")));
    alias("onvif.model", s.facts.value(QStringLiteral("model")));
    alias("onvif.firmware", s.facts.value(QStringLiteral("firmware")));
    alias("snmp.sysdescr", s.facts.value(QStringLiteral("snmp.sysDescr")));
    if (n == QLatin1String("ssh"))
        alias("ssh.banner", s.banner);
    if (n == QLatin1String("ftp"))
        alias("ftp.banner",
              s.facts.contains(QStringLiteral("ftp.greeting")) ? s.facts.value(QStringLiteral("ftp.greeting")) : QVariant(s.banner));
    if (n == QLatin1String("rtsp"))
        alias("rtsp.server", s.facts.contains(QStringLiteral("server")) ? s.facts.value(QStringLiteral("server")) : QVariant(s.banner));
    return s;
}

QList<Observation> observationsFromService(const Service &s, const Fingerprints &fingerprints, bool openServiceChecks)
{
    QList<Observation> out;
    for (Observation o : matchFingerprints(fingerprints, withFingerprintSources(s))) {
        o.transcripts = s.transcripts;
        out.append(o);
    }
    auto add = [&](const char *check, Severity sev, const QString &title, const QString &remediation) {
        Observation o;
        o.check = QLatin1String(check);
        o.severity = sev;
        o.endpoint = s.endpoint;
        o.title = title;
        o.detail = QStringLiteral("%1 answered on %2/%3%4.")
                       .arg(s.name, s.endpoint.toString(), s.transport,
                            s.product.isEmpty() ? QString()
                                                : QStringLiteral(" (%1)").arg(QString(s.product + QLatin1Char(' ') + s.version).trimmed()));
        o.remediation = remediation;
        o.transcripts = s.transcripts;
        out.append(o);
    };
    if (s.transport != QLatin1String("tcp"))
        return out;
    const bool mgmt = s.name == QLatin1String("telnet") || s.name == QLatin1String("ssh") || SdkPorts.contains(s.endpoint.port);
    if (mgmt)
        add("mgmt-port-exposed", Severity::Medium,
            QStringLiteral("Management port %1/%2 (%3) is reachable from the inspected network")
                .arg(s.endpoint.port)
                .arg(s.transport, s.name),
            QStringLiteral("Restrict management services to a separate management network or an allow-list of administrator hosts."));
    if (openServiceChecks && s.name == QLatin1String("telnet"))
        add("telnet-open", Severity::High, QStringLiteral("Telnet service is open"),
            QStringLiteral("Disable Telnet; use SSH or the vendor's encrypted management instead."));
    if (openServiceChecks && s.name == QLatin1String("ftp"))
        add("ftp-open", Severity::Medium, QStringLiteral("FTP service is open"),
            QStringLiteral("Disable FTP; it is cleartext and not needed for video surveillance."));
    return out;
}

Result<void> checkUserFolder(const QString &dir, const QString &what)
{
    if (dir.isEmpty() || QFileInfo(dir).isDir())
        return {};
    return makeError(ErrorCode::BadInput, Tr::tr("The folder of %1 %2 does not exist or is not a folder; give the folder that holds the "
                                                 "*.json files.")
                                              .arg(what, dir));
}

Result<ProbeRunResult> runProbe(InspectionFile &file, ProbeRunner &runner, const ProbeRunner::ProgressFn &progress)
{
    if (!file.isWritable())
        return makeError(ErrorCode::Usage, Tr::tr("The inspection is open read-only; it cannot be probed."));
    if (auto r = runner.prepare(); !r) {
        if (!runner.refused().isEmpty())
            if (auto logged = logRefusal(file, runner.refused(), r.error().message); !logged)
                return logged.error();
        return r.error();
    }
    // Password attempts of recent runs count against this one's budget.
    QJsonObject lockout;
    if (auto runs = RecordTable(file, QStringLiteral("probe_run")).all(QStringLiteral("source = 'probe' AND finished_at <> ''")); runs) {
        QJsonObject attempts, locked;
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-runner.request().limits.attemptWindowSeconds);
        for (const QJsonObject &r : std::as_const(*runs)) {
            if (QDateTime::fromString(r.value(QStringLiteral("finished_at")).toString(), Qt::ISODateWithMs) < since)
                continue; // its attempts and lockouts are past the window
            const QJsonObject state = QJsonDocument::fromJson(r.value(QStringLiteral("summary")).toString().toUtf8())
                                          .object()
                                          .value(QStringLiteral("lockout"))
                                          .toObject();
            const QJsonObject a = state.value(QStringLiteral("attempts")).toObject();
            for (auto it = a.begin(); it != a.end(); ++it) {
                QJsonArray merged = attempts.value(it.key()).toArray();
                for (const QJsonValue &v : it.value().toArray())
                    merged.append(v);
                attempts.insert(it.key(), merged);
            }
            const QJsonObject l = state.value(QStringLiteral("locked")).toObject();
            for (auto it = l.begin(); it != l.end(); ++it)
                locked.insert(it.key(), it.value());
        }
        lockout = {{QStringLiteral("attempts"), attempts}, {QStringLiteral("locked"), locked}};
    }
    runner.setLockoutState(lockout);
    auto runId = beginRun(file, QStringLiteral("probe"), runner.targets(), runner.portsText(), runner.request().toJson());
    if (!runId)
        return runId.error();
    QElapsedTimer t;
    t.start();
    auto outcome = runner.run(progress);
    if (!outcome) {
        (void)finishRun(file, *runId, QStringLiteral("failed"), {{QStringLiteral("error"), outcome.error().message}});
        return outcome.error();
    }
    auto recorded = recordOutcome(file, *runId, *outcome, runner.evaluated(), QStringLiteral("probe"), {}, runner.coversWholeScope());
    if (!recorded) {
        (void)finishRun(file, *runId, QStringLiteral("failed"), {{QStringLiteral("error"), recorded.error().message}});
        return recorded.error();
    }
    ProbeRunResult result;
    result.runId = *runId;
    const ProbeRunner::Stats stats = runner.stats();
    result.status = stats.stopped ? QStringLiteral("stopped") : QStringLiteral("finished");
    result.summary = recorded->toJson();
    result.summary.insert(QStringLiteral("run"), double(*runId));
    result.summary.insert(QStringLiteral("status"), result.status);
    result.summary.insert(QStringLiteral("hosts"), stats.hosts);
    result.summary.insert(QStringLiteral("open_ports"), double(stats.openPorts));
    result.summary.insert(QStringLiteral("observations"), int(outcome->observations.size()));
    result.summary.insert(QStringLiteral("elapsed_ms"), double(t.elapsed()));
    if (stats.notIdentified > 0)
        result.summary.insert(QStringLiteral("open_ports_not_identified"), stats.notIdentified);
    result.summary.insert(QStringLiteral("multicast"), runner.multicastStatus());
    result.summary.insert(QStringLiteral("lockout"), runner.lockoutState());
    const QStringList gated = runner.gateRefusals();
    if (!gated.isEmpty())
        result.summary.insert(QStringLiteral("kept_back_by_scope"), int(gated.size()));
    if (auto r = finishRun(file, *runId, result.status, result.summary); !r)
        return r.error();
    return result;
}

} // namespace ab::probe
