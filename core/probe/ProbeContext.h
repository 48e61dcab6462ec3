#pragma once

#include "core/inspection/Scope.h"
#include "core/probe/ProbeTypes.h"

#include <QHash>
#include <QHostAddress>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace ab::probe {

// The one place that decides whether a packet may leave: every socket the
// probe library opens asks the gate first (Conn::connect, Udp::exchange, the
// sweeper), so nothing is ever sent to an address or port outside the scope.
class ScopeGate final {
public:
    ScopeGate() = default; // allows nothing
    // Host names in the scope are resolved once by the caller and passed in
    // (scope entry's host name -> its addresses), so a name cannot resolve to
    // somewhere new in the middle of a run. Each name's addresses are allowed
    // on that entry's ports only.
    explicit ScopeGate(Scope scope, QHash<QString, QList<QHostAddress>> resolvedNames = {});

    bool allows(const QHostAddress &address, int port = -1) const;
    const Scope &scope() const { return m_scope; }

    // Refusals seen by this gate (address:port), for the custody log.
    QStringList refusals() const;
    void recordRefusal(const Endpoint &e) const;

private:
    Scope m_scope;
    QHash<QString, QList<QHostAddress>> m_names;
    struct Refusals {
        std::mutex mutex;
        QStringList list;
    };
    std::shared_ptr<Refusals> m_refusals = std::make_shared<Refusals>();
};

// Limits that keep a probe from disturbing the operator's network. The
// defaults are gentle; a benchmark lifts them on purpose.
struct Limits {
    int ratePerSecond = 300;        // new connections / datagrams per second, all hosts together (0 = unlimited)
    int concurrency = 64;           // connections open at once, all hosts together
    int perHost = 8;                // connections open at once to one host
    int connectTimeoutMs = 1500;    // upper bound; the sweeper adapts below it
    int ioTimeoutMs = 4000;         // one read or write
    int exchangeTimeoutMs = 10000;  // one whole protocol exchange
    qint64 maxResponseBytes = 256 * 1024; // a reply larger than this is cut and flagged
    // Credential checks: attempts per account per device within one window.
    int attemptsPerAccount = 3;
    int attemptWindowSeconds = 300;
};

// Spreads new connections over time: a token bucket shared by all threads.
class RateLimiter final {
public:
    explicit RateLimiter(int perSecond = 0) { setRate(perSecond); }
    void setRate(int perSecond);
    // Blocks until a token is available or cancelled; returns false when cancelled.
    bool acquire(const std::atomic<bool> &cancelled);
    // Non-blocking: milliseconds until the next token (0 = take it now, and it is taken).
    int tryAcquire();

private:
    std::mutex m_mutex;
    int m_rate = 0;
    double m_tokens = 0;
    qint64 m_lastNs = 0;
};

// Counts connections open per host and in total.
class HostSlots final {
public:
    HostSlots(int total, int perHost) : m_total(total), m_perHost(perHost) {}
    bool acquire(const QHostAddress &host, const std::atomic<bool> &cancelled);
    void release(const QHostAddress &host);

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_total;
    int m_perHost;
    int m_open = 0;
    QHash<QString, int> m_byHost;
};

// Everything a probe step needs: the gate, the limits, the stop button.
// Stop is immediate: every wait in the probe library polls the cancel fd.
class ProbeContext final {
public:
    ProbeContext(ScopeGate gate, Limits limits);
    ~ProbeContext();
    Q_DISABLE_COPY_MOVE(ProbeContext)

    const ScopeGate &gate() const { return m_gate; }
    const Limits &limits() const { return m_limits; }
    RateLimiter &rate() { return m_rate; }
    HostSlots &hostSlots() { return m_slots; }

    void cancel();
    bool cancelled() const { return m_cancelled.load(); }
    const std::atomic<bool> &cancelFlag() const { return m_cancelled; }
    int cancelFd() const { return m_cancelFd; } // readable once cancelled

private:
    ScopeGate m_gate;
    Limits m_limits;
    RateLimiter m_rate;
    HostSlots m_slots;
    std::atomic<bool> m_cancelled{false};
    int m_cancelFd = -1;
};

} // namespace ab::probe
