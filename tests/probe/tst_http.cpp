// probeHttp and checkHttpCredentials against scripted fakes (Basic over
// plain HTTP, a GBK login page, a redirect to HTTPS, garbage, silence, an
// endless body, a trickle, a device that locks after failures) and against
// real daemons: lighttpd with mod_auth (Basic and Digest) and openssl
// s_server for HTTPS through TlsStream.
#include "FakeDevice.h"
#include "ProbeTestEnv.h"

#include "core/probe/web/WebProbes.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
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

QByteArray allTranscripts(const ProbeOutcome &o)
{
    QByteArray all;
    for (const Transcript &t : o.transcripts)
        all += t.render();
    return all;
}

quint16 freePort(const QString &address)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    probetest::bindLoopback(fd, address);
    const quint16 p = probetest::boundPort(fd);
    ::close(fd);
    return p;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

CredentialList testList()
{
    auto l = CredentialList::loadBuiltIn();
    return l ? *l : CredentialList();
}

} // namespace

class TestHttp final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void basicOverPlainHttp();
    void gbkLoginPage();
    void redirectToHttps();
    void garbage();
    void silentDevice();
    void endlessBody();
    void trickle();
    void lockoutStopsAttempts();
    void outOfScopeSendsNothing();
    void stopIsImmediate();
    void lighttpd();
    void https();
};

void TestHttp::basicOverPlainHttp()
{
    std::atomic<int> attempts{0};
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [&](FakeConn &c) {
        const QByteArray req = c.readRequest();
        const QByteArray auth = probetest::requestHeader(req, "Authorization");
        if (!auth.isEmpty())
            ++attempts;
        if (auth == QByteArray("Basic " + QByteArray("admin:12345").toBase64()))
            c.send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        else
            c.send("HTTP/1.1 401 Unauthorized\r\nServer: Boa/0.94.14rc21\r\nWWW-Authenticate: Basic realm=\"DVR\"\r\nContent-Length: 0\r\n\r\n");
    });
    QVERIFY(dev.ok());
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeHttp(*ctx, dev.endpoint(), false);
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services.first();
    QCOMPARE(s.name, QStringLiteral("http"));
    QCOMPARE(s.product, QStringLiteral("Boa"));
    QCOMPARE(s.version, QStringLiteral("0.94.14rc21"));
    QCOMPARE(s.facts.value(QStringLiteral("auth")).toString(), QStringLiteral("basic"));
    QCOMPARE(s.facts.value(QStringLiteral("auth.realm")).toString(), QStringLiteral("DVR"));
    const Observation *basic = find(o, QStringLiteral("http-basic-cleartext"));
    QVERIFY(basic);
    QCOMPARE(basic->severity, Severity::Medium);
    QVERIFY(find(o, QStringLiteral("banner-version-disclosure")));
    QCOMPARE(find(o, QStringLiteral("banner-version-disclosure"))->severity, Severity::Low);
    QVERIFY(!s.transcripts.isEmpty());
    QVERIFY(o.transcripts.at(s.transcripts.first()).render().contains("User-Agent: AuditBench"));

    LockoutPolicy policy(3, 300);
    const ProbeOutcome c = checkHttpCredentials(*ctx, s, testList(), policy);
    const Observation *cred = find(c, QStringLiteral("default-credentials"));
    QVERIFY(cred);
    QCOMPARE(cred->severity, Severity::High);
    QVERIFY2(cred->detail.contains(QStringLiteral("admin")) && cred->detail.contains(QStringLiteral("1***5")), qPrintable(cred->detail));
    QVERIFY(!cred->detail.contains(QStringLiteral("12345")));
    QCOMPARE(attempts.load(), 2); // admin/admin, then admin/12345
    const QByteArray t = allTranscripts(c);
    QVERIFY(t.contains(QByteArray("Authorization: Basic " + QByteArray("admin:12345").toBase64())));
    QVERIFY(t.contains("HTTP/1.1 200 OK"));
}

void TestHttp::gbkLoginPage()
{
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        const QByteArray body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                                "<title>\xb5\xc7\xc2\xbc</title></head><body><form><input type=\"password\" name=\"p\"></form></body></html>";
        c.send("HTTP/1.1 200 OK\r\nServer: App-webs/\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size())
               + "\r\n\r\n" + body);
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeHttp(*ctx, dev.endpoint(), false);
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services.first();
    QCOMPARE(s.facts.value(QStringLiteral("title")).toString(), QString::fromUtf8("\xe7\x99\xbb\xe5\xbd\x95"));
    QCOMPARE(s.facts.value(QStringLiteral("vendor")).toString(), QStringLiteral("Hikvision"));
    QVERIFY(s.facts.value(QStringLiteral("login")).toBool());
    const Observation *admin = find(o, QStringLiteral("http-admin-cleartext"));
    QVERIFY(admin);
    QCOMPARE(admin->severity, Severity::Medium);
    QVERIFY(!find(o, QStringLiteral("http-basic-cleartext")));
    QVERIFY(!find(o, QStringLiteral("banner-version-disclosure"))); // "App-webs/" carries no version
}

void TestHttp::redirectToHttps()
{
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        c.send("HTTP/1.1 301 Moved Permanently\r\nLocation: https://127.0.0.1/doc/page/login.asp\r\nContent-Length: 0\r\n\r\n");
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeHttp(*ctx, dev.endpoint(), false);
    QCOMPARE(o.services.size(), 1);
    QVERIFY(o.services.first().facts.value(QStringLiteral("redirect.https")).toBool());
    QVERIFY(!find(o, QStringLiteral("http-admin-cleartext")));
    QCOMPARE(dev.connections(), 1); // noted, not followed

    FakeTcpServer plain(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        c.send("HTTP/1.1 302 Found\r\nLocation: /doc/page/login.asp\r\nContent-Length: 0\r\n\r\n");
    });
    const ProbeOutcome p = probeHttp(*ctx, plain.endpoint(), false);
    QVERIFY(find(p, QStringLiteral("http-admin-cleartext")));
    QCOMPARE(plain.connections(), 1);
}

void TestHttp::garbage()
{
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        QByteArray junk;
        for (int i = 0; i < 3000; ++i)
            junk += char((i * 7919) % 256);
        c.send(junk);
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeHttp(*ctx, dev.endpoint(), false);
    QVERIFY(t.elapsed() < 3000);
    QCOMPARE(o.services.size(), 1);
    QCOMPARE(o.services.first().name, QStringLiteral("unknown")); // answered, but not HTTP
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(o.transcripts.size(), 1);
}

void TestHttp::silentDevice()
{
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) { c.waitClose(); });
    auto ctx = probetest::loopbackContext(fastLimits());
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeHttp(*ctx, dev.endpoint(), false);
    QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
    QVERIFY(o.services.isEmpty());
    QVERIFY(allTranscripts(o).contains("gave up"));
    // and the credential check gives up as quickly
    Service s;
    s.endpoint = dev.endpoint();
    s.name = QStringLiteral("http");
    LockoutPolicy policy(3, 300);
    t.restart();
    const ProbeOutcome c = checkHttpCredentials(*ctx, s, testList(), policy);
    QVERIFY(t.elapsed() < 2500);
    QVERIFY(c.observations.isEmpty());
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("http"), QStringLiteral("admin")), 0);
}

void TestHttp::endlessBody()
{
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        c.send("HTTP/1.1 200 OK\r\nServer: stream\r\nContent-Type: multipart/x-mixed-replace\r\n\r\n");
        const QByteArray block(16 * 1024, 'x');
        while (c.send(block)) {
        }
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeHttp(*ctx, dev.endpoint(), false);
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(o.services.size(), 1);
    QVERIFY(o.services.first().facts.contains(QStringLiteral("cut")));
    QVERIFY(o.transcripts.first().bytes < 2 * fastLimits().maxResponseBytes);
    QVERIFY(allTranscripts(o).contains("cut:"));

    // the same with endless chunks
    FakeTcpServer chunks(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        c.send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        while (c.send(QByteArray("400\r\n" + QByteArray(1024, 'y') + "\r\n"))) {
        }
    });
    t.restart();
    const ProbeOutcome p = probeHttp(*ctx, chunks.endpoint(), false);
    QVERIFY(t.elapsed() < 3000);
    QCOMPARE(p.services.size(), 1);
    QVERIFY(p.transcripts.first().bytes < 2 * fastLimits().maxResponseBytes);
}

void TestHttp::trickle()
{
    // One byte every 50 ms, forever: the exchange deadline ends it.
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        const QByteArray head = "HTTP/1.1 200 OK\r\nX-Slow: ";
        for (qsizetype i = 0; !c.stopped(); ++i) {
            if (!c.send(QByteArray(1, i < head.size() ? head.at(i) : 'z')))
                return;
            QThread::msleep(50);
        }
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeHttp(*ctx, dev.endpoint(), false);
    QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
    QVERIFY(o.services.isEmpty() || o.services.first().name == QLatin1String("unknown"));
}

void TestHttp::lockoutStopsAttempts()
{
    // Digest device that locks after 2 failed logins: 423 and "locked" from then on.
    std::atomic<int> failures{0}, afterLock{0}, authed{0};
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [&](FakeConn &c) {
        const QByteArray req = c.readRequest();
        const bool hasAuth = !probetest::requestHeader(req, "Authorization").isEmpty();
        if (hasAuth)
            ++authed;
        if (failures >= 2) {
            ++afterLock;
            c.send("HTTP/1.1 423 Locked\r\nContent-Length: 14\r\n\r\naccount locked");
            return;
        }
        if (hasAuth)
            ++failures;
        c.send("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"cam\", nonce=\"abc\", qop=\"auth\"\r\nContent-Length: 0\r\n\r\n");
    });
    Limits l = fastLimits();
    l.attemptsPerAccount = 5;
    auto ctx = probetest::loopbackContext(l);
    Service s;
    s.endpoint = dev.endpoint();
    s.name = QStringLiteral("http");
    LockoutPolicy policy(l.attemptsPerAccount, l.attemptWindowSeconds);
    const ProbeOutcome o = checkHttpCredentials(*ctx, s, testList(), policy);
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(authed.load(), 3);    // two failures, then the attempt that met the lock
    QCOMPARE(afterLock.load(), 1); // and nothing after it
    QVERIFY(policy.lockedOut(s.endpoint, QStringLiteral("http")));
    QVERIFY(policy.lockoutSignal(s.endpoint, QStringLiteral("http")).contains(QStringLiteral("423")));
    QVERIFY(policy.attempts(s.endpoint, QStringLiteral("http"), QStringLiteral("admin")) <= l.attemptsPerAccount);
    QVERIFY(allTranscripts(o).contains("stopped: status 423"));
    // a second run on the same device tries nothing at all
    const int before = dev.connections();
    const ProbeOutcome again = checkHttpCredentials(*ctx, s, testList(), policy);
    QCOMPARE(authed.load(), 3);
    QCOMPARE(dev.connections(), before + 1); // only the unauthenticated look at the challenge
    QVERIFY(again.observations.isEmpty());
}

void TestHttp::outOfScopeSendsNothing()
{
    auto ctx = probetest::loopbackContext(fastLimits());
    const Endpoint outside{QHostAddress(QStringLiteral("192.0.2.10")), 80};
    const ProbeOutcome o = probeHttp(*ctx, outside, false);
    QVERIFY(o.services.isEmpty());
    QVERIFY(ctx->gate().refusals().contains(outside.toString()));
    for (const Transcript &t : o.transcripts)
        for (const Exchange &x : t.exchanges)
            QVERIFY(x.direction != Exchange::Direction::Sent);
}

void TestHttp::stopIsImmediate()
{
    // Long timeouts, a silent device, and Stop pressed after 200 ms.
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) { c.waitClose(); });
    Limits l = fastLimits();
    l.ioTimeoutMs = 20000;
    l.exchangeTimeoutMs = 30000;
    auto ctx = probetest::loopbackContext(l);
    std::thread stopper([&] {
        QThread::msleep(200);
        ctx->cancel();
    });
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeHttp(*ctx, dev.endpoint(), false);
    stopper.join();
    QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
    QVERIFY(o.services.isEmpty());
}

void TestHttp::lighttpd()
{
    PROBETEST_REQUIRE_TOOL(lighttpdPath, "lighttpd");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString www = dir.filePath(QStringLiteral("www"));
    for (const char *sub : {"", "/basic", "/digest", "/strong"})
        QVERIFY(QDir().mkpath(www + QLatin1String(sub)));
    QVERIFY(writeFile(www + QStringLiteral("/index.html"), "<html><head><title>AuditBench test</title></head><body>hi</body></html>"));
    for (const char *sub : {"/basic", "/digest", "/strong"})
        QVERIFY(writeFile(www + QLatin1String(sub) + QStringLiteral("/index.html"), "secret area"));
    // Password files in the temp dir only (never on a command line).
    QVERIFY(writeFile(dir.filePath(QStringLiteral("users")), "admin:admin\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("strong")), "admin:Vq8#tLr2!pXz9w\n"));
    const QByteArray ha1 = QCryptographicHash::hash("admin:AuditBench:admin", QCryptographicHash::Md5).toHex();
    QVERIFY(writeFile(dir.filePath(QStringLiteral("digest")), "admin:AuditBench:" + ha1 + "\n"));
    const QString address = QStringLiteral("127.0.0.2");
    const quint16 port = freePort(address);
    const QByteArray conf = "server.document-root = \"" + www.toUtf8() + "\"\n"
                            "server.bind = \"" + address.toUtf8() + "\"\n"
                            "server.port = " + QByteArray::number(port) + "\n"
                            "server.errorlog = \"" + dir.filePath(QStringLiteral("error.log")).toUtf8() + "\"\n"
                            "server.modules += (\"mod_auth\", \"mod_authn_file\")\n"
                            "index-file.names = (\"index.html\")\n"
                            "$HTTP[\"url\"] =~ \"^/basic/\" {\n"
                            "  auth.backend = \"plain\"\n"
                            "  auth.backend.plain.userfile = \"" + dir.filePath(QStringLiteral("users")).toUtf8() + "\"\n"
                            "  auth.require = (\"/basic/\" => (\"method\" => \"basic\", \"realm\" => \"AuditBench\", \"require\" => \"valid-user\"))\n"
                            "}\n"
                            "$HTTP[\"url\"] =~ \"^/strong/\" {\n"
                            "  auth.backend = \"plain\"\n"
                            "  auth.backend.plain.userfile = \"" + dir.filePath(QStringLiteral("strong")).toUtf8() + "\"\n"
                            "  auth.require = (\"/strong/\" => (\"method\" => \"basic\", \"realm\" => \"AuditBench\", \"require\" => \"valid-user\"))\n"
                            "}\n"
                            "$HTTP[\"url\"] =~ \"^/digest/\" {\n"
                            "  auth.backend = \"htdigest\"\n"
                            "  auth.backend.htdigest.userfile = \"" + dir.filePath(QStringLiteral("digest")).toUtf8() + "\"\n"
                            "  auth.require = (\"/digest/\" => (\"method\" => \"digest\", \"realm\" => \"AuditBench\", \"require\" => \"valid-user\"))\n"
                            "}\n";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("lighttpd.conf")), conf));
    probetest::Daemon d;
    QVERIFY2(d.start(lighttpdPath, {QStringLiteral("-D"), QStringLiteral("-f"), dir.filePath(QStringLiteral("lighttpd.conf"))}, address, port),
             d.output().constData());
    // lighttpd answers a failed login after about a second (brute-force brake)
    Limits l = fastLimits();
    l.ioTimeoutMs = 2000;
    l.exchangeTimeoutMs = 3000;
    auto ctx = probetest::loopbackContext(l);
    const Endpoint ep{QHostAddress(address), port};

    const ProbeOutcome root = probeHttp(*ctx, ep, false);
    QCOMPARE(root.services.size(), 1);
    const Service &rs = root.services.first();
    QCOMPARE(rs.name, QStringLiteral("http"));
    QCOMPARE(rs.product, QStringLiteral("lighttpd"));
    QVERIFY2(rs.version.startsWith(QLatin1String("1.4.")), qPrintable(rs.version));
    QCOMPARE(rs.facts.value(QStringLiteral("title")).toString(), QStringLiteral("AuditBench test"));
    QVERIFY(find(root, QStringLiteral("banner-version-disclosure")));

    struct Case {
        const char *path;
        const char *scheme;
        const char *expectInTranscript;
    };
    for (const Case &c : {Case{"/basic/", "basic", "Authorization: Basic YWRtaW46YWRtaW4="}, Case{"/digest/", "digest", "Authorization: Digest username=\"admin\""}}) {
        const ProbeOutcome p = probeHttp(*ctx, ep, false, QString::fromLatin1(c.path));
        QCOMPARE(p.services.size(), 1);
        const Service &s = p.services.first();
        QCOMPARE(s.facts.value(QStringLiteral("auth")).toString(), QString::fromLatin1(c.scheme));
        QCOMPARE(s.facts.value(QStringLiteral("auth.path")).toString(), QString::fromLatin1(c.path));
        QCOMPARE(bool(find(p, QStringLiteral("http-basic-cleartext"))), QByteArray(c.scheme) == "basic");
        LockoutPolicy policy(3, 300);
        const ProbeOutcome cred = checkHttpCredentials(*ctx, s, testList(), policy);
        const Observation *o = find(cred, QStringLiteral("default-credentials"));
        QVERIFY2(o, c.path);
        QVERIFY2(o->detail.contains(QStringLiteral("account admin, password a***n")), qPrintable(o->detail));
        QCOMPARE(o->transcripts.size(), 1);
        const QByteArray t = cred.transcripts.at(o->transcripts.first()).render();
        QVERIFY2(t.contains(c.expectInTranscript), t.constData());
        QVERIFY(t.contains("HTTP/1.1 200 OK"));
        QCOMPARE(policy.attempts(ep, QStringLiteral("http"), QStringLiteral("admin")), 1);
    }

    // A strong password: nothing found, and the budget holds.
    Service strong = rs;
    strong.facts.insert(QStringLiteral("auth.path"), QStringLiteral("/strong/"));
    LockoutPolicy policy(3, 300);
    // four admin passwords and one root: three admin attempts, one root, one pair over budget
    auto few = CredentialList::fromJson(R"({"format":"auditbench-credentials","version":1,"entries":[
        {"services":["http"],"user":"admin","password":"admin"},{"services":["http"],"user":"admin","password":"12345"},
        {"services":["http"],"user":"admin","password":"123456"},{"services":["http"],"user":"admin","password":"password"},
        {"services":["http"],"user":"root","password":"root"}]})",
                                        QStringLiteral("test"));
    QVERIFY(few.ok());
    const ProbeOutcome none = checkHttpCredentials(*ctx, strong, *few, policy);
    QVERIFY(!find(none, QStringLiteral("default-credentials")));
    QVERIFY(!find(none, QStringLiteral("weak-password-accepted")));
    QCOMPARE(policy.attempts(ep, QStringLiteral("http"), QStringLiteral("admin")), 3);
    QCOMPARE(policy.attempts(ep, QStringLiteral("http"), QStringLiteral("root")), 1);
    QVERIFY(!policy.lockedOut(ep, QStringLiteral("http")));
    QVERIFY(allTranscripts(none).contains("1 pair(s) not tried: the per-account attempt budget is spent"));
}

void TestHttp::https()
{
    PROBETEST_REQUIRE_TOOL(openssl, "openssl");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("key.pem")), cert = dir.filePath(QStringLiteral("cert.pem"));
    QProcess req;
    req.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=auditbench-test")});
    QVERIFY(req.waitForFinished(10000));
    QCOMPARE(req.exitCode(), 0);
    const QString address = QStringLiteral("127.0.0.3");
    const quint16 port = freePort(address);
    probetest::Daemon d;
    QVERIFY(d.start(openssl, {QStringLiteral("s_server"), QStringLiteral("-www"), QStringLiteral("-accept"),
                              address + QLatin1Char(':') + QString::number(port), QStringLiteral("-cert"), cert, QStringLiteral("-key"), key},
                    address, port));
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeHttp(*ctx, {QHostAddress(address), port}, true);
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services.first();
    QCOMPARE(s.name, QStringLiteral("https"));
    QVERIFY(s.tls);
    QCOMPARE(s.facts.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY2(s.facts.value(QStringLiteral("tls")).toString().startsWith(QLatin1String("TLSv1.")), qPrintable(s.facts.value(QStringLiteral("tls")).toString()));
    QVERIFY(!find(o, QStringLiteral("http-admin-cleartext")));
    const QByteArray t = allTranscripts(o);
    QVERIFY(t.contains("TLS established: TLSv1."));
    QVERIFY(t.contains("GET / HTTP/1.1")); // plaintext, not records
    QVERIFY(t.contains("s_server"));
    // the same port spoken to as plain HTTP is not mistaken for HTTP
    const ProbeOutcome plain = probeHttp(*ctx, {QHostAddress(address), port}, false);
    QVERIFY(plain.services.isEmpty() || plain.services.first().name != QLatin1String("http"));
}

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
