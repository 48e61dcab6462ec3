// Unicast WS-Discovery and SSDP against fake responders on 127.0.0.x: the
// parsers on real-looking and hostile replies, the services and the
// ssdp-open check, scope refusal, and the multicast variant refusing to send
// when the scope does not name the group (tst_multicast runs it for real,
// in a private network namespace).
#include "ProbeTestEnv.h"

#include "core/probe/Discovery.h"

#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <poll.h>
#include <thread>

using namespace ab::probe;

namespace
{

const QByteArray kProbeMatchTemplate = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\""
    " xmlns:wsa=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\""
    " xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\""
    " xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\" xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\">"
    "<SOAP-ENV:Header><wsa:MessageID>uuid:7a1b2c3d-0000-4000-8000-001122334455</wsa:MessageID>"
    "<wsa:RelatesTo>@RELATES@</wsa:RelatesTo>"
    "<wsa:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</wsa:To>"
    "<wsa:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</wsa:Action></SOAP-ENV:Header>"
    "<SOAP-ENV:Body><d:ProbeMatches><d:ProbeMatch>"
    "<wsa:EndpointReference><wsa:Address>urn:uuid:4f1c2a10-1dd2-11b2-a105-c056e3a1b2c3</wsa:Address></wsa:EndpointReference>"
    "<d:Types>dn:NetworkVideoTransmitter tds:Device</d:Types>"
    "<d:Scopes>onvif://www.onvif.org/type/video_encoder onvif://www.onvif.org/Profile/Streaming "
    "onvif://www.onvif.org/hardware/DS-2CD2142FWD-I onvif://www.onvif.org/name/HIKVISION%20DS-2CD2142FWD-I "
    "onvif://www.onvif.org/location/city/hangzhou onvif://www.onvif.org/location/country/china</d:Scopes>"
    "<d:XAddrs>http://127.0.0.1/onvif/device_service http://[::1]/onvif/device_service</d:XAddrs>"
    "<d:MetadataVersion>10</d:MetadataVersion>"
    "</d:ProbeMatch></d:ProbeMatches></SOAP-ENV:Body></SOAP-ENV:Envelope>\n");

const QByteArray kSsdpReply = QByteArrayLiteral("HTTP/1.1 200 OK\r\n"
                                                "CACHE-CONTROL: max-age=1800\r\n"
                                                "EXT:\r\n"
                                                "LOCATION: http://127.0.0.1:49152/rootDesc.xml\r\n"
                                                "SERVER: Linux/3.10 UPnP/1.0 miniupnpd/2.0\r\n"
                                                "ST: upnp:rootdevice\r\n"
                                                "USN: uuid:a1b2c3d4-0000-1000-8000-00aabbccddee::upnp:rootdevice\r\n"
                                                "\r\n");

QByteArray probeMatch(const QString &relatesTo = QStringLiteral("uuid:x"))
{
    QByteArray b = kProbeMatchTemplate;
    b.replace("@RELATES@", relatesTo.toUtf8());
    return b;
}

// A UDP responder on 127.0.0.x: answers each request with the datagrams a
// function makes of it; records what it received.
class FakeUdp
{
public:
    using Answer = std::function<QList<QByteArray>(const QByteArray &request)>;
    bool start(const char *address, Answer answer)
    {
        m_answer = std::move(answer);
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        ::inet_pton(AF_INET, address, &sin.sin_addr);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) != 0)
            return false;
        socklen_t len = sizeof sin;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&sin), &len);
        port = ntohs(sin.sin_port);
        m_thread = std::thread([this] { loop(); });
        return true;
    }
    ~FakeUdp()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    QList<QByteArray> requests()
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }
    quint16 port = 0;

private:
    void loop()
    {
        QByteArray buf(65536, Qt::Uninitialized);
        while (!m_stop) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            sockaddr_in from{};
            socklen_t len = sizeof from;
            const ssize_t n = ::recvfrom(m_fd, buf.data(), size_t(buf.size()), 0, reinterpret_cast<sockaddr *>(&from), &len);
            if (n < 0)
                continue;
            const QByteArray req = buf.left(int(n));
            {
                std::lock_guard lock(m_mutex);
                m_requests.append(req);
            }
            for (const QByteArray &d : m_answer(req))
                ::sendto(m_fd, d.constData(), size_t(d.size()), 0, reinterpret_cast<sockaddr *>(&from), len);
        }
    }
    int m_fd = -1;
    Answer m_answer;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    QList<QByteArray> m_requests;
};

QString messageIdOf(const QByteArray &probe)
{
    static const QRegularExpression re(QStringLiteral("<a:MessageID>([^<]+)</a:MessageID>"));
    return re.match(QString::fromUtf8(probe)).captured(1);
}

Endpoint at(const char *address, quint16 port)
{
    return Endpoint{QHostAddress(QLatin1String(address)), port};
}

} // namespace

class TestDiscovery final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesProbeMatches();
    void parsesWsDiscovery2009();
    void rejectsHostileXml_data();
    void rejectsHostileXml();
    void parsesSsdp();
    void rejectsHostileSsdp_data();
    void rejectsHostileSsdp();
    void wsDiscoveryUnicast();
    void ssdpUnicast();
    void hostileRepliesOverTheWire_data();
    void hostileRepliesOverTheWire();
    void silentDevice();
    void outOfScopeSendsNothing();
    void multicastRefusedUnlessScoped();
};

void TestDiscovery::parsesProbeMatches()
{
    auto r = parseProbeMatches(probeMatch(QStringLiteral("uuid:abc")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->relatesTo, QStringLiteral("uuid:abc"));
    QCOMPARE(r->matches.size(), 1);
    const WsDiscoveryMatch &m = r->matches.first();
    QCOMPARE(m.endpointReference, QStringLiteral("urn:uuid:4f1c2a10-1dd2-11b2-a105-c056e3a1b2c3"));
    QCOMPARE(m.types, (QStringList{QStringLiteral("dn:NetworkVideoTransmitter"), QStringLiteral("tds:Device")}));
    QCOMPARE(m.scopes.size(), 6);
    QCOMPARE(m.xaddrs,
             (QStringList{QStringLiteral("http://127.0.0.1/onvif/device_service"), QStringLiteral("http://[::1]/onvif/device_service")}));
    QCOMPARE(m.name, QStringLiteral("HIKVISION DS-2CD2142FWD-I"));
    QCOMPARE(m.hardware, QStringLiteral("DS-2CD2142FWD-I"));
    QCOMPARE(m.location, QStringLiteral("city/hangzhou, country/china"));
    QCOMPARE(m.metadataVersion, 10);
}

void TestDiscovery::parsesWsDiscovery2009()
{
    // WS-Discovery 1.1 (OASIS 2009) namespaces, two matches, no RelatesTo.
    const QByteArray xml = QByteArrayLiteral(
        "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:a=\"http://www.w3.org/2005/08/addressing\""
        " xmlns:d=\"http://docs.oasis-open.org/ws-dd/ns/discovery/2009/01\"><s:Body><d:ProbeMatches>"
        "<d:ProbeMatch><a:EndpointReference><a:Address>urn:uuid:1</a:Address></a:EndpointReference>"
        "<d:Types>dn:NetworkVideoTransmitter</d:Types><d:XAddrs>http://127.0.0.1:8899/onvif/device_service</d:XAddrs></d:ProbeMatch>"
        "<d:ProbeMatch><a:EndpointReference><a:Address>urn:uuid:2</a:Address></a:EndpointReference>"
        "<d:Scopes>onvif://www.onvif.org/name/IPC</d:Scopes></d:ProbeMatch>"
        "</d:ProbeMatches></s:Body></s:Envelope>");
    auto r = parseProbeMatches(xml);
    QVERIFY(r.ok());
    QCOMPARE(r->matches.size(), 2);
    QCOMPARE(r->matches[0].endpointReference, QStringLiteral("urn:uuid:1"));
    QCOMPARE(r->matches[0].xaddrs.size(), 1);
    QCOMPARE(r->matches[1].name, QStringLiteral("IPC"));
    QCOMPARE(r->matches[1].metadataVersion, -1);
}

void TestDiscovery::rejectsHostileXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x00\x01\xff\xfe garbage <<<>>>", 20);
    QTest::newRow("truncated") << probeMatch().left(kProbeMatchTemplate.size() / 2);
    QTest::newRow("cut before the end tag") << probeMatch().left(probeMatch().size() - 20);
    QTest::newRow("a probe, not a match") << wsDiscoveryProbe(QStringLiteral("uuid:1"));
    QTest::newRow("billion laughs") << QByteArrayLiteral("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                                                         "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                                         "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                                                         "<ProbeMatches><ProbeMatch><Scopes>&c;</Scopes></ProbeMatch></ProbeMatches>");
    QTest::newRow("external entity") << QByteArrayLiteral("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                                          "<ProbeMatches><ProbeMatch><Scopes>&e;</Scopes></ProbeMatch></ProbeMatches>");
    QTest::newRow("nested match") << QByteArrayLiteral("<ProbeMatches><ProbeMatch><ProbeMatch/></ProbeMatch></ProbeMatches>");
    QByteArray many = "<ProbeMatches>";
    for (int i = 0; i < kWsdMaxMatches + 1; ++i)
        many += "<ProbeMatch><Types>t</Types></ProbeMatch>";
    many += "</ProbeMatches>";
    QTest::newRow("too many matches") << many;
    QByteArray big = probeMatch();
    big.replace("<d:MetadataVersion>", QByteArray("<d:Pad>" + QByteArray(100 * 1024, 'x') + "</d:Pad><d:MetadataVersion>"));
    QTest::newRow("100 KB") << big;
}

void TestDiscovery::rejectsHostileXml()
{
    QFETCH(QByteArray, xml);
    auto r = parseProbeMatches(xml);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ab::ErrorCode::BadInput);
}

void TestDiscovery::parsesSsdp()
{
    auto r = parseSsdpResponse(kSsdpReply);
    QVERIFY(r.ok());
    QCOMPARE(r->status, 200);
    QCOMPARE(r->server, QStringLiteral("Linux/3.10 UPnP/1.0 miniupnpd/2.0"));
    QCOMPARE(r->location, QStringLiteral("http://127.0.0.1:49152/rootDesc.xml"));
    QCOMPARE(r->st, QStringLiteral("upnp:rootdevice"));
    QCOMPARE(r->usn, QStringLiteral("uuid:a1b2c3d4-0000-1000-8000-00aabbccddee::upnp:rootdevice"));
    QCOMPARE(r->headers.size(), 6);
    QCOMPARE(r->headers.at(1), (QPair<QString, QString>(QStringLiteral("EXT"), QString())));

    // Lower-case names, bare \n line ends, a NOTIFY.
    auto n = parseSsdpResponse("NOTIFY * HTTP/1.1\nhost: 239.255.255.250:1900\nnt: urn:schemas-upnp-org:device:MediaServer:1\n"
                               "location: http://127.0.0.1:8200/desc.xml\nserver: DLNADOC/1.50\n\n");
    QVERIFY(n.ok());
    QCOMPARE(n->status, 0);
    QCOMPARE(n->method, QStringLiteral("NOTIFY"));
    QCOMPARE(n->st, QStringLiteral("urn:schemas-upnp-org:device:MediaServer:1"));
    QCOMPARE(n->server, QStringLiteral("DLNADOC/1.50"));
    // The M-SEARCH we send is itself well formed.
    const QByteArray ms = ssdpMSearch(QStringLiteral("127.0.0.1"), 1900);
    QVERIFY(ms.startsWith("M-SEARCH * HTTP/1.1\r\nHOST: 127.0.0.1:1900\r\n"));
    QVERIFY(ms.contains("MAN: \"ssdp:discover\"\r\n"));
    QVERIFY(ms.endsWith("\r\n\r\n"));
}

void TestDiscovery::rejectsHostileSsdp_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00garbage\r\n\r\n", 13);
    QTest::newRow("an M-SEARCH") << ssdpMSearch(QStringLiteral("127.0.0.1"), 1900);
    QTest::newRow("no status") << QByteArray("HTTP/1.1\r\nST: x\r\n\r\n");
    QTest::newRow("status letters") << QByteArray("HTTP/1.1 2OO OK\r\n\r\n");
    QTest::newRow("status too long") << QByteArray("HTTP/1.1 20000 OK\r\n\r\n");
    QByteArray many = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < kSsdpMaxHeaders + 1; ++i)
        many += "X-" + QByteArray::number(i) + ": y\r\n";
    QTest::newRow("65 headers") << many + "\r\n";
    QTest::newRow("100 KB") << QByteArray("HTTP/1.1 200 OK\r\nSERVER: ") + QByteArray(100 * 1024, 'a') + "\r\n\r\n";
}

void TestDiscovery::rejectsHostileSsdp()
{
    QFETCH(QByteArray, datagram);
    auto r = parseSsdpResponse(datagram);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ab::ErrorCode::BadInput);
}

void TestDiscovery::wsDiscoveryUnicast()
{
    FakeUdp fake;
    QVERIFY(fake.start("127.0.0.1", [](const QByteArray &req) {
        // A real device answers only a well-formed Probe for a type it has.
        if (!req.contains("dn:NetworkVideoTransmitter") || messageIdOf(req).isEmpty())
            return QList<QByteArray>{};
        return QList<QByteArray>{probeMatch(messageIdOf(req)), probeMatch(messageIdOf(req))}; // devices often repeat
    }));
    auto ctx = probetest::loopbackContext();
    auto r = probeWsDiscovery(*ctx, at("127.0.0.1", fake.port), 500);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(fake.requests().size(), 1);
    QCOMPARE(r->services.size(), 1); // the repeat is the same device
    const Service &s = r->services.first();
    QCOMPARE(s.name, QStringLiteral("ws-discovery"));
    QCOMPARE(s.transport, QStringLiteral("udp"));
    QCOMPARE(s.endpoint, at("127.0.0.1", fake.port));
    QCOMPARE(s.product, QStringLiteral("HIKVISION DS-2CD2142FWD-I"));
    QCOMPARE(s.facts.value(QStringLiteral("hardware")).toString(), QStringLiteral("DS-2CD2142FWD-I"));
    QCOMPARE(s.facts.value(QStringLiteral("location")).toString(), QStringLiteral("city/hangzhou, country/china"));
    QCOMPARE(s.facts.value(QStringLiteral("xaddrs")).toStringList().size(), 2);
    QVERIFY(s.facts.value(QStringLiteral("types")).toStringList().contains(QStringLiteral("dn:NetworkVideoTransmitter")));
    QVERIFY(r->observations.isEmpty());
    QCOMPARE(r->transcripts.size(), 1);
    QCOMPARE(s.transcripts, QList<int>{0});
    const Transcript &t = r->transcripts.first();
    QCOMPARE(t.protocol, QStringLiteral("ws-discovery"));
    QCOMPARE(t.transport, QStringLiteral("udp"));
    QCOMPARE(t.exchanges.first().data, fake.requests().first()); // every byte sent is in the transcript
    QVERIFY(!t.render().contains("not to our probe"));           // RelatesTo matched our MessageID
}

void TestDiscovery::ssdpUnicast()
{
    FakeUdp fake;
    QVERIFY(fake.start("127.0.0.2", [](const QByteArray &req) {
        if (!req.startsWith("M-SEARCH * HTTP/1.1\r\n") || !req.contains("MAN: \"ssdp:discover\""))
            return QList<QByteArray>{};
        QByteArray second = kSsdpReply;
        second.replace("ST: upnp:rootdevice", "ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1");
        return QList<QByteArray>{kSsdpReply, second};
    }));
    auto ctx = probetest::loopbackContext();
    auto r = probeSsdp(*ctx, at("127.0.0.2", fake.port), 500);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->services.size(), 1);
    const Service &s = r->services.first();
    QCOMPARE(s.name, QStringLiteral("ssdp"));
    QCOMPARE(s.transport, QStringLiteral("udp"));
    QCOMPARE(s.product, QStringLiteral("Linux/3.10 UPnP/1.0 miniupnpd/2.0"));
    QCOMPARE(s.facts.value(QStringLiteral("st")).toStringList().size(), 2);
    QCOMPARE(s.facts.value(QStringLiteral("location")).toStringList(), QStringList{QStringLiteral("http://127.0.0.1:49152/rootDesc.xml")});
    QCOMPARE(r->observations.size(), 1);
    const Observation &o = r->observations.first();
    QCOMPARE(o.check, QStringLiteral("ssdp-open"));
    QCOMPARE(o.severity, Severity::Low);
    QCOMPARE(o.endpoint, at("127.0.0.2", fake.port));
    QVERIFY(o.detail.contains(QStringLiteral("miniupnpd")));
    QVERIFY(!o.remediation.isEmpty());
    QCOMPARE(o.transcripts, QList<int>{0});
    QCOMPARE(r->transcripts.first().exchanges.size(), 3); // sent + two replies
}

void TestDiscovery::hostileRepliesOverTheWire_data()
{
    QTest::addColumn<bool>("ssdp");
    QTest::addColumn<QList<QByteArray>>("replies");
    QTest::addColumn<int>("services");
    const QByteArray garbage("\x00\xff\x13\x37 not a reply", 16);
    QTest::newRow("wsd garbage") << false << QList<QByteArray>{garbage} << 0;
    QTest::newRow("wsd truncated xml") << false << QList<QByteArray>{probeMatch().left(300)} << 0;
    QTest::newRow("wsd two 60 KB datagrams") << false << QList<QByteArray>{QByteArray(60000, '<'), QByteArray(60000, 'x')} << 0;
    QTest::newRow("wsd garbage then a match") << false << QList<QByteArray>{garbage, probeMatch()} << 1;
    QTest::newRow("ssdp garbage") << true << QList<QByteArray>{garbage} << 0;
    QTest::newRow("ssdp error status") << true << QList<QByteArray>{QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n")} << 0;
    QTest::newRow("ssdp two 60 KB datagrams") << true
                                              << QList<QByteArray>{QByteArray("HTTP/1.1 200 OK\r\nSERVER: ") + QByteArray(60000, 'a'),
                                                                   QByteArray(60000, '\n')}
                                              << 1;
    QTest::newRow("ssdp truncated") << true << QList<QByteArray>{kSsdpReply.left(40)} << 1;
}

void TestDiscovery::hostileRepliesOverTheWire()
{
    QFETCH(bool, ssdp);
    QFETCH(QList<QByteArray>, replies);
    QFETCH(int, services);
    FakeUdp fake;
    QVERIFY(fake.start("127.0.0.3", [replies](const QByteArray &) { return replies; }));
    auto ctx = probetest::loopbackContext();
    auto r = ssdp ? probeSsdp(*ctx, at("127.0.0.3", fake.port), 400) : probeWsDiscovery(*ctx, at("127.0.0.3", fake.port), 400);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->services.size(), services);
    QCOMPARE(r->observations.size(), ssdp ? services : 0);
    QCOMPARE(r->transcripts.size(), 1);
    for (const Service &s : std::as_const(r->services)) {
        QVERIFY(s.product.size() <= 256);
        QVERIFY(s.banner.size() <= 256);
    }
}

void TestDiscovery::silentDevice()
{
    FakeUdp fake;
    QVERIFY(fake.start("127.0.0.4", [](const QByteArray &) { return QList<QByteArray>{}; }));
    auto ctx = probetest::loopbackContext();
    QElapsedTimer t;
    t.start();
    auto r = probeSsdp(*ctx, at("127.0.0.4", fake.port), 300);
    QVERIFY(r.ok());
    QVERIFY(t.elapsed() < 5000);
    QVERIFY(r->services.isEmpty());
    QVERIFY(r->observations.isEmpty());
    QCOMPARE(fake.requests().size(), 1);
    QVERIFY(r->transcripts.first().render().contains("no answer"));
}

void TestDiscovery::outOfScopeSendsNothing()
{
    FakeUdp fake;
    QVERIFY(fake.start("127.0.0.5", [](const QByteArray &) { return QList<QByteArray>{kSsdpReply}; }));
    auto scope = ab::Scope::parse({QStringLiteral("127.0.0.1")});
    ProbeContext ctx(ScopeGate(scope.value()), Limits{});
    auto a = probeSsdp(ctx, at("127.0.0.5", fake.port), 300);
    auto b = probeWsDiscovery(ctx, at("127.0.0.5", fake.port), 300);
    QVERIFY(!a.ok() && !b.ok());
    QCOMPARE(a.error().code, ab::ErrorCode::Usage);
    QCOMPARE(b.error().code, ab::ErrorCode::Usage);
    QThread::msleep(100);
    QVERIFY(fake.requests().isEmpty());
    QCOMPARE(ctx.gate().refusals().size(), 2);
}

void TestDiscovery::multicastRefusedUnlessScoped()
{
    // The loopback scope does not hold 239.255.255.250: refused before any
    // socket exists. (tst_multicast sends to a scope that names the group.)
    auto ctx = probetest::loopbackContext();
    auto r = discoverMulticast(*ctx, 200);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ab::ErrorCode::Usage);
    const QStringList refused = ctx->gate().refusals();
    QCOMPARE(refused, (QStringList{QStringLiteral("239.255.255.250:3702"), QStringLiteral("239.255.255.250:1900")}));
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
