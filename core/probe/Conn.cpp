#include "core/probe/Conn.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace ab::probe {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::Conn)
};

bool toSockaddr(const Endpoint &e, sockaddr_storage &ss, socklen_t &len)
{
    std::memset(&ss, 0, sizeof ss);
    bool ok = false;
    if (e.address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *sin = reinterpret_cast<sockaddr_in *>(&ss);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(e.port);
        sin->sin_addr.s_addr = htonl(e.address.toIPv4Address(&ok));
        len = sizeof(sockaddr_in);
        return ok;
    }
    if (e.address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&ss);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(e.port);
        const Q_IPV6ADDR a = e.address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, &a, 16);
        len = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

Error ioError(const Endpoint &e, const QString &what)
{
    return makeError(ErrorCode::Io, Tr::tr("%1: %2").arg(e.toString(), what));
}

Error timeoutError(const Endpoint &e)
{
    return makeError(ErrorCode::Io, Tr::tr("%1: no answer in time.").arg(e.toString()));
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, Tr::tr("Probing was stopped."));
}

// Polls fd for `events` and the cancel fd. 1 = ready, 0 = timeout, -1 = cancelled.
int waitFor(ProbeContext *ctx, int fd, short events, int timeoutMs)
{
    pollfd fds[2] = {{fd, events, 0}, {ctx ? ctx->cancelFd() : -1, POLLIN, 0}};
    QElapsedTimer t;
    t.start();
    for (;;) {
        if (ctx && ctx->cancelled())
            return -1;
        const int left = timeoutMs < 0 ? -1 : int(qMax<qint64>(0, timeoutMs - t.elapsed()));
        const int r = ::poll(fds, ctx && ctx->cancelFd() >= 0 ? 2 : 1, left);
        if (r < 0 && errno == EINTR)
            continue;
        if (ctx && ctx->cancelled())
            return -1;
        if (r <= 0)
            return 0;
        return fds[0].revents ? 1 : 0;
    }
}
} // namespace

Error outOfScope(const Endpoint &e)
{
    return makeError(ErrorCode::Usage, Tr::tr("%1 is outside the inspection's authorised scope; nothing was sent.").arg(e.toString()));
}

Conn::Conn(ProbeContext *ctx, int fd, Endpoint to, Transcript *t) : m_ctx(ctx), m_fd(fd), m_to(std::move(to)), m_transcript(t) {}

Conn::Conn(Conn &&o) noexcept
    : m_ctx(o.m_ctx), m_fd(o.m_fd), m_to(std::move(o.m_to)), m_transcript(o.m_transcript), m_pending(std::move(o.m_pending)),
      m_slotHeld(o.m_slotHeld)
{
    o.m_fd = -1;
    o.m_slotHeld = false;
}

Conn &Conn::operator=(Conn &&o) noexcept
{
    if (this != &o) {
        close();
        m_ctx = o.m_ctx;
        m_fd = o.m_fd;
        m_to = std::move(o.m_to);
        m_transcript = o.m_transcript;
        m_pending = std::move(o.m_pending);
        m_slotHeld = o.m_slotHeld;
        o.m_fd = -1;
        o.m_slotHeld = false;
    }
    return *this;
}

Conn::~Conn() { close(); }

void Conn::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_slotHeld && m_ctx) {
        m_ctx->hostSlots().release(m_to.address);
        m_slotHeld = false;
    }
}

Result<Conn> Conn::connect(ProbeContext &ctx, const Endpoint &to, Transcript *transcript, int timeoutMs)
{
    if (!ctx.gate().allows(to.address, to.port)) {
        ctx.gate().recordRefusal(to);
        return outOfScope(to);
    }
    sockaddr_storage ss;
    socklen_t len = 0;
    if (!toSockaddr(to, ss, len))
        return makeError(ErrorCode::Usage, Tr::tr("%1 is not an IP address.").arg(to.address.toString()));
    if (!ctx.hostSlots().acquire(to.address, ctx.cancelFlag()))
        return cancelledError();
    Conn c(&ctx, -1, to, transcript);
    c.m_slotHeld = true;
    if (!ctx.rate().acquire(ctx.cancelFlag()))
        return cancelledError();
    if (transcript) {
        transcript->endpoint = to;
        if (transcript->started.isNull())
            transcript->started = QDateTime::currentDateTimeUtc();
    }
    c.m_fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.m_fd < 0)
        return ioError(to, QString::fromLocal8Bit(std::strerror(errno)));
    const int one = 1;
    ::setsockopt(c.m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(c.m_fd, reinterpret_cast<sockaddr *>(&ss), len) < 0 && errno != EINPROGRESS)
        return ioError(to, QString::fromLocal8Bit(std::strerror(errno)));
    const int w = waitFor(&ctx, c.m_fd, POLLOUT, timeoutMs < 0 ? ctx.limits().connectTimeoutMs : timeoutMs);
    if (w < 0)
        return cancelledError();
    if (w == 0)
        return timeoutError(to);
    int err = 0;
    socklen_t errLen = sizeof err;
    ::getsockopt(c.m_fd, SOL_SOCKET, SO_ERROR, &err, &errLen);
    if (err != 0)
        return ioError(to, QString::fromLocal8Bit(std::strerror(err)));
    if (transcript)
        transcript->note(QStringLiteral("connected to %1").arg(to.toString()));
    return c;
}

Result<void> Conn::send(const QByteArray &data)
{
    if (m_fd < 0)
        return ioError(m_to, Tr::tr("the device closed the connection"));
    qint64 off = 0;
    while (off < data.size()) {
        const ssize_t n = ::send(m_fd, data.constData() + off, size_t(data.size() - off), MSG_NOSIGNAL);
        if (n > 0) {
            off += n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            const int w = waitFor(m_ctx, m_fd, POLLOUT, m_ctx ? m_ctx->limits().ioTimeoutMs : 4000);
            if (w < 0)
                return cancelledError();
            if (w == 0)
                return timeoutError(m_to);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return ioError(m_to, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (m_transcript)
        m_transcript->sent(data);
    return {};
}

Result<bool> Conn::waitReadable(int timeoutMs)
{
    if (!m_pending.isEmpty())
        return true;
    const int w = waitFor(m_ctx, m_fd, POLLIN, timeoutMs);
    if (w < 0)
        return cancelledError();
    return w > 0;
}

Result<QByteArray> Conn::readSome(int timeoutMs, qint64 max)
{
    if (!m_pending.isEmpty()) {
        QByteArray out = m_pending.left(max);
        m_pending.remove(0, out.size());
        return out;
    }
    if (m_fd < 0)
        return QByteArray();
    const int w = waitFor(m_ctx, m_fd, POLLIN, timeoutMs < 0 ? (m_ctx ? m_ctx->limits().ioTimeoutMs : 4000) : timeoutMs);
    if (w < 0)
        return cancelledError();
    if (w == 0)
        return timeoutError(m_to);
    QByteArray buf(int(qMin<qint64>(max, 64 * 1024)), Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::recv(m_fd, buf.data(), size_t(buf.size()), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return QByteArray(); // spurious wake-up; caller loops on its deadline
        if (n < 0)
            return ioError(m_to, QString::fromLocal8Bit(std::strerror(errno)));
        buf.truncate(int(n));
        if (m_transcript && n > 0)
            m_transcript->received(buf);
        if (n == 0) {
            ::shutdown(m_fd, SHUT_RDWR);
            ::close(m_fd);
            m_fd = -1;
        }
        return buf;
    }
}

Result<void> Conn::readUntil(const QByteArray &delimiter, QByteArray &out, int timeoutMs, qint64 maxBytes)
{
    const qint64 cap = maxBytes < 0 ? (m_ctx ? m_ctx->limits().maxResponseBytes : 256 * 1024) : maxBytes;
    const int total = timeoutMs < 0 ? (m_ctx ? m_ctx->limits().exchangeTimeoutMs : 10000) : timeoutMs;
    QElapsedTimer t;
    t.start();
    for (;;) {
        const qsizetype at = out.indexOf(delimiter);
        if (at >= 0) {
            const qsizetype end = at + delimiter.size();
            m_pending.prepend(out.mid(end));
            out.truncate(end);
            return {};
        }
        if (out.size() >= cap)
            return makeError(ErrorCode::BadInput, Tr::tr("%1: the reply exceeds %2 bytes; cut.").arg(m_to.toString()).arg(cap));
        const qint64 left = total - t.elapsed();
        if (left <= 0)
            return timeoutError(m_to);
        if (m_fd < 0 && m_pending.isEmpty())
            return ioError(m_to, Tr::tr("the device closed the connection"));
        auto chunk = readSome(int(qMin<qint64>(left, m_ctx ? m_ctx->limits().ioTimeoutMs : 4000)), cap - out.size());
        if (!chunk)
            return chunk.error();
        out += *chunk;
    }
}

Result<QByteArray> Conn::readExactly(qint64 n, int timeoutMs)
{
    QByteArray out;
    const int total = timeoutMs < 0 ? (m_ctx ? m_ctx->limits().exchangeTimeoutMs : 10000) : timeoutMs;
    QElapsedTimer t;
    t.start();
    while (out.size() < n) {
        const qint64 left = total - t.elapsed();
        if (left <= 0)
            return timeoutError(m_to);
        if (m_fd < 0 && m_pending.isEmpty())
            return ioError(m_to, Tr::tr("the device closed the connection"));
        auto chunk = readSome(int(left), n - out.size());
        if (!chunk)
            return chunk.error();
        out += *chunk;
    }
    return out;
}

Result<QList<QByteArray>> udpExchange(ProbeContext &ctx, const Endpoint &to, const QByteArray &request, Transcript *transcript,
                                      int timeoutMs, int maxReplies)
{
    if (!ctx.gate().allows(to.address, to.port)) {
        ctx.gate().recordRefusal(to);
        return outOfScope(to);
    }
    sockaddr_storage ss;
    socklen_t len = 0;
    if (!toSockaddr(to, ss, len))
        return makeError(ErrorCode::Usage, Tr::tr("%1 is not an IP address.").arg(to.address.toString()));
    if (!ctx.rate().acquire(ctx.cancelFlag()))
        return cancelledError();
    const int fd = ::socket(ss.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return ioError(to, QString::fromLocal8Bit(std::strerror(errno)));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    // connect() makes the kernel drop datagrams from anyone but the endpoint.
    if (::connect(fd, reinterpret_cast<sockaddr *>(&ss), len) < 0)
        return ioError(to, QString::fromLocal8Bit(std::strerror(errno)));
    if (transcript) {
        transcript->transport = QStringLiteral("udp");
        transcript->endpoint = to;
        transcript->sent(request);
    }
    if (::send(fd, request.constData(), size_t(request.size()), 0) < 0)
        return ioError(to, QString::fromLocal8Bit(std::strerror(errno)));
    QList<QByteArray> replies;
    const int total = timeoutMs < 0 ? ctx.limits().ioTimeoutMs : timeoutMs;
    QElapsedTimer t;
    t.start();
    QByteArray buf(65536, Qt::Uninitialized);
    while (replies.size() < maxReplies) {
        const qint64 left = total - t.elapsed();
        if (left <= 0)
            break;
        const int w = waitFor(&ctx, fd, POLLIN, int(left));
        if (w < 0)
            return cancelledError();
        if (w == 0)
            break;
        const ssize_t n = ::recv(fd, buf.data(), size_t(buf.size()), 0);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            if (errno == ECONNREFUSED) { // ICMP port unreachable: closed
                if (transcript)
                    transcript->note(QStringLiteral("port unreachable"));
                break;
            }
            return ioError(to, QString::fromLocal8Bit(std::strerror(errno)));
        }
        QByteArray d = buf.left(int(n));
        if (transcript)
            transcript->received(d);
        replies.append(d);
    }
    return replies;
}

} // namespace ab::probe
