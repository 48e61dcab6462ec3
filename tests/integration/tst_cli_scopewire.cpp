// The scope gate seen on the wire. In a private network namespace of its
// own (tests/probe/PrivateNetwork.h), where every packet on lo is this
// test's, a packet socket records every IPv4 packet while the real CLI
// probes a scope of one device, 127.0.0.20 on ports 1-1000 and 8080, plus
// the discovery group: sweep, service probes, TLS, credential checks, UDP
// and multicast discovery. The device tries to lead the probe astray: an
// HTTP redirect, WS-Discovery XAddrs and an SSDP LOCATION that name
// 127.0.0.30 and a port outside the scope. Every packet not sent by the
// device itself must go to the device on an allowed port (or to the group
// on 1900/3702); refused runs must send nothing at all. Skips (fails in
// CI) when the namespace or the packet socket cannot be had.
#include "CliHarness.h"

#include "../probe/GroupResponder.h"
#include "../probe/PacketCapture.h"
#include "../probe/PrivateNetwork.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>

using namespace abit;
using probetest::GroupResponder;
using probetest::Packet;
using probetest::PacketCapture;

namespace
{

QString g_noNamespace;

bool inCi()
{
    // As tests/probe/ProbeTestEnv.h: in CI (.ci/run sets CI=1) nothing may be left out.
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return !ci.isEmpty() && ci != QLatin1String("0") && ci != QLatin1String("false");
}

constexpr quint32 ip(int a, int b, int c, int d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | quint32(d);
}
constexpr quint32 Device = ip(127, 0, 0, 20);
constexpr quint32 Group = ip(239, 255, 255, 250);

// A TCP server on a fixed address and port; each connection handled in turn.
class Server
{
public:
    Server(const char *address, quint16 port, std::function<void(int)> serve) : m_serve(std::move(serve))
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(port);
        ::inet_pton(AF_INET, address, &sin.sin_addr);
        m_ok = ::bind(m_fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) == 0 && ::listen(m_fd, 64) == 0;
        m_thread = std::thread([this] {
            while (m_ok && !m_stop.load()) {
                pollfd p{m_fd, POLLIN, 0};
                if (::poll(&p, 1, 20) <= 0)
                    continue;
                const int c = ::accept(m_fd, nullptr, nullptr);
                if (c < 0)
                    continue;
                ++m_accepted;
                if (m_serve)
                    m_serve(c);
                ::close(c);
            }
        });
    }
    ~Server()
    {
        m_stop.store(true);
        m_thread.join();
        ::close(m_fd);
    }
    bool ok() const { return m_ok; }
    int accepted() const { return m_accepted.load(); }

private:
    int m_fd = -1;
    bool m_ok = false;
    std::function<void(int)> m_serve;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_accepted{0};
};

// One request head (up to the empty line), or empty on close/timeout.
QByteArray readHead(int fd)
{
    QByteArray in;
    char buf[4096];
    while (!in.contains("\r\n\r\n") && in.size() < 65536) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 1500) <= 0)
            return {};
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return {};
        in.append(buf, n);
    }
    return in;
}

void sendAll(int fd, const QByteArray &d)
{
    [[maybe_unused]] auto n = ::send(fd, d.constData(), size_t(d.size()), MSG_NOSIGNAL);
}

// The web UI: / redirects to a login page on another address; the rest asks for Basic.
void serveWeb(int fd)
{
    const QByteArray req = readHead(fd);
    if (req.isEmpty())
        return;
    if (req.startsWith("GET / "))
        return sendAll(fd, "HTTP/1.1 302 Found\r\nServer: FakeCam\r\nLocation: http://127.0.0.30:8080/login.html\r\nContent-Length: 0\r\n"
                           "Connection: close\r\n\r\n");
    sendAll(fd, "HTTP/1.1 401 Unauthorized\r\nServer: FakeCam\r\nWWW-Authenticate: Basic realm=\"cam\"\r\nContent-Length: 0\r\n"
                "Connection: close\r\n\r\n");
}

// RTSP that wants Digest and accepts nothing.
void serveRtsp(int fd)
{
    for (int i = 0; i < 8; ++i) {
        const QByteArray req = readHead(fd);
        if (req.isEmpty())
            return;
        const QByteArray cseq = QRegularExpression(QStringLiteral("CSeq: *(\\d+)"), QRegularExpression::CaseInsensitiveOption)
                                    .match(QString::fromLatin1(req))
                                    .captured(1)
                                    .toLatin1();
        sendAll(fd, "RTSP/1.0 401 Unauthorized\r\nCSeq: " + cseq +
                        "\r\nServer: FakeRtsp\r\nWWW-Authenticate: Digest realm=\"cam\", nonce=\"n0\"\r\n\r\n");
    }
}

QString messageIdOf(const QByteArray &probe)
{
    static const QRegularExpression re(QStringLiteral("<a:MessageID>([^<]+)</a:MessageID>"));
    return re.match(QString::fromUtf8(probe)).captured(1);
}

QStringList initWithScope(const QString &path, const QStringList &scope)
{
    QStringList args = initArgs(path);
    args.remove(args.indexOf(QStringLiteral("--scope")), 2);
    for (const QString &s : scope)
        args << QStringLiteral("--scope") << s;
    return args;
}

// A packet the probe sent that the scope does not allow, or empty.
QString violation(const Packet &p)
{
    if (p.src == Device)
        return {}; // the device's own packets (replies, RSTs, ICMP errors)
    if (p.protocol == IPPROTO_IGMP)
        return {}; // the kernel's membership reports for the fake responders' group (the probe joins no group)
    const bool portOk = p.dstPort >= 1 && (p.dstPort <= 1000 || p.dstPort == 8080);
    if (p.dst == Device && (p.protocol == IPPROTO_TCP || p.protocol == IPPROTO_UDP) && portOk)
        return {};
    if (p.dst == Group && p.protocol == IPPROTO_UDP && (p.dstPort == 1900 || p.dstPort == 3702))
        return {};
    return p.toString();
}

} // namespace

class TestCliScopeWire final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aWholeRunStaysInsideTheScope();
    void refusedRunsSendNothing();

private:
    QTemporaryDir m_dir;
    PacketCapture m_capture;
};

void TestCliScopeWire::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString why = g_noNamespace;
    if (why.isEmpty())
        why = m_capture.start();
    if (!why.isEmpty()) {
        if (inCi())
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestCliScopeWire::aWholeRunStaysInsideTheScope()
{
    Server web("127.0.0.20", 8080, serveWeb);
    Server rtsp("127.0.0.20", 554, serveRtsp);
    // Where the device points: outside the scope, never to be touched.
    Server lureAddress("127.0.0.30", 8080, {});
    Server lureLocation("127.0.0.30", 49152, {});
    Server lurePort("127.0.0.20", 8000, {});
    QVERIFY(web.ok() && rtsp.ok() && lureAddress.ok() && lureLocation.ok() && lurePort.ok());
    GroupResponder wsd, ssdp;
    QString e = wsd.start(3702, "127.0.0.20", [](const QByteArray &r) {
        if (messageIdOf(r).isEmpty())
            return QList<QByteArray>{};
        return QList<QByteArray>{
            "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/"
            "08/addressing\" xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\"><s:Header><a:RelatesTo>" +
            messageIdOf(r).toUtf8() +
            "</a:RelatesTo></s:Header><s:Body><d:ProbeMatches><d:ProbeMatch><a:EndpointReference><a:Address>urn:uuid:1"
            "</a:Address></a:EndpointReference><d:Types>dn:NetworkVideoTransmitter</d:Types><d:XAddrs>"
            "http://127.0.0.30:8080/onvif/device_service http://127.0.0.20:8000/onvif/device_service</d:XAddrs>"
            "</d:ProbeMatch></d:ProbeMatches></s:Body></s:Envelope>"};
    });
    if (e.isEmpty())
        e = ssdp.start(1900, "127.0.0.20", [](const QByteArray &r) {
            return r.startsWith("M-SEARCH") ? QList<QByteArray>{"HTTP/1.1 200 OK\r\nLOCATION: http://127.0.0.30:49152/desc.xml\r\n"
                                                                "SERVER: miniupnpd/2.0\r\nST: upnp:rootdevice\r\n\r\n"}
                                            : QList<QByteArray>{};
        });
    QVERIFY2(e.isEmpty(), qPrintable(e));

    const QString path = m_dir.filePath(QStringLiteral("wire.inspection"));
    QCOMPARE(run(initWithScope(path, {QStringLiteral("127.0.0.20:1-1000,8080"), QStringLiteral("239.255.255.250")})).exitCode, 0);
    m_capture.clear();
    // The whole scope (its own ports), every step, multicast included.
    const Run whole = run({QStringLiteral("probe"), path, QStringLiteral("--multicast"), QStringLiteral("--rate"), QStringLiteral("0"),
                           QStringLiteral("--json")});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.describe()));
    // The device alone with the camera list: the gate keeps back its ports above 1000.
    const Run camera = run({QStringLiteral("probe"), path, QStringLiteral("--target"), QStringLiteral("127.0.0.20"),
                            QStringLiteral("--ports"), QStringLiteral("camera"), QStringLiteral("--json")});
    QVERIFY2(camera.exitCode == 0, qPrintable(camera.describe()));
    QVERIFY2(camera.json().object().value(QStringLiteral("kept_back_by_scope")).toInt() > 0, qPrintable(camera.describe()));
    QThread::msleep(200);

    const QList<Packet> packets = m_capture.packets();
    QCOMPARE(m_capture.drops(), 0);
    // The capture saw the work: the sweep, the web and RTSP probes, SNMP, multicast.
    auto saw = [&](quint32 dst, int proto, int port) {
        return std::any_of(packets.cbegin(), packets.cend(),
                           [&](const Packet &p) { return p.dst == dst && p.protocol == proto && p.dstPort == port && p.src != Device; });
    };
    QVERIFY(saw(Device, IPPROTO_TCP, 8080));
    QVERIFY(saw(Device, IPPROTO_TCP, 554));
    QVERIFY(saw(Device, IPPROTO_TCP, 999));
    QVERIFY(saw(Device, IPPROTO_UDP, 161));
    QVERIFY(saw(Group, IPPROTO_UDP, 3702));
    QVERIFY(saw(Group, IPPROTO_UDP, 1900));
    QVERIFY(web.accepted() > 1 && rtsp.accepted() > 1); // identification and credential checks
    QStringList bad;
    for (const Packet &p : packets)
        if (const QString v = violation(p); !v.isEmpty() && !bad.contains(v))
            bad.append(v);
    QVERIFY2(
        bad.isEmpty(),
        qPrintable(QStringLiteral("%1 packets outside the scope, e.g. %2").arg(bad.size()).arg(bad.mid(0, 10).join(QStringLiteral("; ")))));
    QCOMPARE(lureAddress.accepted(), 0);
    QCOMPARE(lureLocation.accepted(), 0);
    QCOMPARE(lurePort.accepted(), 0);
    QCOMPARE(run({QStringLiteral("verify"), path}).exitCode, 0);
}

void TestCliScopeWire::refusedRunsSendNothing()
{
    Server lure("127.0.0.30", 8080, {});
    QVERIFY(lure.ok());
    const QString path = m_dir.filePath(QStringLiteral("refused.inspection"));
    QCOMPARE(run(initWithScope(path, {QStringLiteral("127.0.0.20:1-1000,8080")})).exitCode, 0);
    m_capture.clear();
    const QList<QStringList> refused{
        {QStringLiteral("--target"), QStringLiteral("127.0.0.30")},
        {QStringLiteral("--target"), QStringLiteral("127.0.0.20:2000")},
        {QStringLiteral("--target"), QStringLiteral("127.0.0.20"), QStringLiteral("--ports"), QStringLiteral("8080,8443")},
        {QStringLiteral("--target"), QStringLiteral("127.0.0.0/24")},
        {QStringLiteral("--multicast")}, // the scope does not name the group
    };
    for (const QStringList &args : refused) {
        const Run r = run(QStringList{QStringLiteral("probe"), path} + args);
        QVERIFY2(r.exitCode == 1 && r.oneErrorLine(), qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
    }
    QThread::msleep(200);
    QStringList sent;
    for (const Packet &p : m_capture.packets())
        if (p.protocol != IPPROTO_IGMP) // the previous test's responders leaving their group
            sent.append(p.toString());
    QVERIFY2(sent.isEmpty(), qPrintable(sent.mid(0, 10).join(QStringLiteral("; "))));
    QCOMPARE(lure.accepted(), 0);
    // Each refusal is in the custody log.
    const QJsonArray custody = run({QStringLiteral("custody"), path, QStringLiteral("--json")}).json().array();
    int refusals = 0;
    for (const QJsonValue &v : custody)
        refusals += v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("probe.refused");
    QCOMPARE(refusals, int(refused.size()));
}

int main(int argc, char **argv)
{
    g_noNamespace = probetest::enterPrivateNetwork(); // before any thread exists; the CLI inherits it
    QCoreApplication app(argc, argv);
    TestCliScopeWire test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_scopewire.moc"
