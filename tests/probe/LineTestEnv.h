#pragma once
// Helpers for the line-service tests (FTP, Telnet, SSH, SNMP, MQTT):
// hostile fake servers on 127.0.0.1 run in a thread, and a throwaway login
// account that exists only inside a private mount namespace, so the tests
// never add a user to the machine.

#include "ProbeTestEnv.h"

#include "core/probe/Credentials.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <poll.h>
#include <thread>

namespace linetest {

// A TCP server on 127.0.0.1 (ephemeral port) whose handler runs for every
// accepted connection, one after another, until the server is destroyed.
class FakeTcpServer {
public:
    using Handler = std::function<void(int fd, const std::atomic<bool> &stop)>;
    explicit FakeTcpServer(Handler h) : m_handler(std::move(h))
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin);
        ::listen(m_fd, 16);
        socklen_t len = sizeof sin;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&sin), &len);
        m_port = ntohs(sin.sin_port);
        m_thread = std::thread([this] {
            while (!m_stop) {
                pollfd p{m_fd, POLLIN, 0};
                if (::poll(&p, 1, 50) <= 0)
                    continue;
                const int c = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
                if (c < 0)
                    continue;
                ++m_accepted;
                m_handler(c, m_stop);
                ::close(c);
            }
        });
    }
    ~FakeTcpServer()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
    }
    quint16 port() const { return m_port; }
    int accepted() const { return m_accepted; }
    ab::probe::Endpoint endpoint() const { return {QHostAddress(QStringLiteral("127.0.0.1")), m_port}; }

private:
    Handler m_handler;
    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_accepted{0};
    std::thread m_thread;
};

// Writes all of `data`; false when the peer is gone.
inline bool sendAll(int fd, const QByteArray &data)
{
    qsizetype off = 0;
    while (off < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + off, size_t(data.size() - off), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        off += n;
    }
    return true;
}

// Reads one line (up to '\n') with a timeout; empty on timeout/close.
inline QByteArray readLine(int fd, int timeoutMs = 3000)
{
    QByteArray line;
    QElapsedTimer t;
    t.start();
    while (!line.endsWith('\n') && t.elapsed() < timeoutMs && line.size() < 4096) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        char c;
        if (::recv(fd, &c, 1, 0) != 1)
            break;
        line += c;
    }
    return line;
}

// A UDP responder on 127.0.0.1 answering every datagram with reply(request).
class FakeUdpServer {
public:
    explicit FakeUdpServer(std::function<QByteArray(const QByteArray &)> reply) : m_reply(std::move(reply))
    {
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin);
        socklen_t len = sizeof sin;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&sin), &len);
        m_port = ntohs(sin.sin_port);
        m_thread = std::thread([this] {
            QByteArray buf(65536, Qt::Uninitialized);
            while (!m_stop) {
                pollfd p{m_fd, POLLIN, 0};
                if (::poll(&p, 1, 50) <= 0)
                    continue;
                sockaddr_in from{};
                socklen_t fl = sizeof from;
                const ssize_t n = ::recvfrom(m_fd, buf.data(), size_t(buf.size()), 0, reinterpret_cast<sockaddr *>(&from), &fl);
                if (n < 0)
                    continue;
                ++m_requests;
                const QByteArray r = m_reply(buf.left(int(n)));
                if (!r.isEmpty())
                    ::sendto(m_fd, r.constData(), size_t(r.size()), 0, reinterpret_cast<sockaddr *>(&from), fl);
            }
        });
    }
    ~FakeUdpServer()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
    }
    ab::probe::Endpoint endpoint() const { return {QHostAddress(QStringLiteral("127.0.0.1")), m_port}; }
    int requests() const { return m_requests; }

private:
    std::function<QByteArray(const QByteArray &)> m_reply;
    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_requests{0};
    std::thread m_thread;
};

inline ab::probe::CredentialList credentials(const QByteArray &entriesJson)
{
    auto l = ab::probe::CredentialList::fromJson(
        QByteArrayLiteral("{\"format\":\"auditbench-credentials\",\"version\":1,\"entries\":") + entriesJson + '}', QStringLiteral("test"));
    return l ? *l : ab::probe::CredentialList();
}

// A login account that exists only for the daemons a test starts: copies of
// /etc/passwd and /etc/shadow with one more line are bind-mounted over the
// real ones inside a private mount namespace (unshare -m), and the daemon is
// exec'd there. Nothing on the machine changes. The password is hashed by
// `openssl passwd -6 -stdin`, so it never appears on a command line.
class NamespaceUser {
public:
    static constexpr const char *User = "abtest";
    // Empty string on success, else why the account cannot be made here.
    QString prepare(const QTemporaryDir &dir, const QByteArray &password)
    {
        const QString unshare = probetest::findTool(QStringLiteral("unshare"));
        const QString openssl = probetest::findTool(QStringLiteral("openssl"));
        if (unshare.isEmpty() || openssl.isEmpty())
            return QStringLiteral("unshare or openssl missing");
        QProcess probe;
        probe.start(unshare, {QStringLiteral("-m"), QStringLiteral("true")});
        if (!probe.waitForFinished(3000) || probe.exitCode() != 0)
            return QStringLiteral("no private mount namespaces here (unshare -m failed)");
        QProcess hash;
        hash.start(openssl, {QStringLiteral("passwd"), QStringLiteral("-6"), QStringLiteral("-stdin")});
        hash.waitForStarted();
        hash.write(password + '\n');
        hash.closeWriteChannel();
        if (!hash.waitForFinished(5000) || hash.exitCode() != 0)
            return QStringLiteral("openssl passwd failed");
        const QByteArray crypted = hash.readAllStandardOutput().trimmed();
        m_home = dir.filePath(QStringLiteral("home"));
        QDir().mkpath(m_home);
        QFile pw(QStringLiteral("/etc/passwd")), sh(QStringLiteral("/etc/shadow"));
        if (!pw.open(QIODevice::ReadOnly) || !sh.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read /etc/passwd or /etc/shadow");
        m_passwd = dir.filePath(QStringLiteral("passwd"));
        m_shadow = dir.filePath(QStringLiteral("shadow"));
        QFile p2(m_passwd), s2(m_shadow);
        if (!p2.open(QIODevice::WriteOnly) || !s2.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the namespace passwd/shadow");
        p2.write(pw.readAll() + QByteArray(User) + ":x:4242:4242:AuditBench test:" + m_home.toUtf8() + ":/bin/sh\n");
        s2.write(sh.readAll() + QByteArray(User) + ':' + crypted + ":19000:0:99999:7:::\n");
        s2.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_unshare = unshare;
        return {};
    }
    // Program and arguments that run `program args` inside the namespace.
    QPair<QString, QStringList> wrap(const QString &program, const QStringList &args) const
    {
        QStringList a{QStringLiteral("-m"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                      QStringLiteral("mount --bind \"$1\" /etc/passwd && mount --bind \"$2\" /etc/shadow && shift 2 && exec \"$@\""),
                      QStringLiteral("sh"), m_passwd, m_shadow, program};
        a += args;
        return {m_unshare, a};
    }

private:
    QString m_unshare, m_passwd, m_shadow, m_home;
};

} // namespace linetest
