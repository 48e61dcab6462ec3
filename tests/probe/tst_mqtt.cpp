// MQTT against a real mosquitto on 127.0.0.6:11883 (anonymous allowed, then
// a password file with a weak account), and a broker that never answers.
#include "LineTestEnv.h"

#include "core/probe/line/LineProbes.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ab::probe;

namespace {
const QString Addr = QStringLiteral("127.0.0.6");
constexpr quint16 Port = 11883;

bool startMosquitto(probetest::Daemon &d, QTemporaryDir &dir, const QByteArray &extra)
{
    QFile conf(dir.filePath(QStringLiteral("mosquitto.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return false;
    conf.write("listener " + QByteArray::number(Port) + ' ' + Addr.toLatin1() + "\npersistence false\nlog_dest stdout\n"
               "user root\n" // the password file is in the test's private temp dir
               + extra);
    conf.close();
    if (probetest::tcpOpen(Addr, Port))
        return false; // the test port is taken by another process
    return d.start(probetest::findTool(QStringLiteral("mosquitto")), {QStringLiteral("-c"), conf.fileName()}, Addr, Port);
}
} // namespace

class TestMqtt final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anonymousBroker();
    void passwordBrokerWeakAccount();
    void silentBroker();
};

void TestMqtt::anonymousBroker()
{
    PROBETEST_REQUIRE_TOOL(mosquitto, "mosquitto");
    QTemporaryDir dir;
    probetest::Daemon d;
    QVERIFY2(startMosquitto(d, dir, "allow_anonymous true\n"), d.output().constData());
    auto ctx = probetest::loopbackContext();
    const ProbeOutcome o = probeMqtt(*ctx, {QHostAddress(Addr), Port});
    QCOMPARE(o.services.size(), 1);
    QCOMPARE(o.services[0].name, QStringLiteral("mqtt"));
    QCOMPARE(o.services[0].facts.value(QStringLiteral("mqtt.auth")).toString(), QStringLiteral("none"));
    QCOMPARE(o.observations.size(), 1);
    QCOMPARE(o.observations[0].check, QStringLiteral("default-credentials"));
    QCOMPARE(o.observations[0].severity, Severity::High);
    QVERIFY(o.observations[0].title.contains(QLatin1String("anonymous")));
    // CONNECT, then DISCONNECT; nothing else was sent (no SUBSCRIBE/PUBLISH).
    QList<QByteArray> sent;
    for (const auto &x : o.transcripts[0].exchanges)
        if (x.direction == Exchange::Direction::Sent)
            sent << x.data;
    QCOMPARE(sent.size(), 2);
    QCOMPARE(quint8(sent[0][0]), quint8(0x10));
    QCOMPARE(sent[1].toHex(), QByteArray("e000"));
    d.stop();
    QVERIFY(!d.output().contains("Error"));
}

void TestMqtt::passwordBrokerWeakAccount()
{
    PROBETEST_REQUIRE_TOOL(mosquitto, "mosquitto");
    PROBETEST_REQUIRE_TOOL(passwd, "mosquitto_passwd");
    QTemporaryDir dir;
    const QString pwFile = dir.filePath(QStringLiteral("passwords"));
    QProcess mp; // the password goes through stdin, never the command line
    mp.start(passwd, {QStringLiteral("-c"), pwFile, QStringLiteral("camera")});
    QVERIFY(mp.waitForStarted());
    mp.write("camera123\ncamera123\n");
    mp.closeWriteChannel();
    QVERIFY(mp.waitForFinished(5000));
    QCOMPARE(mp.exitCode(), 0);
    probetest::Daemon d;
    QVERIFY2(startMosquitto(d, dir, "allow_anonymous false\npassword_file " + pwFile.toUtf8() + '\n'), d.output().constData());
    auto ctx = probetest::loopbackContext();
    const ProbeOutcome probe = probeMqtt(*ctx, {QHostAddress(Addr), Port});
    QCOMPARE(probe.services.size(), 1);
    QCOMPARE(probe.services[0].facts.value(QStringLiteral("mqtt.auth")).toString(), QStringLiteral("required"));
    QVERIFY(probe.observations.isEmpty());
    LockoutPolicy policy(3, 300);
    const auto list = linetest::credentials(R"([{"services":["mqtt"],"user":"camera","password":"camera"},
        {"services":["mqtt"],"user":"","password":"nouser"},{"services":["mqtt"],"user":"camera","password":"camera123"},
        {"services":["mqtt"],"user":"camera","password":"never-tried"}])");
    const ProbeOutcome o = checkMqttCredentials(*ctx, probe.services[0], list, policy);
    QCOMPARE(o.observations.size(), 1);
    QCOMPARE(o.observations[0].check, QStringLiteral("default-credentials"));
    QVERIFY(o.observations[0].detail.contains(QLatin1String("c***3")));
    QVERIFY(!o.observations[0].detail.contains(QLatin1String("camera123")));
    QVERIFY(o.observations[0].detail.contains(QLatin1String("2 attempt")));
    QCOMPARE(policy.attempts(probe.services[0].endpoint, QStringLiteral("mqtt"), QStringLiteral("camera")), 2);
}

void TestMqtt::silentBroker()
{
    linetest::FakeTcpServer fake([](int fd, const std::atomic<bool> &stop) {
        while (!stop) // reads the CONNECT and never answers
            linetest::readLine(fd, 100);
    });
    ab::probe::Limits limits;
    limits.ioTimeoutMs = 800;
    auto ctx = probetest::loopbackContext(limits);
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeMqtt(*ctx, fake.endpoint());
    QVERIFY(t.elapsed() < 2000);
    QVERIFY(o.services.isEmpty());
    QCOMPARE(o.transcripts.size(), 1);
    QVERIFY(o.transcripts[0].render().contains("no CONNACK"));
}

QTEST_GUILESS_MAIN(TestMqtt)
#include "tst_mqtt.moc"
