// probe --multicast end to end, in a private network namespace the test
// makes for itself (tests/probe/PrivateNetwork.h; the CLI it starts runs
// in it too): fake devices joined to 239.255.255.250 on lo answer from
// 127.0.0.21/22 (inside the scope) and 127.0.0.99 (outside). The refusal
// when the scope does not name the group (exit 1, custody log, nothing
// sent), the skip when not asked for, and a real run whose devices,
// services, transcripts and findings land in the inspection.
#include "CliHarness.h"

#include "../probe/GroupResponder.h"
#include "../probe/PrivateNetwork.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace abit;
using probetest::GroupResponder;

namespace
{

QString g_noNamespace;

QString messageIdOf(const QByteArray &probe)
{
    static const QRegularExpression re(QStringLiteral("<a:MessageID>([^<]+)</a:MessageID>"));
    return re.match(QString::fromUtf8(probe)).captured(1);
}

QByteArray probeMatch(const QByteArray &request, const QByteArray &hardware, const QByteArray &xaddr)
{
    return "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\""
           " xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\">"
           "<s:Header><a:RelatesTo>" +
           messageIdOf(request).toUtf8() +
           "</a:RelatesTo></s:Header><s:Body><d:ProbeMatches><d:ProbeMatch><a:EndpointReference><a:Address>urn:uuid:" + hardware +
           "</a:Address></a:EndpointReference><d:Types>dn:NetworkVideoTransmitter</d:Types><d:Scopes>onvif://www.onvif.org/hardware/" +
           hardware + "</d:Scopes><d:XAddrs>" + xaddr + "</d:XAddrs></d:ProbeMatch></d:ProbeMatches></s:Body></s:Envelope>";
}

QByteArray ssdpReply(const QByteArray &server, const QByteArray &location)
{
    return "HTTP/1.1 200 OK\r\nLOCATION: " + location + "\r\nSERVER: " + server +
           "\r\nST: upnp:rootdevice\r\nUSN: uuid:x::upnp:rootdevice\r\n\r\n";
}

bool isProbe(const QByteArray &r)
{
    return r.contains("dn:NetworkVideoTransmitter") && !messageIdOf(r).isEmpty();
}
bool isMSearch(const QByteArray &r)
{
    return r.startsWith("M-SEARCH * HTTP/1.1\r\n");
}

const QByteArray Outside = "OUTSIDE-SCOPE-DEVICE";

struct Site {
    GroupResponder wsdIn, wsdOut, ssdpIn, ssdpOut;
    QString start()
    {
        QString e = wsdIn.start(3702, "127.0.0.21", [](const QByteArray &r) {
            return isProbe(r) ? QList<QByteArray>{probeMatch(r, "IPC-HFW1230S", "http://127.0.0.21:8080/onvif/device_service")}
                              : QList<QByteArray>{};
        });
        if (e.isEmpty())
            e = wsdOut.start(3702, "127.0.0.99", [](const QByteArray &r) {
                return isProbe(r) ? QList<QByteArray>{probeMatch(r, Outside, "http://127.0.0.99:8080/onvif/device_service")}
                                  : QList<QByteArray>{};
            });
        if (e.isEmpty())
            e = ssdpIn.start(1900, "127.0.0.22", [](const QByteArray &r) {
                return isMSearch(r)
                           ? QList<QByteArray>{ssdpReply("Linux/3.10 UPnP/1.0 miniupnpd/2.0", "http://127.0.0.22:49152/rootDesc.xml")}
                           : QList<QByteArray>{};
            });
        if (e.isEmpty())
            e = ssdpOut.start(1900, "127.0.0.99", [](const QByteArray &r) {
                return isMSearch(r) ? QList<QByteArray>{ssdpReply(Outside, "http://127.0.0.99:49152/rootDesc.xml")} : QList<QByteArray>{};
            });
        return e;
    }
    int requests() const
    {
        return int(wsdIn.requests().size() + wsdOut.requests().size() + ssdpIn.requests().size() + ssdpOut.requests().size());
    }
};

// An ONVIF device service on a fixed 127.x port (the namespace is ours), counting connections.
class FakeOnvif
{
public:
    FakeOnvif(const char *address, quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(port);
        ::inet_pton(AF_INET, address, &sin.sin_addr);
        m_ok = ::bind(m_fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) == 0 && ::listen(m_fd, 16) == 0;
        m_thread = std::thread([this] {
            while (m_ok && !m_stop.load()) {
                pollfd p{m_fd, POLLIN, 0};
                if (::poll(&p, 1, 50) <= 0)
                    continue;
                const int c = ::accept(m_fd, nullptr, nullptr);
                if (c < 0)
                    continue;
                ++m_accepted;
                serve(c);
                ::close(c);
            }
        });
    }
    ~FakeOnvif()
    {
        m_stop.store(true);
        m_thread.join();
        ::close(m_fd);
    }
    bool ok() const { return m_ok; }
    int accepted() const { return m_accepted.load(); }

private:
    static void serve(int fd)
    {
        QByteArray in;
        char buf[4096];
        for (;;) {
            const qsizetype end = in.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QRegularExpression len(QStringLiteral("Content-Length: *(\\d+)"), QRegularExpression::CaseInsensitiveOption);
                const qsizetype need = end + 4 + len.match(QString::fromLatin1(in.left(end))).captured(1).toLongLong();
                if (in.size() >= need)
                    break;
            }
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 2000) <= 0)
                return;
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                return;
            in.append(buf, n);
        }
        const QByteArray env =
            "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
            "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" xmlns:tt=\"http://www.onvif.org/ver10/schema\"><s:Body>";
        QByteArray body;
        if (!in.startsWith("POST /onvif/device_service "))
            body = {};
        else if (in.contains("GetSystemDateAndTime"))
            body = env +
                   "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:UTCDateTime><tt:Date><tt:Year>2024</tt:Year><tt:Month>5"
                   "</tt:Month><tt:Day>1</tt:Day></tt:Date><tt:Time><tt:Hour>8</tt:Hour><tt:Minute>0</tt:Minute><tt:Second>0</tt:Second>"
                   "</tt:Time></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse></s:Body></s:Envelope>";
        else
            body = env + "<tds:GetDeviceInformationResponse><tds:Manufacturer>Dahua</tds:Manufacturer><tds:Model>IPC-HFW1230S</tds:Model>"
                         "<tds:FirmwareVersion>2.800.0000000.16.R</tds:FirmwareVersion><tds:SerialNumber>5J0ABC123</tds:SerialNumber>"
                         "</tds:GetDeviceInformationResponse></s:Body></s:Envelope>";
        const QByteArray reply =
            (body.isEmpty() ? QByteArray("HTTP/1.1 404 Not Found\r\n") : QByteArray("HTTP/1.1 200 OK\r\n")) +
            "Server: gSOAP/2.8\r\nContent-Type: application/soap+xml\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nConnection: close\r\n\r\n" + body;
        [[maybe_unused]] auto n = ::send(fd, reply.constData(), size_t(reply.size()), MSG_NOSIGNAL);
    }
    int m_fd = -1;
    bool m_ok = false;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_accepted{0};
};

QStringList initWithScope(const QString &path, const QStringList &scope)
{
    QStringList args = initArgs(path);
    const qsizetype at = args.indexOf(QStringLiteral("--scope"));
    args.remove(at, 2);
    for (const QString &s : scope)
        args << QStringLiteral("--scope") << s;
    return args;
}

} // namespace

class TestCliMulticast final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedWhenTheScopeDoesNotNameTheGroup();
    void skippedWhenNotAskedFor();
    void runRecordsTheDevicesInsideTheScope();

private:
    QTemporaryDir m_dir;
};

void TestCliMulticast::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!g_noNamespace.isEmpty()) {
        // As tests/probe/ProbeTestEnv.h: in CI (.ci/run sets CI=1) nothing may be left out.
        const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
        if (!ci.isEmpty() && ci != QLatin1String("0") && ci != QLatin1String("false"))
            QFAIL(qPrintable(g_noNamespace));
        QSKIP(qPrintable(g_noNamespace));
    }
}

void TestCliMulticast::refusedWhenTheScopeDoesNotNameTheGroup()
{
    Site site;
    const QString started = site.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString path = m_dir.filePath(QStringLiteral("refused.inspection"));
    QCOMPARE(run(initWithScope(path, {QStringLiteral("127.0.0.0/24"), QStringLiteral("239.0.0.0/8")})).exitCode, 0);
    const QByteArray before = sha256Of(path);
    const int custodyBefore = int(run({QStringLiteral("custody"), path, QStringLiteral("--json")}).json().array().size());

    // A block that holds the group is not the group named: refused, exit 1.
    const Run r = run({QStringLiteral("probe"), path, QStringLiteral("--multicast"), QStringLiteral("--ports"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine() && r.errText().contains(QLatin1String("239.255.255.250")), qPrintable(r.describe()));
    QThread::msleep(200);
    QCOMPARE(site.requests(), 0);
    const QJsonArray custody = run({QStringLiteral("custody"), path, QStringLiteral("--json")}).json().array();
    QCOMPARE(custody.size(), custodyBefore + 1);
    const QJsonObject last = custody.last().toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("probe.refused"));
    QVERIFY2(QJsonDocument(last).toJson().contains("239.255.255.250 (multicast"), QJsonDocument(last).toJson().constData());
    QVERIFY(run({QStringLiteral("devices"), path, QStringLiteral("--json")}).json().array().isEmpty());
    QCOMPARE(run({QStringLiteral("verify"), path}).exitCode, 0);

    // --multicast is UDP: with --no-udp it is a usage error, and nothing changes.
    const QByteArray refusedOnce = sha256Of(path);
    QVERIFY(refusedOnce != before);
    const Run u = run({QStringLiteral("probe"), path, QStringLiteral("--multicast"), QStringLiteral("--no-udp")});
    QVERIFY2(u.exitCode == 2, qPrintable(u.describe()));
    QCOMPARE(sha256Of(path), refusedOnce);
    QCOMPARE(site.requests(), 0);
}

void TestCliMulticast::skippedWhenNotAskedFor()
{
    Site site;
    const QString started = site.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString path = m_dir.filePath(QStringLiteral("skipped.inspection"));
    QCOMPARE(run(initWithScope(path, {QStringLiteral("127.0.0.16/28"), QStringLiteral("239.255.255.250")})).exitCode, 0);
    const Run r = run({QStringLiteral("probe"), path, QStringLiteral("--target"), QStringLiteral("127.0.0.17"), QStringLiteral("--ports"),
                       QStringLiteral("1"), QStringLiteral("--no-credentials")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("Multicast discovery skipped:") && r.out.contains("--multicast"), qPrintable(r.describe()));
    QThread::msleep(200);
    QCOMPARE(site.requests(), 0);
}

void TestCliMulticast::runRecordsTheDevicesInsideTheScope()
{
    Site site;
    const QString started = site.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    FakeOnvif camera("127.0.0.21", 8080);
    FakeOnvif outside("127.0.0.99", 8080);
    QVERIFY(camera.ok() && outside.ok());
    const QString path = m_dir.filePath(QStringLiteral("multicast.inspection"));
    QCOMPARE(run(initWithScope(path, {QStringLiteral("127.0.0.16/28"), QStringLiteral("239.255.255.250")})).exitCode, 0);

    const Run r =
        run({QStringLiteral("probe"), path, QStringLiteral("--multicast"), QStringLiteral("--target"), QStringLiteral("127.0.0.17"),
             QStringLiteral("--ports"), QStringLiteral("1"), QStringLiteral("--no-credentials"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject mc = r.json().object().value(QStringLiteral("multicast")).toObject();
    QCOMPARE(mc.value(QStringLiteral("devices")).toInt(), 2);
    QCOMPARE(mc.value(QStringLiteral("dropped_out_of_scope")).toInt(), site.wsdOut.repliesSent() + site.ssdpOut.repliesSent());
    QVERIFY(mc.value(QStringLiteral("dropped_out_of_scope")).toInt() >= 2);

    QMap<QString, QJsonObject> devices;
    for (const QJsonValue &v : run({QStringLiteral("devices"), path, QStringLiteral("--json")}).json().array())
        devices.insert(v.toObject().value(QStringLiteral("address")).toString(), v.toObject());
    QVERIFY2(devices.contains(QStringLiteral("127.0.0.21")) && devices.contains(QStringLiteral("127.0.0.22")),
             qPrintable(QStringList(devices.keys()).join(QLatin1Char(' '))));
    QVERIFY(!devices.contains(QStringLiteral("127.0.0.99")));
    QCOMPARE(outside.accepted(), 0);
    QCOMPARE(devices.value(QStringLiteral("127.0.0.21")).value(QStringLiteral("vendor")).toString(), QStringLiteral("Dahua"));
    QCOMPARE(devices.value(QStringLiteral("127.0.0.21")).value(QStringLiteral("model")).toString(), QStringLiteral("IPC-HFW1230S"));

    auto service = [&](const QString &address, int port, const QString &transport) {
        for (const QJsonValue &v : devices.value(address).value(QStringLiteral("services")).toArray())
            if (v.toObject().value(QStringLiteral("port")).toInt() == port &&
                v.toObject().value(QStringLiteral("transport")).toString() == transport)
                return v.toObject();
        return QJsonObject();
    };
    const QJsonObject wsd = service(QStringLiteral("127.0.0.21"), 3702, QStringLiteral("udp"));
    QCOMPARE(wsd.value(QStringLiteral("name")).toString(), QStringLiteral("ws-discovery"));
    QCOMPARE(wsd.value(QStringLiteral("facts")).toObject().value(QStringLiteral("xaddrs")).toArray().first().toString(),
             QStringLiteral("http://127.0.0.21:8080/onvif/device_service"));
    const QJsonObject ssdp = service(QStringLiteral("127.0.0.22"), 1900, QStringLiteral("udp"));
    QCOMPARE(ssdp.value(QStringLiteral("name")).toString(), QStringLiteral("ssdp"));
    QCOMPARE(ssdp.value(QStringLiteral("product")).toString(), QStringLiteral("Linux/3.10 UPnP/1.0 miniupnpd/2.0"));
    QCOMPARE(ssdp.value(QStringLiteral("facts")).toObject().value(QStringLiteral("location")).toArray().first().toString(),
             QStringLiteral("http://127.0.0.22:49152/rootDesc.xml"));
    // The camera's ONVIF service at its XAddr was identified in the same run.
    QCOMPARE(service(QStringLiteral("127.0.0.21"), 8080, QStringLiteral("tcp")).value(QStringLiteral("name")).toString(),
             QStringLiteral("onvif"));

    // Each discovery service carries its transcript: our request and the device's reply.
    for (const QJsonObject &s : {wsd, ssdp}) {
        const QJsonArray ev = s.value(QStringLiteral("evidence")).toArray();
        QVERIFY(!ev.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("transcript-%1.txt").arg(s.value(QStringLiteral("name")).toString()));
        const Run x = run({QStringLiteral("evidence"), QStringLiteral("export"), path, QString::number(ev.first().toInt()), out});
        QVERIFY2(x.exitCode == 0, qPrintable(x.describe()));
        const QByteArray text = readFile(out);
        QVERIFY(text.contains("multicast request to 239.255.255.250"));
        QVERIFY(s.value(QStringLiteral("name")).toString() == QLatin1String("ssdp")
                    ? text.contains("M-SEARCH * HTTP/1.1") && text.contains("miniupnpd")
                    : text.contains("<d:Probe>") && text.contains("IPC-HFW1230S"));
        QVERIFY(!text.contains(Outside));
    }

    // Findings like any other: SSDP answers (PRB-02), ONVIF without authentication (PRB-08).
    QMap<QString, QJsonObject> findings;
    for (const QJsonValue &v : run({QStringLiteral("findings"), path, QStringLiteral("--json")}).json().array())
        findings.insert(v.toObject().value(QStringLiteral("check")).toString(), v.toObject());
    QCOMPARE(findings.value(QStringLiteral("ssdp-open")).value(QStringLiteral("asset")).toString(), QStringLiteral("127.0.0.22:1900"));
    QCOMPARE(findings.value(QStringLiteral("ssdp-open")).value(QStringLiteral("item")).toString(), QStringLiteral("PRB-02"));
    QCOMPARE(findings.value(QStringLiteral("onvif-no-auth")).value(QStringLiteral("asset")).toString(), QStringLiteral("127.0.0.21:8080"));
    QCOMPARE(run({QStringLiteral("verify"), path}).exitCode, 0);
}

int main(int argc, char **argv)
{
    g_noNamespace = probetest::enterPrivateNetwork(); // before any thread exists; the CLI inherits it
    QCoreApplication app(argc, argv);
    TestCliMulticast test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_multicast.moc"
