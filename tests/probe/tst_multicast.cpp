// Multicast WS-Discovery and SSDP for real, inside a private network
// namespace this test makes for itself (PrivateNetwork.h): a loopback with
// multicast on and 239.0.0.0/8 routed to it, fake devices joined to
// 239.255.255.250 on lo answering from 127.x addresses, one inside the
// scope and one outside it. Shows what is sent and when (only when the
// scope names the group, only to the ports it allows), that the answers
// from inside become services with transcripts and join the run's sweep
// and identification (ONVIF at the XAddrs, HTTP at the SSDP LOCATION),
// and that the answers from outside are dropped: no service, no byte of
// them in any transcript, no connection to what they advertise.
// Without namespaces (not root, no user namespaces) the test skips on a
// developer machine and fails in CI.
#include "FakeDevice.h"
#include "GroupResponder.h"
#include "PrivateNetwork.h"
#include "ProbeTestEnv.h"

#include "core/probe/Discovery.h"
#include "core/probe/ProbeRunner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ab::probe;
using probetest::FakeConn;
using probetest::FakeTcpServer;
using probetest::GroupResponder;

namespace
{

QString g_noNamespace; // why the private network could not be made (empty: it was)

QString messageIdOf(const QByteArray &probe)
{
    static const QRegularExpression re(QStringLiteral("<a:MessageID>([^<]+)</a:MessageID>"));
    return re.match(QString::fromUtf8(probe)).captured(1);
}

// A camera's ProbeMatches, answering our Probe (RelatesTo its MessageID).
QByteArray probeMatch(const QByteArray &request, const QByteArray &uuid, const QByteArray &hardware, const QByteArray &xaddrs)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\""
           " xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\" xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\">"
           "<s:Header><a:MessageID>uuid:" +
           uuid + "-reply</a:MessageID><a:RelatesTo>" + messageIdOf(request).toUtf8() +
           "</a:RelatesTo>"
           "<a:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</a:Action></s:Header>"
           "<s:Body><d:ProbeMatches><d:ProbeMatch><a:EndpointReference><a:Address>urn:uuid:" +
           uuid +
           "</a:Address></a:EndpointReference>"
           "<d:Types>dn:NetworkVideoTransmitter</d:Types>"
           "<d:Scopes>onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/hardware/" +
           hardware + " onvif://www.onvif.org/name/" + hardware + "</d:Scopes><d:XAddrs>" + xaddrs +
           "</d:XAddrs><d:MetadataVersion>1</d:MetadataVersion></d:ProbeMatch></d:ProbeMatches></s:Body></s:Envelope>";
}

QByteArray ssdpReply(const QByteArray &server, const QByteArray &location)
{
    return "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=1800\r\nEXT:\r\nLOCATION: " + location + "\r\nSERVER: " + server +
           "\r\nST: upnp:rootdevice\r\nUSN: uuid:" + server.left(8) + "::upnp:rootdevice\r\n\r\n";
}

bool isProbe(const QByteArray &r)
{
    return r.contains("dn:NetworkVideoTransmitter") && !messageIdOf(r).isEmpty();
}
bool isMSearch(const QByteArray &r)
{
    return r.startsWith("M-SEARCH * HTTP/1.1\r\n") && r.contains("MAN: \"ssdp:discover\"");
}

// What no in-scope evidence may ever contain: the outside devices' words.
const QByteArray OutsideMarker = "OUTSIDE-SCOPE-DEVICE";

// Two devices inside the scope (an ONVIF camera on 127.0.0.21, a UPnP
// box on 127.0.0.22) and two outside it (127.0.0.99), all on the group.
struct Site {
    GroupResponder wsdIn, wsdOut, ssdpIn, ssdpOut;
    QString start()
    {
        QString e = wsdIn.start(3702, "127.0.0.21", [](const QByteArray &r) {
            if (!isProbe(r))
                return QList<QByteArray>{};
            // The second XAddr names an address outside the scope: never contacted.
            return QList<QByteArray>{probeMatch(r, "11111111-2222-4333-8444-555555555555", "IPC-HFW1230S",
                                                "http://127.0.0.21:8080/onvif/device_service http://127.0.0.98:8080/onvif/device_service")};
        });
        if (e.isEmpty())
            e = wsdOut.start(3702, "127.0.0.99", [](const QByteArray &r) {
                if (!isProbe(r))
                    return QList<QByteArray>{};
                return QList<QByteArray>{
                    probeMatch(r, "99999999-2222-4333-8444-555555555555", OutsideMarker, "http://127.0.0.99:8080/onvif/device_service")};
            });
        if (e.isEmpty())
            e = ssdpIn.start(1900, "127.0.0.22", [](const QByteArray &r) {
                return isMSearch(r)
                           ? QList<QByteArray>{ssdpReply("Linux/3.10 UPnP/1.0 miniupnpd/2.0", "http://127.0.0.22:49152/rootDesc.xml")}
                           : QList<QByteArray>{};
            });
        if (e.isEmpty())
            e = ssdpOut.start(1900, "127.0.0.99", [](const QByteArray &r) {
                return isMSearch(r) ? QList<QByteArray>{ssdpReply(OutsideMarker, "http://127.0.0.99:49152/rootDesc.xml")}
                                    : QList<QByteArray>{};
            });
        return e;
    }
    int requests() const
    {
        return int(wsdIn.requests().size() + wsdOut.requests().size() + ssdpIn.requests().size() + ssdpOut.requests().size());
    }
};

std::unique_ptr<ProbeContext> context(const QStringList &scope)
{
    auto s = ab::Scope::parse(scope);
    return std::make_unique<ProbeContext>(ScopeGate(s.value()), Limits{});
}

const QStringList SiteScope{QStringLiteral("127.0.0.16/28"), QStringLiteral("239.255.255.250")};

const Service *serviceAt(const ProbeOutcome &o, const char *address, quint16 port, const char *name = nullptr)
{
    for (const Service &s : o.services)
        if (s.endpoint.address == QHostAddress(QLatin1String(address)) && s.endpoint.port == port &&
            (!name || s.name == QLatin1String(name)))
            return &s;
    return nullptr;
}

// The ONVIF device service of the camera on 127.0.0.21.
void serveOnvif(FakeConn &c)
{
    const QByteArray req = c.readRequest();
    auto reply = [&](const QByteArray &status, const QByteArray &body) {
        c.send("HTTP/1.1 " + status + "\r\nServer: gSOAP/2.8\r\nContent-Type: application/soap+xml; charset=utf-8\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    };
    const QByteArray env = "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                           "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" xmlns:tt=\"http://www.onvif.org/ver10/schema\"><s:Body>";
    if (!probetest::requestLine(req).startsWith("POST /onvif/device_service "))
        return reply("404 Not Found", {});
    if (req.contains("GetSystemDateAndTime")) {
        const QDateTime n = QDateTime::currentDateTimeUtc();
        return reply("200 OK", env + "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:UTCDateTime><tt:Date><tt:Year>" +
                                   QByteArray::number(n.date().year()) + "</tt:Year><tt:Month>" + QByteArray::number(n.date().month()) +
                                   "</tt:Month><tt:Day>" + QByteArray::number(n.date().day()) + "</tt:Day></tt:Date><tt:Time><tt:Hour>" +
                                   QByteArray::number(n.time().hour()) + "</tt:Hour><tt:Minute>" + QByteArray::number(n.time().minute()) +
                                   "</tt:Minute><tt:Second>" + QByteArray::number(n.time().second()) +
                                   "</tt:Second></tt:Time></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>"
                                   "</s:Body></s:Envelope>");
    }
    reply("200 OK", env + "<tds:GetDeviceInformationResponse><tds:Manufacturer>Dahua</tds:Manufacturer><tds:Model>IPC-HFW1230S</tds:Model>"
                          "<tds:FirmwareVersion>2.800.0000000.16.R</tds:FirmwareVersion><tds:SerialNumber>5J0ABC123</tds:SerialNumber>"
                          "<tds:HardwareId>1.00</tds:HardwareId></tds:GetDeviceInformationResponse></s:Body></s:Envelope>");
}

// The UPnP box's description server on 127.0.0.22.
void serveUpnp(FakeConn &c)
{
    if (c.readRequest().isEmpty())
        return;
    const QByteArray body = "<html><head><title>Router</title></head><body></body></html>";
    c.send("HTTP/1.1 200 OK\r\nServer: miniupnpd/2.0\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body);
}

} // namespace

class TestMulticast final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void discoversInsideTheScopeOnly();
    void sendsOnlyToTheAllowedPort();
    void runRefusesUnlessTheScopeNamesTheGroup_data();
    void runRefusesUnlessTheScopeNamesTheGroup();
    void runSkipsWhenNotAskedFor();
    void discoveredDevicesJoinTheRun();
    void stopEndsTheWait();
};

void TestMulticast::initTestCase()
{
    if (!g_noNamespace.isEmpty())
        PROBETEST_SKIP_OR_FAIL(g_noNamespace);
}

void TestMulticast::discoversInsideTheScopeOnly()
{
    Site site;
    const QString started = site.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto ctx = context(SiteScope);
    MulticastSummary summary;
    auto r = discoverMulticast(*ctx, 800, &summary);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));

    // Both requests went to the group and every device on it heard them.
    QCOMPARE(summary.sentTo, (QStringList{QStringLiteral("239.255.255.250:3702"), QStringLiteral("239.255.255.250:1900")}));
    for (const GroupResponder *g : {&site.wsdIn, &site.wsdOut, &site.ssdpIn, &site.ssdpOut})
        QVERIFY(!g->requests().isEmpty());
    QVERIFY(isProbe(site.wsdIn.requests().first()));
    QVERIFY(site.ssdpIn.requests().first().contains("HOST: 239.255.255.250:1900\r\n"));

    // The two devices inside the scope, and nothing else.
    QCOMPARE(r->services.size(), 2);
    const Service *cam = serviceAt(*r, "127.0.0.21", 3702, "ws-discovery");
    QVERIFY(cam);
    QCOMPARE(cam->transport, QStringLiteral("udp"));
    QCOMPARE(cam->product, QStringLiteral("IPC-HFW1230S"));
    QCOMPARE(cam->facts.value(QStringLiteral("xaddrs")).toStringList(),
             (QStringList{QStringLiteral("http://127.0.0.21:8080/onvif/device_service"),
                          QStringLiteral("http://127.0.0.98:8080/onvif/device_service")}));
    const Service *box = serviceAt(*r, "127.0.0.22", 1900, "ssdp");
    QVERIFY(box);
    QCOMPARE(box->product, QStringLiteral("Linux/3.10 UPnP/1.0 miniupnpd/2.0"));
    QCOMPARE(box->facts.value(QStringLiteral("location")).toStringList(),
             QStringList{QStringLiteral("http://127.0.0.22:49152/rootDesc.xml")});
    QCOMPARE(r->observations.size(), 1);
    QCOMPARE(r->observations.first().check, QStringLiteral("ssdp-open"));
    QCOMPARE(r->observations.first().endpoint, box->endpoint);

    // Each has its transcript: our request as the device heard it, its reply.
    QCOMPARE(r->transcripts.size(), 2);
    const Transcript &tc = r->transcripts.at(cam->transcripts.value(0, -1));
    QCOMPARE(tc.protocol, QStringLiteral("ws-discovery"));
    QCOMPARE(tc.endpoint, cam->endpoint);
    bool sentSeen = false, replySeen = false;
    for (const Exchange &x : tc.exchanges) {
        sentSeen = sentSeen || (x.direction == Exchange::Direction::Sent && x.data == site.wsdIn.requests().first());
        replySeen = replySeen || (x.direction == Exchange::Direction::Received && x.data.contains("IPC-HFW1230S"));
    }
    QVERIFY(sentSeen && replySeen);
    QVERIFY(!tc.render().contains("not to our probe")); // RelatesTo is our MessageID
    const Transcript &tb = r->transcripts.at(box->transcripts.value(0, -1));
    QVERIFY(tb.render().contains("LOCATION: http://127.0.0.22:49152/rootDesc.xml"));

    // The outside devices answered, and their answers were dropped unread.
    QVERIFY(site.wsdOut.repliesSent() >= 1 && site.ssdpOut.repliesSent() >= 1);
    QCOMPARE(summary.droppedOutOfScope, site.wsdOut.repliesSent() + site.ssdpOut.repliesSent());
    QCOMPARE(summary.repliesInScope, site.wsdIn.repliesSent() + site.ssdpIn.repliesSent());
    for (const Transcript &t : std::as_const(r->transcripts)) {
        QVERIFY(!t.render().contains(OutsideMarker));
        QVERIFY(!t.render().contains("127.0.0.99"));
        QVERIFY(t.render().contains("dropped unread"));
    }
    QVERIFY(ctx->gate().refusals().isEmpty());
}

void TestMulticast::sendsOnlyToTheAllowedPort()
{
    Site site;
    const QString started = site.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto ctx = context({QStringLiteral("127.0.0.16/28"), QStringLiteral("239.255.255.250:1900")});
    MulticastSummary summary;
    auto r = discoverMulticast(*ctx, 500, &summary);
    QVERIFY(r.ok());
    QCOMPARE(summary.sentTo, QStringList{QStringLiteral("239.255.255.250:1900")});
    QVERIFY(site.wsdIn.requests().isEmpty() && site.wsdOut.requests().isEmpty());
    QCOMPARE(site.ssdpIn.requests().size(), site.ssdpOut.requests().size());
    QVERIFY(!site.ssdpIn.requests().isEmpty());
    QCOMPARE(r->services.size(), 1);
    QVERIFY(serviceAt(*r, "127.0.0.22", 1900, "ssdp"));
    QCOMPARE(ctx->gate().refusals(), QStringList{QStringLiteral("239.255.255.250:3702")});

    // Neither port: refused before a socket exists.
    auto none = context({QStringLiteral("127.0.0.16/28"), QStringLiteral("239.255.255.250:80")});
    auto refused = discoverMulticast(*none, 300);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ab::ErrorCode::Usage);
    QThread::msleep(100);
    QCOMPARE(site.wsdIn.requests().size(), 0);
    QCOMPARE(site.ssdpIn.requests().size(), 1);
}

void TestMulticast::runRefusesUnlessTheScopeNamesTheGroup_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::newRow("loopback only") << QStringList{QStringLiteral("127.0.0.0/8")};
    QTest::newRow("a block holding the group") << QStringList{QStringLiteral("127.0.0.0/8"), QStringLiteral("239.0.0.0/8")};
    QTest::newRow("everything") << QStringList{QStringLiteral("0.0.0.0/0")};
    QTest::newRow("another group") << QStringList{QStringLiteral("127.0.0.0/8"), QStringLiteral("239.255.255.251")};
    QTest::newRow("the group on another port") << QStringList{QStringLiteral("127.0.0.0/8"), QStringLiteral("239.255.255.250:80")};
}

void TestMulticast::runRefusesUnlessTheScopeNamesTheGroup()
{
    QFETCH(QStringList, scope);
    Site site;
    const QString started = site.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    ProbeRequest req;
    req.targets = {QStringLiteral("127.0.0.21")};
    req.ports = QStringLiteral("8080");
    req.multicast = true;
    ProbeRunner runner(ab::Scope::parse(scope).value(), req);
    auto prepared = runner.prepare();
    QVERIFY(!prepared.ok());
    QCOMPARE(prepared.error().code, ab::ErrorCode::Problem); // exit 1 on the CLI, logged as a refusal
    QVERIFY2(prepared.error().message.contains(QLatin1String("239.255.255.250")), qPrintable(prepared.error().message));
    QCOMPARE(runner.refused().size(), 1);
    QVERIFY(runner.refused().first().startsWith(QLatin1String("239.255.255.250")));
    QThread::msleep(100);
    QCOMPARE(site.requests(), 0);

    // Multicast is UDP: asking for it with UDP off is a usage error.
    req.udp = false;
    ProbeRunner noUdp(ab::Scope::parse(SiteScope).value(), req);
    auto usage = noUdp.prepare();
    QVERIFY(!usage.ok());
    QCOMPARE(usage.error().code, ab::ErrorCode::Usage);
}

void TestMulticast::runSkipsWhenNotAskedFor()
{
    Site site;
    const QString started = site.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    ProbeRequest req; // multicast off by default
    QVERIFY(!req.multicast);
    req.ports = QStringLiteral("1");
    req.credentials = false;
    ProbeRunner runner(ab::Scope::parse({QStringLiteral("127.0.0.21"), QStringLiteral("239.255.255.250")}).value(), req);
    QVERIFY(runner.prepare().ok());
    QCOMPARE(runner.hostCount(), 1); // the group is no host to sweep
    auto r = runner.run();
    QVERIFY(r.ok());
    QCOMPARE(site.requests(), 0);
    const QJsonObject status = runner.multicastStatus();
    QCOMPARE(status.value(QStringLiteral("requested")).toBool(), false);
    QVERIFY2(status.value(QStringLiteral("skipped")).toString().contains(QLatin1String("--multicast")),
             qPrintable(status.value(QStringLiteral("skipped")).toString()));
}

void TestMulticast::discoveredDevicesJoinTheRun()
{
    Site site;
    const QString started = site.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    FakeTcpServer onvif(QStringLiteral("127.0.0.21"), serveOnvif, 8080);
    FakeTcpServer upnp(QStringLiteral("127.0.0.22"), serveUpnp, 49152);
    // What the outside answers advertise: must never see a connection.
    FakeTcpServer outside(QStringLiteral("127.0.0.99"), serveUpnp, 8080);
    FakeTcpServer outsideXAddr(QStringLiteral("127.0.0.98"), serveUpnp, 8080);
    QVERIFY(onvif.ok() && upnp.ok() && outside.ok() && outsideXAddr.ok());

    // The run's own target is a quiet host on a port nothing listens on: what
    // is found on .21 and .22 comes from multicast discovery alone.
    ProbeRequest req;
    req.targets = {QStringLiteral("127.0.0.17")};
    req.ports = QStringLiteral("1");
    req.credentials = false;
    req.multicast = true;
    req.multicastWaitMs = 800;
    ProbeRunner runner(ab::Scope::parse(SiteScope).value(), req);
    QVERIFY(runner.prepare().ok());
    QStringList phases;
    auto r = runner.run([&](const ProbeProgress &p) {
        if (phases.isEmpty() || phases.last() != p.phase)
            phases.append(p.phase);
    });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(phases.value(0), QStringLiteral("discovery"));

    QVERIFY(serviceAt(*r, "127.0.0.21", 3702, "ws-discovery"));
    QVERIFY(serviceAt(*r, "127.0.0.22", 1900, "ssdp"));
    // Identified at the advertised endpoints.
    const Service *cam = serviceAt(*r, "127.0.0.21", 8080);
    QVERIFY(cam);
    QCOMPARE(cam->name, QStringLiteral("onvif"));
    QCOMPARE(cam->facts.value(QStringLiteral("manufacturer")).toString(), QStringLiteral("Dahua"));
    QVERIFY(!cam->transcripts.isEmpty());
    const Service *box = serviceAt(*r, "127.0.0.22", 49152);
    QVERIFY(box);
    QCOMPARE(box->name, QStringLiteral("http"));
    QCOMPARE(box->facts.value(QStringLiteral("server")).toString(), QStringLiteral("miniupnpd/2.0"));
    QVERIFY(onvif.connections() > 0 && upnp.connections() > 0);
    // The camera without authentication is a finding like any other.
    bool onvifOpen = false;
    for (const Observation &o : std::as_const(r->observations))
        onvifOpen = onvifOpen || (o.check == QLatin1String("onvif-no-auth") && o.endpoint == cam->endpoint);
    QVERIFY(onvifOpen);
    // Unicast discovery does not ask the same devices again.
    for (const Transcript &t : std::as_const(r->transcripts)) {
        const bool heard = (t.protocol == QLatin1String("ssdp") && t.endpoint.address == box->endpoint.address) ||
                           (t.protocol == QLatin1String("ws-discovery") && t.endpoint.address == cam->endpoint.address);
        QVERIFY(!heard || t.render().contains("multicast request"));
    }

    // Nothing of the outside devices, and no packet to what they or the
    // in-scope camera advertised outside the scope.
    for (const Service &s : std::as_const(r->services)) {
        QVERIFY2(s.endpoint.address.isInSubnet(QHostAddress(QStringLiteral("127.0.0.16")), 28), qPrintable(s.endpoint.toString()));
        QVERIFY(!s.product.contains(QLatin1String(OutsideMarker)));
    }
    QCOMPARE(outside.connections(), 0);
    QCOMPARE(outsideXAddr.connections(), 0);

    const QJsonObject status = runner.multicastStatus();
    QCOMPARE(status.value(QStringLiteral("devices")).toInt(), 2);
    QCOMPARE(status.value(QStringLiteral("dropped_out_of_scope")).toInt(), site.wsdOut.repliesSent() + site.ssdpOut.repliesSent());
    QVERIFY(!status.contains(QStringLiteral("error")));
    QCOMPARE(runner.stats().hosts, 3); // 127.0.0.17, .21 and .22
}

void TestMulticast::stopEndsTheWait()
{
    auto ctx = context(SiteScope);
    std::thread stopper([&] {
        QThread::msleep(200);
        ctx->cancel();
    });
    QElapsedTimer t;
    t.start();
    auto r = discoverMulticast(*ctx, 60000);
    stopper.join();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ab::ErrorCode::Cancelled);
    QVERIFY2(t.elapsed() < 30000, "discovery waited out its minute instead of stopping"); // a hang guard, not a speed target
}

int main(int argc, char **argv)
{
    g_noNamespace = probetest::enterPrivateNetwork(); // before any thread exists
    QCoreApplication app(argc, argv);
    TestMulticast test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_multicast.moc"
