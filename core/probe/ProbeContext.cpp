#include "core/probe/ProbeContext.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <chrono>
#include <thread>

namespace ab::probe {

ScopeGate::ScopeGate(Scope scope, QHash<QString, QList<QHostAddress>> resolvedNames)
    : m_scope(std::move(scope)), m_names(std::move(resolvedNames))
{
}

bool ScopeGate::allows(const QHostAddress &address, int port) const
{
    if (address.isNull())
        return false;
    if (m_scope.allows(address, port))
        return true;
    // A name entry allows the addresses it resolved to, with its own ports
    // (not the ports of another name entry).
    for (const ScopeEntry &e : m_scope.entries()) {
        if (e.hostName.isEmpty())
            continue;
        if (m_names.value(e.hostName).contains(address) && (port < 0 || e.containsPort(port)))
            return true;
    }
    return false;
}

QStringList ScopeGate::refusals() const
{
    std::lock_guard lock(m_refusals->mutex);
    return m_refusals->list;
}

void ScopeGate::recordRefusal(const Endpoint &e) const
{
    std::lock_guard lock(m_refusals->mutex);
    if (m_refusals->list.size() < 1000)
        m_refusals->list.append(e.toString());
}

namespace {
qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
} // namespace

void RateLimiter::setRate(int perSecond)
{
    std::lock_guard lock(m_mutex);
    m_rate = qMax(0, perSecond);
    m_tokens = qMin(double(m_rate), 1.0 + m_rate / 20.0); // a small burst, never a flood
    m_lastNs = nowNs();
}

int RateLimiter::tryAcquire()
{
    std::lock_guard lock(m_mutex);
    if (m_rate <= 0)
        return 0;
    const qint64 now = nowNs();
    const double burst = 1.0 + m_rate / 20.0;
    m_tokens = qMin(burst, m_tokens + double(now - m_lastNs) * m_rate / 1e9);
    m_lastNs = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return 0;
    }
    return qMax(1, int((1.0 - m_tokens) * 1000.0 / m_rate));
}

bool RateLimiter::acquire(const std::atomic<bool> &cancelled)
{
    for (;;) {
        if (cancelled.load())
            return false;
        const int wait = tryAcquire();
        if (wait == 0)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(qMin(wait, 50)));
    }
}

bool HostSlots::acquire(const QHostAddress &host, const std::atomic<bool> &cancelled)
{
    const QString key = host.toString();
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (cancelled.load())
            return false;
        if (m_open < m_total && m_byHost.value(key) < m_perHost) {
            ++m_open;
            ++m_byHost[key];
            return true;
        }
        m_cv.wait_for(lock, std::chrono::milliseconds(50));
    }
}

void HostSlots::release(const QHostAddress &host)
{
    const QString key = host.toString();
    {
        std::lock_guard lock(m_mutex);
        --m_open;
        if (--m_byHost[key] <= 0)
            m_byHost.remove(key);
    }
    m_cv.notify_all();
}

ProbeContext::ProbeContext(ScopeGate gate, Limits limits)
    : m_gate(std::move(gate)), m_limits(limits), m_rate(limits.ratePerSecond), m_slots(qMax(1, limits.concurrency), qMax(1, limits.perHost))
{
    m_cancelFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
}

ProbeContext::~ProbeContext()
{
    if (m_cancelFd >= 0)
        ::close(m_cancelFd);
}

void ProbeContext::cancel()
{
    m_cancelled.store(true);
    if (m_cancelFd >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const auto n = ::write(m_cancelFd, &one, sizeof one);
    }
}

} // namespace ab::probe
