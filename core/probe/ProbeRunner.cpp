#include "core/probe/ProbeRunner.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/probe/Conn.h"
#include "core/probe/Credentials.h"
#include "core/probe/Discovery.h"
#include "core/probe/Fingerprints.h"
#include "core/probe/PortLists.h"
#include "core/probe/ProbeRecorder.h"
#include "core/probe/ServiceDispatch.h"
#include "core/probe/Sweep.h"
#include "core/probe/TlsAudit.h"
#include "core/probe/line/LineProbes.h"
#include "core/probe/web/WebProbes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <condition_variable>
#include <deque>
#include <thread>

namespace ab::probe
{

using web::probeSip;

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::ProbeRunner)
};

// A small fixed pool: tasks posted from any thread, wait() until all ran.
class Pool
{
public:
    explicit Pool(int threads)
    {
        for (int i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~Pool()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_cv.notify_all();
        for (auto &t : m_threads)
            t.join();
    }
    void post(std::function<void()> task)
    {
        {
            std::lock_guard lock(m_mutex);
            m_tasks.push_back(std::move(task));
            ++m_pending;
        }
        m_cv.notify_one();
    }
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_pending == 0; });
    }

private:
    void work()
    {
        for (;;) {
            std::function<void()> task;
            {
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [this] { return m_closing || !m_tasks.empty(); });
                if (m_tasks.empty())
                    return;
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
            task();
            std::lock_guard lock(m_mutex);
            if (--m_pending == 0)
                m_idle.notify_all();
        }
    }
    std::mutex m_mutex;
    std::condition_variable m_cv, m_idle;
    std::deque<std::function<void()>> m_tasks;
    std::vector<std::thread> m_threads;
    int m_pending = 0;
    bool m_closing = false;
};

// The last address of a block (network address with every host bit set).
QHostAddress lastAddress(const QPair<QHostAddress, int> &net)
{
    if (net.first.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 a = net.first.toIPv4Address();
        const quint32 hostBits = net.second >= 32 ? 0 : (net.second <= 0 ? 0xffffffffu : (0xffffffffu >> net.second));
        return QHostAddress(a | hostBits);
    }
    Q_IPV6ADDR a = net.first.toIPv6Address();
    for (int bit = qMax(0, net.second); bit < 128; ++bit)
        a[bit / 8] |= quint8(0x80 >> (bit % 8));
    return QHostAddress(a);
}

// Open ports examined per host; beyond this a host is treated as a tarpit.
constexpr int MaxIdentifiedPerHost = 64;
} // namespace

namespace
{
Error refusal(const QString &what)
{
    return makeError(ErrorCode::Problem, Tr::tr("%1 is outside the inspection's authorised scope; nothing was sent.").arg(what));
}
} // namespace

QJsonObject ProbeRequest::toJson() const
{
    return {{QStringLiteral("ports"), ports},
            {QStringLiteral("credentials"), credentials},
            {QStringLiteral("udp"), udp},
            {QStringLiteral("multicast"), multicast},
            {QStringLiteral("rate"), limits.ratePerSecond},
            {QStringLiteral("concurrency"), limits.concurrency},
            {QStringLiteral("per_host"), limits.perHost},
            {QStringLiteral("attempts_per_account"), limits.attemptsPerAccount},
            {QStringLiteral("attempt_window_s"), limits.attemptWindowSeconds},
            {QStringLiteral("credentials_dir"), credentialDir},
            {QStringLiteral("fingerprints_dir"), fingerprintDir}};
}

bool ProbeRunner::coversWholeScope() const
{
    if (m_request.targets.isEmpty())
        return true;
    QList<ScopeEntry> targets;
    for (const QString &t : m_request.targets)
        if (auto e = Scope::parseEntry(t))
            targets.append(*e);
    auto portsWithin = [](const ScopeEntry &inner, const ScopeEntry &outer) {
        if (outer.ports.isEmpty())
            return true;
        if (inner.ports.isEmpty())
            return false; // every port of the entry, but the target names some
        for (const auto &r : inner.ports)
            for (int p = r.first; p <= r.second; ++p)
                if (!outer.containsPort(p))
                    return false;
        return true;
    };
    for (const ScopeEntry &s : m_scope.entries()) {
        const bool covered = std::any_of(targets.cbegin(), targets.cend(), [&](const ScopeEntry &t) {
            if (!s.hostName.isEmpty())
                return t.hostName.compare(s.hostName, Qt::CaseInsensitive) == 0 && portsWithin(s, t);
            return t.hostName.isEmpty() && t.containsAddress(s.net.first) && t.containsAddress(lastAddress(s.net)) && portsWithin(s, t);
        });
        if (!covered)
            return false;
    }
    return true;
}

ProbeRunner::ProbeRunner(Scope scope, ProbeRequest request) : m_scope(std::move(scope)), m_request(std::move(request)) {}
ProbeRunner::~ProbeRunner() = default;

QString ProbeRunner::portsText() const
{
    return m_request.ports;
}

Result<void> ProbeRunner::prepare()
{
    m_refused.clear();
    m_hosts.clear();
    m_hostPorts.clear();
    if (m_scope.isEmpty())
        return makeError(ErrorCode::Problem, Tr::tr("The inspection has no authorised scope: nothing may be probed. Add the scope first."));
    auto ports = parsePortList(m_request.ports);
    if (!ports)
        return ports.error();
    m_ports = *ports;

    // Multicast reaches whatever listens on the segment: it is sent only
    // when asked for and only when the scope names the group itself.
    const bool groupNamed = scopeNamesDiscoveryGroup(m_scope);
    if (m_request.multicast && !m_request.udp)
        return makeError(ErrorCode::Usage,
                         Tr::tr("Multicast discovery (WS-Discovery and SSDP) is UDP: it cannot run with UDP probing turned off."));
    if (m_request.multicast && !groupNamed) {
        m_refused.append(QStringLiteral("%1 (multicast WS-Discovery/SSDP)").arg(QLatin1String(kDiscoveryGroup)));
        return makeError(ErrorCode::Problem,
                         Tr::tr("Multicast discovery sends to %1, which the inspection's authorised scope does not name; "
                                "nothing was sent. Add %1 to the scope to allow it, or probe without multicast.")
                             .arg(QLatin1String(kDiscoveryGroup)));
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_request.multicast)
            m_multicast = {{QStringLiteral("requested"), true}};
        else
            m_multicast = {{QStringLiteral("requested"), false},
                           {QStringLiteral("skipped"),
                            groupNamed ? Tr::tr("The scope names %1, but multicast discovery runs only when asked for (--multicast, or "
                                                "the Multicast discovery box).")
                                             .arg(QLatin1String(kDiscoveryGroup))
                                       : Tr::tr("Not asked for.")}};
    }
    const bool namedList = portListNames().contains(m_request.ports.trimmed().toLower());

    // Names in the scope are resolved once, here, so they cannot move during the run.
    m_resolvedNames.clear();
    for (const ScopeEntry &e : m_scope.entries()) {
        if (e.hostName.isEmpty())
            continue;
        const QHostInfo info = QHostInfo::fromName(e.hostName);
        m_resolvedNames[e.hostName] += info.addresses();
    }
    const ScopeGate gate(m_scope, m_resolvedNames);

    m_targetTexts = m_request.targets.isEmpty() ? m_scope.toStringList() : m_request.targets;
    QSet<QString> seen;
    for (const QString &text : std::as_const(m_targetTexts)) {
        auto entry = Scope::parseEntry(text);
        if (!entry)
            return entry.error();
        QList<QHostAddress> addresses;
        // The ports this target asks for: its own (HOST:PORTS) over --ports.
        QList<quint16> targetPorts;
        for (const auto &r : entry->ports)
            for (int port = r.first; port <= r.second; ++port)
                targetPorts.append(quint16(port));
        const QList<quint16> explicitPorts = !targetPorts.isEmpty() ? targetPorts : namedList ? QList<quint16>() : m_ports;
        if (!entry->hostName.isEmpty()) {
            const QHostInfo info = QHostInfo::fromName(entry->hostName);
            if (info.addresses().isEmpty())
                return makeError(ErrorCode::Io, Tr::tr("The target name %1 does not resolve.").arg(entry->hostName));
            for (const QHostAddress &a : info.addresses()) {
                bool ok = gate.allows(a);
                for (quint16 port : explicitPorts)
                    ok = ok && gate.allows(a, port);
                if (!ok)
                    m_refused.append(QStringLiteral("%1 (%2)").arg(entry->text, a.toString()));
            }
            addresses = info.addresses();
        } else {
            const QHostAddress first = entry->net.first;
            const QHostAddress last = lastAddress(entry->net);
            bool inside = false;
            for (const ScopeEntry &s : m_scope.entries()) {
                if (!s.hostName.isEmpty() || !s.containsAddress(first) || !s.containsAddress(last))
                    continue;
                // Explicit ports (the target's own, or a --ports list) must be allowed too.
                bool portsOk = true;
                for (quint16 port : explicitPorts)
                    portsOk = portsOk && s.containsPort(port);
                inside = inside || portsOk;
            }
            if (!inside) {
                m_refused.append(entry->text);
                continue;
            }
            auto expanded = expandTargets(entry->net.first.toString() + QLatin1Char('/') + QString::number(entry->net.second));
            if (!expanded)
                return expanded.error();
            addresses = *expanded;
        }
        for (const QHostAddress &a : std::as_const(addresses)) {
            // A group address takes no TCP connection: it is reached by multicast discovery only.
            if (a.isMulticast())
                continue;
            if (!targetPorts.isEmpty()) {
                QList<quint16> &own = m_hostPorts[a.toString()];
                for (quint16 p : std::as_const(targetPorts))
                    if (!own.contains(p))
                        own.append(p);
            }
            if (!seen.contains(a.toString())) {
                seen.insert(a.toString());
                m_hosts.append(a);
            }
        }
    }
    if (!m_refused.isEmpty())
        return refusal(m_refused.join(QStringLiteral(", ")));
    if (m_hosts.size() > 65536)
        return makeError(ErrorCode::Usage,
                         Tr::tr("%1 addresses in one run are too many; narrow the targets (at most %2).").arg(m_hosts.size()).arg(65536));

    // The lists and rules the run will use, read whole now: a bad file
    // stops the run before a packet is sent or anything is recorded.
    if (auto r = checkUserFolder(m_request.credentialDir, Tr::tr("credential lists")); !r)
        return r;
    if (auto r = checkUserFolder(m_request.fingerprintDir, Tr::tr("fingerprint rules")); !r)
        return r;
    auto credentials = CredentialList::load(m_request.credentialDir);
    if (!credentials)
        return credentials.error();
    auto fingerprints = Fingerprints::load(m_request.fingerprintDir);
    if (!fingerprints)
        return fingerprints.error();
    m_credentials = std::make_unique<CredentialList>(std::move(credentials).value());
    m_fingerprints = std::make_unique<Fingerprints>(std::move(fingerprints).value());
    return {};
}

void ProbeRunner::stop()
{
    m_stopRequested.store(true);
    std::lock_guard lock(m_mutex);
    if (m_ctx)
        m_ctx->cancel();
}

QSet<QString> ProbeRunner::evaluated() const
{
    std::lock_guard lock(m_mutex);
    return m_evaluated;
}

QStringList ProbeRunner::gateRefusals() const
{
    std::lock_guard lock(m_mutex);
    return m_ctx ? m_ctx->gate().refusals() : QStringList();
}

void ProbeRunner::addOutcome(ProbeOutcome o)
{
    std::lock_guard lock(m_mutex);
    m_outcome.merge(std::move(o));
    m_progress.services = int(m_outcome.services.size());
    m_progress.findings = int(m_outcome.observations.size());
}

Result<ProbeOutcome> ProbeRunner::run(const ProgressFn &progressFn)
{
    if (!m_credentials || !m_fingerprints)
        return makeError(ErrorCode::Usage, Tr::tr("The probe run was not prepared."));
    const CredentialList *credentials = m_credentials.get();
    const Fingerprints *fingerprints = m_fingerprints.get();
    {
        std::lock_guard lock(m_mutex);
        m_ctx = std::make_unique<ProbeContext>(ScopeGate(m_scope, m_resolvedNames), m_request.limits);
        if (m_stopRequested.load())
            m_ctx->cancel();
        m_outcome = {};
        m_evaluated.clear();
        m_progress = {};
        m_progress.hostsTotal = int(m_hosts.size());
    }
    ProbeContext &ctx = *m_ctx;
    LockoutPolicy policy(m_request.limits.attemptsPerAccount, m_request.limits.attemptWindowSeconds);
    policy.restore(m_lockoutState); // attempts of earlier runs still inside the window
    m_notIdentified = 0;
    std::mutex progressMutex;
    QElapsedTimer lastReport;
    lastReport.start();
    auto report = [&](const QString &phase, bool force) {
        if (!progressFn)
            return;
        std::lock_guard plock(progressMutex);
        if (!force && lastReport.elapsed() < 100)
            return;
        lastReport.restart();
        ProbeProgress p;
        {
            std::lock_guard lock(m_mutex);
            m_progress.phase = phase;
            p = m_progress;
        }
        progressFn(p);
    };

    // Multicast discovery first: the devices that answer from inside the
    // scope join the sweep, with the ports their XAddrs / LOCATION name.
    QList<QHostAddress> hosts = m_hosts;
    QHash<QString, QList<quint16>> hostPorts = m_hostPorts;
    QSet<QString> answeredByMulticast; // "address|port" already heard over multicast
    if (m_request.multicast && !ctx.cancelled()) {
        report(QStringLiteral("discovery"), true);
        MulticastSummary ms;
        auto found = discoverMulticast(ctx, m_request.multicastWaitMs, &ms);
        QJsonObject status{{QStringLiteral("requested"), true},
                           {QStringLiteral("sent_to"), QJsonArray::fromStringList(ms.sentTo)},
                           {QStringLiteral("replies_in_scope"), ms.repliesInScope},
                           {QStringLiteral("dropped_out_of_scope"), ms.droppedOutOfScope}};
        if (!found && found.error().code != ErrorCode::Cancelled)
            status.insert(QStringLiteral("error"), found.error().message); // the unicast probes still run
        if (found) {
            QSet<QString> devices;
            for (const Service &s : std::as_const(found->services)) {
                devices.insert(s.endpoint.address.toString());
                answeredByMulticast.insert(s.endpoint.address.toString() + QLatin1Char('|') + QString::number(s.endpoint.port));
                QList<Endpoint> join{{s.endpoint.address, 0}};
                join += advertisedEndpoints(s, ctx.gate());
                for (const Endpoint &e : std::as_const(join)) {
                    const QString key = e.address.toString();
                    const bool known = std::any_of(hosts.cbegin(), hosts.cend(), [&](const QHostAddress &h) { return h == e.address; });
                    if (!known)
                        hosts.append(e.address);
                    if (e.port == 0)
                        continue;
                    QList<quint16> own = hostPorts.value(key, m_ports);
                    if (!own.contains(e.port))
                        own.append(e.port);
                    hostPorts.insert(key, own);
                }
            }
            status.insert(QStringLiteral("devices"), int(devices.size()));
            addOutcome(std::move(found).value());
        }
        std::lock_guard lock(m_mutex);
        m_multicast = status;
        m_progress.hostsTotal = int(hosts.size());
    }

    const int threads = qBound(2, m_request.limits.concurrency / 2, 32);
    Pool pool(threads);
    SweepOptions options;
    // A device that shows every port open (a tarpit, a SYN proxy) would cost
    // hours of identification: only the first MaxIdentifiedPerHost are examined.
    QHash<QString, int> openSeen;
    options.open = [&](const QHostAddress &host, quint16 port) {
        int &n = openSeen[host.toString()];
        if (++n > MaxIdentifiedPerHost) {
            std::lock_guard lock(m_mutex);
            ++m_notIdentified;
            return;
        }
        pool.post([&, host, port] {
            if (!ctx.cancelled())
                addOutcome(identifyTcp(ctx, {host, port}));
            report(QStringLiteral("identify"), false);
        });
    };
    // Hosts named with their own ports (HOST:PORTS) are swept on those; the
    // rest on --ports. One sweep per distinct port list.
    QList<QPair<QList<QHostAddress>, QList<quint16>>> groups;
    for (const QHostAddress &h : std::as_const(hosts)) {
        const QList<quint16> ports = hostPorts.value(h.toString(), m_ports);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.second == ports; });
        if (it == groups.end())
            groups.append({{h}, ports});
        else
            it->first.append(h);
    }
    SweepResult sr;
    qint64 portsBefore = 0, openBefore = 0;
    int hostsBefore = 0;
    qint64 portsTotal = 0;
    for (const auto &g : std::as_const(groups))
        portsTotal += qint64(g.first.size()) * g.second.size();
    options.progress = [&](const SweepProgress &sp) {
        {
            std::lock_guard lock(m_mutex);
            m_progress.hostsDone = hostsBefore + sp.hostsDone;
            m_progress.portsDone = portsBefore + sp.portsDone;
            m_progress.portsTotal = portsTotal;
            m_progress.openPorts = openBefore + sp.openFound;
        }
        report(QStringLiteral("sweep"), false);
    };
    for (const auto &g : std::as_const(groups)) {
        SweepResult partial;
        auto swept = sweep(ctx, g.first, g.second, options, &partial);
        const SweepResult part = swept ? *swept : partial;
        sr.hosts += part.hosts;
        sr.probes += part.probes;
        sr.open += part.open;
        sr.closed += part.closed;
        sr.filtered += part.filtered;
        sr.unreachable += part.unreachable;
        sr.refused += part.refused;
        sr.elapsedMs += part.elapsedMs;
        sr.cancelled = sr.cancelled || part.cancelled;
        hostsBefore += int(g.first.size());
        portsBefore += qint64(g.first.size()) * g.second.size();
        openBefore += part.open;
        if (!swept && swept.error().code != ErrorCode::Cancelled) {
            pool.wait();
            return swept.error();
        }
        if (!swept)
            break; // stopped
    }

    // UDP services on the hosts that answered at all.
    if (m_request.udp && !ctx.cancelled()) {
        for (const HostSweep &h : sr.hosts) {
            if (h.open.isEmpty() && h.closed == 0)
                continue;
            const QHostAddress a = h.address;
            auto udp = [&](quint16 port, std::function<ProbeOutcome(const Endpoint &)> fn) {
                if (!ctx.gate().allows(a, port) || answeredByMulticast.contains(a.toString() + QLatin1Char('|') + QString::number(port)))
                    return;
                pool.post([&, a, port, fn] {
                    if (!ctx.cancelled())
                        addOutcome(fn({a, port}));
                    report(QStringLiteral("identify"), false);
                });
            };
            if (m_request.credentials)
                udp(161, [&](const Endpoint &e) { return probeSnmp(ctx, e, *credentials, policy); });
            udp(5060, [&](const Endpoint &e) { return probeSip(ctx, e, QStringLiteral("udp")); });
            // Discovery replies are services; silence or an error is simply nothing there.
            udp(1900, [&](const Endpoint &e) {
                auto r = probeSsdp(ctx, e);
                return r ? std::move(r).value() : ProbeOutcome();
            });
            udp(3702, [&](const Endpoint &e) {
                auto r = probeWsDiscovery(ctx, e);
                return r ? std::move(r).value() : ProbeOutcome();
            });
        }
    }
    pool.wait();
    report(QStringLiteral("identify"), true);

    if (m_request.credentials && !ctx.cancelled()) {
        QList<Service> services;
        {
            std::lock_guard lock(m_mutex);
            services = m_outcome.services;
        }
        for (const Service &s : std::as_const(services))
            pool.post([&, s] {
                if (!ctx.cancelled())
                    addOutcome(checkCredentials(ctx, s, *credentials, policy));
                report(QStringLiteral("credentials"), false);
            });
        pool.wait();
    }

    // No network from here: fingerprints and what the open ports themselves say.
    std::lock_guard lock(m_mutex);
    for (const Service &s : std::as_const(m_outcome.services))
        m_outcome.observations += observationsFromService(s, *fingerprints, false);
    // What this run may conclude on: a check counts when the ports it needs
    // were swept (or the service it concerns was found and examined).
    const QSet<quint16> swept_(m_ports.cbegin(), m_ports.cend());
    auto sweptAll = [&](std::initializer_list<quint16> ports) {
        for (quint16 p : ports)
            if (!swept_.contains(p))
                return false;
        return true;
    };
    QSet<QString> names;
    for (const Service &s : std::as_const(m_outcome.services))
        names.insert(s.name);
    if (!sr.cancelled && !ctx.cancelled()) {
        if (sweptAll({23}))
            m_evaluated.insert(QStringLiteral("telnet-open"));
        if (sweptAll({21}))
            m_evaluated.insert(QStringLiteral("ftp-open"));
        if (sweptAll({22, 23, 8000, 37777}))
            m_evaluated.insert(QStringLiteral("mgmt-port-exposed"));
        if (m_request.udp)
            m_evaluated.insert(QStringLiteral("ssdp-open"));
        if (m_request.udp && m_request.credentials)
            m_evaluated.insert(QStringLiteral("snmp-default-community"));
        if (m_request.credentials && !names.isEmpty())
            m_evaluated.insert(QStringLiteral("default-credentials"));
        if (!names.isEmpty()) {
            m_evaluated.insert(QStringLiteral("banner-version-disclosure"));
            m_evaluated.insert(QStringLiteral("vulnerable-firmware"));
        }
        if (names.contains(QStringLiteral("rtsp")))
            m_evaluated.insert(QStringLiteral("rtsp-no-auth"));
        if (names.contains(QStringLiteral("onvif")))
            m_evaluated.insert(QStringLiteral("onvif-no-auth"));
        if (names.contains(QStringLiteral("http")) || names.contains(QStringLiteral("https")) || names.contains(QStringLiteral("onvif"))) {
            m_evaluated.insert(QStringLiteral("http-admin-cleartext"));
            m_evaluated.insert(QStringLiteral("http-basic-cleartext"));
        }
        bool tls = false;
        for (const Service &s : std::as_const(m_outcome.services))
            tls = tls || s.tls || s.facts.contains(QStringLiteral("tls.versions"));
        if (tls)
            m_evaluated.insert(QStringLiteral("tls-weak"));
        if (names.contains(QStringLiteral("sip")))
            m_evaluated.insert(QStringLiteral("sip-register-no-challenge"));
    }
    // A finding concludes its check whatever the coverage (a Telnet on port 2323 is still Telnet).
    for (const Observation &o : std::as_const(m_outcome.observations))
        m_evaluated.insert(o.check);
    m_progress.phase = QStringLiteral("done");
    m_progress.services = int(m_outcome.services.size());
    m_progress.findings = int(m_outcome.observations.size());
    if (progressFn)
        progressFn(m_progress);
    m_stats = {int(sr.hosts.size()), sr.open, sr.elapsedMs, m_stopRequested.load() || ctx.cancelled(), m_notIdentified};
    m_lockoutState = policy.toJson();
    return m_outcome;
}

} // namespace ab::probe
