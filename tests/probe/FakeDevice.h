#pragma once
// Small scripted fake devices for probe tests: a TCP server on a 127.x
// address (ephemeral port) running a handler per connection on its own
// thread, and a UDP responder. Loopback only; everything stops and joins
// in the destructor, even while a handler is blocked sending or waiting.

#include "core/probe/ProbeTypes.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace probetest {

inline bool bindLoopback(int fd, const QString &address, quint16 port = 0)
{
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    ::inet_pton(AF_INET, address.toLatin1().constData(), &sin.sin_addr);
    return ::bind(fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) == 0;
}

inline quint16 boundPort(int fd)
{
    sockaddr_in sin{};
    socklen_t len = sizeof sin;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&sin), &len);
    return ntohs(sin.sin_port);
}

// A request's header value (first, case-insensitive), for handlers.
inline QByteArray requestHeader(const QByteArray &request, const QByteArray &name)
{
    const qsizetype end = request.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = request.left(end < 0 ? request.size() : end).split('\n');
    for (const QByteArray &l : lines) {
        const qsizetype c = l.indexOf(':');
        if (c > 0 && l.left(c).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return l.mid(c + 1).trimmed();
    }
    return {};
}
inline QByteArray requestLine(const QByteArray &request) { return request.left(request.indexOf('\r')); }
inline QByteArray requestBody(const QByteArray &request)
{
    const qsizetype end = request.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : request.mid(end + 4);
}
// name="value" / name=value from an Authorization header.
inline QByteArray authParam(const QByteArray &authorization, const QByteArray &name)
{
    const QRegularExpression re(QStringLiteral("(?:^|[ ,])%1=(?:\"([^\"]*)\"|([^, ]*))").arg(QString::fromLatin1(name)));
    const auto m = re.match(QString::fromLatin1(authorization));
    if (!m.hasMatch())
        return {};
    return (m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2)).toLatin1();
}

class FakeConn {
public:
    FakeConn(int fd, const std::atomic<bool> *stop) : m_fd(fd), m_stop(stop) {}
    bool stopped() const { return m_stop->load(); }

    // One request: the header up to an empty line, plus a Content-Length
    // body. Empty on close, stop or timeout.
    QByteArray readRequest(int timeoutMs = 5000)
    {
        int waited = 0;
        for (;;) {
            const qsizetype end = m_buf.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qint64 len = requestHeader(m_buf.left(end + 4), "Content-Length").toLongLong();
                if (m_buf.size() >= end + 4 + len) {
                    const QByteArray req = m_buf.left(end + 4 + len);
                    m_buf.remove(0, req.size());
                    return req;
                }
            }
            if (stopped() || waited >= timeoutMs)
                return {};
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) {
                waited += 50;
                continue;
            }
            char buf[8192];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n <= 0)
                return {};
            m_buf.append(buf, qsizetype(n));
        }
    }
    // False once the peer is gone (or the server stops).
    bool send(const QByteArray &data)
    {
        qsizetype off = 0;
        while (off < data.size()) {
            if (stopped())
                return false;
            pollfd p{m_fd, POLLOUT, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const ssize_t n = ::send(m_fd, data.constData() + off, size_t(data.size() - off), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (n <= 0)
                return false;
            off += n;
        }
        return true;
    }
    // Holds the connection without a word until the peer closes (or stop / maxMs).
    void waitClose(int maxMs = 10000)
    {
        for (int waited = 0; waited < maxMs && !stopped(); waited += 50) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) > 0) {
                char buf[4096];
                if (::recv(m_fd, buf, sizeof buf, 0) <= 0)
                    return;
            }
        }
    }
    void close() { ::shutdown(m_fd, SHUT_RDWR); }
    int fd() const { return m_fd; }

private:
    int m_fd;
    const std::atomic<bool> *m_stop;
    QByteArray m_buf;
};

using TcpHandler = std::function<void(FakeConn &)>;

class FakeTcpServer {
public:
    // port 0: an ephemeral one.
    FakeTcpServer(const QString &address, TcpHandler handler, quint16 port = 0) : m_address(address), m_handler(std::move(handler))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (!bindLoopback(m_listen, address, port) || ::listen(m_listen, 16) != 0)
            return;
        m_port = boundPort(m_listen);
        m_accept = std::thread([this] { acceptLoop(); });
    }
    ~FakeTcpServer()
    {
        m_stop = true;
        if (m_accept.joinable())
            m_accept.join();
        {
            std::lock_guard lock(m_mutex);
            for (int fd : m_fds)
                ::shutdown(fd, SHUT_RDWR);
        }
        for (std::thread &t : m_threads)
            t.join();
        for (int fd : m_fds)
            ::close(fd);
        ::close(m_listen);
    }
    bool ok() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    ab::probe::Endpoint endpoint() const { return {QHostAddress(m_address), m_port}; }
    int connections() const { return m_connections.load(); }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            ++m_connections;
            std::lock_guard lock(m_mutex);
            m_fds.push_back(fd);
            m_threads.emplace_back([this, fd] {
                FakeConn c(fd, &m_stop);
                m_handler(c);
                ::shutdown(fd, SHUT_RDWR);
            });
        }
    }
    QString m_address;
    TcpHandler m_handler;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connections{0};
    std::thread m_accept;
    std::mutex m_mutex;
    std::vector<std::thread> m_threads;
    std::vector<int> m_fds;
};

// Answers each datagram with the handler's replies (none: silence).
class FakeUdpServer {
public:
    using Handler = std::function<QList<QByteArray>(const QByteArray &)>;
    FakeUdpServer(const QString &address, Handler handler) : m_address(address), m_handler(std::move(handler))
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (!bindLoopback(m_fd, address))
            return;
        m_port = boundPort(m_fd);
        m_thread = std::thread([this] { loop(); });
    }
    ~FakeUdpServer()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_fd);
    }
    bool ok() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    ab::probe::Endpoint endpoint() const { return {QHostAddress(m_address), m_port}; }
    int datagrams() const { return m_count.load(); }
    QList<QByteArray> received() const
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }

private:
    void loop()
    {
        char buf[65536];
        while (!m_stop) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            sockaddr_in from{};
            socklen_t len = sizeof from;
            const ssize_t n = ::recvfrom(m_fd, buf, sizeof buf, 0, reinterpret_cast<sockaddr *>(&from), &len);
            if (n < 0)
                continue;
            const QByteArray d(buf, qsizetype(n));
            ++m_count;
            {
                std::lock_guard lock(m_mutex);
                m_received.append(d);
            }
            for (const QByteArray &r : m_handler(d))
                ::sendto(m_fd, r.constData(), size_t(r.size()), 0, reinterpret_cast<sockaddr *>(&from), len);
        }
    }
    QString m_address;
    Handler m_handler;
    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_count{0};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QList<QByteArray> m_received;
};

} // namespace probetest
