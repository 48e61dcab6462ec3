// probeRtsp and checkRtspCredentials against scripted cameras: digest-only
// (the fake checks the Digest answer with its own MD5 code), no
// authentication, one that locks after failures, one that sends garbage,
// one that never answers and one that streams without end.
#include "FakeDevice.h"
#include "ProbeTestEnv.h"

#include "core/probe/web/WebProbes.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTest>

using namespace ab::probe;
using namespace ab::probe::web;
using probetest::FakeConn;
using probetest::FakeTcpServer;

namespace {

Limits fastLimits()
{
    Limits l;
    l.connectTimeoutMs = 500;
    l.ioTimeoutMs = 400;
    l.exchangeTimeoutMs = 1500;
    l.maxResponseBytes = 64 * 1024;
    l.attemptsPerAccount = 3;
    return l;
}

const Observation *find(const ProbeOutcome &o, const QString &check)
{
    for (const Observation &x : o.observations)
        if (x.check == check)
            return &x;
    return nullptr;
}

QByteArray md5(const QByteArray &s) { return QCryptographicHash::hash(s, QCryptographicHash::Md5).toHex(); }

const QByteArray Sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=Media\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n";

QByteArray reply(const QByteArray &req, const QByteArray &statusLine, const QByteArray &headers = {}, const QByteArray &body = {})
{
    QByteArray r = "RTSP/1.0 " + statusLine + "\r\nCSeq: " + probetest::requestHeader(req, "CSeq") + "\r\nServer: Hipcam RealServer/V1.0\r\n" + headers;
    if (!body.isEmpty())
        r += "Content-Type: application/sdp\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

// A camera that wants Digest (realm "IP Camera", user admin / password 123456)
// on every path; OPTIONS is open. Keeps the connection for several requests.
struct DigestCamera {
    std::atomic<int> describes{0}, authed{0};
    FakeTcpServer server{QStringLiteral("127.0.0.1"), [this](FakeConn &c) {
                             for (;;) {
                                 const QByteArray req = c.readRequest(3000);
                                 if (req.isEmpty())
                                     return;
                                 const QByteArray line = probetest::requestLine(req);
                                 if (line.startsWith("OPTIONS")) {
                                     c.send(reply(req, "200 OK", "Public: OPTIONS, DESCRIBE, SETUP, PLAY, TEARDOWN\r\n"));
                                     continue;
                                 }
                                 ++describes;
                                 const QByteArray auth = probetest::requestHeader(req, "Authorization");
                                 const QByteArray uri = line.split(' ').value(1);
                                 if (!auth.isEmpty()) {
                                     ++authed;
                                     const QByteArray ha1 = md5("admin:IP Camera:123456");
                                     const QByteArray ha2 = md5("DESCRIBE:" + probetest::authParam(auth, "uri"));
                                     const QByteArray expect = md5(ha1 + ":0123abcd:" + ha2);
                                     if (probetest::authParam(auth, "username") == "admin" && probetest::authParam(auth, "uri") == uri
                                         && probetest::authParam(auth, "response") == expect) {
                                         c.send(reply(req, "200 OK", {}, Sdp));
                                         continue;
                                     }
                                 }
                                 c.send(reply(req, "401 Unauthorized", "WWW-Authenticate: Digest realm=\"IP Camera\", nonce=\"0123abcd\"\r\n"));
                             }
                         }};
};

} // namespace

class TestRtsp final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void digestCamera();
    void basicCamera();
    void openCamera();
    void lockout();
    void garbage();
    void silent();
    void endless();
};

void TestRtsp::digestCamera()
{
    DigestCamera cam;
    QVERIFY(cam.server.ok());
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeRtsp(*ctx, cam.server.endpoint());
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services.first();
    QCOMPARE(s.name, QStringLiteral("rtsp"));
    QCOMPARE(s.product, QStringLiteral("Hipcam RealServer"));
    QCOMPARE(s.version, QStringLiteral("1.0"));
    QCOMPARE(s.facts.value(QStringLiteral("auth")).toString(), QStringLiteral("digest"));
    QCOMPARE(s.facts.value(QStringLiteral("auth.realm")).toString(), QStringLiteral("IP Camera"));
    QCOMPARE(s.facts.value(QStringLiteral("auth.path")).toString(), QStringLiteral("/"));
    QVERIFY(s.facts.value(QStringLiteral("methods")).toString().contains(QStringLiteral("DESCRIBE")));
    QVERIFY(!find(o, QStringLiteral("rtsp-no-auth")));
    QCOMPARE(cam.describes.load(), 1); // stops at the first 401
    QCOMPARE(cam.server.connections(), 1); // OPTIONS and DESCRIBE on one connection

    LockoutPolicy policy(3, 300);
    const ProbeOutcome c = checkRtspCredentials(*ctx, s, *CredentialList::loadBuiltIn(), policy);
    const Observation *cred = find(c, QStringLiteral("default-credentials"));
    QVERIFY(cred);
    QVERIFY2(cred->detail.contains(QStringLiteral("account admin, password 1***6")), qPrintable(cred->detail));
    QCOMPARE(cam.authed.load(), 3); // admin/admin, admin/12345, admin/123456
    const QByteArray t = c.transcripts.at(cred->transcripts.first()).render();
    QVERIFY(t.contains("Authorization: Digest username=\"admin\", realm=\"IP Camera\""));
    QVERIFY(t.contains("application/sdp"));
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("rtsp"), QStringLiteral("admin")), 3);
}

void TestRtsp::basicCamera()
{
    // An older camera: RTSP Basic, factory account admin/admin.
    std::atomic<int> authed{0};
    FakeTcpServer cam(QStringLiteral("127.0.0.1"), [&](FakeConn &c) {
        for (;;) {
            const QByteArray req = c.readRequest(3000);
            if (req.isEmpty())
                return;
            if (probetest::requestLine(req).startsWith("OPTIONS")) {
                c.send(reply(req, "200 OK", "Public: OPTIONS, DESCRIBE, SETUP, PLAY\r\n"));
                continue;
            }
            const QByteArray auth = probetest::requestHeader(req, "Authorization");
            if (!auth.isEmpty())
                ++authed;
            if (auth == "Basic YWRtaW46YWRtaW4=")
                c.send(reply(req, "200 OK", {}, Sdp));
            else
                c.send(reply(req, "401 Unauthorized", "WWW-Authenticate: Basic realm=\"NVR\"\r\n"));
        }
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeRtsp(*ctx, cam.endpoint());
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services.first();
    QCOMPARE(s.facts.value(QStringLiteral("auth")).toString(), QStringLiteral("basic"));
    QCOMPARE(s.facts.value(QStringLiteral("auth.realm")).toString(), QStringLiteral("NVR"));
    QVERIFY(!find(o, QStringLiteral("rtsp-no-auth")));
    LockoutPolicy policy(3, 300);
    const ProbeOutcome c = checkRtspCredentials(*ctx, s, *CredentialList::loadBuiltIn(), policy);
    const Observation *cred = find(c, QStringLiteral("default-credentials"));
    QVERIFY(cred);
    QCOMPARE(cred->severity, Severity::High);
    QVERIFY2(cred->detail.contains(QStringLiteral("account admin, password a***n")), qPrintable(cred->detail));
    QCOMPARE(authed.load(), 1); // admin/admin is the first pair tried
    const QByteArray t = c.transcripts.at(cred->transcripts.first()).render();
    QVERIFY(t.contains("Authorization: Basic YWRtaW46YWRtaW4="));
    QVERIFY(t.contains("application/sdp"));
}

void TestRtsp::openCamera()
{
    std::atomic<int> requests{0};
    FakeTcpServer cam(QStringLiteral("127.0.0.1"), [&](FakeConn &c) {
        for (;;) {
            const QByteArray req = c.readRequest(3000);
            if (req.isEmpty())
                return;
            ++requests;
            const QByteArray line = probetest::requestLine(req);
            if (line.startsWith("OPTIONS"))
                c.send(reply(req, "200 OK", "Public: OPTIONS, DESCRIBE\r\n"));
            else if (line.contains("/live "))
                c.send(reply(req, "200 OK", {}, Sdp));
            else
                c.send(reply(req, "404 Not Found"));
        }
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeRtsp(*ctx, cam.endpoint());
    QCOMPARE(o.services.size(), 1);
    const Observation *open = find(o, QStringLiteral("rtsp-no-auth"));
    QVERIFY(open);
    QCOMPARE(open->severity, Severity::High);
    QVERIFY(open->detail.contains(QStringLiteral("/live")));
    QCOMPARE(o.services.first().facts.value(QStringLiteral("stream.path")).toString(), QStringLiteral("/live"));
    QCOMPARE(requests.load(), 5); // OPTIONS + at most 4 DESCRIBE
    QVERIFY(o.transcripts.first().render().contains("m=video"));
}

void TestRtsp::lockout()
{
    std::atomic<int> authed{0}, failures{0};
    FakeTcpServer cam(QStringLiteral("127.0.0.1"), [&](FakeConn &c) {
        for (;;) {
            const QByteArray req = c.readRequest(3000);
            if (req.isEmpty())
                return;
            const bool hasAuth = !probetest::requestHeader(req, "Authorization").isEmpty();
            authed += hasAuth ? 1 : 0;
            if (failures >= 2) {
                c.send(reply(req, "403 Forbidden"));
                continue;
            }
            if (hasAuth)
                ++failures;
            c.send(reply(req, "401 Unauthorized", "WWW-Authenticate: Basic realm=\"cam\"\r\n"));
        }
    });
    Limits l = fastLimits();
    l.attemptsPerAccount = 10;
    auto ctx = probetest::loopbackContext(l);
    Service s;
    s.endpoint = cam.endpoint();
    s.name = QStringLiteral("rtsp");
    LockoutPolicy policy(l.attemptsPerAccount, 300);
    const ProbeOutcome o = checkRtspCredentials(*ctx, s, *CredentialList::loadBuiltIn(), policy);
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(authed.load(), 3);
    QVERIFY(policy.lockedOut(s.endpoint, QStringLiteral("rtsp")));
    QVERIFY(policy.lockoutSignal(s.endpoint, QStringLiteral("rtsp")).contains(QStringLiteral("403")));
}

void TestRtsp::garbage()
{
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        c.send(QByteArray("\x00\xff\xfeRTSP?\x01\x02\r\n\r\n\r\n", 14));
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeRtsp(*ctx, dev.endpoint());
    QVERIFY(t.elapsed() < 3000);
    QVERIFY(o.services.isEmpty());
    QCOMPARE(o.transcripts.size(), 1);

    // an HTTP server on the RTSP port is not RTSP
    FakeTcpServer http(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        c.send("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    });
    QVERIFY(probeRtsp(*ctx, http.endpoint()).services.isEmpty());
}

void TestRtsp::silent()
{
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) { c.waitClose(); });
    auto ctx = probetest::loopbackContext(fastLimits());
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeRtsp(*ctx, dev.endpoint());
    QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
    QVERIFY(o.services.isEmpty());
}

void TestRtsp::endless()
{
    // Answers DESCRIBE with a Content-Length it never stops short of: a huge
    // "SDP" (the cap cuts it) — and then interleaved RTP without end.
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        const QByteArray opt = c.readRequest();
        c.send(reply(opt, "200 OK"));
        const QByteArray d = c.readRequest();
        c.send("RTSP/1.0 200 OK\r\nCSeq: " + probetest::requestHeader(d, "CSeq") + "\r\nContent-Type: application/sdp\r\nContent-Length: 999999999\r\n\r\nv=0\r\n");
        const QByteArray rtp = "$\x00\x04\x00" + QByteArray(1024, 'r');
        while (c.send(rtp)) {
        }
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeRtsp(*ctx, dev.endpoint());
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(o.services.size(), 1);
    QVERIFY(o.transcripts.first().bytes < 2 * fastLimits().maxResponseBytes);
    QVERIFY(o.transcripts.first().render().contains("cut:"));
}

QTEST_GUILESS_MAIN(TestRtsp)
#include "tst_rtsp.moc"
