// probeOnvif and checkOnvifCredentials against scripted ONVIF device
// services: one that gives its device information to anyone, one that
// requires a WS-UsernameToken (checked by the fake with its own SHA-1 code,
// including the Created time against its clock), and one that challenges
// with HTTP Digest.
#include "FakeDevice.h"
#include "ProbeTestEnv.h"

#include "core/probe/web/WebProbes.h"

#include <QCryptographicHash>
#include <QRegularExpression>
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

QByteArray http(const QByteArray &status, const QByteArray &body, const QByteArray &headers = {})
{
    return "HTTP/1.1 " + status + "\r\nServer: gSOAP/2.8\r\nContent-Type: application/soap+xml; charset=utf-8\r\n" + headers
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray envelope(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\" "
           "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\" xmlns:tt=\"http://www.onvif.org/ver10/schema\" "
           "xmlns:ter=\"http://www.onvif.org/ver10/error\"><SOAP-ENV:Body>"
        + body + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
}

// The device's clock is 2 hours ahead of ours: tokens must use its time.
QDateTime deviceNow() { return QDateTime::currentDateTimeUtc().addSecs(7200); }

QByteArray timeReply()
{
    const QDateTime n = deviceNow();
    return envelope("<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>NTP</tt:DateTimeType><tt:UTCDateTime>"
                    "<tt:Date><tt:Year>" + QByteArray::number(n.date().year()) + "</tt:Year><tt:Month>" + QByteArray::number(n.date().month())
                    + "</tt:Month><tt:Day>" + QByteArray::number(n.date().day()) + "</tt:Day></tt:Date><tt:Time><tt:Hour>"
                    + QByteArray::number(n.time().hour()) + "</tt:Hour><tt:Minute>" + QByteArray::number(n.time().minute())
                    + "</tt:Minute><tt:Second>" + QByteArray::number(n.time().second())
                    + "</tt:Second></tt:Time></tt:UTCDateTime></tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>");
}

const QByteArray InfoReply = envelope("<tds:GetDeviceInformationResponse><tds:Manufacturer>Dahua</tds:Manufacturer>"
                                      "<tds:Model>IPC-HFW1230S</tds:Model><tds:FirmwareVersion>2.800.0000000.16.R</tds:FirmwareVersion>"
                                      "<tds:SerialNumber>5J0ABC123</tds:SerialNumber><tds:HardwareId>1.00</tds:HardwareId>"
                                      "</tds:GetDeviceInformationResponse>");
const QByteArray NotAuthorized = envelope("<SOAP-ENV:Fault><SOAP-ENV:Code><SOAP-ENV:Value>SOAP-ENV:Sender</SOAP-ENV:Value><SOAP-ENV:Subcode>"
                                          "<SOAP-ENV:Value>ter:NotAuthorized</SOAP-ENV:Value></SOAP-ENV:Subcode></SOAP-ENV:Code><SOAP-ENV:Reason>"
                                          "<SOAP-ENV:Text xml:lang=\"en\">Sender not Authorized</SOAP-ENV:Text></SOAP-ENV:Reason></SOAP-ENV:Fault>");

QByteArray xmlText(const QByteArray &xml, const char *element)
{
    const QRegularExpression re(QStringLiteral("<(?:\\w+:)?%1\\b[^>]*>([^<]*)<").arg(QLatin1String(element)));
    return re.match(QString::fromUtf8(xml)).captured(1).toUtf8();
}

// Independent check of a UsernameToken: user admin, password `password`,
// digest over the raw nonce, Created within 60 s of the device's clock.
bool tokenValid(const QByteArray &body, const QByteArray &password)
{
    const QByteArray nonce = QByteArray::fromBase64(xmlText(body, "Nonce"));
    const QByteArray created = xmlText(body, "Created");
    const QByteArray digest = QCryptographicHash::hash(QByteArray(nonce + created + password), QCryptographicHash::Sha1).toBase64();
    const QDateTime c = QDateTime::fromString(QString::fromLatin1(created), Qt::ISODate);
    return xmlText(body, "Username") == "admin" && xmlText(body, "Password") == digest && c.isValid()
        && qAbs(c.secsTo(deviceNow())) < 60;
}

} // namespace

class TestOnvif final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void openDevice();
    void usernameToken();
    void httpDigest();
    void notOnvif();
};

void TestOnvif::openDevice()
{
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        const QByteArray req = c.readRequest();
        if (!probetest::requestLine(req).startsWith("POST /onvif/device_service "))
            return (void)c.send("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        c.send(http("200 OK", req.contains("GetSystemDateAndTime") ? timeReply() : InfoReply));
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeOnvif(*ctx, dev.endpoint(), false);
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services.first();
    QCOMPARE(s.name, QStringLiteral("onvif"));
    QCOMPARE(s.product, QStringLiteral("Dahua IPC-HFW1230S"));
    QCOMPARE(s.version, QStringLiteral("2.800.0000000.16.R"));
    QCOMPARE(s.facts.value(QStringLiteral("serial")).toString(), QStringLiteral("5J0ABC123"));
    QCOMPARE(s.facts.value(QStringLiteral("vendor")).toString(), QStringLiteral("Dahua"));
    QCOMPARE(s.facts.value(QStringLiteral("auth")).toString(), QStringLiteral("none"));
    const qint64 offset = s.facts.value(QStringLiteral("onvif.clockOffsetSec")).toLongLong();
    QVERIFY2(qAbs(offset - 7200) < 10, qPrintable(QString::number(offset)));
    const Observation *open = find(o, QStringLiteral("onvif-no-auth"));
    QVERIFY(open);
    QCOMPARE(open->severity, Severity::High);
    QVERIFY(open->detail.contains(QStringLiteral("IPC-HFW1230S")));
    // nothing to check when no credentials are needed
    LockoutPolicy policy(3, 300);
    const ProbeOutcome c = checkOnvifCredentials(*ctx, s, *CredentialList::loadBuiltIn(), policy);
    QVERIFY(c.observations.isEmpty());
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("onvif"), QStringLiteral("admin")), 0);
}

void TestOnvif::usernameToken()
{
    std::atomic<int> attempts{0}, accepted{0};
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [&](FakeConn &c) {
        const QByteArray req = c.readRequest();
        const QByteArray body = probetest::requestBody(req);
        if (body.contains("GetSystemDateAndTime"))
            return (void)c.send(http("200 OK", timeReply()));
        if (!body.contains("UsernameToken"))
            return (void)c.send(http("400 Bad Request", NotAuthorized));
        ++attempts;
        if (tokenValid(body, "888888x")) {
            ++accepted;
            return (void)c.send(http("200 OK", InfoReply));
        }
        c.send(http("400 Bad Request", NotAuthorized));
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeOnvif(*ctx, dev.endpoint(), false);
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services.first();
    QCOMPARE(s.facts.value(QStringLiteral("auth")).toString(), QStringLiteral("ws-usernametoken"));
    QVERIFY(!find(o, QStringLiteral("onvif-no-auth")));

    // Wrong passwords only: every one rejected, nothing found, budget kept.
    LockoutPolicy policy(3, 300);
    const ProbeOutcome none = checkOnvifCredentials(*ctx, s, *CredentialList::loadBuiltIn(), policy);
    QVERIFY(none.observations.isEmpty());
    QCOMPARE(accepted.load(), 0);
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("onvif"), QStringLiteral("admin")), 3);
    QVERIFY(!policy.lockedOut(s.endpoint, QStringLiteral("onvif")));

    // The right password in a user list: found, and the token proved valid to the device.
    auto list = CredentialList::fromJson(R"({"format":"auditbench-credentials","version":1,"entries":[
        {"services":["onvif"],"user":"admin","password":"wrong1"},
        {"services":["onvif"],"user":"admin","password":"888888x"}]})",
                                         QStringLiteral("test"));
    QVERIFY(list.ok());
    LockoutPolicy fresh(3, 300);
    attempts = 0;
    const ProbeOutcome found = checkOnvifCredentials(*ctx, s, *list, fresh);
    const Observation *cred = find(found, QStringLiteral("default-credentials"));
    QVERIFY(cred);
    QCOMPARE(accepted.load(), 1);
    QCOMPARE(attempts.load(), 2);
    QVERIFY2(cred->detail.contains(QStringLiteral("password 8***x")), qPrintable(cred->detail));
    const QByteArray t = found.transcripts.at(cred->transcripts.first()).render();
    QVERIFY(t.contains("PasswordDigest"));
    QVERIFY(!t.contains("888888x")); // the token carries a digest, never the password
}

void TestOnvif::httpDigest()
{
    std::atomic<int> attempts{0};
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [&](FakeConn &c) {
        const QByteArray req = c.readRequest();
        const QByteArray body = probetest::requestBody(req);
        if (body.contains("GetSystemDateAndTime"))
            return (void)c.send(http("200 OK", timeReply()));
        const QByteArray auth = probetest::requestHeader(req, "Authorization");
        if (!auth.isEmpty()) {
            ++attempts;
            auto md5 = [](const QByteArray &s) { return QCryptographicHash::hash(s, QCryptographicHash::Md5).toHex(); };
            const QByteArray ha1 = md5("admin:onvif:admin");
            const QByteArray ha2 = md5("POST:/onvif/device_service");
            const QByteArray expect = md5(ha1 + ":n0nce:" + probetest::authParam(auth, "nc") + ':' + probetest::authParam(auth, "cnonce")
                                          + ":auth:" + ha2);
            if (probetest::authParam(auth, "response") == expect)
                return (void)c.send(http("200 OK", InfoReply));
        }
        c.send(http("401 Unauthorized", {}, "WWW-Authenticate: Digest realm=\"onvif\", nonce=\"n0nce\", qop=\"auth\"\r\n"));
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeOnvif(*ctx, dev.endpoint(), false);
    QCOMPARE(o.services.size(), 1);
    QCOMPARE(o.services.first().facts.value(QStringLiteral("auth")).toString(), QStringLiteral("digest"));
    LockoutPolicy policy(3, 300);
    const ProbeOutcome c = checkOnvifCredentials(*ctx, o.services.first(), *CredentialList::loadBuiltIn(), policy);
    const Observation *cred = find(c, QStringLiteral("default-credentials"));
    QVERIFY(cred);
    QCOMPARE(attempts.load(), 1); // admin/admin first
    QVERIFY(cred->detail.contains(QStringLiteral("a***n")));
}

void TestOnvif::notOnvif()
{
    FakeTcpServer dev(QStringLiteral("127.0.0.1"), [](FakeConn &c) {
        c.readRequest();
        c.send("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\nnot found");
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeOnvif(*ctx, dev.endpoint(), false);
    QVERIFY(o.services.isEmpty());
    QCOMPARE(o.transcripts.size(), 1);
    QCOMPARE(dev.connections(), 1);
}

QTEST_GUILESS_MAIN(TestOnvif)
#include "tst_onvif.moc"
