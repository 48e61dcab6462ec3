#pragma once
// Shared by the probe tests: a context that allows 127.0.0.0/8 only, and
// real Debian daemons started on 127.x addresses. A missing daemon is a
// skip on a developer machine and a failure in CI (CI=1, set by .ci/run), where
// scripts/setup.sh --test installs every one of them.

#include "core/probe/ProbeContext.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

namespace probetest {

inline std::unique_ptr<ab::probe::ProbeContext> loopbackContext(ab::probe::Limits limits = {})
{
    auto scope = ab::Scope::parse({QStringLiteral("127.0.0.0/8")});
    return std::make_unique<ab::probe::ProbeContext>(ab::probe::ScopeGate(scope.value()), limits);
}

// .ci/run sets CI=1 (CI services set CI=true); unset, empty, 0 or false: a developer machine.
inline bool inCi()
{
    const QString v = qEnvironmentVariable("CI").trimmed().toLower();
    return !v.isEmpty() && v != QLatin1String("0") && v != QLatin1String("false");
}

// Path of a daemon/tool, or empty. Looks in PATH and the sbin folders.
inline QString findTool(const QString &name)
{
    QString p = QStandardPaths::findExecutable(name);
    if (p.isEmpty())
        p = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/lib/openssh")});
    return p;
}

// True when something accepts TCP connections on address:port.
inline bool tcpOpen(const QString &address, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    ::inet_pton(AF_INET, address.toLatin1().constData(), &sin.sin_addr);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) == 0;
    ::close(fd);
    return ok;
}

// A daemon process for one test; killed when it goes out of scope.
class Daemon {
public:
    ~Daemon() { stop(); }
    bool start(const QString &program, const QStringList &args, const QString &address = {}, quint16 tcpPort = 0, int waitMs = 5000)
    {
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.start(program, args);
        if (!m_proc.waitForStarted(3000))
            return false;
        if (tcpPort == 0) {
            QThread::msleep(300);
            return m_proc.state() == QProcess::Running;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < waitMs) {
            if (tcpOpen(address, tcpPort))
                return true;
            if (m_proc.state() != QProcess::Running && m_proc.exitStatus() == QProcess::CrashExit)
                return false;
            QThread::msleep(50);
        }
        return false;
    }
    QByteArray output() { return m_proc.readAll(); }
    void stop()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.terminate();
            if (!m_proc.waitForFinished(2000))
                m_proc.kill();
            m_proc.waitForFinished(2000);
        }
    }
    QProcess &process() { return m_proc; }

private:
    QProcess m_proc;
};

} // namespace probetest

// Skips (or fails in CI) when a Debian tool the test needs is not installed.
#define PROBETEST_REQUIRE_TOOL(var, name)                                                                                              \
    const QString var = probetest::findTool(QStringLiteral(name));                                                                     \
    do {                                                                                                                               \
        if (var.isEmpty()) {                                                                                                           \
            if (probetest::inCi())                                                                                                     \
                QFAIL(name " is not installed; scripts/setup.sh --test installs it");                                                  \
            QSKIP(name " is not installed (scripts/setup.sh --test installs it)");                                                     \
        }                                                                                                                              \
    } while (false)

// A test that cannot run here for a reason other than a missing tool
// (no namespaces, no throwaway account): skipped on a developer machine,
// a failure in CI, where nothing may be left out silently.
#define PROBETEST_SKIP_OR_FAIL(reason)                                                                                                 \
    do {                                                                                                                               \
        const QByteArray why_ = QString(reason).toUtf8();                                                                              \
        if (probetest::inCi())                                                                                                         \
            QFAIL(why_.constData());                                                                                                   \
        QSKIP(why_.constData());                                                                                                       \
    } while (false)
