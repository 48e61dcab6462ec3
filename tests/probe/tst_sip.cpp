// probeSip over UDP and TCP against scripted SIP servers: a registrar that
// accepts a REGISTER without credentials, one that challenges (GB/T 28181
// style realm), and one that never answers. The requests themselves are
// checked: Via with branch, From with a 20-digit device id and tag, To,
// Call-ID, CSeq, and no Contact on REGISTER (a query, no binding changed).
#include "FakeDevice.h"
#include "ProbeTestEnv.h"

#include "core/probe/web/WebProbes.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace ab::probe;
using namespace ab::probe::web;
using probetest::FakeConn;
using probetest::FakeTcpServer;
using probetest::FakeUdpServer;

namespace {

Limits fastLimits()
{
    Limits l;
    l.connectTimeoutMs = 500;
    l.ioTimeoutMs = 400;
    l.exchangeTimeoutMs = 1500;
    return l;
}

const Observation *find(const ProbeOutcome &o, const QString &check)
{
    for (const Observation &x : o.observations)
        if (x.check == check)
            return &x;
    return nullptr;
}

// A SIP response echoing the request's Via/From/To/Call-ID/CSeq.
QByteArray sipReply(const QByteArray &req, const QByteArray &status, const QByteArray &extra = {})
{
    QByteArray r = "SIP/2.0 " + status + "\r\n";
    for (const char *h : {"Via", "From", "To", "Call-ID", "CSeq"})
        r += QByteArray(h) + ": " + probetest::requestHeader(req, h) + (QByteArray(h) == "To" ? ";tag=srv1" : "") + "\r\n";
    return r + "Server: LiveGBS v240101\r\n" + extra + "Content-Length: 0\r\n\r\n";
}

// 100 Trying first, then the final answer; REGISTER decided by `challenge`.
QList<QByteArray> answer(const QByteArray &req, bool challenge)
{
    const QByteArray method = probetest::requestLine(req).split(' ').value(0);
    if (method == "OPTIONS")
        return {sipReply(req, "200 OK", "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER, MESSAGE\r\n")};
    if (method == "REGISTER")
        return {sipReply(req, "100 Trying"),
                challenge ? sipReply(req, "401 Unauthorized", "WWW-Authenticate: Digest realm=\"3402000000\", nonce=\"9bd055\", algorithm=MD5\r\n")
                          : sipReply(req, "200 OK", "Expires: 3600\r\n")};
    return {};
}

bool wellFormed(const QByteArray &req)
{
    static const QRegularExpression from(QStringLiteral("^<sip:\\d{20}@\\d{10}>;tag=\\w+$"));
    return probetest::requestHeader(req, "Via").contains(";branch=z9hG4bK")
        && from.match(QString::fromLatin1(probetest::requestHeader(req, "From"))).hasMatch()
        && !probetest::requestHeader(req, "To").isEmpty() && !probetest::requestHeader(req, "Call-ID").isEmpty()
        && probetest::requestHeader(req, "CSeq").endsWith(probetest::requestLine(req).split(' ').value(0))
        && probetest::requestHeader(req, "Max-Forwards") == "70" && probetest::requestHeader(req, "Content-Length") == "0";
}

} // namespace

class TestSip final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void udpAcceptsRegister();
    void udpChallenges();
    void tcpChallenges();
    void silent();
};

void TestSip::udpAcceptsRegister()
{
    FakeUdpServer srv(QStringLiteral("127.0.0.1"), [](const QByteArray &d) { return answer(d, false); });
    QVERIFY(srv.ok());
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeSip(*ctx, srv.endpoint(), QStringLiteral("udp"));
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services.first();
    QCOMPARE(s.name, QStringLiteral("sip"));
    QCOMPARE(s.transport, QStringLiteral("udp"));
    QCOMPARE(s.product, QStringLiteral("LiveGBS"));
    QCOMPARE(s.version, QStringLiteral("240101"));
    QCOMPARE(s.facts.value(QStringLiteral("register")).toString(), QStringLiteral("accepted"));
    QVERIFY(s.facts.value(QStringLiteral("methods")).toString().contains(QStringLiteral("REGISTER")));
    const Observation *obs = find(o, QStringLiteral("sip-register-no-challenge"));
    QVERIFY(obs);
    QCOMPARE(obs->severity, Severity::High);
    const QList<QByteArray> got = srv.received();
    // OPTIONS; REGISTER, whose 100 Trying came first; the REGISTER again
    // (a retransmission of the same transaction) to collect the final answer
    QCOMPARE(got.size(), 3);
    for (const QByteArray &r : got)
        QVERIFY2(wellFormed(r), r.constData());
    QVERIFY(got.at(1).startsWith("REGISTER sip:127.0.0.1:"));
    QCOMPARE(got.at(2), got.at(1));
    QVERIFY(!got.at(1).contains("\r\nContact:")); // a binding query, nothing registered
    QVERIFY(probetest::requestHeader(got.at(1), "Via").startsWith("SIP/2.0/UDP "));
}

void TestSip::udpChallenges()
{
    FakeUdpServer srv(QStringLiteral("127.0.0.1"), [](const QByteArray &d) { return answer(d, true); });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeSip(*ctx, srv.endpoint(), QStringLiteral("udp"));
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services.first();
    QCOMPARE(s.facts.value(QStringLiteral("register")).toString(), QStringLiteral("challenged"));
    QCOMPARE(s.facts.value(QStringLiteral("auth")).toString(), QStringLiteral("digest"));
    QCOMPARE(s.facts.value(QStringLiteral("sip.realm")).toString(), QStringLiteral("3402000000"));
    QVERIFY(o.observations.isEmpty());
}

void TestSip::tcpChallenges()
{
    std::atomic<int> wellFormedRequests{0};
    FakeTcpServer srv(QStringLiteral("127.0.0.1"), [&](FakeConn &c) {
        for (;;) {
            const QByteArray req = c.readRequest(3000);
            if (req.isEmpty())
                return;
            if (wellFormed(req) && probetest::requestHeader(req, "Via").startsWith("SIP/2.0/TCP 127.0.0.1:"))
                ++wellFormedRequests;
            for (const QByteArray &r : answer(req, true))
                c.send(r);
        }
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    const ProbeOutcome o = probeSip(*ctx, srv.endpoint(), QStringLiteral("tcp"));
    QCOMPARE(o.services.size(), 1);
    QCOMPARE(o.services.first().transport, QStringLiteral("tcp"));
    QCOMPARE(o.services.first().facts.value(QStringLiteral("register")).toString(), QStringLiteral("challenged"));
    QCOMPARE(wellFormedRequests.load(), 2);
    QCOMPARE(srv.connections(), 1);
    QVERIFY(o.observations.isEmpty());
}

void TestSip::silent()
{
    FakeUdpServer srv(QStringLiteral("127.0.0.1"), [](const QByteArray &) { return QList<QByteArray>(); });
    auto ctx = probetest::loopbackContext(fastLimits());
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeSip(*ctx, srv.endpoint(), QStringLiteral("udp"));
    QVERIFY(t.elapsed() < 2000);
    QVERIFY(o.services.isEmpty());
    QCOMPARE(srv.datagrams(), 2);
    // garbage answers are not SIP
    FakeUdpServer junk(QStringLiteral("127.0.0.1"), [](const QByteArray &) { return QList<QByteArray>{QByteArray("\x30\x82\x01\x00garbage")}; });
    QVERIFY(probeSip(*ctx, junk.endpoint(), QStringLiteral("udp")).services.isEmpty());
}

QTEST_GUILESS_MAIN(TestSip)
#include "tst_sip.moc"
