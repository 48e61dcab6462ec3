// The web probes' parsers on good, truncated, oversized and malformed input:
// HTTP/RTSP/SIP responses, authentication challenges and their answers
// (checked against the RFC examples), SOAP replies and WS-UsernameToken.
#include "core/probe/web/DigestAuth.h"
#include "core/probe/web/HttpMessage.h"
#include "core/probe/web/Soap.h"
#include "core/probe/web/WebClient.h"
#include "core/probe/web/WebProbes.h"

#include <QTest>

using namespace ab::probe::web;

class TestWebParsers final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void response_data();
    void response();
    void incrementalEqualsOneShot();
    void caps();
    void keptOpenLeftover();
    void rtspNoLengthNoBody();
    void challenges_data();
    void challenges();
    void challengeBounds();
    void preferred();
    void digestRfc2617();
    void digestRfc7616();
    void digestHeaderAndVariants();
    void basic();
    void wsToken();
    void soap_data();
    void soap();
    void soapHostile();
    void serverHeaders_data();
    void serverHeaders();
    void vendors();
    void titles_data();
    void titles();
    void lockoutSignals_data();
    void lockoutSignals();
};

void TestWebParsers::response_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("cut");
    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nServer: x\r\n\r\nhello") << true << 200
                                    << QByteArray("hello") << false;
    QTest::newRow("until close") << QByteArray("HTTP/1.0 200 OK\r\n\r\nabc") << true << 200 << QByteArray("abc") << false;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n")
                             << true << 200 << QByteArray("abcde") << false;
    QTest::newRow("chunked upper hex") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n")
                                       << true << 200 << QByteArray("0123456789") << false;
    QTest::newRow("bare LF") << QByteArray("HTTP/1.1 404 Not Found\nContent-Length: 2\n\nno") << true << 404 << QByteArray("no") << false;
    QTest::newRow("no reason") << QByteArray("HTTP/1.1 204\r\n\r\n") << true << 204 << QByteArray() << false;
    QTest::newRow("304 has no body") << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n") << true << 304 << QByteArray()
                                     << false;
    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: one\r\n two\r\nContent-Length: 0\r\n\r\n") << true << 200
                                   << QByteArray() << false;
    QTest::newRow("rtsp") << QByteArray("RTSP/1.0 401 Unauthorized\r\nCSeq: 2\r\nWWW-Authenticate: Digest realm=\"x\", nonce=\"n\"\r\n\r\n")
                          << true << 401 << QByteArray() << false;
    QTest::newRow("sip") << QByteArray("SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n") << true << 200 << QByteArray() << false;
    QTest::newRow("truncated body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true << 200 << QByteArray("abc")
                                    << true;
    QTest::newRow("truncated chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc") << true << 200
                                     << QByteArray("abc") << true;
    QTest::newRow("truncated header") << QByteArray("HTTP/1.1 200 OK\r\nServer: x") << false << 0 << QByteArray() << false;
    QTest::newRow("empty") << QByteArray() << false << 0 << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << false << 0 << QByteArray() << false;
    QTest::newRow("ssh banner") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false << 0 << QByteArray() << false;
    QTest::newRow("letters status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false << 0 << QByteArray() << false;
    QTest::newRow("status 42") << QByteArray("HTTP/1.1 42 OK\r\n\r\n") << false << 0 << QByteArray() << false;
    QTest::newRow("lower proto") << QByteArray("http/1.1 200 OK\r\n\r\n") << false << 0 << QByteArray() << false;
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nabc") << false << 0 << QByteArray()
                                     << false;
    QTest::newRow("conflicting lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << false << 0
                                         << QByteArray() << false;
    QTest::newRow("huge length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\nab") << false << 0
                                 << QByteArray() << false;
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n") << false
                                    << 0 << QByteArray() << false;
    QTest::newRow("chunk without crlf") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n") << false
                                        << 0 << QByteArray() << false;
}

void TestWebParsers::response()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, cut);
    const auto r = parseResponse(input);
    QCOMPARE(r.ok(), ok);
    if (!ok)
        return;
    QCOMPARE(r->status, status);
    QCOMPARE(r->body, body);
    QCOMPARE(r->bodyCut, cut);
}

void TestWebParsers::incrementalEqualsOneShot()
{
    const QByteArray in = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nServer: lighttpd/1.4.69\r\n\r\n"
                          "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
    ResponseParser p;
    ResponseParser::State st = ResponseParser::State::NeedMore;
    for (const char c : in)
        st = p.feed(QByteArray(1, c));
    QCOMPARE(st, ResponseParser::State::Done);
    QCOMPARE(p.response().body, QByteArray("hello world"));
    QCOMPARE(p.response().header("server"), QByteArray("lighttpd/1.4.69"));
    QVERIFY(!p.response().bodyCut);
}

void TestWebParsers::caps()
{
    ParseOptions o;
    o.maxBodyBytes = 100;
    o.maxHeaderBytes = 1024;
    o.maxHeaders = 10;
    // body over the cap: cut at exactly the cap
    auto r = parseResponse("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + QByteArray(5000, 'a'), o);
    QVERIFY(r.ok());
    QCOMPARE(r->body.size(), 100);
    QVERIFY(r->bodyCut);
    // endless chunks: cut at the cap
    QByteArray chunks = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 100; ++i)
        chunks += "10\r\n0123456789abcdef\r\n";
    r = parseResponse(chunks, o);
    QVERIFY(r.ok());
    QCOMPARE(r->body.size(), 100);
    QVERIFY(r->bodyCut);
    // a header that never ends
    ResponseParser p(o);
    QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nX: " + QByteArray(2000, 'x')), ResponseParser::State::Error);
    // too many header lines
    QByteArray many = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 11; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QVERIFY(!parseResponse(many + "\r\n", o).ok());
    // trailers that never end
    QByteArray trailers = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n";
    for (int i = 0; i < 200; ++i)
        trailers += "X-T: 0123456789\r\n";
    QVERIFY(!parseResponse(trailers, o).ok());
}

void TestWebParsers::keptOpenLeftover()
{
    ResponseParser p(ParseOptions{100, 32 * 1024, 1024, false, false, false});
    QCOMPARE(p.feed("RTSP/1.0 200 OK\r\nCSeq: 1\r\nContent-Length: 3\r\n\r\nabcRTSP/1.0 401 X\r\n"), ResponseParser::State::Done);
    QCOMPARE(p.response().body, QByteArray("abc"));
    QCOMPARE(p.leftover(), QByteArray("RTSP/1.0 401 X\r\n"));
}

void TestWebParsers::rtspNoLengthNoBody()
{
    ParseOptions o;
    o.bodyUntilClose = false;
    ResponseParser p(o);
    QCOMPARE(p.feed("RTSP/1.0 200 OK\r\nCSeq: 1\r\n\r\n"), ResponseParser::State::Done);
    QVERIFY(p.response().body.isEmpty());
}

void TestWebParsers::challenges_data()
{
    QTest::addColumn<QList<QByteArray>>("headers");
    QTest::addColumn<QString>("schemes");
    QTest::addColumn<QByteArray>("realm");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<QByteArray>("qop");
    QTest::newRow("basic") << QList<QByteArray>{"Basic realm=\"AuditBench\""} << "basic" << QByteArray("AuditBench") << QByteArray()
                           << QByteArray("MD5") << QByteArray();
    QTest::newRow("digest full") << QList<QByteArray>{"Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
                                                      "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""}
                                 << "digest" << QByteArray("testrealm@host.com") << QByteArray("dcd98b7102dd2f0e8b11d0f600bfb0c093")
                                 << QByteArray("MD5") << QByteArray("auth,auth-int");
    QTest::newRow("two in one header") << QList<QByteArray>{"Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256, Basic realm=\"b\""}
                                       << "digest,basic" << QByteArray("r") << QByteArray("n") << QByteArray("SHA-256") << QByteArray();
    QTest::newRow("two headers") << QList<QByteArray>{"Digest realm=\"r\",nonce=\"n\",algorithm=MD5-sess", "Basic realm=\"b\""}
                                 << "digest,basic" << QByteArray("r") << QByteArray("n") << QByteArray("MD5-SESS") << QByteArray();
    QTest::newRow("escaped quote") << QList<QByteArray>{"Digest realm=\"a\\\"b\", nonce=\"x,y\""} << "digest" << QByteArray("a\"b")
                                   << QByteArray("x,y") << QByteArray("MD5") << QByteArray();
    QTest::newRow("odd spacing and case") << QList<QByteArray>{"DIGEST  REALM = \"R\" ,NONCE=abc , QOP=auth"} << "digest" << QByteArray("R")
                                          << QByteArray("abc") << QByteArray("MD5") << QByteArray("auth");
    QTest::newRow("unterminated quote") << QList<QByteArray>{"Digest nonce=\"n\", realm=\"abc, x"} << "digest" << QByteArray("abc, x")
                                        << QByteArray("n") << QByteArray("MD5") << QByteArray();
    QTest::newRow("token68") << QList<QByteArray>{"Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCg=="}
                             << "negotiate" << QByteArray() << QByteArray() << QByteArray("MD5") << QByteArray();
    QTest::newRow("empty") << QList<QByteArray>{""} << "" << QByteArray() << QByteArray() << QByteArray("MD5") << QByteArray();
    QTest::newRow("garbage") << QList<QByteArray>{"=,,=\"\"\x01\xff"} << "" << QByteArray() << QByteArray() << QByteArray("MD5")
                             << QByteArray();
}

void TestWebParsers::challenges()
{
    QFETCH(QList<QByteArray>, headers);
    QFETCH(QString, schemes);
    QFETCH(QByteArray, realm);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, algorithm);
    QFETCH(QByteArray, qop);
    const QList<AuthChallenge> cs = parseChallenges(headers);
    QCOMPARE(schemeNames(cs), schemes);
    if (cs.isEmpty())
        return;
    QCOMPARE(cs.first().realm(), realm);
    QCOMPARE(cs.first().nonce(), nonce);
    QCOMPARE(cs.first().algorithm(), algorithm);
    QCOMPARE(cs.first().param("qop"), qop);
}

void TestWebParsers::challengeBounds()
{
    QByteArray many;
    for (int i = 0; i < 100; ++i)
        many += "S" + QByteArray::number(i) + " a=1, ";
    QCOMPARE(parseChallenges({many}).size(), 16);
    QByteArray params = "Digest ";
    for (int i = 0; i < 100; ++i)
        params += "p" + QByteArray::number(i) + "=v, ";
    QCOMPARE(parseChallenges({params}).first().params.size(), 32);
    const auto big = parseChallenges({"Digest realm=\"" + QByteArray(100000, 'r') + "\""});
    QVERIFY(big.first().realm().size() <= 1024);
}

void TestWebParsers::preferred()
{
    auto c = ab::probe::web::preferredChallenge(parseChallenges({"Basic realm=\"b\"", "Digest realm=\"r\", nonce=\"n\""}));
    QCOMPARE(c.scheme, QByteArray("digest"));
    c = ab::probe::web::preferredChallenge(parseChallenges({"Digest realm=\"r\", nonce=\"n\", algorithm=MD5, Digest realm=\"r\", nonce=\"m\", algorithm=SHA-256"}));
    QCOMPARE(c.algorithm(), QByteArray("SHA-256"));
    // an algorithm we cannot compute falls back to Basic
    c = ab::probe::web::preferredChallenge(parseChallenges({"Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256, Basic realm=\"b\""}));
    QCOMPARE(c.scheme, QByteArray("basic"));
    // a digest without nonce is unusable
    QVERIFY(ab::probe::web::preferredChallenge(parseChallenges({"Digest realm=\"r\""})).scheme.isEmpty());
}

void TestWebParsers::digestRfc2617()
{
    // RFC 2617 §3.5
    const auto c = parseChallenges({"Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", "
                                    "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""})
                       .first();
    const DigestInput in{QStringLiteral("Mufasa"), QStringLiteral("Circle Of Life"), "GET", "/dir/index.html", "0a4f113b", 1, {}};
    QCOMPARE(digestResponse(c, in), QByteArray("6629fae49393a05397450978507c4ef1"));
    const QByteArray h = digestAuthorization(c, in);
    QVERIFY(h.startsWith("Digest username=\"Mufasa\""));
    QVERIFY(h.contains("response=\"6629fae49393a05397450978507c4ef1\""));
    QVERIFY(h.contains("qop=auth, nc=00000001, cnonce=\"0a4f113b\""));
    QVERIFY(h.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""));
    QVERIFY(h.contains("uri=\"/dir/index.html\""));
}

void TestWebParsers::digestRfc7616()
{
    // RFC 7616 §3.9.1, both algorithms
    const QByteArray base = "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
                            "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\", algorithm=";
    const DigestInput in{QStringLiteral("Mufasa"), QStringLiteral("Circle of Life"), "GET", "/dir/index.html",
                         "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", 1, {}};
    QCOMPARE(digestResponse(parseChallenges({base + "SHA-256"}).first(), in),
             QByteArray("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"));
    QCOMPARE(digestResponse(parseChallenges({base + "MD5"}).first(), in), QByteArray("8ca523f5e9506fed4657c9700eebdbec"));
}

void TestWebParsers::digestHeaderAndVariants()
{
    // RFC 2069 style (no qop): H(HA1:nonce:HA2); values from python hashlib
    const auto noQop = parseChallenges({"Digest realm=\"r\", nonce=\"n\""}).first();
    const DigestInput in{QStringLiteral("u"), QStringLiteral("p"), "DESCRIBE", "rtsp://127.0.0.1/", "c", 1, {}};
    QCOMPARE(digestResponse(noQop, in), QByteArray("598fa8bc0b716756dd193fffd7b905d5"));
    QVERIFY(!digestAuthorization(noQop, in).contains("qop="));
    // MD5-sess
    const auto sess = parseChallenges({"Digest realm=\"r\", nonce=\"n\", qop=\"auth\", algorithm=MD5-sess"}).first();
    QCOMPARE(digestResponse(sess, in), QByteArray("da7b1b88c42bc4a1ed416efad857ba05"));
    QVERIFY(digestAuthorization(sess, in).contains("algorithm=MD5-sess"));
    // auth-int only: the body is hashed in
    const auto integrity = parseChallenges({"Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\""}).first();
    DigestInput withBody = in;
    withBody.body = "<x/>";
    QCOMPARE(digestResponse(integrity, withBody), QByteArray("09b8f100a3dcb59df13b5fb741c361bc"));
    // nc counts in hex
    DigestInput nc = in;
    nc.nc = 26;
    QVERIFY(digestAuthorization(sess, nc).contains("nc=0000001a"));
    // unsupported algorithm: nothing
    QVERIFY(digestAuthorization(parseChallenges({"Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256"}).first(), in).isEmpty());
    // header injection through a realm is impossible: CR/LF never reach the header
    const auto evil = parseChallenges({"Digest realm=\"a\r\nX-Evil: 1\", nonce=\"n\""}).first();
    QVERIFY(!digestAuthorization(evil, in).contains('\n'));
}

void TestWebParsers::basic()
{
    QCOMPARE(basicAuthorization(QStringLiteral("Aladdin"), QStringLiteral("open sesame")), QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
}

void TestWebParsers::wsToken()
{
    // python3: base64(sha1(bytes(range(16)) + b'2024-01-02T03:04:05Z' + b'secret'))
    QByteArray nonce;
    for (int i = 0; i < 16; ++i)
        nonce += char(i);
    QCOMPARE(wsPasswordDigest(nonce, "2024-01-02T03:04:05Z", "secret"), QByteArray("YId6ZSvXCBx4L1qbUT4Hsj1W4Lc="));
    const QDateTime created(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QCOMPARE(wsCreated(created), QByteArray("2024-01-02T03:04:05Z"));
    const QByteArray token = wsUsernameToken(QStringLiteral("ad<min"), QStringLiteral("secret"), nonce, created);
    QVERIFY(token.contains("<Username>ad&lt;min</Username>"));
    QVERIFY(token.contains(">YId6ZSvXCBx4L1qbUT4Hsj1W4Lc=</Password>"));
    QVERIFY(token.contains(">AAECAwQFBgcICQoLDA0ODw==</Nonce>"));
    QVERIFY(!token.contains("secret"));
    // the envelope is well-formed SOAP
    const auto env = parseSoap(onvifDeviceRequest("GetDeviceInformation", token));
    QVERIFY(env.ok());
    QCOMPARE(env->firstBodyElement, QStringLiteral("GetDeviceInformation"));
}

void TestWebParsers::soap_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("first");
    QTest::addColumn<bool>("notAuthorized");
    QTest::addColumn<QString>("model");
    const QByteArray info = "<?xml version=\"1.0\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://www.w3.org/2003/05/soap-envelope\" "
                            "xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\"><SOAP-ENV:Header/><SOAP-ENV:Body>"
                            "<tds:GetDeviceInformationResponse><tds:Manufacturer>HIKVISION</tds:Manufacturer>"
                            "<tds:Model>DS-2CD2142FWD-I</tds:Model><tds:FirmwareVersion>V5.4.5 build 170124</tds:FirmwareVersion>"
                            "<tds:SerialNumber>DS-2CD2142FWD-I20170101AAWR123456789</tds:SerialNumber><tds:HardwareId>88</tds:HardwareId>"
                            "</tds:GetDeviceInformationResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>";
    QTest::newRow("device information") << info << true << "GetDeviceInformationResponse" << false << "DS-2CD2142FWD-I";
    QTest::newRow("fault 1.2") << QByteArray("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:ter=\"http://www.onvif.org/ver10/error\">"
                                             "<env:Body><env:Fault><env:Code><env:Value>env:Sender</env:Value><env:Subcode><env:Value>ter:NotAuthorized</env:Value>"
                                             "</env:Subcode></env:Code><env:Reason><env:Text xml:lang=\"en\">Sender not Authorized</env:Text></env:Reason>"
                                             "</env:Fault></env:Body></env:Envelope>")
                               << true << "Fault" << true << "";
    QTest::newRow("fault 1.1") << QByteArray("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                                             "<faultcode>s:Client</faultcode><faultstring>Not Authorized</faultstring></s:Fault></s:Body></s:Envelope>")
                               << true << "Fault" << true << "";
    QTest::newRow("other fault") << QByteArray("<e:Envelope xmlns:e=\"x\"><e:Body><e:Fault><e:Code><e:Value>e:Receiver</e:Value></e:Code>"
                                               "<e:Reason><e:Text>Action not supported</e:Text></e:Reason></e:Fault></e:Body></e:Envelope>")
                                 << true << "Fault" << false << "";
    QTest::newRow("truncated") << info.left(info.indexOf("<tds:SerialNumber>") + 5) << true << "GetDeviceInformationResponse" << false << "DS-2CD2142FWD-I";
    QTest::newRow("html") << QByteArray("<html><body>404</body></html>") << false << "" << false << "";
    QTest::newRow("not xml") << QByteArray("HTTP/1.1 200 OK") << false << "" << false << "";
    QTest::newRow("empty") << QByteArray() << false << "" << false << "";
    QTest::newRow("no body") << QByteArray("<Envelope><Header/></Envelope>") << true << "" << false << "";
}

void TestWebParsers::soap()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, ok);
    QFETCH(QString, first);
    QFETCH(bool, notAuthorized);
    QFETCH(QString, model);
    const auto r = parseSoap(xml);
    QCOMPARE(r.ok(), ok);
    if (!ok)
        return;
    QCOMPARE(r->firstBodyElement, first);
    QCOMPARE(r->notAuthorized(), notAuthorized);
    const DeviceInformation d = deviceInformation(*r);
    QCOMPARE(d.model, model);
    if (!model.isEmpty() && r->value(QStringLiteral("GetDeviceInformationResponse/HardwareId")) == QLatin1String("88")) {
        QCOMPARE(d.manufacturer, QStringLiteral("HIKVISION"));
        QCOMPARE(d.firmwareVersion, QStringLiteral("V5.4.5 build 170124"));
        QCOMPARE(d.hardwareId, QStringLiteral("88"));
    }
}

void TestWebParsers::soapHostile()
{
    // deep nesting is refused, not recursed into
    QByteArray deep = "<Envelope><Body>";
    for (int i = 0; i < 10000; ++i)
        deep += "<a>";
    QVERIFY(!parseSoap(deep).ok());
    // entity expansion stays bounded (Qt's own limit) and yields no huge value
    const QByteArray lol = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                           "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                           "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
                           "<Envelope><Body><GetDeviceInformationResponse><Model>&f;</Model></GetDeviceInformationResponse></Body></Envelope>";
    const auto r = parseSoap(lol);
    if (r.ok())
        QVERIFY(r->value(QStringLiteral("GetDeviceInformationResponse/Model")).size() <= 1024);
    // many leaves: capped
    QByteArray wide = "<Envelope><Body><R>";
    for (int i = 0; i < 5000; ++i)
        wide += "<v" + QByteArray::number(i) + ">x</v" + QByteArray::number(i) + ">";
    wide += "</R></Body></Envelope>";
    const auto w = parseSoap(wide);
    QVERIFY(w.ok());
    QVERIFY(w->values.size() <= 512);
    // time
    const auto t = parseSoap("<E:Envelope xmlns:E=\"x\"><E:Body><GetSystemDateAndTimeResponse><SystemDateAndTime><UTCDateTime>"
                             "<Date><Year>2025</Year><Month>3</Month><Day>4</Day></Date><Time><Hour>5</Hour><Minute>6</Minute><Second>7</Second></Time>"
                             "</UTCDateTime></SystemDateAndTime></GetSystemDateAndTimeResponse></E:Body></E:Envelope>");
    QVERIFY(t.ok());
    QCOMPARE(systemDateAndTime(*t), QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC));
    const auto bad = parseSoap("<E><Body><GetSystemDateAndTimeResponse><SystemDateAndTime><UTCDateTime>"
                               "<Date><Year>-5</Year><Month>13</Month><Day>4</Day></Date></UTCDateTime></SystemDateAndTime></GetSystemDateAndTimeResponse></Body></E>");
    QVERIFY(!bad.ok() || !systemDateAndTime(*bad).isValid());
}

void TestWebParsers::serverHeaders_data()
{
    QTest::addColumn<QByteArray>("server");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::newRow("lighttpd") << QByteArray("lighttpd/1.4.69") << "lighttpd" << "1.4.69";
    QTest::newRow("apache") << QByteArray("Apache/2.4.57 (Debian)") << "Apache" << "2.4.57";
    QTest::newRow("nginx bare") << QByteArray("nginx") << "nginx" << "";
    QTest::newRow("boa") << QByteArray("Boa/0.94.14rc21") << "Boa" << "0.94.14rc21";
    QTest::newRow("hikvision") << QByteArray("App-webs/") << "App-webs" << "";
    QTest::newRow("gst rtsp") << QByteArray("GStreamer RTSP server") << "GStreamer RTSP" << "";
    QTest::newRow("space version") << QByteArray("Dahua Rtsp Server 2.0") << "Dahua Rtsp" << "";
    QTest::newRow("v prefix") << QByteArray("Hipcam RealServer/V1.0") << "Hipcam RealServer" << "1.0";
    QTest::newRow("empty") << QByteArray() << "" << "";
    QTest::newRow("garbage") << QByteArray("\x01\x02/3.4") << "" << "";
}

void TestWebParsers::serverHeaders()
{
    QFETCH(QByteArray, server);
    QFETCH(QString, product);
    QFETCH(QString, version);
    const auto pv = ab::probe::web::productVersion(server);
    QCOMPARE(pv.first, product);
    QCOMPARE(pv.second, version);
}

void TestWebParsers::vendors()
{
    QCOMPARE(knownVendor(QStringLiteral("App-webs/")), QStringLiteral("Hikvision"));
    QCOMPARE(knownVendor(QStringLiteral("NETSurveillance WEB")), QStringLiteral("Xiongmai"));
    QCOMPARE(knownVendor(QStringLiteral("AXIS M3045-V Network Camera")), QStringLiteral("Axis"));
    QCOMPARE(knownVendor(QStringLiteral("taxis and maxis")), QString());
    QCOMPARE(knownVendor(QStringLiteral("lighttpd/1.4.69")), QString());
}

void TestWebParsers::titles_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("title");
    QTest::newRow("plain") << QByteArray("<html><head><title> Web  Service </title>") << QByteArray() << "Web Service";
    QTest::newRow("utf8") << QByteArray("<TITLE>\xe7\x99\xbb\xe5\xbd\x95</TITLE>") << QByteArray("text/html; charset=utf-8")
                          << QString::fromUtf8("\xe7\x99\xbb\xe5\xbd\x95");
    QTest::newRow("gbk header") << QByteArray("<title>\xb5\xc7\xc2\xbc</title>") << QByteArray("text/html; charset=GBK")
                                << QString::fromUtf8("\xe7\x99\xbb\xe5\xbd\x95"); // 登录
    QTest::newRow("gb2312 meta") << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>\xb5\xc7\xc2\xbc</title>")
                                 << QByteArray("text/html") << QString::fromUtf8("\xe7\x99\xbb\xe5\xbd\x95");
    QTest::newRow("vietnamese") << QByteArray("<meta charset=\"utf-8\"><title>\xc4\x90\xc4\x83ng nh\xe1\xba\xadp</title>") << QByteArray()
                                << QString::fromUtf8("\xc4\x90\xc4\x83ng nh\xe1\xba\xadp");
    QTest::newRow("latin1 fallback") << QByteArray("<title>Caf\xe9</title>") << QByteArray() << QString::fromUtf8("Caf\xc3\xa9");
    QTest::newRow("entities") << QByteArray("<title>A &amp; B</title>") << QByteArray() << "A & B";
    QTest::newRow("none") << QByteArray("<html>no title</html>") << QByteArray() << "";
    QTest::newRow("unclosed") << QByteArray("<title>abc") << QByteArray() << "abc";
    QTest::newRow("unknown charset") << QByteArray("<title>abc</title>") << QByteArray("text/html; charset=x-nonsense") << "abc";
}

void TestWebParsers::titles()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, title);
    QCOMPARE(htmlTitle(body, contentType), title);
}

void TestWebParsers::lockoutSignals_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("lockout");
    QTest::newRow("401") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n") << false;
    QTest::newRow("423") << QByteArray("HTTP/1.1 423 Locked\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("429") << QByteArray("HTTP/1.1 429 Too Many\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("503") << QByteArray("RTSP/1.0 503 Service Unavailable\r\n\r\n") << true;
    QTest::newRow("403") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n") << true;
    QTest::newRow("body en") << QByteArray("HTTP/1.1 401 U\r\n\r\nUser LOCKED for 30 minutes.") << true;
    QTest::newRow("body zh") << QByteArray("HTTP/1.1 401 U\r\n\r\n\xe8\xb4\xa6\xe6\x88\xb7\xe5\xb7\xb2\xe9\x94\x81\xe5\xae\x9a")
                             << true;
    QTest::newRow("body vi") << QByteArray("HTTP/1.1 401 U\r\n\r\nT\xc3\xa0i kho\xe1\xba\xa3n b\xe1\xbb\x8b kh\xc3\xb3" "a")
                             << true;
    QTest::newRow("hikvision xml") << QByteArray("HTTP/1.1 401 U\r\n\r\n<lockStatus>lock</lockStatus>") << true;
}

void TestWebParsers::lockoutSignals()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, lockout);
    const auto r = parseResponse(response);
    QVERIFY(r.ok());
    QCOMPARE(!lockoutSignal(*r).isEmpty(), lockout);
}

QTEST_GUILESS_MAIN(TestWebParsers)
#include "tst_webparsers.moc"
