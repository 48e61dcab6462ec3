#pragma once

#include "core/inspection/Scope.h"
#include "core/probe/ProbeContext.h"
#include "core/probe/ProbeTypes.h"
#include "core/util/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace ab {
class InspectionFile;
}

namespace ab::probe {

class CredentialList;
class Fingerprints;

struct ProbeRequest {
    QStringList targets;                   // CIDR|HOST[:PORTS]; empty = the whole scope
    QString ports = QStringLiteral("camera"); // named list or "80,443,8000-8100"
    bool credentials = true;               // weak/default credential checks (and SNMP communities)
    bool udp = true;                       // SNMP, SIP, SSDP and WS-Discovery (unicast) on live hosts
    // WS-Discovery and SSDP to the group 239.255.255.250 before the sweep;
    // refused unless the scope names the group explicitly. The devices that
    // answer from inside the scope join the sweep and identification.
    bool multicast = false;
    int multicastWaitMs = 3000;            // how long replies are collected
    Limits limits;
    QString credentialDir;                 // extra user lists (*.json), optional; must exist when given
    QString fingerprintDir;                // extra fingerprint rules (*.json), optional; must exist when given
    QJsonObject toJson() const;            // for the probe_run record (no secrets in it)
};

struct ProbeProgress {
    QString phase;          // "sweep", "identify", "credentials", "done"
    int hostsDone = 0;
    int hostsTotal = 0;
    qint64 portsDone = 0;
    qint64 portsTotal = 0;
    qint64 openPorts = 0;
    int services = 0;
    int findings = 0;
};

// One probe run over a scope: validates every target against the scope
// before anything is sent, sweeps, identifies each open port's service,
// audits TLS, checks weak/default credentials lockout-safely, matches
// vulnerability fingerprints. Network work runs on the calling thread (a
// worker) plus a bounded pool; stop() from any thread ends it at once.
class ProbeRunner final {
public:
    ProbeRunner(Scope scope, ProbeRequest request);
    ~ProbeRunner();
    Q_DISABLE_COPY_MOVE(ProbeRunner)

    // No network: parses the targets and the port list, resolves host
    // names once, and refuses (ErrorCode::Problem) any target or explicit
    // port that is not inside the scope. Names what was refused in
    // refused(). Then reads the credential lists and fingerprint rules
    // (built-in and the request's folders): a bad file is refused here,
    // before anything is sent or recorded (ErrorCode::BadInput).
    Result<void> prepare();
    QStringList refused() const { return m_refused; }
    QStringList targets() const { return m_targetTexts; }
    QString portsText() const;
    int hostCount() const { return int(m_hosts.size()); }

    using ProgressFn = std::function<void(const ProbeProgress &)>;
    // After prepare(). On stop() returns the partial outcome with `stopped` set.
    Result<ProbeOutcome> run(const ProgressFn &progress = {});
    void stop();
    bool stopped() const { return m_stopRequested.load(); }

    struct Stats {
        int hosts = 0;
        qint64 openPorts = 0;
        qint64 sweepMs = 0;
        bool stopped = false;
        int notIdentified = 0; // open ports past the per-host cap (tarpit)
    };
    Stats stats() const
    {
        std::lock_guard lock(m_mutex);
        return m_stats;
    }
    // The checks this run could conclude on (the catalog items answered from them).
    QSet<QString> evaluated() const;
    // Host:port pairs the gate kept back (outside a port-restricted scope entry).
    QStringList gateRefusals() const;
    const ProbeRequest &request() const { return m_request; }
    // What became of multicast discovery in this run: sent or skipped and
    // why, replies kept and dropped (for the run's summary).
    QJsonObject multicastStatus() const
    {
        std::lock_guard lock(m_mutex);
        return m_multicast;
    }
    // True when the run's targets are the whole scope (none given, or every
    // scope entry within a target, as when the Device probing page sends the
    // scope it was pre-filled with): only then may it call a check compliant
    // for the site (a finding is non-compliance anywhere).
    bool coversWholeScope() const;
    // The lockout-safe attempt budget, carried between runs.
    void setLockoutState(const QJsonObject &state) { m_lockoutState = state; }
    QJsonObject lockoutState() const
    {
        std::lock_guard lock(m_mutex);
        return m_lockoutState;
    }

private:
    void addOutcome(ProbeOutcome o);
    Scope m_scope;
    ProbeRequest m_request;
    QStringList m_targetTexts;
    QStringList m_refused;
    QList<QHostAddress> m_hosts;
    QHash<QString, QList<QHostAddress>> m_resolvedNames; // scope entry's host name -> addresses
    QList<quint16> m_ports;
    QHash<QString, QList<quint16>> m_hostPorts; // hosts given with their own ports
    QJsonObject m_multicast;
    std::unique_ptr<CredentialList> m_credentials; // read by prepare()
    std::unique_ptr<Fingerprints> m_fingerprints;
    QJsonObject m_lockoutState;
    int m_notIdentified = 0;
    std::unique_ptr<ProbeContext> m_ctx;
    std::atomic<bool> m_stopRequested{false};
    mutable std::mutex m_mutex;
    ProbeOutcome m_outcome;
    QSet<QString> m_evaluated;
    ProbeProgress m_progress;
    Stats m_stats;
};

// A whole run against an inspection, as the CLI and the GUI do it: refusals
// logged in the custody log (and returned as ErrorCode::Usage), a probe_run
// row, the run, the results recorded, the run closed with its summary.
struct ProbeRunResult {
    qint64 runId = 0;
    QString status;          // finished | stopped
    QJsonObject summary;     // hosts, open ports, services, findings, evidence, answered, elapsed
};
Result<ProbeRunResult> runProbe(InspectionFile &file, ProbeRunner &runner, const ProbeRunner::ProgressFn &progress = {});

// What a service's mere presence says, without another packet: fingerprint
// matches (vulnerable-firmware) and exposed management ports
// (mgmt-port-exposed); with `openServiceChecks` also telnet-open/ftp-open
// (for imported scans, where no live probe said so).
QList<Observation> observationsFromService(const Service &s, const Fingerprints &fingerprints, bool openServiceChecks);

// import-nmap: the XML file kept as evidence, its hosts and open ports as
// devices and services, what they say as findings (source "nmap"). The file
// is parsed whole first: a bad file changes nothing. Hosts and ports outside
// the inspection's scope are left out (counted in the summary as
// hosts_outside_scope / ports_outside_scope); the XML evidence stays whole.
// `fingerprintDir`: a folder of extra rules (*.json), as for probe runs.
Result<ProbeRunResult> importNmap(InspectionFile &file, const QString &xmlPath, const QString &fingerprintDir = {});
// A user folder given for credential lists or fingerprint rules must be a
// folder: a mistyped path is an error, not silently the built-in lists.
Result<void> checkUserFolder(const QString &dir, const QString &what);
// nmap's command line with --script-args values replaced by ***.
QString redactNmapArgs(const QString &args);

} // namespace ab::probe
