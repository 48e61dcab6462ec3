#pragma once

#include "core/probe/ProbeContext.h"
#include "core/util/Result.h"

#include <QHostAddress>
#include <QList>

#include <functional>

namespace ab::probe
{

// Targets as typed by the operator: addresses, CIDR blocks (IPv4 and IPv6)
// and IPv4 ranges ("10.0.0.1-20", "10.0.0.1-10.0.0.20"), separated by commas
// or white space. Host names are not resolved here (the caller resolves them
// once, as for the scope). Every address of a block is kept, network and
// broadcast addresses of IPv4 blocks included: nmap includes them too, and
// the sweep must find what nmap finds. Duplicates are dropped, order kept.
// A single target of more than 65,536 addresses is refused (ErrorCode::Usage).
Result<QList<QHostAddress>> expandTargets(const QString &text);

// nmap-style round-trip time estimate for one host (RFC 6298 smoothing),
// from completed connects (open or refused). Times in microseconds.
class RttEstimator final
{
public:
    void addSample(qint64 rttUs);
    bool hasSample() const { return m_samples > 0; }
    qint64 srttUs() const { return m_srtt; }
    qint64 rttvarUs() const { return m_rttvar; }
    // srtt + 4*rttvar clamped to [minMs, maxMs]; maxMs until the first sample.
    int timeoutMs(int minMs, int maxMs) const;

private:
    qint64 m_srtt = 0;
    qint64 m_rttvar = 0;
    int m_samples = 0;
};

struct SweepProgress {
    int hostsDone = 0;
    int hostsTotal = 0;
    qint64 portsDone = 0;
    qint64 portsTotal = 0;
    qint64 openFound = 0;
};

struct SweepOptions {
    // Called on the sweeping thread, at most ~10 times a second, and once at the end.
    std::function<void(const SweepProgress &)> progress;
    // Called on the sweeping thread for every open port as soon as it is found,
    // so service identification can start while the sweep goes on.
    std::function<void(const QHostAddress &, quint16 port)> open;
    int minTimeoutMs = 100; // adaptive timeout floor once a host has answered (nmap -T4: 100 ms)
    int retries = 1;        // a silent port is probed this many more times before "filtered" (nmap: 1)
    // A host that has answered nothing this long after its first probe is
    // given up: its probes in flight end as filtered, the ports not yet sent
    // count as notProbed. (An unreachable answer also ends a host's sweep.)
    int silentHostBudgetMs = 10000;
};

struct HostSweep {
    QHostAddress address;
    QList<quint16> open; // ascending
    int closed = 0;      // RST / ECONNREFUSED
    int filtered = 0;    // no answer after the retry (or given up)
    int unreachable = 0; // EHOSTUNREACH / ENETUNREACH
    int refused = 0;     // out of scope: never sent
    int notProbed = 0;   // not (or not fully) probed: stopped, given up or unreachable
    qint64 srttUs = -1;  // RTT estimate; -1 when it never answered
    qint64 rttvarUs = -1;
    bool gaveUp = false; // silent for silentHostBudgetMs
};

struct SweepResult {
    QList<HostSweep> hosts; // in the order given
    qint64 probes = 0;      // SYNs sent (connect() calls), retries included
    qint64 open = 0;
    qint64 closed = 0;
    qint64 filtered = 0;
    qint64 unreachable = 0;
    qint64 refused = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
};

// Asynchronous TCP connect sweep of hosts x ports (Linux epoll), on the
// calling thread. Bounded by ctx.limits() (concurrency, perHost,
// ratePerSecond, connectTimeoutMs); every (host, port) is asked of the scope
// gate before its SYN, refusals are recorded and never sent. Probe sockets are
// closed with an RST. Stop (ctx.cancel()) ends it at once with
// ErrorCode::Cancelled; the partial result is then in *partial when given.
Result<SweepResult> sweep(ProbeContext &ctx, const QList<QHostAddress> &hosts, const QList<quint16> &ports,
                          const SweepOptions &options = {}, SweepResult *partial = nullptr);

} // namespace ab::probe
