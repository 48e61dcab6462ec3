#include "core/probe/Sweep.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <limits>
#include <vector>

namespace ab::probe
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::Sweep)
};

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

void RttEstimator::addSample(qint64 rttUs)
{
    rttUs = qMax<qint64>(0, rttUs);
    if (m_samples++ == 0) {
        m_srtt = rttUs;
        m_rttvar = rttUs / 2;
        return;
    }
    const qint64 delta = rttUs - m_srtt;
    m_srtt += delta / 8;
    m_rttvar += (qAbs(delta) - m_rttvar) / 4;
}

int RttEstimator::timeoutMs(int minMs, int maxMs) const
{
    if (m_samples == 0)
        return maxMs;
    const qint64 ms = (m_srtt + 4 * m_rttvar + 999) / 1000;
    return int(qBound(qint64(qMin(minMs, maxMs)), ms, qint64(maxMs)));
}

namespace
{

bool toSockaddr(const QHostAddress &a, sockaddr_storage &ss, socklen_t &len)
{
    std::memset(&ss, 0, sizeof ss);
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *sin = reinterpret_cast<sockaddr_in *>(&ss);
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(a.toIPv4Address());
        len = sizeof(sockaddr_in);
        return true;
    }
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&ss);
        sin6->sin6_family = AF_INET6;
        const Q_IPV6ADDR v6 = a.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, &v6, 16);
        len = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

void setPort(sockaddr_storage &ss, quint16 port)
{
    if (ss.ss_family == AF_INET)
        reinterpret_cast<sockaddr_in *>(&ss)->sin_port = htons(port);
    else
        reinterpret_cast<sockaddr_in6 *>(&ss)->sin6_port = htons(port);
}

// Errors that say "this machine ran out of something", not "the port is X":
// the probe is put back and the sweep narrows.
bool isResourceError(int e)
{
    return e == EADDRNOTAVAIL || e == EAGAIN || e == ENOBUFS || e == ENOMEM || e == EMFILE || e == ENFILE;
}

// Connecting to a closed port of this machine that lies in the ephemeral
// range can pick that very port as the source: TCP simultaneous open then
// connects the socket to itself. That is not a listener; nmap does not
// report it either.
bool isSelfConnect(int fd)
{
    sockaddr_storage local{};
    sockaddr_storage peer{};
    socklen_t ll = sizeof local;
    socklen_t pl = sizeof peer;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &ll) != 0 ||
        ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &pl) != 0)
        return false;
    return ll == pl && std::memcmp(&local, &peer, ll) == 0;
}

struct Pending {
    quint16 port;
    quint8 attempt;
};

struct Host {
    sockaddr_storage sa{};
    socklen_t len = 0;
    bool addressOk = false;
    qsizetype next = 0;         // next port index for a first attempt
    std::vector<Pending> again; // retries and put-back probes
    int inflight = 0;
    qsizetype finished = 0; // ports with a final state
    RttEstimator rtt;
    qint64 firstSentUs = -1;
    bool answered = false;
    bool stopped = false; // given up or unreachable: nothing more is sent
    bool done = false;
    bool listed = false; // in m_active
};

struct Probe {
    int fd = -1;
    int host = -1;
    quint16 port = 0;
    quint8 attempt = 0;
    quint32 gen = 0;
    qint64 sentUs = 0;
};

struct Deadline {
    qint64 atUs;
    quint32 index;
    quint32 gen;
    bool operator>(const Deadline &o) const { return atUs > o.atUs; }
};

constexpr quint64 kCancelTag = std::numeric_limits<quint64>::max();

class Sweeper final
{
public:
    Sweeper(ProbeContext &ctx, const QList<QHostAddress> &hosts, const QList<quint16> &ports, const SweepOptions &opt)
        : m_ctx(ctx), m_addrs(hosts), m_ports(ports), m_opt(opt)
    {
    }
    ~Sweeper()
    {
        for (Probe &p : m_probes)
            if (p.fd >= 0)
                ::close(p.fd);
        if (m_ep >= 0)
            ::close(m_ep);
    }

    Result<SweepResult> run(SweepResult *partial);

private:
    bool hasWork(const Host &h) const { return !h.stopped && (h.next < m_ports.size() || !h.again.empty()); }
    void launchAll();
    // 1 = launched, 0 = nothing launched (refused / resolved at once), -1 = out of resources
    int launch(int hi, Pending pd);
    void finish(int hi, quint16 port, int state, qint64 rttUs);
    void complete(quint32 index, bool timedOut);
    void expire();
    void stopHost(int hi, bool gaveUp);
    void checkHostDone(int hi);
    void requeue(int hi, Pending pd, bool front);
    void report(bool force);
    void closeProbe(Probe &p, bool reset);

    enum State { Open, Closed, Filtered, Unreachable, Refused };

    ProbeContext &m_ctx;
    const QList<QHostAddress> &m_addrs;
    const QList<quint16> &m_ports;
    const SweepOptions &m_opt;
    SweepResult m_res;
    std::vector<Host> m_hosts;
    std::vector<int> m_active; // hosts with work left
    size_t m_rr = 0;
    std::vector<Probe> m_probes;
    std::vector<quint32> m_free;
    std::vector<Deadline> m_heap;
    int m_ep = -1;
    int m_inflight = 0;
    int m_maxInflight = 1;
    int m_perHost = 1;
    int m_rateWaitMs = 0;
    int m_resourceFailures = 0;
    int m_hostsDone = 0;
    qint64 m_portsDone = 0;
    qint64 m_lastReportUs = 0;
    qint64 m_lastSilentCheckUs = 0;
    qint64 m_now = 0;
};

void Sweeper::closeProbe(Probe &p, bool reset)
{
    if (reset) {
        // RST instead of FIN: no TIME_WAIT, the ephemeral port is free again at once.
        const linger lg{1, 0};
        ::setsockopt(p.fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    }
    ::close(p.fd); // also leaves the epoll set
    p.fd = -1;
    ++p.gen;
    --m_inflight;
    --m_hosts[size_t(p.host)].inflight;
}

void Sweeper::finish(int hi, quint16 port, int state, qint64 rttUs)
{
    Host &h = m_hosts[size_t(hi)];
    HostSweep &out = m_res.hosts[hi];
    switch (state) {
    case Open:
        out.open.append(port);
        ++m_res.open;
        break;
    case Closed:
        ++out.closed;
        ++m_res.closed;
        break;
    case Filtered:
        ++out.filtered;
        ++m_res.filtered;
        break;
    case Unreachable:
        ++out.unreachable;
        ++m_res.unreachable;
        break;
    case Refused:
        ++out.refused;
        ++m_res.refused;
        break;
    }
    if (state == Open || state == Closed) {
        h.answered = true;
        h.rtt.addSample(rttUs);
    }
    ++h.finished;
    ++m_portsDone;
    if (state == Open && m_opt.open)
        m_opt.open(m_addrs[hi], port);
}

void Sweeper::checkHostDone(int hi)
{
    Host &h = m_hosts[size_t(hi)];
    if (!h.done && h.inflight == 0 && !hasWork(h)) {
        h.done = true;
        ++m_hostsDone;
    }
}

void Sweeper::requeue(int hi, Pending pd, bool front)
{
    Host &h = m_hosts[size_t(hi)];
    if (front)
        h.again.insert(h.again.begin(), pd);
    else
        h.again.push_back(pd);
    if (!h.listed) {
        h.listed = true;
        m_active.push_back(hi);
    }
}

void Sweeper::stopHost(int hi, bool gaveUp)
{
    Host &h = m_hosts[size_t(hi)];
    if (h.stopped)
        return;
    h.stopped = true;
    const qint64 left = (m_ports.size() - h.next) + qint64(h.again.size());
    h.next = m_ports.size();
    h.again.clear();
    m_res.hosts[hi].notProbed += int(left);
    m_res.hosts[hi].gaveUp = gaveUp;
    m_portsDone += left;
    if (gaveUp) {
        // The probes still waiting for it end now, as filtered: the bound is the budget.
        for (quint32 i = 0; i < m_probes.size(); ++i) {
            Probe &p = m_probes[i];
            if (p.fd >= 0 && p.host == hi) {
                const quint16 port = p.port;
                closeProbe(p, false);
                m_free.push_back(i);
                finish(hi, port, Filtered, 0);
            }
        }
    }
    checkHostDone(hi);
}

int Sweeper::launch(int hi, Pending pd)
{
    Host &h = m_hosts[size_t(hi)];
    if (!h.addressOk || !m_ctx.gate().allows(m_addrs[hi], pd.port)) {
        // Belt and braces: the orchestrator refuses out-of-scope targets
        // before the sweep; here no single SYN may leave outside the scope.
        m_ctx.gate().recordRefusal(Endpoint{m_addrs[hi], pd.port});
        finish(hi, pd.port, Refused, 0);
        return 0;
    }
    if (m_ctx.limits().ratePerSecond > 0) {
        const int wait = m_ctx.rate().tryAcquire();
        if (wait > 0) {
            m_rateWaitMs = wait;
            h.again.push_back(pd);
            return -1;
        }
    }
    const int fd = ::socket(h.sa.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        h.again.push_back(pd);
        ++m_resourceFailures;
        return -1;
    }
    setPort(h.sa, pd.port);
    const qint64 sent = nowUs();
    if (h.firstSentUs < 0)
        h.firstSentUs = sent;
    int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&h.sa), h.len);
    const int err = rc < 0 ? errno : 0;
    if (rc < 0 && err != EINPROGRESS) {
        ::close(fd);
        if (isResourceError(err)) {
            h.again.push_back(pd);
            ++m_resourceFailures;
            return -1;
        }
        ++m_res.probes;
        if (err == ECONNREFUSED)
            finish(hi, pd.port, Closed, nowUs() - sent);
        else if (err == EACCES || err == EPERM) // a local firewall said no
            finish(hi, pd.port, Filtered, 0);
        else {
            finish(hi, pd.port, Unreachable, 0);
            stopHost(hi, false);
        }
        return 0;
    }
    ++m_res.probes;
    m_resourceFailures = 0;
    if (rc == 0) { // connected at once
        const bool self = isSelfConnect(fd);
        const linger lg{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        ::close(fd);
        finish(hi, pd.port, self ? Closed : Open, nowUs() - sent);
        return 0;
    }
    // A refusal from a near host (loopback, the local segment) is often
    // already in: one getsockopt saves the epoll round trip.
    int soErr = 0;
    socklen_t soLen = sizeof soErr;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soErr, &soLen) == 0 && soErr == ECONNREFUSED) {
        ::close(fd);
        finish(hi, pd.port, Closed, nowUs() - sent);
        return 0;
    }
    quint32 index;
    if (!m_free.empty()) {
        index = m_free.back();
        m_free.pop_back();
    } else {
        index = quint32(m_probes.size());
        m_probes.emplace_back();
    }
    Probe &p = m_probes[index];
    p.fd = fd;
    p.host = hi;
    p.port = pd.port;
    p.attempt = pd.attempt;
    p.sentUs = sent;
    epoll_event ev{};
    ev.events = EPOLLOUT;
    ev.data.u64 = (quint64(p.gen) << 32) | index;
    if (::epoll_ctl(m_ep, EPOLL_CTL_ADD, fd, &ev) < 0) {
        ::close(fd);
        p.fd = -1;
        m_free.push_back(index);
        h.again.push_back(pd);
        ++m_resourceFailures;
        return -1;
    }
    ++m_inflight;
    ++h.inflight;
    const int timeout = h.rtt.timeoutMs(m_opt.minTimeoutMs, qMax(1, m_ctx.limits().connectTimeoutMs));
    m_heap.push_back(Deadline{sent + qint64(timeout) * 1000, index, p.gen});
    std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    return 1;
}

void Sweeper::launchAll()
{
    m_rateWaitMs = 0;
    while (m_inflight < m_maxInflight && !m_active.empty()) {
        bool any = false;
        for (size_t k = 0; k < m_active.size() && m_inflight < m_maxInflight;) {
            if (m_rr >= m_active.size())
                m_rr = 0;
            const int hi = m_active[m_rr];
            Host &h = m_hosts[size_t(hi)];
            if (!hasWork(h)) {
                h.listed = false;
                m_active[m_rr] = m_active.back();
                m_active.pop_back();
                checkHostDone(hi);
                continue;
            }
            ++k;
            ++m_rr;
            if (h.inflight >= m_perHost)
                continue;
            Pending pd;
            if (!h.again.empty()) {
                pd = h.again.back();
                h.again.pop_back();
            } else {
                pd = Pending{m_ports[h.next++], 0};
            }
            const int r = launch(hi, pd);
            if (r < 0)
                return; // rate limit or out of resources: wait for completions
            any = true;
            checkHostDone(hi);
        }
        if (!any)
            break;
    }
}

void Sweeper::complete(quint32 index, bool timedOut)
{
    Probe &p = m_probes[index];
    const int hi = p.host;
    Host &h = m_hosts[size_t(hi)];
    if (timedOut) {
        const Pending pd{p.port, quint8(p.attempt + 1)};
        closeProbe(p, false);
        m_free.push_back(index);
        if (pd.attempt <= m_opt.retries && !h.stopped)
            requeue(hi, pd, true); // retried after the ports already queued
        else
            finish(hi, pd.port, Filtered, 0);
        checkHostDone(hi);
        return;
    }
    int err = 0;
    socklen_t len = sizeof err;
    ::getsockopt(p.fd, SOL_SOCKET, SO_ERROR, &err, &len);
    const quint16 port = p.port;
    const qint64 rtt = m_now - p.sentUs;
    if (err == 0) {
        const bool self = isSelfConnect(p.fd);
        closeProbe(p, true);
        m_free.push_back(index);
        finish(hi, port, self ? Closed : Open, rtt);
    } else if (isResourceError(err)) {
        const Pending pd{p.port, p.attempt};
        closeProbe(p, false);
        m_free.push_back(index);
        requeue(hi, pd, false);
    } else {
        closeProbe(p, false);
        m_free.push_back(index);
        if (err == ECONNREFUSED)
            finish(hi, port, Closed, rtt);
        else if (err == ETIMEDOUT)
            finish(hi, port, Filtered, 0);
        else if (err == EACCES || err == EPERM)
            finish(hi, port, Filtered, 0);
        else {
            finish(hi, port, Unreachable, 0);
            stopHost(hi, false);
        }
    }
    checkHostDone(hi);
}

void Sweeper::expire()
{
    while (!m_heap.empty() && m_heap.front().atUs <= m_now) {
        const Deadline d = m_heap.front();
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        m_heap.pop_back();
        const Probe &p = m_probes[d.index];
        if (p.fd >= 0 && p.gen == d.gen)
            complete(d.index, true);
    }
    // A host that never answered anything is not allowed to stall the sweep.
    if (m_now - m_lastSilentCheckUs < 20000)
        return;
    m_lastSilentCheckUs = m_now;
    const qint64 budgetUs = qint64(qMax(0, m_opt.silentHostBudgetMs)) * 1000;
    for (size_t hi = 0; hi < m_hosts.size(); ++hi) {
        const Host &h = m_hosts[hi];
        if (!h.done && !h.answered && !h.stopped && h.firstSentUs >= 0 && m_now - h.firstSentUs > budgetUs)
            stopHost(int(hi), true);
    }
}

void Sweeper::report(bool force)
{
    if (!m_opt.progress)
        return;
    if (!force && m_now - m_lastReportUs < 100000)
        return;
    m_lastReportUs = m_now;
    SweepProgress pr;
    pr.hostsDone = m_hostsDone;
    pr.hostsTotal = int(m_hosts.size());
    pr.portsDone = m_portsDone;
    pr.portsTotal = qint64(m_hosts.size()) * m_ports.size();
    pr.openFound = m_res.open;
    m_opt.progress(pr);
}

Result<SweepResult> Sweeper::run(SweepResult *partial)
{
    QElapsedTimer clock;
    clock.start();
    const Limits &lim = m_ctx.limits();
    m_perHost = qMax(1, lim.perHost);
    m_maxInflight = qMax(1, lim.concurrency);
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        m_maxInflight = int(qBound(qint64(1), qint64(rl.rlim_cur) - 64, qint64(m_maxInflight))); // leave room for the rest of the process

    m_hosts.resize(size_t(m_addrs.size()));
    m_res.hosts.reserve(m_addrs.size());
    for (qsizetype i = 0; i < m_addrs.size(); ++i) {
        HostSweep hs;
        hs.address = m_addrs[i];
        m_res.hosts.append(hs);
        Host &h = m_hosts[size_t(i)];
        h.addressOk = toSockaddr(m_addrs[i], h.sa, h.len);
        h.listed = true;
        m_active.push_back(int(i));
    }
    m_probes.reserve(size_t(qMin(m_maxInflight, 65536)));

    m_ep = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_ep < 0)
        return makeError(ErrorCode::Io, Tr::tr("Cannot start the sweep: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (m_ctx.cancelFd() >= 0) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = kCancelTag;
        ::epoll_ctl(m_ep, EPOLL_CTL_ADD, m_ctx.cancelFd(), &ev);
    }

    auto finishResult = [&]() {
        for (qsizetype i = 0; i < m_res.hosts.size(); ++i) {
            HostSweep &hs = m_res.hosts[i];
            std::sort(hs.open.begin(), hs.open.end());
            const Host &h = m_hosts[size_t(i)];
            if (h.rtt.hasSample()) {
                hs.srttUs = h.rtt.srttUs();
                hs.rttvarUs = h.rtt.rttvarUs();
            }
        }
        m_res.elapsedMs = clock.elapsed();
    };

    std::vector<epoll_event> events(1024);
    m_now = nowUs();
    report(true);
    while (m_hostsDone < int(m_hosts.size())) {
        if (m_ctx.cancelled())
            break;
        launchAll();
        if (m_resourceFailures > 0 && m_inflight > 0)
            m_maxInflight = qMax(16, m_inflight); // the machine is telling us to slow down
        if (m_hostsDone >= int(m_hosts.size()))
            break;
        m_now = nowUs();
        int waitMs = 100;
        if (!m_heap.empty())
            waitMs = int(qBound(qint64(0), (m_heap.front().atUs - m_now + 999) / 1000, qint64(waitMs)));
        if (m_rateWaitMs > 0)
            waitMs = qMin(waitMs, m_rateWaitMs);
        if (m_resourceFailures > 0) {
            if (m_inflight == 0 && m_resourceFailures > 200) {
                finishResult();
                if (partial)
                    *partial = m_res;
                return makeError(ErrorCode::Io, Tr::tr("The sweep ran out of sockets or local ports; lower the concurrency."));
            }
            waitMs = qMin(waitMs, m_inflight == 0 ? 10 : waitMs);
        }
        bool cancel = false;
        // Every completion that is in must be taken before anything is
        // declared timed out: drain the ready list, then expire.
        for (int wait = waitMs;; wait = 0) {
            const int n = ::epoll_wait(m_ep, events.data(), int(events.size()), wait);
            if (n < 0 && errno != EINTR) {
                finishResult();
                if (partial)
                    *partial = m_res;
                return makeError(ErrorCode::Io, Tr::tr("The sweep failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            }
            m_now = nowUs();
            for (int i = 0; i < n; ++i) {
                const quint64 tag = events[size_t(i)].data.u64;
                if (tag == kCancelTag) {
                    cancel = true;
                    continue;
                }
                const quint32 index = quint32(tag & 0xffffffffu);
                const quint32 gen = quint32(tag >> 32);
                if (index < m_probes.size() && m_probes[index].fd >= 0 && m_probes[index].gen == gen)
                    complete(index, false);
            }
            if (n < int(events.size()) || cancel)
                break;
        }
        if (cancel || m_ctx.cancelled())
            break;
        expire();
        report(false);
    }

    if (m_ctx.cancelled()) {
        for (quint32 i = 0; i < m_probes.size(); ++i)
            if (m_probes[i].fd >= 0) {
                ++m_res.hosts[m_probes[i].host].notProbed;
                closeProbe(m_probes[i], false);
            }
        for (size_t hi = 0; hi < m_hosts.size(); ++hi) {
            Host &h = m_hosts[hi];
            m_res.hosts[qsizetype(hi)].notProbed += int((m_ports.size() - h.next) + qint64(h.again.size()));
        }
        m_res.cancelled = true;
        finishResult();
        if (partial)
            *partial = m_res;
        return makeError(ErrorCode::Cancelled, Tr::tr("The sweep was stopped."));
    }
    finishResult();
    m_now = nowUs();
    report(true);
    return m_res;
}

} // namespace

Result<SweepResult> sweep(ProbeContext &ctx, const QList<QHostAddress> &hosts, const QList<quint16> &ports, const SweepOptions &options,
                          SweepResult *partial)
{
    Sweeper s(ctx, hosts, ports, options);
    return s.run(partial);
}

} // namespace ab::probe
