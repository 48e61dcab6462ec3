// SSH against a real OpenSSH sshd on 127.0.0.7:12222 with a host key and
// config in a temp dir. The weak account exists only inside a private mount
// namespace (LineTestEnv.h): nothing is added to the machine's users. Where
// namespaces are unavailable the login-success case is skipped; banner and
// wrong-password behaviour are still tested.
#include "LineTestEnv.h"

#include "core/probe/line/LineProbes.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ab::probe;

namespace {
const QString Addr = QStringLiteral("127.0.0.7");
constexpr quint16 Port = 12222;
const QByteArray TestPassword = "Summer2024!"; // a throwaway weak password of a namespace-only account

const Observation *find(const ProbeOutcome &o, const QString &check)
{
    for (const Observation &x : o.observations)
        if (x.check == check)
            return &x;
    return nullptr;
}
} // namespace

class TestSsh final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void banner();
    void wrongPasswordsStayWithinTheLimit();
    void weakAccountFound();
    void stopIsImmediate();
    void notSsh();

private:
    QTemporaryDir m_dir;
    probetest::Daemon m_sshd;
    linetest::NamespaceUser m_user;
    QString m_noUserReason;
    bool m_up = false;
};

void TestSsh::initTestCase()
{
    const QString sshd = probetest::findTool(QStringLiteral("sshd"));
    const QString keygen = probetest::findTool(QStringLiteral("ssh-keygen"));
    if (sshd.isEmpty() || keygen.isEmpty())
        return;
    QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege-separation directory
    const QString key = m_dir.filePath(QStringLiteral("host_ed25519"));
    QProcess kg;
    kg.start(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                      QStringLiteral("-f"), key});
    QVERIFY(kg.waitForFinished(10000));
    QCOMPARE(kg.exitCode(), 0);
    QFile conf(m_dir.filePath(QStringLiteral("sshd_config")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("HostKey " + key.toUtf8() + "\nPidFile none\nUsePAM no\nPasswordAuthentication yes\nKbdInteractiveAuthentication no\n"
               "PermitRootLogin no\nAuthorizedKeysFile none\nStrictModes no\nMaxStartups 50\nLogLevel ERROR\n");
    conf.close();
    QVERIFY2(!probetest::tcpOpen(Addr, Port), "the test port is already taken by another process");
    m_noUserReason = m_user.prepare(m_dir, TestPassword);
    const QStringList args{QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), conf.fileName(), QStringLiteral("-o"),
                           QStringLiteral("ListenAddress=%1:%2").arg(Addr).arg(Port)};
    if (m_noUserReason.isEmpty()) {
        const auto w = m_user.wrap(sshd, args);
        m_up = m_sshd.start(w.first, w.second, Addr, Port);
    } else {
        m_up = m_sshd.start(sshd, args, Addr, Port);
    }
    QVERIFY2(m_up, m_sshd.output().constData());
}

void TestSsh::cleanupTestCase() { m_sshd.stop(); }

void TestSsh::banner()
{
    PROBETEST_REQUIRE_TOOL(sshd, "sshd");
    QVERIFY(m_up);
    auto ctx = probetest::loopbackContext();
    const ProbeOutcome o = probeSsh(*ctx, {QHostAddress(Addr), Port});
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services[0];
    QCOMPARE(s.name, QStringLiteral("ssh"));
    QCOMPARE(s.product, QStringLiteral("OpenSSH"));
    QVERIFY2(!s.version.isEmpty() && s.version.at(0).isDigit(), qPrintable(s.version));
    QVERIFY(s.banner.startsWith(QLatin1String("SSH-2.0-OpenSSH_")));
    QCOMPARE(s.facts.value(QStringLiteral("ssh.protocol")).toString(), QStringLiteral("2.0"));
    QCOMPARE(o.observations.size(), 1);
    QCOMPARE(o.observations[0].check, QStringLiteral("banner-version-disclosure"));
    QCOMPARE(o.observations[0].severity, Severity::Low);
    QVERIFY(!find(o, QStringLiteral("mgmt-port-exposed"))); // the lead's check
    // Identification only: the probe sent nothing.
    for (const auto &x : o.transcripts[0].exchanges)
        QVERIFY(x.direction != Exchange::Direction::Sent);
}

void TestSsh::wrongPasswordsStayWithinTheLimit()
{
    PROBETEST_REQUIRE_TOOL(sshd, "sshd");
    QVERIFY(m_up);
    ab::probe::Limits limits;
    limits.attemptsPerAccount = 2;
    auto ctx = probetest::loopbackContext(limits);
    LockoutPolicy policy(limits.attemptsPerAccount, limits.attemptWindowSeconds);
    Service s;
    s.endpoint = {QHostAddress(Addr), Port};
    s.name = QStringLiteral("ssh");
    s.product = QStringLiteral("OpenSSH");
    const auto list = linetest::credentials(R"([{"services":["ssh"],"user":"abtest","password":"wrong-one"},
        {"services":["ssh"],"user":"abtest","password":"wrong-two"},{"services":["ssh"],"user":"abtest","password":"wrong-three"},
        {"services":["ssh"],"user":"root","password":"root-wrong"}])");
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = checkSshCredentials(*ctx, s, list, policy);
    QVERIFY(t.elapsed() < 15000);
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("ssh"), QStringLiteral("abtest")), 2);
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("ssh"), QStringLiteral("root")), 1);
    QVERIFY(!policy.lockedOut(s.endpoint, QStringLiteral("ssh"))); // "Permission denied" is not a lockout
    const QByteArray text = o.transcripts.value(0).render();
    QVERIFY2(text.contains("authentication methods offered: password"), text.constData());
    QVERIFY(!text.contains("wrong-one"));
}

void TestSsh::weakAccountFound()
{
    PROBETEST_REQUIRE_TOOL(sshd, "sshd");
    QVERIFY(m_up);
    if (!m_noUserReason.isEmpty())
        PROBETEST_SKIP_OR_FAIL(QStringLiteral("no throwaway account: %1").arg(m_noUserReason));
    auto ctx = probetest::loopbackContext();
    LockoutPolicy policy(3, 300);
    Service s;
    s.endpoint = {QHostAddress(Addr), Port};
    s.name = QStringLiteral("ssh");
    const auto list = linetest::credentials(R"([{"services":["ssh"],"user":"abtest","password":"not-it"},
        {"services":["ssh"],"user":"abtest","password":"Summer2024!"},{"services":["ssh"],"user":"abtest","password":"never"}])");
    const ProbeOutcome o = checkSshCredentials(*ctx, s, list, policy);
    const Observation *hit = find(o, QStringLiteral("default-credentials"));
    QVERIFY2(hit, o.transcripts.value(0).render().constData());
    QCOMPARE(hit->severity, Severity::High);
    QVERIFY(hit->detail.contains(QLatin1String("S***!")));
    QVERIFY(!hit->detail.contains(QLatin1String("Summer2024")));
    QVERIFY(hit->detail.contains(QLatin1String("2 attempt")));
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("ssh"), QStringLiteral("abtest")), 2);
}

void TestSsh::stopIsImmediate()
{
    // A server that accepts and says nothing: libssh would wait for the
    // banner; Stop must end the check at once.
    linetest::FakeTcpServer fake([](int, const std::atomic<bool> &stop) {
        while (!stop)
            QThread::msleep(20);
    });
    auto ctx = probetest::loopbackContext();
    LockoutPolicy policy(3, 300);
    Service s;
    s.endpoint = fake.endpoint();
    const auto list = linetest::credentials(R"([{"services":["ssh"],"user":"admin","password":"admin"}])");
    std::thread stopper([&] {
        QThread::msleep(300);
        ctx->cancel();
    });
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = checkSshCredentials(*ctx, s, list, policy);
    stopper.join();
    QVERIFY(t.elapsed() < 1500);
    QVERIFY(o.observations.isEmpty());
}

void TestSsh::notSsh()
{
    linetest::FakeTcpServer fake([](int fd, const std::atomic<bool> &) {
        for (int i = 0; i < 50; ++i)
            if (!linetest::sendAll(fd, "220 not ssh at all\r\n"))
                return;
    });
    auto ctx = probetest::loopbackContext();
    const ProbeOutcome o = probeSsh(*ctx, fake.endpoint());
    QVERIFY(o.services.isEmpty());
    QVERIFY(o.observations.isEmpty());
}

QTEST_GUILESS_MAIN(TestSsh)
#include "tst_ssh.moc"
