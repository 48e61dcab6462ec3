// import-nmap: an nmap XML file as evidence, devices, services and findings.
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/Scope.h"
#include "core/inspection/SqlUtil.h"
#include "core/probe/Fingerprints.h"
#include "core/probe/NmapXml.h"
#include "core/probe/ProbeRecorder.h"
#include "core/probe/ProbeRunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ab::probe {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::NmapImport)
};
} // namespace

QString redactNmapArgs(const QString &args)
{
    static const QRegularExpression scriptArgs(QStringLiteral("(--script-args(?:-file)?[= ])(\"[^\"]*\"|'[^']*'|\\S+)"));
    QString out = args;
    out.replace(scriptArgs, QStringLiteral("\\1***"));
    return out;
}

namespace {
// Inside the scope by address, or by a name nmap reported that the scope
// names (never resolved here: an import sends nothing).
bool inScope(const Scope &scope, const NmapHost &h, const QHostAddress &address, int port = -1)
{
    if (!address.isNull() && scope.allows(address, port))
        return true;
    for (const ScopeEntry &e : scope.entries())
        if (!e.hostName.isEmpty() && h.hostnames.contains(e.hostName, Qt::CaseInsensitive) && (port < 0 || e.containsPort(port)))
            return true;
    return false;
}

} // namespace

Result<ProbeRunResult> importNmap(InspectionFile &file, const QString &xmlPath, const QString &fingerprintDir)
{
    if (!file.isWritable())
        return makeError(ErrorCode::Usage, Tr::tr("The inspection is open read-only; nothing can be imported."));
    QFile f(xmlPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, Tr::tr("Cannot read %1: %2.").arg(xmlPath, f.errorString()));
    const NmapLimits limits;
    // Read with a cap (a FIFO or /dev/stdin reports size 0); the bytes parsed
    // are the bytes kept as evidence.
    const QByteArray xml = f.read(limits.maxBytes + 1);
    if (xml.size() > limits.maxBytes)
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is larger than %2 MiB; split the scan.").arg(xmlPath).arg(limits.maxBytes >> 20));
    auto scan = parseNmapXml(xml, limits);
    if (!scan)
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is not usable nmap XML: %2").arg(xmlPath, scan.error().message));
    if (auto r = checkUserFolder(fingerprintDir, Tr::tr("fingerprint rules")); !r)
        return r.error();
    // A scan may cover more than the inspection is authorised for (a colleague's
    // wider sweep): only hosts and ports inside the scope become devices and
    // services. The XML stays whole as evidence; what was left out is counted.
    auto scope = Scope::parse(file.meta().scope);
    if (!scope)
        return scope.error();
    int hostsOutside = 0;
    int portsOutside = 0;
    QList<NmapHost> kept;
    for (NmapHost &h : scan->hosts) {
        const QHostAddress address(h.ipAddress());
        if (!inScope(*scope, h, address)) {
            ++hostsOutside;
            continue;
        }
        const auto before = h.ports.size();
        h.ports.removeIf([&](const NmapPort &p) { return !inScope(*scope, h, address, p.port); });
        portsOutside += int(before - h.ports.size());
        kept.append(std::move(h));
    }
    scan->hosts = std::move(kept);
    auto fingerprints = Fingerprints::load(fingerprintDir);
    if (!fingerprints)
        return fingerprints.error();

    ProbeOutcome outcome;
    outcome.services = toServices(*scan);
    for (const Service &s : std::as_const(outcome.services))
        outcome.observations += observationsFromService(s, *fingerprints, true);

    QStringList targets;
    for (const NmapHost &h : std::as_const(scan->hosts))
        if (!h.ipAddress().isEmpty())
            targets.append(h.ipAddress());
    // nmap records its whole command line, --script-args (passwords,
    // communities) included: keep the command, never those values.
    const QString args = redactNmapArgs(scan->args);
    auto runId = beginRun(file, QStringLiteral("nmap"), targets, args,
                          {{QStringLiteral("file"), QFileInfo(xmlPath).fileName()}, {QStringLiteral("nmap_version"), scan->version}});
    if (!runId)
        return runId.error();
    ImportRequest req;
    req.path = xmlPath;
    req.kind = QStringLiteral("document");
    req.name = QFileInfo(xmlPath).fileName();
    req.note = Tr::tr("nmap %1 output imported (run %2): %3").arg(scan->version).arg(*runId).arg(args.left(200));
    auto item = EvidenceStore(file).importData(xml, req);
    if (!item) {
        (void)finishRun(file, *runId, QStringLiteral("failed"), {{QStringLiteral("error"), item.error().message}});
        return item.error();
    }
    auto recorded = recordOutcome(file, *runId, outcome, {}, QStringLiteral("nmap"), {item->id});
    if (!recorded) {
        (void)finishRun(file, *runId, QStringLiteral("failed"), {{QStringLiteral("error"), recorded.error().message}});
        return recorded.error();
    }
    ProbeRunResult result;
    result.runId = *runId;
    result.status = QStringLiteral("finished");
    result.summary = recorded->toJson();
    result.summary.insert(QStringLiteral("run"), double(*runId));
    result.summary.insert(QStringLiteral("status"), result.status);
    result.summary.insert(QStringLiteral("hosts"), int(scan->hosts.size()));
    result.summary.insert(QStringLiteral("evidence_id"), double(item->id));
    if (hostsOutside > 0)
        result.summary.insert(QStringLiteral("hosts_outside_scope"), hostsOutside);
    if (portsOutside > 0)
        result.summary.insert(QStringLiteral("ports_outside_scope"), portsOutside);
    if (auto r = finishRun(file, *runId, result.status, result.summary); !r)
        return r.error();
    return result;
}

} // namespace ab::probe
