// SNMP against a real snmpd on 127.0.0.5:11161 (default community "public",
// then a strong one), and fakes answering malformed BER.
#include "LineTestEnv.h"

#include "core/probe/Conn.h"
#include "core/probe/line/LineProbes.h"
#include "core/probe/line/SnmpBer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ab::probe;

namespace {
const QString Addr = QStringLiteral("127.0.0.5");
constexpr quint16 Port = 11161;
const QByteArray Communities = R"([{"services":["snmp"],"user":"","password":"public"},{"services":["snmp"],"user":"","password":"private"}])";

ab::probe::Limits fastLimits()
{
    ab::probe::Limits l;
    l.ioTimeoutMs = 400; // silence is the only answer to a wrong community
    return l;
}
} // namespace

class TestSnmp final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultCommunity();
    void strongCommunityNoFinding();
    void v1OnlyAgent();
    void malformedReplies_data();
    void malformedReplies();
    void closedPortStopsEarly();

private:
    bool startSnmpd(probetest::Daemon &d, QTemporaryDir &dir, const QByteArray &community, bool v1Only = false);
};

bool TestSnmp::startSnmpd(probetest::Daemon &d, QTemporaryDir &dir, const QByteArray &community, bool v1Only)
{
    QFile conf(dir.filePath(QStringLiteral("snmpd.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return false;
    // rocommunity answers v1 and v2c; the VACM form maps the community to SNMPv1 only (old cameras and DVRs).
    conf.write(v1Only ? QByteArray("com2sec loc 127.0.0.0/8 " + community + "\ngroup g1 v1 loc\nview all included .1\naccess g1 \"\" v1 noauth exact all none none\n")
                      : QByteArray("rocommunity " + community + " 127.0.0.0/8\n"));
    conf.write("sysDescr AuditBench test camera firmware V5.4.5\nsysName testcam-01\nsysObjectID .1.3.6.1.4.1.8072.3.2.10\n");
    conf.close();
    qputenv("SNMP_PERSISTENT_DIR", dir.path().toLocal8Bit());
    if (!d.start(probetest::findTool(QStringLiteral("snmpd")),
                 {QStringLiteral("-f"), QStringLiteral("-Lo"), QStringLiteral("-C"), QStringLiteral("-c"), conf.fileName(),
                  QStringLiteral("udp:%1:%2").arg(Addr).arg(Port)}))
        return false;
    // Wait until the agent answers (it binds after reading its config).
    auto ctx = probetest::loopbackContext();
    const auto req = *snmp::encodeGet(v1Only ? snmp::Version::V1 : snmp::Version::V2c, community, 1, {QStringLiteral("1.3.6.1.2.1.1.5.0")});
    for (int i = 0; i < 40; ++i) {
        auto r = udpExchange(*ctx, {QHostAddress(Addr), Port}, req, nullptr, 100);
        if (r && !r->isEmpty())
            return true;
    }
    return false;
}

void TestSnmp::defaultCommunity()
{
    PROBETEST_REQUIRE_TOOL(snmpd, "snmpd");
    QTemporaryDir dir;
    probetest::Daemon d;
    QVERIFY2(startSnmpd(d, dir, "public"), d.output().constData());
    auto ctx = probetest::loopbackContext(fastLimits());
    LockoutPolicy policy(3, 300);
    const ProbeOutcome o = probeSnmp(*ctx, {QHostAddress(Addr), Port}, linetest::credentials(Communities), policy);
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services[0];
    QCOMPARE(s.name, QStringLiteral("snmp"));
    QCOMPARE(s.transport, QStringLiteral("udp"));
    QCOMPARE(s.banner, QStringLiteral("AuditBench test camera firmware V5.4.5"));
    QCOMPARE(s.version, QStringLiteral("V5.4.5"));
    QCOMPARE(s.facts.value(QStringLiteral("snmp.sysName")).toString(), QStringLiteral("testcam-01"));
    QCOMPARE(s.facts.value(QStringLiteral("snmp.sysObjectID")).toString(), QStringLiteral("1.3.6.1.4.1.8072.3.2.10"));
    QCOMPARE(s.facts.value(QStringLiteral("snmp.version")).toString(), QStringLiteral("v2c"));
    QCOMPARE(o.observations.size(), 1);
    const Observation &ob = o.observations[0];
    QCOMPARE(ob.check, QStringLiteral("snmp-default-community"));
    QCOMPARE(ob.severity, Severity::High);
    QVERIFY(ob.detail.contains(QLatin1String("p***c")));
    QVERIFY(!ob.detail.contains(QLatin1String("public")));
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("snmp"), snmpCommunityAccount(QStringLiteral("public"))), 1);
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("snmp"), snmpCommunityAccount(QStringLiteral("private"))), 0);
    // The budget is kept in the run's record in the clear: the community never is.
    const QByteArray state = QJsonDocument(policy.toJson()).toJson();
    QVERIFY2(!state.contains("public") && state.contains("community:"), state.constData());
}

void TestSnmp::strongCommunityNoFinding()
{
    PROBETEST_REQUIRE_TOOL(snmpd, "snmpd");
    QTemporaryDir dir;
    probetest::Daemon d;
    QVERIFY2(startSnmpd(d, dir, "Qv7-x9Lm2-Tr4p-8sWd"), d.output().constData());
    auto ctx = probetest::loopbackContext(fastLimits());
    LockoutPolicy policy(3, 300);
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeSnmp(*ctx, {QHostAddress(Addr), Port}, linetest::credentials(Communities), policy);
    QVERIFY(t.elapsed() < 4 * 400 + 1500);
    QVERIFY(o.services.isEmpty());
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(o.transcripts.size(), 1);
    // Two communities, each in v2c and v1.
    int sent = 0;
    for (const auto &x : o.transcripts[0].exchanges)
        sent += x.direction == Exchange::Direction::Sent;
    QCOMPARE(sent, 4);
}

void TestSnmp::v1OnlyAgent()
{
    PROBETEST_REQUIRE_TOOL(snmpd, "snmpd");
    QTemporaryDir dir;
    probetest::Daemon d;
    QVERIFY2(startSnmpd(d, dir, "public", true), d.output().constData());
    auto ctx = probetest::loopbackContext(fastLimits());
    LockoutPolicy policy(3, 300);
    const ProbeOutcome o = probeSnmp(*ctx, {QHostAddress(Addr), Port}, linetest::credentials(Communities), policy);
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services[0];
    QCOMPARE(s.facts.value(QStringLiteral("snmp.version")).toString(), QStringLiteral("v1"));
    QCOMPARE(s.banner, QStringLiteral("AuditBench test camera firmware V5.4.5"));
    QCOMPARE(s.facts.value(QStringLiteral("snmp.sysName")).toString(), QStringLiteral("testcam-01"));
    QCOMPARE(o.observations.size(), 1);
    QCOMPARE(o.observations[0].check, QStringLiteral("snmp-default-community"));
    QVERIFY(o.observations[0].detail.contains(QLatin1String("SNMP v1")));
    // v2c went unanswered first, then v1 answered: one community, one attempt.
    const QByteArray text = o.transcripts[0].render();
    QVERIFY(text.contains("GetRequest v2c") && text.contains("GetRequest v1"));
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("snmp"), snmpCommunityAccount(QStringLiteral("public"))), 1);
}

void TestSnmp::malformedReplies_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("length overflow") << 0;
    QTest::newRow("deep nesting") << 1;
    QTest::newRow("wrong request id") << 2;
    QTest::newRow("huge datagram of garbage") << 3;
}

void TestSnmp::malformedReplies()
{
    QFETCH(int, kind);
    linetest::FakeUdpServer fake([kind](const QByteArray &req) -> QByteArray {
        auto m = snmp::decode(req);
        switch (kind) {
        case 0: return QByteArray::fromHex("30847fffffff020101040670");
        case 1: {
            QByteArray deep;
            for (int i = 0; i < 2000 && deep.size() < 60000; ++i) {
                const qsizetype n = deep.size();
                deep.prepend(n < 128 ? QByteArray(1, char(n)) : QByteArray("\x82", 1) + char(n >> 8) + char(n & 0xff));
                deep.prepend('\x30');
            }
            return deep;
        }
        case 2: {
            snmp::Message r = m ? *m : snmp::Message();
            r.pduType = snmp::GetResponsePdu;
            r.requestId += 1;
            return snmp::encode(r).value();
        }
        default: return QByteArray(60000, char(0xa2));
        }
    });
    auto ctx = probetest::loopbackContext(fastLimits());
    LockoutPolicy policy(3, 300);
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeSnmp(*ctx, fake.endpoint(), linetest::credentials(Communities), policy);
    QVERIFY(t.elapsed() < 5000);
    QVERIFY(o.services.isEmpty());
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(fake.requests(), 4);
}

void TestSnmp::closedPortStopsEarly()
{
    // Nothing listens on 127.0.0.5:11162: ICMP port unreachable ends the probe after one request.
    auto ctx = probetest::loopbackContext();
    LockoutPolicy policy(3, 300);
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeSnmp(*ctx, {QHostAddress(Addr), 11162}, linetest::credentials(Communities), policy);
    QVERIFY(t.elapsed() < 1000);
    QVERIFY(o.services.isEmpty());
    QCOMPARE(o.transcripts.size(), 1);
    QVERIFY(o.transcripts[0].render().contains("port unreachable"));
}

QTEST_GUILESS_MAIN(TestSnmp)
#include "tst_snmp.moc"
