// probe, import-nmap, devices and findings end to end, against small fake
// devices this test runs on 127.0.0.1 (never any other address).
#include "CliHarness.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

using namespace abit;

namespace {

// A TCP listener on 127.x in a thread; each connection handled by `serve`.
class FakeDevice {
public:
    FakeDevice(const char *address, std::function<void(int)> serve) : m_serve(std::move(serve))
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        ::inet_pton(AF_INET, address, &sin.sin_addr);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) != 0 || ::listen(m_fd, 64) != 0)
            return;
        socklen_t len = sizeof sin;
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&sin), &len);
        m_port = ntohs(sin.sin_port);
        m_thread = std::thread([this] {
            while (!m_stop.load()) {
                pollfd p{m_fd, POLLIN, 0};
                if (::poll(&p, 1, 50) <= 0)
                    continue;
                const int c = ::accept(m_fd, nullptr, nullptr);
                if (c < 0)
                    continue;
                ++m_accepted;
                m_serve(c);
                ::close(c);
            }
        });
    }
    ~FakeDevice()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_fd);
    }
    quint16 port() const { return m_port; }
    int accepted() const { return m_accepted.load(); }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    std::function<void(int)> m_serve;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_accepted{0};
};

QByteArray readRequest(int fd)
{
    QByteArray in;
    char buf[4096];
    while (!in.contains("\r\n\r\n") && in.size() < 65536) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 2000) <= 0)
            break;
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        in.append(buf, n);
    }
    return in;
}

void sendAll(int fd, const QByteArray &data) { [[maybe_unused]] auto n = ::send(fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL); }

// A camera web UI with HTTP Basic and the factory password admin/admin.
void serveHttp(int fd)
{
    const QByteArray req = readRequest(fd);
    if (req.isEmpty())
        return;
    if (req.contains("Authorization: Basic YWRtaW46YWRtaW4=")) {
        const QByteArray body = "<html><head><title>IP Camera</title></head><body>ok</body></html>";
        sendAll(fd, "HTTP/1.1 200 OK\r\nServer: FakeCam/2.1\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size())
                        + "\r\nConnection: close\r\n\r\n" + body);
        return;
    }
    const QByteArray body = "<html><head><title>Login</title></head></html>";
    sendAll(fd, "HTTP/1.1 401 Unauthorized\r\nServer: FakeCam/2.1\r\nWWW-Authenticate: Basic realm=\"IPCam\"\r\nContent-Type: text/html\r\n"
                "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
}

// An installer's account the built-in lists do not know, HTTP Basic.
void serveInstallerHttp(int fd)
{
    const QByteArray req = readRequest(fd);
    if (req.isEmpty())
        return;
    // installer:Cam#2024
    if (req.contains("Authorization: Basic aW5zdGFsbGVyOkNhbSMyMDI0")) {
        sendAll(fd, "HTTP/1.1 200 OK\r\nServer: FakeCam/2.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        return;
    }
    sendAll(fd, "HTTP/1.1 401 Unauthorized\r\nServer: FakeCam/2.1\r\nWWW-Authenticate: Basic realm=\"IPCam\"\r\nContent-Length: 0\r\n"
                "Connection: close\r\n\r\n");
}

// A Telnet login on a non-standard port: option negotiation first, then a prompt.
void serveTelnet(int fd)
{
    sendAll(fd, QByteArray("\xff\xfb\x01\xff\xfb\x03", 6) + "\r\nBusyBox v1.20 camera\r\nlogin: ");
    char buf[256];
    pollfd p{fd, POLLIN, 0};
    for (int i = 0; i < 3 && ::poll(&p, 1, 1000) > 0; ++i)
        if (::recv(fd, buf, sizeof buf, 0) <= 0)
            break;
}

QJsonArray findingsOf(const QString &path)
{
    return run({QStringLiteral("findings"), path, QStringLiteral("--json")}).json().array();
}

QStringList checksOf(const QJsonArray &findings)
{
    QStringList out;
    for (const QJsonValue &v : findings)
        out.append(v.toObject().value(QStringLiteral("check")).toString());
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class TestCliProbe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void probesFakeDevices();
    void refusesOutOfScope();
    void stopsOnSignal();
    void userListsAndRules();
    void importsNmap();
    void importsNmapInsideScopeOnly();
    void rejectsBadNmap();

private:
    QString fresh(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Run r = run(initArgs(path));
        return r.exitCode == 0 ? path : QString();
    }
    QTemporaryDir m_dir;
};

void TestCliProbe::probesFakeDevices()
{
    FakeDevice http("127.0.0.1", serveHttp);
    FakeDevice telnet("127.0.0.1", serveTelnet);
    QVERIFY(http.port() && telnet.port());
    const QString path = fresh(QStringLiteral("probe.inspection"));
    QVERIFY(!path.isEmpty());
    const QString ports = QStringLiteral("%1,%2").arg(http.port()).arg(telnet.port());
    const Run r = run({QStringLiteral("probe"), path, QStringLiteral("--target"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), ports,
                       QStringLiteral("--no-udp"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject summary = r.json().object();
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(summary.value(QStringLiteral("hosts")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("open_ports")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("devices")).toInt(), 1);
    QVERIFY2(summary.value(QStringLiteral("services")).toInt() >= 2, qPrintable(r.describe()));

    // Devices: one, with an HTTP and a Telnet service, each with its transcript.
    const QJsonArray devices = run({QStringLiteral("devices"), path, QStringLiteral("--json")}).json().array();
    QCOMPARE(devices.size(), 1);
    const QJsonObject dev = devices.first().toObject();
    QCOMPARE(dev.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
    QMap<int, QJsonObject> byPort;
    for (const QJsonValue &v : dev.value(QStringLiteral("services")).toArray())
        byPort.insert(v.toObject().value(QStringLiteral("port")).toInt(), v.toObject());
    QCOMPARE(byPort.value(http.port()).value(QStringLiteral("name")).toString(), QStringLiteral("http"));
    QCOMPARE(byPort.value(telnet.port()).value(QStringLiteral("name")).toString(), QStringLiteral("telnet"));
    QVERIFY(!byPort.value(http.port()).value(QStringLiteral("evidence")).toArray().isEmpty());

    // Findings: the factory password, Basic over plain HTTP, Telnet open.
    const QJsonArray findings = findingsOf(path);
    const QStringList checks = checksOf(findings);
    for (const char *c : {"default-credentials", "http-basic-cleartext", "telnet-open"})
        QVERIFY2(checks.contains(QLatin1String(c)), qPrintable(checks.join(QLatin1Char(' '))));
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QVERIFY2(!f.value(QStringLiteral("evidence")).toArray().isEmpty(), qPrintable(f.value(QStringLiteral("title")).toString()));
        QVERIFY(f.value(QStringLiteral("asset")).toString().startsWith(QLatin1String("127.0.0.1")));
        if (f.value(QStringLiteral("check")).toString() == QLatin1String("default-credentials")) {
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
            QCOMPARE(f.value(QStringLiteral("item")).toString(), QStringLiteral("PRB-03"));
            // Masked in the finding; never the password itself.
            QVERIFY(!f.value(QStringLiteral("detail")).toString().contains(QLatin1String("password admin")));
        }
    }
    // The password and its Base64 never lie in the file unencrypted.
    const QByteArray raw = readFile(path);
    QVERIFY(!raw.contains("YWRtaW46YWRtaW4="));
    QVERIFY(!raw.contains("admin:admin"));

    // The probe items it could conclude on are answered from the findings.
    const QJsonArray questions = run({QStringLiteral("questions"), path, QStringLiteral("--json"), QStringLiteral("--all")}).json().array();
    QMap<QString, QJsonObject> q;
    for (const QJsonValue &v : questions)
        q.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    const QJsonObject prb03 = q.value(QStringLiteral("PRB-03"));
    QVERIFY2(prb03.value(QStringLiteral("answer")).toObject().value(QStringLiteral("value")).toString() == QLatin1String("noncompliant")
                 || prb03.value(QStringLiteral("value")).toString() == QLatin1String("noncompliant"),
             qPrintable(QString::fromUtf8(QJsonDocument(prb03).toJson())));

    // Everything went through the custody log: verify replays it whole.
    const Run v = run({QStringLiteral("verify"), path});
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    const Run info = run({QStringLiteral("info"), path, QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("findings")).toInt(), findings.size());

    // A run over part of the scope finds nothing on a quiet host: that says
    // nothing about the rest of the site, so no item becomes compliant.
    const Run partial = run({QStringLiteral("probe"), path, QStringLiteral("--target"), QStringLiteral("127.0.0.9"), QStringLiteral("--ports"),
                             QString::number(http.port()), QStringLiteral("--no-udp"), QStringLiteral("--json")});
    QVERIFY2(partial.exitCode == 0, qPrintable(partial.describe()));
    for (const QJsonValue &a : partial.json().object().value(QStringLiteral("answered")).toArray())
        QFAIL(qPrintable(QStringLiteral("answered %1 from a partial run").arg(a.toString())));

    // A target's own ports are the ones swept (HOST:PORTS over --ports).
    const Run own = run({QStringLiteral("probe"), path, QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(telnet.port()),
                         QStringLiteral("--ports"), QString::number(http.port()), QStringLiteral("--no-udp"), QStringLiteral("--no-credentials"),
                         QStringLiteral("--json")});
    QVERIFY2(own.exitCode == 0, qPrintable(own.describe()));
    QCOMPARE(own.json().object().value(QStringLiteral("open_ports")).toInt(), 1);

    // A second run merges into the same device, services and findings.
    const Run again = run({QStringLiteral("probe"), path, QStringLiteral("--target"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"), ports,
                           QStringLiteral("--no-udp"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(again.json().object().value(QStringLiteral("new_findings")).toInt(), 0);
    QCOMPARE(findingsOf(path).size(), findings.size());
    QCOMPARE(run({QStringLiteral("devices"), path, QStringLiteral("--json")}).json().array().size(), 1);
    QCOMPARE(run({QStringLiteral("verify"), path}).exitCode, 0);
}

void TestCliProbe::refusesOutOfScope()
{
    // 127.0.1.1 is outside the scope 127.0.0.0/24: a listener there must see nothing.
    FakeDevice outside("127.0.1.1", serveHttp);
    QVERIFY(outside.port());
    const QString path = fresh(QStringLiteral("refuse.inspection"));
    QVERIFY(!path.isEmpty());
    const int custodyBefore = run({QStringLiteral("custody"), path, QStringLiteral("--json")}).json().array().size();
    for (const QString &target : {QStringLiteral("127.0.1.1"), QStringLiteral("127.0.0.0/16"), QStringLiteral("10.0.0.1")}) {
        const Run r = run({QStringLiteral("probe"), path, QStringLiteral("--target"), target, QStringLiteral("--ports"),
                           QString::number(outside.port()), QStringLiteral("--no-udp")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.oneErrorLine() && r.errText().contains(QLatin1String("outside")), qPrintable(r.describe()));
    }
    QThread::msleep(200);
    QCOMPARE(outside.accepted(), 0);
    // Each refusal is in the custody log; nothing else changed.
    const QJsonArray custody = run({QStringLiteral("custody"), path, QStringLiteral("--json")}).json().array();
    QCOMPARE(custody.size(), custodyBefore + 3);
    QCOMPARE(custody.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("probe.refused"));
    QVERIFY(run({QStringLiteral("devices"), path, QStringLiteral("--json")}).json().array().isEmpty());
    QCOMPARE(run({QStringLiteral("verify"), path}).exitCode, 0);
}

void TestCliProbe::stopsOnSignal()
{
    const QString path = fresh(QStringLiteral("stop.inspection"));
    QVERIFY(!path.isEmpty());
    // 127.0.0.0/24 x every port at 500 connections/s would take hours: Ctrl+C stops it at once.
    QProcess p;
    p.setProcessEnvironment(environment(passphrase()));
    p.start(cli(), {QStringLiteral("probe"), path, QStringLiteral("--ports"), QStringLiteral("all"), QStringLiteral("--rate"), QStringLiteral("500"),
                    QStringLiteral("--no-credentials"), QStringLiteral("--no-udp"), QStringLiteral("--json")});
    QVERIFY(p.waitForStarted());
    QThread::msleep(1500);
    QElapsedTimer t;
    t.start();
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    QVERIFY2(t.elapsed() < 10000, "the stop took too long");
    QCOMPARE(p.exitCode(), 1);
    const QJsonObject summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
    QCOMPARE(run({QStringLiteral("verify"), path}).exitCode, 0);
}

void TestCliProbe::userListsAndRules()
{
    FakeDevice http("127.0.0.1", serveInstallerHttp);
    QVERIFY(http.port());
    const QString path = fresh(QStringLiteral("lists.inspection"));
    QVERIFY(!path.isEmpty());
    const QString creds = m_dir.filePath(QStringLiteral("site-credentials"));
    const QString rules = m_dir.filePath(QStringLiteral("site-fingerprints"));
    QVERIFY(QDir().mkpath(creds) && QDir().mkpath(rules));
    const QByteArray installer =
        R"({"format":"auditbench-credentials","version":1,"entries":[{"services":["http"],"user":"installer","password":"Cam#2024"}]})";
    QVERIFY(writeFile(creds + QStringLiteral("/installer.json"), installer));
    const QByteArray siteRule = R"json({"format":"auditbench-fingerprints","version":1,"rules":[{
        "id":"site-fakecam-old","product":"FakeCam web server (site rule)",
        "match":{"source":"http.server","pattern":"^FakeCam[/ ]","version":{"field":"http.server","extract":"^FakeCam[/ ](\\d+\\.\\d+)","below":"2.2"}},
        "cve":["CVE-2017-7921"],"severity":"high","confidence":"version",
        "title":{"en":"FakeCam firmware before 2.2"},"remediation":{"en":"Upgrade FakeCam to 2.2."},
        "references":["https://nvd.nist.gov/vuln/detail/CVE-2017-7921"]}]})json";
    QVERIFY(writeFile(rules + QStringLiteral("/site.json"), siteRule));
    const QStringList base{QStringLiteral("probe"), path, QStringLiteral("--target"), QStringLiteral("127.0.0.1"), QStringLiteral("--ports"),
                           QString::number(http.port()), QStringLiteral("--no-udp"), QStringLiteral("--json")};

    // A mistyped folder or a broken file: one clear error, exit 3, the file untouched, nothing sent.
    const QByteArray before = sha256Of(path);
    const QString broken = m_dir.filePath(QStringLiteral("broken-lists"));
    QVERIFY(QDir().mkpath(broken));
    const QByteArray badList = R"({"format":"auditbench-credentials","version":1,"entries":[{"user":"a"}]})";
    QVERIFY(writeFile(broken + QStringLiteral("/bad.json"), badList));
    const QList<QStringList> bad{{QStringLiteral("--credentials-dir"), m_dir.filePath(QStringLiteral("no-such-folder"))},
                                 {QStringLiteral("--fingerprints-dir"), m_dir.filePath(QStringLiteral("no-such-folder"))},
                                 {QStringLiteral("--credentials-dir"), broken},
                                 {QStringLiteral("--fingerprints-dir"), broken}};
    for (const QStringList &extra : bad) {
        const Run r = run(base + extra);
        QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(extra.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
    }
    QVERIFY(run(base + QStringList{QStringLiteral("--credentials-dir"), broken}).errText().contains(QLatin1String("bad.json")));
    QCOMPARE(sha256Of(path), before);
    QCOMPARE(http.accepted(), 0);

    // The site's own account and rule are used beside the built-in ones.
    const Run r = run(base + QStringList{QStringLiteral("--credentials-dir"), creds, QStringLiteral("--fingerprints-dir"), rules});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    bool account = false, rule = false;
    for (const QJsonValue &v : findingsOf(path)) {
        const QJsonObject f = v.toObject();
        const QString check = f.value(QStringLiteral("check")).toString();
        if (check == QLatin1String("default-credentials")) {
            account = f.value(QStringLiteral("detail")).toString().contains(QLatin1String("account installer, password C***4"));
            QVERIFY(!f.value(QStringLiteral("detail")).toString().contains(QLatin1String("Cam#2024")));
        }
        if (check == QLatin1String("vulnerable-firmware")) {
            rule = f.value(QStringLiteral("cve")).toString() == QLatin1String("CVE-2017-7921");
            QCOMPARE(f.value(QStringLiteral("item")).toString(), QStringLiteral("PRB-12"));
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
        }
    }
    QVERIFY2(account, "the user's credential list was not used");
    QVERIFY2(rule, "the user's fingerprint rule was not used");
    QVERIFY(!readFile(path).contains("Cam#2024"));

    // import-nmap reads the same rules.
    const QString xml = m_dir.filePath(QStringLiteral("fakecam.xml"));
    const QByteArray fakecam = R"(<?xml version="1.0"?><nmaprun scanner="nmap" args="nmap -sV 127.0.0.6" version="7.93" xmloutputversion="1.05">
<host><status state="up" reason="conn-refused"/><address addr="127.0.0.6" addrtype="ipv4"/><ports>
<port protocol="tcp" portid="80"><state state="open" reason="syn-ack"/><service name="http" product="FakeCam" version="2.1" method="probed" conf="10"/></port>
</ports></host></nmaprun>)";
    QVERIFY(writeFile(xml, fakecam));
    const QString other = fresh(QStringLiteral("lists-nmap.inspection"));
    QVERIFY(!other.isEmpty());
    QCOMPARE(run({QStringLiteral("import-nmap"), other, xml, QStringLiteral("--fingerprints-dir"), m_dir.filePath(QStringLiteral("missing"))}).exitCode, 3);
    const Run imported = run({QStringLiteral("import-nmap"), other, xml, QStringLiteral("--fingerprints-dir"), rules});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QVERIFY(checksOf(findingsOf(other)).contains(QStringLiteral("vulnerable-firmware")));
    QCOMPARE(run({QStringLiteral("verify"), path}).exitCode, 0);
}

void TestCliProbe::importsNmap()
{
    const QString path = fresh(QStringLiteral("nmap.inspection"));
    QVERIFY(!path.isEmpty());
    const QString xml = m_dir.filePath(QStringLiteral("scan.xml"));
    QVERIFY(writeFile(xml, R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nmaprun>
<nmaprun scanner="nmap" args="nmap -sV --script-args snmpcommunity=s3cretComm -oX scan.xml 127.0.0.5" start="1700000000" version="7.93" xmloutputversion="1.05">
<host starttime="1700000000" endtime="1700000001"><status state="up" reason="conn-refused" reason_ttl="0"/>
<address addr="127.0.0.5" addrtype="ipv4"/>
<ports>
<port protocol="tcp" portid="23"><state state="open" reason="syn-ack" reason_ttl="0"/><service name="telnet" product="BusyBox telnetd" method="probed" conf="10"/></port>
<port protocol="tcp" portid="80"><state state="open" reason="syn-ack" reason_ttl="0"/><service name="http" product="Hikvision IP camera httpd" method="probed" conf="10"/></port>
<port protocol="tcp" portid="81"><state state="closed" reason="conn-refused" reason_ttl="0"/><service name="hosts2-ns" method="table" conf="3"/></port>
</ports></host>
<runstats><finished time="1700000001" timestr="x" elapsed="1.0" summary="x" exit="success"/><hosts up="1" down="0" total="1"/></runstats>
</nmaprun>
)"));
    const Run r = run({QStringLiteral("import-nmap"), path, xml});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray devices = run({QStringLiteral("devices"), path, QStringLiteral("--json")}).json().array();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.first().toObject().value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.5"));
    QCOMPARE(devices.first().toObject().value(QStringLiteral("services")).toArray().size(), 2); // the closed port is not a service
    const QJsonArray findings = findingsOf(path);
    QVERIFY(checksOf(findings).contains(QStringLiteral("telnet-open")));
    // The XML itself is the evidence every imported finding points at.
    const QJsonArray evidence = run({QStringLiteral("evidence"), QStringLiteral("list"), path, QStringLiteral("--json")}).json().array();
    QCOMPARE(evidence.size(), 1);
    const double xmlId = evidence.first().toObject().value(QStringLiteral("id")).toDouble();
    for (const QJsonValue &f : findings)
        QVERIFY(f.toObject().value(QStringLiteral("evidence")).toArray().contains(xmlId));
    QCOMPARE(run({QStringLiteral("verify"), path}).exitCode, 0);
    // nmap's command line is kept, its --script-args values are not.
    QVERIFY(!readFile(path).contains("s3cretComm"));
    QVERIFY(run({QStringLiteral("custody"), path, QStringLiteral("--json")}).out.contains("--script-args ***"));
}

// A wider scan than the inspection's scope (127.0.0.0/24): the host beyond it
// and nothing of it becomes a device, the XML is kept whole, the count is said.
void TestCliProbe::importsNmapInsideScopeOnly()
{
    const QString path = fresh(QStringLiteral("nmapscope.inspection"));
    QVERIFY(!path.isEmpty());
    const QString xml = m_dir.filePath(QStringLiteral("wide.xml"));
    QVERIFY(writeFile(xml, R"(<?xml version="1.0"?>
<nmaprun scanner="nmap" args="nmap -sV 127.0.0.0/16" start="1700000000" version="7.93" xmloutputversion="1.05">
<host><status state="up" reason="conn-refused"/><address addr="127.0.0.7" addrtype="ipv4"/><ports>
<port protocol="tcp" portid="554"><state state="open" reason="syn-ack"/><service name="rtsp"/></port></ports></host>
<host><status state="up" reason="conn-refused"/><address addr="127.0.9.9" addrtype="ipv4"/><ports>
<port protocol="tcp" portid="23"><state state="open" reason="syn-ack"/><service name="telnet"/></port></ports></host>
</nmaprun>
)"));
    const Run r = run({QStringLiteral("import-nmap"), path, xml});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("outside the authorised scope: 1 host(s), 0 port(s)"), r.out.constData());
    const QJsonArray devices = run({QStringLiteral("devices"), path, QStringLiteral("--json")}).json().array();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.first().toObject().value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.7"));
    QVERIFY(!checksOf(findingsOf(path)).contains(QStringLiteral("telnet-open")));
    const Run json = run({QStringLiteral("import-nmap"), path, xml, QStringLiteral("--json")});
    QCOMPARE(json.json().object().value(QStringLiteral("hosts_outside_scope")).toInt(), 1);
    QCOMPARE(run({QStringLiteral("verify"), path}).exitCode, 0);
}

void TestCliProbe::rejectsBadNmap()
{
    const QString path = fresh(QStringLiteral("badnmap.inspection"));
    QVERIFY(!path.isEmpty());
    const QByteArray before = sha256Of(path);
    const QString bomb = m_dir.filePath(QStringLiteral("bomb.xml"));
    QVERIFY(writeFile(bomb, R"(<?xml version="1.0"?><!DOCTYPE nmaprun [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><nmaprun>&b;</nmaprun>)"));
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.xml"));
    QVERIFY(writeFile(truncated, "<?xml version=\"1.0\"?><nmaprun scanner=\"nmap\"><host><address addr=\"127.0.0.1\" addrtype=\"ipv4\"/><ports><port protocol=\"tcp\" portid=\"2"));
    for (const QString &bad : {bomb, truncated, m_dir.filePath(QStringLiteral("missing.xml"))}) {
        const Run r = run({QStringLiteral("import-nmap"), path, bad});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    }
    QCOMPARE(sha256Of(path), before);
}

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cli_probe.moc"
