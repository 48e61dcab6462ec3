// Telnet against the real inetutils telnetd under openbsd-inetd on
// 127.0.0.8:12323, and hostile fakes: endless IAC/garbage, a server that
// locks after two failures. The weak account used for the login-success case
// exists only inside a private mount namespace (LineTestEnv.h).
#include "LineTestEnv.h"

#include "core/probe/line/LineProbes.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ab::probe;

namespace {
const QString Addr = QStringLiteral("127.0.0.8");
constexpr quint16 Port = 12323;
const QByteArray TestPassword = "Camera-2024"; // a throwaway weak password of a namespace-only account

const Observation *find(const ProbeOutcome &o, const QString &check)
{
    for (const Observation &x : o.observations)
        if (x.check == check)
            return &x;
    return nullptr;
}
} // namespace

class TestTelnet final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void realTelnetd();
    void wrongPasswordIsBoundedAndNoLockout();
    void weakAccountFound();
    void endlessOptionsAndGarbage();
    void lockoutStopsTheCheck();

private:
    QTemporaryDir m_dir;
    probetest::Daemon m_inetd;
    linetest::NamespaceUser m_user;
    QString m_noUserReason;
    bool m_up = false;
};

void TestTelnet::initTestCase()
{
    const QString inetd = probetest::findTool(QStringLiteral("inetd"));
    const QString telnetd = probetest::findTool(QStringLiteral("telnetd"));
    if (inetd.isEmpty() || telnetd.isEmpty())
        return;
    QFile conf(m_dir.filePath(QStringLiteral("inetd.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(Addr.toLatin1() + ':' + QByteArray::number(Port) + " stream tcp nowait root " + telnetd.toUtf8() + " telnetd\n");
    conf.close();
    QVERIFY2(!probetest::tcpOpen(Addr, Port), "the test port is already taken by another process");
    m_noUserReason = m_user.prepare(m_dir, TestPassword);
    const QStringList args{QStringLiteral("-d"), conf.fileName()};
    if (m_noUserReason.isEmpty()) {
        const auto w = m_user.wrap(inetd, args);
        m_up = m_inetd.start(w.first, w.second, Addr, Port);
    } else {
        m_up = m_inetd.start(inetd, args, Addr, Port);
    }
    QVERIFY2(m_up, m_inetd.output().constData());
}

void TestTelnet::cleanupTestCase() { m_inetd.stop(); }

void TestTelnet::realTelnetd()
{
    PROBETEST_REQUIRE_TOOL(inetd, "inetd");
    PROBETEST_REQUIRE_TOOL(telnetd, "telnetd");
    QVERIFY(m_up);
    auto ctx = probetest::loopbackContext();
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeTelnet(*ctx, {QHostAddress(Addr), Port});
    QVERIFY(t.elapsed() < 5000);
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services[0];
    QCOMPARE(s.name, QStringLiteral("telnet"));
    QCOMPARE(s.facts.value(QStringLiteral("telnet.prompt")).toString(), QStringLiteral("login"));
    QVERIFY(s.facts.value(QStringLiteral("telnet.optionCommands")).toInt() > 0);
    QVERIFY2(s.banner.startsWith(QLatin1String("Linux ")), qPrintable(s.banner)); // inetutils: "Linux <release> (<host>) (pts/N)"
    const Observation *open = find(o, QStringLiteral("telnet-open"));
    QVERIFY(open);
    QCOMPARE(open->severity, Severity::High);
    const Observation *disclosure = find(o, QStringLiteral("banner-version-disclosure"));
    QVERIFY(disclosure);
    QCOMPARE(disclosure->severity, Severity::Low);
    QVERIFY(!find(o, QStringLiteral("default-credentials")));
    // We refused what telnetd asked for (terminal type, speed, environment...): WONT/DONT only, plus DO ECHO/SGA.
    QByteArray sent;
    for (const auto &x : o.transcripts[0].exchanges)
        if (x.direction == Exchange::Direction::Sent)
            sent += x.data;
    QVERIFY(sent.contains(QByteArray::fromHex("fffc18"))); // WONT TTYPE
    QVERIFY(!sent.contains(QByteArray::fromHex("fffb")));  // never WILL
}

void TestTelnet::wrongPasswordIsBoundedAndNoLockout()
{
    PROBETEST_REQUIRE_TOOL(inetd, "inetd");
    PROBETEST_REQUIRE_TOOL(telnetd, "telnetd");
    QVERIFY(m_up);
    auto ctx = probetest::loopbackContext();
    LockoutPolicy policy(1, 300);
    Service s;
    s.endpoint = {QHostAddress(Addr), Port};
    s.name = QStringLiteral("telnet");
    const auto list = linetest::credentials(R"([{"services":["telnet"],"user":"nobody-here","password":"wrong-1"},
        {"services":["telnet"],"user":"nobody-here","password":"wrong-2"}])");
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = checkTelnetCredentials(*ctx, s, list, policy);
    QVERIFY(t.elapsed() < 12000); // login's failure delay is ~3 s
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("telnet"), QStringLiteral("nobody-here")), 1);
    QVERIFY(!policy.lockedOut(s.endpoint, QStringLiteral("telnet"))); // "Login incorrect" is an ordinary failure
    const QByteArray text = o.transcripts.value(0).render();
    QVERIFY(text.contains("Login incorrect"));
    QVERIFY(!text.contains("wrong-2"));
}

void TestTelnet::weakAccountFound()
{
    PROBETEST_REQUIRE_TOOL(inetd, "inetd");
    PROBETEST_REQUIRE_TOOL(telnetd, "telnetd");
    QVERIFY(m_up);
    if (!m_noUserReason.isEmpty())
        PROBETEST_SKIP_OR_FAIL(QStringLiteral("no throwaway account: %1").arg(m_noUserReason));
    auto ctx = probetest::loopbackContext();
    LockoutPolicy policy(3, 300);
    Service s;
    s.endpoint = {QHostAddress(Addr), Port};
    s.name = QStringLiteral("telnet");
    const auto list = linetest::credentials(R"([{"services":["telnet"],"user":"abtest","password":"not-it"},
        {"services":["telnet"],"user":"abtest","password":"Camera-2024"},{"services":["telnet"],"user":"abtest","password":"never"}])");
    const ProbeOutcome o = checkTelnetCredentials(*ctx, s, list, policy);
    const Observation *hit = find(o, QStringLiteral("default-credentials"));
    QVERIFY2(hit, o.transcripts.value(0).render().constData());
    QCOMPARE(hit->severity, Severity::High);
    QVERIFY(hit->detail.contains(QLatin1String("abtest")));
    QVERIFY(hit->detail.contains(QLatin1String("C***4")));
    QVERIFY(!hit->detail.contains(QLatin1String("Camera-2024")));
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("telnet"), QStringLiteral("abtest")), 2);
}

void TestTelnet::endlessOptionsAndGarbage()
{
    linetest::FakeTcpServer fake([](int fd, const std::atomic<bool> &stop) {
        QByteArray chunk;
        for (int i = 0; i < 4096; ++i)
            chunk += QByteArray::fromHex("fffd") + char(i % 256) + QByteArray::fromHex("fffb") + char((i * 7) % 256) + "\x01garbage\x1b[";
        while (!stop && linetest::sendAll(fd, chunk)) {
        }
    });
    ab::probe::Limits limits;
    limits.maxResponseBytes = 512 * 1024;
    auto ctx = probetest::loopbackContext(limits);
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeTelnet(*ctx, fake.endpoint());
    QVERIFY(t.elapsed() < 5000);
    QCOMPARE(o.transcripts.size(), 1);
    qint64 sent = 0, received = 0;
    for (const auto &x : o.transcripts[0].exchanges)
        (x.direction == Exchange::Direction::Sent ? sent : received) += x.data.size();
    QVERIFY(sent <= 256 * 2 * 3);                       // each option answered once
    QVERIFY(received < limits.maxResponseBytes + 65536); // cap honoured
    // It spoke telnet, so the port is reported, but no prompt was ever found.
    QCOMPARE(o.services.size(), 1);
    QCOMPARE(o.services[0].facts.value(QStringLiteral("telnet.prompt")).toString(), QStringLiteral("none"));
}

void TestTelnet::lockoutStopsTheCheck()
{
    std::atomic<int> passwords{0};
    linetest::FakeTcpServer fake([&](int fd, const std::atomic<bool> &) {
        linetest::sendAll(fd, QByteArray::fromHex("fffb01fffb03") + "\r\nCamOS\r\nlogin: ");
        for (;;) {
            QByteArray user = linetest::readLine(fd);
            while (user.startsWith('\xff')) // our option answers come first
                user = user.mid(3);
            if (user.isEmpty())
                return;
            linetest::sendAll(fd, "Password: ");
            if (linetest::readLine(fd).isEmpty())
                return;
            if (++passwords <= 2) {
                linetest::sendAll(fd, "\r\nLogin incorrect\r\nlogin: ");
            } else {
                linetest::sendAll(fd, "\r\nAccount locked: too many failed logins\r\n");
                return;
            }
        }
    });
    auto ctx = probetest::loopbackContext();
    LockoutPolicy policy(3, 300);
    Service s;
    s.endpoint = fake.endpoint();
    const auto list = linetest::credentials(R"([{"services":["telnet"],"user":"u1","password":"p1"},
        {"services":["telnet"],"user":"u2","password":"p2"},{"services":["telnet"],"user":"u3","password":"p3"},
        {"services":["telnet"],"user":"u4","password":"p4"},{"services":["telnet"],"user":"u5","password":"p5"}])");
    const ProbeOutcome o = checkTelnetCredentials(*ctx, s, list, policy);
    QCOMPARE(passwords.load(), 3);
    QVERIFY(policy.lockedOut(s.endpoint, QStringLiteral("telnet")));
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("telnet"), QStringLiteral("u4")), 0);
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(fake.accepted(), 1);
}

QTEST_GUILESS_MAIN(TestTelnet)
#include "tst_telnet.moc"
