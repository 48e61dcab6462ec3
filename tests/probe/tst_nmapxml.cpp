// nmap XML import: fixtures produced by the real nmap on 127.0.0.1, a live
// scan of a real sshd on 127.0.0.1 run by the test, a hand-written
// multi-host file, and hostile input (truncated, entity bombs, external
// entities, huge attributes, deep nesting) refused quickly and clearly.
#include "ProbeTestEnv.h"

#include "core/probe/Fingerprints.h"
#include "core/probe/NmapXml.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ab::probe;

namespace
{
QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("AB_TEST_DATA") + QStringLiteral("/nmap/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const Service *findService(const QList<Service> &list, quint16 port)
{
    for (const Service &s : list)
        if (s.endpoint.port == port)
            return &s;
    return nullptr;
}
} // namespace

class TestNmapXml final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realLoopbackFixture();
    void multiHost();
    void liveScanOfRealSshd();
    void hostile_data();
    void hostile();
    void hugeAttributeIsRefusedQuickly();
    void scriptOutputIsBounded();
    void deepNestingAndElementCap();
    void sizeCap();
};

void TestNmapXml::realLoopbackFixture()
{
    // nmap -n -sT -Pn -sV --script=http-title -p 18481,18482,18483 127.0.0.1 -oX
    // against lighttpd on :18481 and openssl s_server -www on :18482.
    const QByteArray xml = fixture(QStringLiteral("loopback-http-tls.xml"));
    QVERIFY(!xml.isEmpty());
    auto scan = parseNmapXml(xml);
    QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().message));
    QCOMPARE(scan->scanner, QStringLiteral("nmap"));
    QCOMPARE(scan->version, QStringLiteral("7.93"));
    QVERIFY(scan->args.startsWith(QLatin1String("nmap -n -sT -Pn -sV --script=http-title"))); // &#45; decoded
    QCOMPARE(scan->started, QDateTime::fromSecsSinceEpoch(1795269131, Qt::UTC));
    QCOMPARE(scan->finished, QDateTime::fromSecsSinceEpoch(1795269175, Qt::UTC));
    QCOMPARE(scan->hosts.size(), 1);
    const NmapHost &h = scan->hosts[0];
    QCOMPARE(h.status, QStringLiteral("up"));
    QCOMPARE(h.ipAddress(), QStringLiteral("127.0.0.1"));
    QCOMPARE(h.ports.size(), 3);
    const NmapPort &web = h.ports[0];
    QCOMPARE(web.protocol, QStringLiteral("tcp"));
    QCOMPARE(web.port, quint16(18481));
    QCOMPARE(web.state, QStringLiteral("open"));
    QCOMPARE(web.reason, QStringLiteral("syn-ack"));
    QCOMPARE(web.serviceName, QStringLiteral("http"));
    QCOMPARE(web.product, QStringLiteral("lighttpd"));
    QCOMPARE(web.version, QStringLiteral("1.4.69"));
    QCOMPARE(web.cpe, QStringList{QStringLiteral("cpe:/a:lighttpd:lighttpd:1.4.69")});
    QCOMPARE(web.scripts.size(), 2);
    QCOMPARE(web.scripts[1].id, QStringLiteral("http-title"));
    QCOMPARE(web.scripts[1].output, QStringLiteral("Fixture camera"));
    const NmapPort &tls = h.ports[1];
    QCOMPARE(tls.tunnel, QStringLiteral("ssl"));
    QCOMPARE(tls.scripts[0].output, QStringLiteral("Site doesn't have a title (text/html).")); // &apos; decoded
    QCOMPARE(h.ports[2].state, QStringLiteral("closed"));

    const QList<Service> services = toServices(*scan);
    QCOMPARE(services.size(), 2); // the closed port is not a service
    const Service *http = findService(services, 18481);
    QVERIFY(http);
    QCOMPARE(http->endpoint.address, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(http->name, QStringLiteral("http"));
    QCOMPARE(http->product, QStringLiteral("lighttpd"));
    QCOMPARE(http->version, QStringLiteral("1.4.69"));
    QCOMPARE(http->banner, QStringLiteral("lighttpd 1.4.69"));
    QCOMPARE(http->facts.value(QStringLiteral("http.server")).toString(), QStringLiteral("lighttpd 1.4.69"));
    QCOMPARE(http->facts.value(QStringLiteral("nmap.script.http-title")).toString(), QStringLiteral("Fixture camera"));
    QVERIFY(!http->tls);
    const Service *https = findService(services, 18482);
    QVERIFY(https);
    QVERIFY(https->tls);
    QCOMPARE(https->name, QStringLiteral("https"));
}

void TestNmapXml::multiHost()
{
    auto scan = parseNmapXml(fixture(QStringLiteral("multi-host.xml")));
    QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().message));
    QCOMPARE(scan->hosts.size(), 3);
    const NmapHost &cam = scan->hosts[0];
    QCOMPARE(cam.macAddress(), QStringLiteral("BC:AD:28:00:00:01"));
    QCOMPARE(cam.macVendor(), QStringLiteral("Hangzhou Hikvision Digital Technology"));
    QCOMPARE(cam.hostnames, QStringList{QStringLiteral("cam-01.example")});
    QCOMPARE(cam.hostScripts.size(), 1);
    QCOMPARE(cam.hostScripts[0].id, QStringLiteral("nbstat"));
    QVERIFY(cam.ports[4].scripts.size() == 1 && cam.ports[4].protocol == QLatin1String("udp"));
    QCOMPARE(scan->hosts[1].status, QStringLiteral("down"));
    QCOMPARE(scan->hosts[2].ipAddress(), QStringLiteral("2001:db8::5"));

    const QList<Service> services = toServices(*scan);
    // 80, 443, 554, udp/161 on the camera (8000 is filtered), 21 on the v6 host; nothing from the down host.
    QCOMPARE(services.size(), 5);
    const Service *snmp = findService(services, 161);
    QVERIFY(snmp);
    QCOMPARE(snmp->transport, QStringLiteral("udp"));
    QCOMPARE(snmp->facts.value(QStringLiteral("nmap.mac_vendor")).toString(), QStringLiteral("Hangzhou Hikvision Digital Technology"));
    const Service *boa = findService(services, 443);
    QVERIFY(boa && boa->tls && boa->name == QLatin1String("https"));
    const Service *ftp = findService(services, 21);
    QVERIFY(ftp);
    QCOMPARE(ftp->endpoint.address, QHostAddress(QStringLiteral("2001:db8::5")));

    // Imported services feed the fingerprint matcher like probed ones.
    auto fp = Fingerprints::loadBuiltIn();
    QVERIFY(fp.ok());
    const QList<Observation> boaObs = matchFingerprints(*fp, *boa);
    QCOMPARE(boaObs.size(), 1);
    QCOMPARE(boaObs[0].cve, QStringLiteral("CVE-2017-9833"));
    const QList<Observation> ftpObs = matchFingerprints(*fp, *ftp);
    QCOMPARE(ftpObs.size(), 1);
    QCOMPARE(ftpObs[0].cve, QStringLiteral("CVE-2011-2523"));
}

void TestNmapXml::liveScanOfRealSshd()
{
    PROBETEST_REQUIRE_TOOL(nmap, "nmap");
    PROBETEST_REQUIRE_TOOL(sshd, "sshd");
    PROBETEST_REQUIRE_TOOL(keygen, "ssh-keygen");
    // sshd insists on its privilege-separation directory.
    if (!QDir(QStringLiteral("/run/sshd")).exists() && !QDir().mkpath(QStringLiteral("/run/sshd")))
        PROBETEST_SKIP_OR_FAIL(QStringLiteral("/run/sshd is missing and cannot be created"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("hostkey"));
    QCOMPARE(QProcess::execute(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                        QString(), QStringLiteral("-f"), key}),
             0);
    const quint16 port = 18622;
    QFile conf(dir.filePath(QStringLiteral("sshd_config")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("ListenAddress 127.0.0.1:%1\nHostKey %2\nPidFile %3\nUsePAM no\n")
                   .arg(port)
                   .arg(key, dir.filePath(QStringLiteral("sshd.pid")))
                   .toUtf8());
    conf.close();
    probetest::Daemon daemon;
    QVERIFY2(daemon.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), conf.fileName()},
                          QStringLiteral("127.0.0.1"), port),
             daemon.output().constData());
    // Only ever 127.0.0.1, two high ports: the sshd and a closed neighbour.
    const QString out = dir.filePath(QStringLiteral("scan.xml"));
    QProcess nmapRun;
    nmapRun.start(nmap, {QStringLiteral("-n"), QStringLiteral("-sT"), QStringLiteral("-Pn"), QStringLiteral("-sV"), QStringLiteral("-p"),
                         QStringLiteral("%1,%2").arg(port).arg(port + 1), QStringLiteral("127.0.0.1"), QStringLiteral("-oX"), out});
    QVERIFY(nmapRun.waitForFinished(20000));
    QCOMPARE(nmapRun.exitCode(), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto scan = parseNmapXml(f.readAll());
    QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().message));
    QCOMPARE(scan->hosts.size(), 1);
    QCOMPARE(scan->hosts[0].ports.size(), 2);
    const QList<Service> services = toServices(*scan);
    QCOMPARE(services.size(), 1);
    const Service &ssh = services[0];
    QCOMPARE(ssh.endpoint.port, port);
    QCOMPARE(ssh.name, QStringLiteral("ssh"));
    QCOMPARE(ssh.product, QStringLiteral("OpenSSH"));
    QVERIFY2(ssh.facts.value(QStringLiteral("ssh.banner")).toString().startsWith(QLatin1String("OpenSSH ")), qPrintable(ssh.banner));
    // Debian 12's sshd carries the regreSSHion fix: imported banners must not raise it.
    auto fp = Fingerprints::loadBuiltIn();
    QVERIFY(fp.ok());
    if (ssh.version.contains(QLatin1String("deb12u"))) {
        const QList<Observation> obs = matchFingerprints(*fp, ssh);
        QVERIFY2(obs.isEmpty(), qPrintable(obs.isEmpty() ? QString() : obs[0].detail));
    }
}

void TestNmapXml::hostile_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("comment only") << QByteArray("<?xml version=\"1.0\"?><!-- nothing -->") << "no <nmaprun>";
    QTest::newRow("truncated real scan") << fixture(QStringLiteral("BrokenTruncated.xml")) << "ends early";
    QTest::newRow("billion laughs") << fixture(QStringLiteral("BrokenEntityBomb.xml")) << "DTD";
    QTest::newRow("external entity") << fixture(QStringLiteral("BrokenExternalEntity.xml")) << "DTD";
    QTest::newRow("not nmap") << fixture(QStringLiteral("BrokenNotNmap.xml")) << "<html>";
    QTest::newRow("port out of range") << fixture(QStringLiteral("BrokenBadPort.xml")) << "70000";
    QTest::newRow("undeclared entity") << QByteArray("<nmaprun scanner=\"nmap\">&nope;</nmaprun>") << "line 1";
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe<nmaprun", 13) << "line";
    QTest::newRow("two roots") << QByteArray("<nmaprun/><nmaprun/>") << "line";
}

void TestNmapXml::hostile()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, mustMention);
    QElapsedTimer t;
    t.start();
    auto scan = parseNmapXml(xml);
    QVERIFY(!scan.ok());
    QCOMPARE(scan.error().code, ab::ErrorCode::BadInput);
    QVERIFY2(scan.error().message.contains(mustMention), qPrintable(scan.error().message));
    QVERIFY(t.elapsed() < 1000);
}

void TestNmapXml::hugeAttributeIsRefusedQuickly()
{
    QByteArray xml = "<nmaprun scanner=\"nmap\" args=\"" + QByteArray(10 * 1024 * 1024, 'A') + "\" version=\"7.93\"></nmaprun>";
    QElapsedTimer t;
    t.start();
    auto scan = parseNmapXml(xml);
    QVERIFY(!scan.ok());
    QVERIFY2(scan.error().message.contains(QLatin1String("\"args\"")), qPrintable(scan.error().message));
    QVERIFY2(t.elapsed() < 3000, QByteArray::number(t.elapsed()).constData());
}

void TestNmapXml::scriptOutputIsBounded()
{
    NmapLimits limits;
    QByteArray xml = "<nmaprun scanner=\"nmap\"><host><status state=\"up\"/><address addr=\"127.0.0.1\" addrtype=\"ipv4\"/><ports>"
                     "<port protocol=\"tcp\" portid=\"80\"><state state=\"open\"/><script id=\"ssl-cert\" output=\"" +
                     QByteArray(limits.maxScriptOutput * 2, 'x') + "\"/>";
    for (int i = 0; i < limits.maxScriptsPerPort + 5; ++i)
        xml += "<script id=\"s" + QByteArray::number(i) + "\" output=\"o\"/>";
    xml += "</port></ports></host></nmaprun>";
    auto scan = parseNmapXml(xml, limits);
    QVERIFY2(scan.ok(), qPrintable(scan.ok() ? QString() : scan.error().message));
    QVERIFY(scan->scriptsTruncated);
    const NmapPort &p = scan->hosts[0].ports[0];
    QCOMPARE(p.scripts.size(), limits.maxScriptsPerPort);
    QCOMPARE(p.scripts[0].output.size(), limits.maxScriptOutput);
}

void TestNmapXml::deepNestingAndElementCap()
{
    QByteArray deep = "<nmaprun>" + QByteArray("<a>").repeated(10000) + QByteArray("</a>").repeated(10000) + "</nmaprun>";
    auto d = parseNmapXml(deep);
    QVERIFY(!d.ok());
    QVERIFY2(d.error().message.contains(QLatin1String("deeper")), qPrintable(d.error().message));

    NmapLimits small;
    small.maxElements = 100;
    const QByteArray many = "<nmaprun>" + QByteArray("<verbose/>").repeated(200) + "</nmaprun>";
    auto m = parseNmapXml(many, small);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message.contains(QLatin1String("100 elements")), qPrintable(m.error().message));
}

void TestNmapXml::sizeCap()
{
    NmapLimits small;
    small.maxBytes = 1024 * 1024;
    const QByteArray big = "<nmaprun>" + QByteArray(2 * 1024 * 1024, ' ') + "</nmaprun>";
    auto r = parseNmapXml(big, small);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("larger than 1 MiB")), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestNmapXml)
#include "tst_nmapxml.moc"
