// FTP against a real vsftpd (anonymous allowed) on 127.0.0.4:12121, and
// hostile fakes: an endless banner, a server that locks after two failures.
#include "LineTestEnv.h"

#include "core/probe/line/LineProbes.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ab::probe;

namespace {
const QString Addr = QStringLiteral("127.0.0.4");
constexpr quint16 Port = 12121;

const Observation *find(const ProbeOutcome &o, const QString &check)
{
    for (const Observation &x : o.observations)
        if (x.check == check)
            return &x;
    return nullptr;
}
} // namespace

class TestFtp final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void vsftpdAnonymous();
    void credentialCheckSkipsAnonymousAndRespectsLimit();
    void weakPasswordFound();
    void endlessBanner();
    void lockoutStopsTheCheck();
    void outOfScopeSendsNothing();

private:
    QTemporaryDir m_dir;
    probetest::Daemon m_vsftpd;
    bool m_up = false;
};

void TestFtp::initTestCase()
{
    const QString vsftpd = probetest::findTool(QStringLiteral("vsftpd"));
    if (vsftpd.isEmpty())
        return;
    QVERIFY(m_dir.isValid());
    const QString root = m_dir.filePath(QStringLiteral("root"));
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QDir().mkpath(root);
    QDir().mkpath(empty);
    QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                    | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    QFile conf(m_dir.filePath(QStringLiteral("vsftpd.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("listen=YES\nlisten_ipv6=NO\nlisten_address=" + Addr.toLatin1() + "\nlisten_port=" + QByteArray::number(Port)
               + "\nanonymous_enable=YES\nlocal_enable=NO\nanon_root=" + root.toUtf8() + "\nbackground=NO\nsecure_chroot_dir="
               + empty.toUtf8() + "\nseccomp_sandbox=NO\nxferlog_enable=NO\nmax_login_fails=2\ndelay_failed_login=0\n");
    conf.close();
    QVERIFY2(!probetest::tcpOpen(Addr, Port), "the test port is already taken by another process");
    m_up = m_vsftpd.start(vsftpd, {conf.fileName()}, Addr, Port);
    QVERIFY2(m_up, m_vsftpd.output().constData());
}

void TestFtp::cleanupTestCase() { m_vsftpd.stop(); }

void TestFtp::vsftpdAnonymous()
{
    PROBETEST_REQUIRE_TOOL(vsftpd, "vsftpd");
    QVERIFY(m_up);
    auto ctx = probetest::loopbackContext();
    const ProbeOutcome o = probeFtp(*ctx, {QHostAddress(Addr), Port});
    QCOMPARE(o.services.size(), 1);
    const Service &s = o.services[0];
    QCOMPARE(s.name, QStringLiteral("ftp"));
    QCOMPARE(s.product, QStringLiteral("vsFTPd"));
    QVERIFY2(s.version.startsWith(QLatin1String("3.")), qPrintable(s.version));
    QCOMPARE(s.facts.value(QStringLiteral("ftp.anonymous")).toString(), QStringLiteral("accepted"));
    QVERIFY(s.facts.value(QStringLiteral("ftp.features")).toStringList().contains(QStringLiteral("EPSV")));
    const Observation *open = find(o, QStringLiteral("ftp-open"));
    QVERIFY(open);
    QCOMPARE(open->severity, Severity::Medium);
    const Observation *anon = find(o, QStringLiteral("default-credentials"));
    QVERIFY2(anon, o.transcripts.value(0).render().constData());
    QCOMPARE(anon->severity, Severity::High);
    QVERIFY(anon->title.contains(QLatin1String("anonymous")));
    QVERIFY(!anon->detail.contains(QLatin1String("auditbench@"))); // masked
    QVERIFY(find(o, QStringLiteral("banner-version-disclosure")));
    QCOMPARE(o.transcripts.size(), 1);
    const QByteArray text = o.transcripts[0].render();
    QVERIFY(text.contains("USER anonymous"));
    QVERIFY(text.contains("230 Login successful"));
    QVERIFY(text.contains("QUIT"));
}

void TestFtp::credentialCheckSkipsAnonymousAndRespectsLimit()
{
    PROBETEST_REQUIRE_TOOL(vsftpd, "vsftpd");
    QVERIFY(m_up);
    // local_enable=NO: every non-anonymous login fails with 530; vsftpd
    // closes after max_login_fails=2, so the check must reconnect.
    ab::probe::Limits limits;
    limits.attemptsPerAccount = 2;
    auto ctx = probetest::loopbackContext(limits);
    LockoutPolicy policy(limits.attemptsPerAccount, limits.attemptWindowSeconds);
    const auto list = linetest::credentials(R"([{"services":["ftp"],"user":"anonymous","password":"x@"},
        {"services":["ftp"],"user":"admin","password":"adm1n1"},{"services":["ftp"],"user":"admin","password":"adm1n2"},
        {"services":["ftp"],"user":"admin","password":"adm1n3"},{"services":["ftp"],"user":"root","password":"r1"}])");
    Service s;
    s.endpoint = {QHostAddress(Addr), Port};
    s.name = QStringLiteral("ftp");
    s.facts.insert(QStringLiteral("ftp.anonymous"), QStringLiteral("accepted"));
    const ProbeOutcome o = checkFtpCredentials(*ctx, s, list, policy);
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("ftp"), QStringLiteral("anonymous")), 0);
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("ftp"), QStringLiteral("admin")), 2); // a3 never sent
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("ftp"), QStringLiteral("root")), 1);
    QVERIFY(!policy.lockedOut(s.endpoint, QStringLiteral("ftp"))); // 530 and vsftpd's per-connection limit are not lockouts
    const QByteArray text = o.transcripts.value(0).render();
    QVERIFY(!text.contains("PASS adm1n3"));
    QVERIFY(text.contains("a***2")); // the note is masked
}

void TestFtp::weakPasswordFound()
{
    // A DVR's FTP with the account admin/12345; anonymous refused.
    std::atomic<int> passes{0};
    linetest::FakeTcpServer fake([&](int fd, const std::atomic<bool> &) {
        linetest::sendAll(fd, "220 DVR FTP server ready\r\n");
        QByteArray user;
        for (;;) {
            const QByteArray line = linetest::readLine(fd).trimmed();
            if (line.isEmpty() || line.startsWith("QUIT")) {
                linetest::sendAll(fd, "221 Bye\r\n");
                return;
            }
            if (line.startsWith("USER ")) {
                user = line.mid(5);
                linetest::sendAll(fd, "331 Password required\r\n");
            } else if (line.startsWith("PASS ")) {
                ++passes;
                linetest::sendAll(fd, user == "admin" && line.mid(5) == "12345" ? "230 Login successful.\r\n" : "530 Login incorrect.\r\n");
            } else {
                linetest::sendAll(fd, "502 Not implemented\r\n");
            }
        }
    });
    auto ctx = probetest::loopbackContext();
    LockoutPolicy policy(3, 300);
    const auto list = linetest::credentials(R"([{"services":["ftp"],"user":"admin","password":"admin"},
        {"services":["ftp"],"user":"admin","password":"12345"},{"services":["ftp"],"user":"admin","password":"never-tried"}])");
    Service s;
    s.endpoint = fake.endpoint();
    s.name = QStringLiteral("ftp");
    const ProbeOutcome o = checkFtpCredentials(*ctx, s, list, policy);
    const Observation *found = find(o, QStringLiteral("default-credentials"));
    QVERIFY(found);
    QCOMPARE(found->severity, Severity::High);
    QVERIFY2(found->detail.contains(QLatin1String("account admin, password 1***5")), qPrintable(found->detail));
    QVERIFY(!found->detail.contains(QLatin1String("12345")));
    QCOMPARE(passes.load(), 2); // it stops at the first accepted pair
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("ftp"), QStringLiteral("admin")), 2);
    QVERIFY(!found->transcripts.isEmpty());
    const QByteArray text = o.transcripts.at(found->transcripts.first()).render();
    QVERIFY(text.contains("230 Login successful"));
}

void TestFtp::endlessBanner()
{
    // 10 MB of banner without a line end: the reader gives up after one line's cap.
    std::atomic<qint64> sent{0};
    linetest::FakeTcpServer fake([&](int fd, const std::atomic<bool> &stop) {
        const QByteArray chunk(64 * 1024, 'A');
        linetest::sendAll(fd, "220 ");
        for (int i = 0; i < 160 && !stop; ++i) {
            if (!linetest::sendAll(fd, chunk))
                break;
            sent += chunk.size();
        }
    });
    auto ctx = probetest::loopbackContext();
    QElapsedTimer t;
    t.start();
    const ProbeOutcome o = probeFtp(*ctx, fake.endpoint());
    QVERIFY(t.elapsed() < 5000);
    QVERIFY(o.services.isEmpty());
    QVERIFY(o.observations.isEmpty());
    QCOMPARE(o.transcripts.size(), 1);
    QVERIFY(o.transcripts[0].bytes < 256 * 1024);
    QVERIFY(o.transcripts[0].render().contains("too long"));
}

void TestFtp::lockoutStopsTheCheck()
{
    std::atomic<int> passes{0};
    linetest::FakeTcpServer fake([&](int fd, const std::atomic<bool> &) {
        linetest::sendAll(fd, "220 CamFTP ready\r\n");
        for (;;) {
            const QByteArray line = linetest::readLine(fd);
            if (line.isEmpty() || line.startsWith("QUIT"))
                return;
            if (line.startsWith("USER")) {
                linetest::sendAll(fd, "331 Password required\r\n");
            } else if (line.startsWith("PASS")) {
                if (++passes <= 2)
                    linetest::sendAll(fd, "530 Login incorrect.\r\n");
                else
                    linetest::sendAll(fd, "530 Account locked: too many failures.\r\n");
            } else {
                linetest::sendAll(fd, "502 Not implemented\r\n");
            }
        }
    });
    auto ctx = probetest::loopbackContext();
    LockoutPolicy policy(3, 300);
    const auto list = linetest::credentials(R"([{"services":["ftp"],"user":"u1","password":"p1"},
        {"services":["ftp"],"user":"u2","password":"p2"},{"services":["ftp"],"user":"u3","password":"p3"},
        {"services":["ftp"],"user":"u4","password":"p4"},{"services":["ftp"],"user":"u5","password":"p5"}])");
    Service s;
    s.endpoint = fake.endpoint();
    const ProbeOutcome o = checkFtpCredentials(*ctx, s, list, policy);
    QCOMPARE(passes.load(), 3);
    QVERIFY(policy.lockedOut(s.endpoint, QStringLiteral("ftp")));
    QVERIFY(policy.lockoutSignal(s.endpoint, QStringLiteral("ftp")).contains(QLatin1String("locked")));
    QCOMPARE(policy.attempts(s.endpoint, QStringLiteral("ftp"), QStringLiteral("u4")), 0);
    QVERIFY(o.observations.isEmpty());
    // A later check on the same service does not try at all.
    const ProbeOutcome again = checkFtpCredentials(*ctx, s, list, policy);
    QCOMPARE(passes.load(), 3);
    QVERIFY(again.transcripts.isEmpty());
}

void TestFtp::outOfScopeSendsNothing()
{
    auto scope = ab::Scope::parse({QStringLiteral("127.0.0.9")});
    ProbeContext ctx(ScopeGate(scope.value()), {});
    const ProbeOutcome o = probeFtp(ctx, {QHostAddress(Addr), Port});
    QVERIFY(o.services.isEmpty());
    QVERIFY(o.transcripts.isEmpty());
    QCOMPARE(ctx.gate().refusals().size(), 1);
}

QTEST_GUILESS_MAIN(TestFtp)
#include "tst_ftp.moc"
