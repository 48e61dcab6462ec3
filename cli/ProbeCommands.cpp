// probe, import-nmap, devices and findings: what is on the site network.
#include "cli/CliContext.h"

#include "core/inspection/Assets.h"
#include "core/inspection/Scope.h"
#include "core/probe/Discovery.h"
#include "core/probe/ProbeRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <csignal>
#include <pthread.h>
#include <thread>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

// A format-2 file opened read-only has no asset tables yet: it simply has no devices.
bool hasAssets(const InspectionFile &f)
{
    return f.schemaVersion() >= 3;
}
} // namespace

int runDevices(const QStringList &args)
{
    Context ctx(QStringLiteral("devices"), args);
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    if (auto rc = ctx.parse(Tr::tr("List the devices found on the site network and their services."), 1, 1))
        return *rc;
    auto f = ctx.openInspection(InspectionFile::Mode::ReadOnly);
    if (!f)
        return ctx.fail(f.error());
    QList<DeviceRecord> devices;
    QList<ServiceRecord> services;
    if (hasAssets(**f)) {
        AssetStore store(**f);
        auto d = store.devices();
        auto s = store.services();
        if (!d || !s)
            return ctx.fail(!d ? d.error() : s.error());
        devices = *d;
        services = *s;
    }
    if (ctx.json()) {
        QJsonArray a;
        for (const DeviceRecord &d : std::as_const(devices))
            a.append(AssetStore::toJson(d, services));
        ctx.printJson(a);
        return Success;
    }
    QTextStream &out = ctx.out();
    if (devices.isEmpty())
        out << Tr::tr("No devices yet: run probe or import-nmap.") << '\n';
    for (const DeviceRecord &d : std::as_const(devices)) {
        QStringList identity;
        for (const QString &s : {d.vendor, d.model, d.firmware, d.hostname})
            if (!s.isEmpty())
                identity.append(s);
        out << d.id << '\t' << d.address << (identity.isEmpty() ? QString() : QStringLiteral("\t") + identity.join(QLatin1Char(' ')))
            << '\n';
        for (const ServiceRecord &s : std::as_const(services)) {
            if (s.deviceId != d.id)
                continue;
            out << "    " << s.port << '/' << s.transport << '\t' << s.name << (s.tls ? QStringLiteral("+tls") : QString()) << '\t'
                << QString(s.product + QLatin1Char(' ') + s.version).trimmed() << '\n';
        }
    }
    out.flush();
    return Success;
}

int runFindings(const QStringList &args)
{
    Context ctx(QStringLiteral("findings"), args);
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    if (auto rc = ctx.parse(Tr::tr("List the findings: severity, device, checklist item and the evidence that proves each."), 1, 1))
        return *rc;
    auto f = ctx.openInspection(InspectionFile::Mode::ReadOnly);
    if (!f)
        return ctx.fail(f.error());
    QList<FindingRecord> findings;
    QMap<qint64, QString> address;
    if (hasAssets(**f)) {
        AssetStore store(**f);
        auto fs = store.findings();
        auto ds = store.devices();
        if (!fs || !ds)
            return ctx.fail(!fs ? fs.error() : ds.error());
        findings = *fs;
        for (const DeviceRecord &d : std::as_const(*ds))
            address.insert(d.id, d.address);
    }
    // Most severe first, then in the order they were found.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const FindingRecord &a, const FindingRecord &b) { return severityRank(a.severity) > severityRank(b.severity); });
    if (ctx.json()) {
        QJsonArray a;
        for (const FindingRecord &x : std::as_const(findings))
            a.append(AssetStore::toJson(x, address.value(x.deviceId)));
        ctx.printJson(a);
        return Success;
    }
    QTextStream &out = ctx.out();
    if (findings.isEmpty())
        out << Tr::tr("No findings.") << '\n';
    for (const FindingRecord &x : std::as_const(findings)) {
        const QJsonObject j = AssetStore::toJson(x, address.value(x.deviceId));
        QStringList ev;
        for (qint64 e : x.evidence)
            ev.append(QString::number(e));
        out << x.id << '\t' << x.severity << '\t' << (x.item.isEmpty() ? QStringLiteral("-") : x.item) << '\t'
            << j.value(QStringLiteral("asset")).toString() << '\t' << x.title
            << (x.cve.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(x.cve))
            << (ev.isEmpty() ? QString() : QLatin1Char('\t') + Tr::tr("evidence %1").arg(ev.join(QLatin1Char(','))))
            << (x.status == QLatin1String("merged") ? QLatin1Char('\t') + Tr::tr("[merged into %1]").arg(x.mergedInto)
                : x.status != QLatin1String("open") ? QStringLiteral("\t[%1]").arg(x.status)
                                                    : QString())
            << '\n';
    }
    out.flush();
    return Success;
}

int runProbe(const QStringList &args)
{
    Context ctx(QStringLiteral("probe"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addOption({QStringLiteral("target"),
                 Tr::tr("A target inside the scope: CIDR, HOST or HOST:PORTS (repeatable; default: the whole scope)."), Tr::tr("TARGET")});
    p.addOption(
        {QStringLiteral("ports"), Tr::tr("Ports: camera (default), top100, all, or a list such as 80,443,8000-8100."), Tr::tr("LIST")});
    p.addOption({QStringLiteral("no-credentials"), Tr::tr("Do not try default or weak passwords (nor SNMP communities).")});
    p.addOption({QStringLiteral("no-udp"), Tr::tr("Do not probe SNMP, SIP, SSDP or WS-Discovery over UDP.")});
    p.addOption({QStringLiteral("multicast"), Tr::tr("Also discover devices by multicast WS-Discovery and SSDP (239.255.255.250, TTL 1); "
                                                     "the scope must name 239.255.255.250.")});
    p.addOption({QStringLiteral("rate"), Tr::tr("New connections per second, all hosts together (default 300; 0 = no limit)."), Tr::tr("N")});
    p.addOption({QStringLiteral("concurrency"), Tr::tr("Connections open at once (default 64)."), Tr::tr("N")});
    p.addOption({QStringLiteral("per-host"), Tr::tr("Connections open at once to one host (default 8)."), Tr::tr("N")});
    p.addOption(
        {QStringLiteral("attempts"), Tr::tr("Password attempts per account per device within 5 minutes (default 3)."), Tr::tr("N")});
    p.addOption({QStringLiteral("credentials-dir"), Tr::tr("A folder of extra credential lists (*.json)."), Tr::tr("DIR")});
    p.addOption({QStringLiteral("fingerprints-dir"), Tr::tr("A folder of extra vulnerability fingerprint rules (*.json)."), Tr::tr("DIR")});
    if (auto rc = ctx.parse(Tr::tr("Probe the devices inside the authorised scope: open ports, services, TLS, weak passwords, known "
                                   "vulnerabilities. Out-of-scope targets are refused before anything is sent."),
                            1, 1))
        return *rc;
    probe::ProbeRequest req;
    req.targets = p.values(QStringLiteral("target"));
    if (p.isSet(QStringLiteral("ports")))
        req.ports = p.value(QStringLiteral("ports"));
    req.credentials = !p.isSet(QStringLiteral("no-credentials"));
    req.udp = !p.isSet(QStringLiteral("no-udp"));
    req.multicast = p.isSet(QStringLiteral("multicast"));
    if (req.multicast && !req.udp)
        return ctx.usage(Tr::tr("--multicast sends WS-Discovery and SSDP over UDP; it cannot be combined with --no-udp."));
    req.credentialDir = p.value(QStringLiteral("credentials-dir"));
    req.fingerprintDir = p.value(QStringLiteral("fingerprints-dir"));
    auto number = [&](const char *name, int &into, int min, int max) -> bool {
        const QString option = QLatin1String(name);
        if (!p.isSet(option))
            return true;
        bool ok = false;
        const int v = p.value(option).toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        into = v;
        return true;
    };
    if (!number("rate", req.limits.ratePerSecond, 0, 1000000) || !number("concurrency", req.limits.concurrency, 1, 16384) ||
        !number("per-host", req.limits.perHost, 1, 16384) || !number("attempts", req.limits.attemptsPerAccount, 1, 100))
        return ctx.usage(Tr::tr("--rate, --concurrency, --per-host and --attempts take a whole number in range."));

    auto f = ctx.openInspection(InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    auto scope = Scope::parse((*f)->meta().scope);
    if (!scope)
        return ctx.fail(scope.error());
    probe::ProbeRunner runner(*scope, req);

    // Ctrl+C / SIGTERM stop the run at once; what was found is kept.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::atomic<bool> finished{false};
    bool stopping = false;
    std::thread watcher([&] {
        int sig = 0;
        while (sigwait(&set, &sig) == 0) {
            if (finished.load())
                return;
            if (sig == SIGINT || sig == SIGTERM) {
                if (stopping) // a second Ctrl+C: leave now (an interrupted write rolls back on the next open)
                    std::_Exit(130);
                stopping = true;
                runner.stop();
            }
        }
    });
    auto result = probe::runProbe(**f, runner, [&](const probe::ProbeProgress &pr) {
        if (pr.phase == QLatin1String("sweep"))
            ctx.progress(Tr::tr("Sweeping %1 hosts, %2 open ports so far").arg(pr.hostsTotal).arg(pr.openPorts), pr.portsDone,
                         qMax<qint64>(1, pr.portsTotal));
    });
    finished.store(true);
    pthread_kill(watcher.native_handle(), SIGUSR1);
    watcher.join();
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
    ctx.endProgress();
    if (!result)
        return ctx.fail(result.error());
    const QJsonObject &sum = result->summary;
    if (ctx.json())
        ctx.printJson(sum);
    else
        ctx.out() << Tr::tr("Probe run %1 %2: %3 hosts, %4 open ports, %5 services, %6 findings (%7 new), %8 transcripts kept.")
                         .arg(result->runId)
                         .arg(result->status == QLatin1String("stopped") ? Tr::tr("stopped") : Tr::tr("finished"))
                         .arg(sum.value(QStringLiteral("hosts")).toInt())
                         .arg(sum.value(QStringLiteral("open_ports")).toInt())
                         .arg(sum.value(QStringLiteral("services")).toInt())
                         .arg(sum.value(QStringLiteral("findings")).toInt())
                         .arg(sum.value(QStringLiteral("new_findings")).toInt())
                         .arg(sum.value(QStringLiteral("evidence")).toInt())
                  << Qt::endl;
    const QJsonObject mc = sum.value(QStringLiteral("multicast")).toObject();
    if (!ctx.json() && mc.value(QStringLiteral("requested")).toBool())
        ctx.out() << Tr::tr("Multicast discovery: %n device(s) answered from inside the scope; %1 replies from outside it were dropped unread.",
                            nullptr, mc.value(QStringLiteral("devices")).toInt())
                         .arg(mc.value(QStringLiteral("dropped_out_of_scope")).toInt())
                  << Qt::endl;
    else if (!ctx.json() && probe::scopeNamesDiscoveryGroup(*scope))
        ctx.out() << Tr::tr("Multicast discovery skipped: %1").arg(mc.value(QStringLiteral("skipped")).toString()) << Qt::endl;
    if (mc.contains(QStringLiteral("error")))
        ctx.warn(Tr::tr("Multicast discovery failed: %1").arg(mc.value(QStringLiteral("error")).toString()));
    if (result->status == QLatin1String("stopped")) {
        ctx.warn(Tr::tr("The probe was stopped; what was found so far is kept."));
        return Problem;
    }
    return Success;
}

int runImportNmap(const QStringList &args)
{
    Context ctx(QStringLiteral("import-nmap"), args);
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    ctx.parser().addPositionalArgument(QStringLiteral("NMAP.xml"), Tr::tr("nmap's XML output (nmap -oX)."));
    ctx.parser().addOption(
        {QStringLiteral("fingerprints-dir"), Tr::tr("A folder of extra vulnerability fingerprint rules (*.json)."), Tr::tr("DIR")});
    if (auto rc = ctx.parse(Tr::tr("Import hosts, ports and services from nmap XML output as evidence, devices and services."), 2, 2))
        return *rc;
    auto f = ctx.openInspection(InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    auto result = probe::importNmap(**f, ctx.positional().at(1), ctx.parser().value(QStringLiteral("fingerprints-dir")));
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json())
        ctx.printJson(result->summary);
    else
        ctx.out() << Tr::tr("Imported %1: %2 devices, %3 services, %4 findings; the XML is evidence %5.")
                         .arg(ctx.positional().at(1))
                         .arg(result->summary.value(QStringLiteral("devices")).toInt())
                         .arg(result->summary.value(QStringLiteral("services")).toInt())
                         .arg(result->summary.value(QStringLiteral("findings")).toInt())
                         .arg(result->summary.value(QStringLiteral("evidence_id")).toInt())
                  << Qt::endl;
    const int hostsOutside = result->summary.value(QStringLiteral("hosts_outside_scope")).toInt();
    const int portsOutside = result->summary.value(QStringLiteral("ports_outside_scope")).toInt();
    if (!ctx.json() && (hostsOutside > 0 || portsOutside > 0))
        ctx.out() << Tr::tr("Left out as outside the authorised scope: %1 host(s), %2 port(s) (they stay in the XML evidence).")
                         .arg(hostsOutside)
                         .arg(portsOutside)
                  << Qt::endl;
    return Success;
}

} // namespace ab::cli
