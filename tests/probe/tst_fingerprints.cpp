// Fingerprint rules: the strict loader (user files are hostile input), the
// version comparison, matching synthetic services, the shipped rules against
// real-world banners (distro backports must not raise regreSSHion).
#include "core/probe/Fingerprints.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ab::probe;

namespace
{
QJsonObject goodRule(const QString &id = QStringLiteral("test-rule"))
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("product"), QStringLiteral("Test camera")},
        {QStringLiteral("match"),
         QJsonObject{{QStringLiteral("source"), QStringLiteral("onvif.manufacturer")},
                     {QStringLiteral("pattern"), QStringLiteral("acme")},
                     {QStringLiteral("version"), QJsonObject{{QStringLiteral("field"), QStringLiteral("onvif.firmware")},
                                                             {QStringLiteral("extract"), QStringLiteral("^V?(\\d+(?:\\.\\d+)*)")},
                                                             {QStringLiteral("below"), QStringLiteral("2.0")}}}}},
        {QStringLiteral("cve"), QJsonArray{QStringLiteral("CVE-2020-0001")}},
        {QStringLiteral("severity"), QStringLiteral("high")},
        {QStringLiteral("confidence"), QStringLiteral("version")},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Old ACME firmware")},
                                              {QStringLiteral("vi"), QStringLiteral("Firmware ACME cũ")}}},
        {QStringLiteral("remediation"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Upgrade.")}}},
        {QStringLiteral("references"), QJsonArray{QStringLiteral("https://example.org/advisory")}},
    };
}

QByteArray fileWith(const QJsonArray &rules)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("auditbench-fingerprints")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("rules"), rules}})
        .toJson();
}

Service service(const QVariantMap &facts, const QString &banner = {})
{
    Service s;
    s.endpoint = Endpoint{QHostAddress(QStringLiteral("127.0.0.1")), 80};
    s.name = QStringLiteral("http");
    s.facts = facts;
    s.banner = banner;
    s.transcripts = {3};
    return s;
}

QStringList ruleIds(const QList<Observation> &obs)
{
    QStringList ids;
    for (const Observation &o : obs)
        ids.append(o.detail.section(QLatin1Char(':'), 0, 0).mid(5)); // "rule <id>: ..."
    return ids;
}
} // namespace

class TestFingerprints final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionCompare_data();
    void versionCompare();
    void loadsGoodFile();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rejectsOversizedAndTooManyRules();
    void userFolderExtendsAndClashes();
    void matchesSyntheticServices();
    void catastrophicPatternIsBounded();
    void builtInRulesLoadAndAreSound();
    void builtInRulesOnRealBanners_data();
    void builtInRulesOnRealBanners();
};

void TestFingerprints::versionCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("equal") << "1.4.69"
                           << "1.4.69" << 0;
    QTest::newRow("numeric not lexical") << "1.4.9"
                                         << "1.4.10" << -1;
    QTest::newRow("missing segment is 0") << "5.4"
                                          << "5.4.0" << 0;
    QTest::newRow("longer is newer") << "5.4"
                                     << "5.4.1" << -1;
    QTest::newRow("hikvision build ignored") << "V5.4.5 build 170124"
                                             << "5.4.5" << 0;
    QTest::newRow("hikvision below") << "V5.4.0 build 160530"
                                     << "5.4.5" << -1;
    QTest::newRow("openssh portable level") << "9.3p2"
                                            << "9.3p1" << 1;
    QTest::newRow("openssh p1 vs bare") << "9.7p1"
                                        << "9.8" << -1;
    QTest::newRow("openssh 9.8p1 vs 9.8") << "9.8p1"
                                          << "9.8" << 1;
    QTest::newRow("rc suffix") << "0.94.14rc21"
                               << "0.94.14" << 1;
    QTest::newRow("build date") << "210628"
                                << "210625" << 1;
    QTest::newRow("leading text") << "lighttpd/1.4.63"
                                  << "1.4.64" << -1;
    QTest::newRow("huge numbers saturate") << "99999999999999999999999.1"
                                           << "99999999999999999999999.2" << -1;
    QTest::newRow("no digits equals zero") << "abc"
                                           << "0" << 0;
}

void TestFingerprints::versionCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(compareVersions(a, b), expected);
    QCOMPARE(compareVersions(b, a), -expected);
    QCOMPARE(versionSegments(QStringLiteral("V5.4.5 build 170124")), (QList<qint64>{5, 4, 5}));
    QCOMPARE(versionSegments(QStringLiteral("9.2p1 Debian-2+deb12u3")), (QList<qint64>{9, 2, 1}));
    QVERIFY(versionSegments(QStringLiteral("none")).isEmpty());
}

void TestFingerprints::loadsGoodFile()
{
    auto fp = Fingerprints::fromJson(fileWith({goodRule(), goodRule(QStringLiteral("second"))}), QStringLiteral("good.json"));
    QVERIFY2(fp.ok(), qPrintable(fp.ok() ? QString() : fp.error().message));
    QCOMPARE(fp->rules().size(), 2);
    const FingerprintRule *r = fp->rule(QStringLiteral("test-rule"));
    QVERIFY(r);
    QCOMPARE(r->severity, Severity::High);
    QCOMPARE(r->cve, QStringList{QStringLiteral("CVE-2020-0001")});
    QCOMPARE(r->title.text(QStringLiteral("vi")), QStringLiteral("Firmware ACME cũ"));
    QCOMPARE(r->title.text(QStringLiteral("zh_CN")), QStringLiteral("Old ACME firmware")); // English fallback
    QCOMPARE(r->file, QStringLiteral("good.json"));
    QCOMPARE(r->versions.size(), 1);
    QVERIFY(!fp->rule(QStringLiteral("absent")));
}

void TestFingerprints::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mustMention"); // the error names file, rule and field
    auto with = [](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject r = goodRule();
        edit(r);
        return fileWith({r});
    };
    QTest::newRow("not json") << QByteArray("{nope") << "bad.json";
    // Qt would read "\d" as "d": the pattern would silently never match.
    QTest::newRow("invalid escape in a pattern")
        << QByteArray("{\"format\":\"auditbench-fingerprints\",\n\"version\":1,\"rules\":[{\"match\":{\"pattern\":\"^V(\\d+)\"}}]}") << "line 2";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"x","version":1,"rules":[]})") << "format";
    QTest::newRow("newer version") << QByteArray(R"({"format":"auditbench-fingerprints","version":2,"rules":[]})") << "version";
    QTest::newRow("rules not array") << QByteArray(R"({"format":"auditbench-fingerprints","version":1,"rules":{}})") << "rules";
    QTest::newRow("missing product") << with([](QJsonObject &r) { r.remove(QStringLiteral("product")); }) << "test-rule, field \"product\"";
    QTest::newRow("missing cve") << with([](QJsonObject &r) { r.remove(QStringLiteral("cve")); }) << "field \"cve\"";
    QTest::newRow("invented cve format") << with([](QJsonObject &r) { r[QStringLiteral("cve")] = QJsonArray{QStringLiteral("CVE-20-1")}; })
                                         << "field \"cve\"";
    QTest::newRow("bad severity") << with([](QJsonObject &r) { r[QStringLiteral("severity")] = QStringLiteral("critical"); })
                                  << "field \"severity\"";
    QTest::newRow("bad confidence") << with([](QJsonObject &r) { r[QStringLiteral("confidence")] = QStringLiteral("sure"); })
                                    << "field \"confidence\"";
    QTest::newRow("bad id") << with([](QJsonObject &r) { r[QStringLiteral("id")] = QStringLiteral("Has Spaces"); }) << "#1, field \"id\"";
    QTest::newRow("unknown field") << with([](QJsonObject &r) { r[QStringLiteral("exploit")] = true; }) << "field \"exploit\"";
    QTest::newRow("unknown source") << with([](QJsonObject &r) {
        QJsonObject m = r[QStringLiteral("match")].toObject();
        m[QStringLiteral("source")] = QStringLiteral("http.body");
        r[QStringLiteral("match")] = m;
    }) << "field \"match.source\"";
    QTest::newRow("bad regex") << with([](QJsonObject &r) {
        QJsonObject m = r[QStringLiteral("match")].toObject();
        m[QStringLiteral("pattern")] = QStringLiteral("acme(");
        r[QStringLiteral("match")] = m;
    }) << "field \"match.pattern\"";
    QTest::newRow("extract without capture") << with([](QJsonObject &r) {
        QJsonObject m = r[QStringLiteral("match")].toObject();
        QJsonObject v = m[QStringLiteral("version")].toObject();
        v[QStringLiteral("extract")] = QStringLiteral("\\d+");
        m[QStringLiteral("version")] = v;
        r[QStringLiteral("match")] = m;
    }) << "field \"match.version.extract\"";
    QTest::newRow("version without bounds") << with([](QJsonObject &r) {
        QJsonObject m = r[QStringLiteral("match")].toObject();
        QJsonObject v = m[QStringLiteral("version")].toObject();
        v.remove(QStringLiteral("below"));
        m[QStringLiteral("version")] = v;
        r[QStringLiteral("match")] = m;
    }) << "field \"match.version\"";
    QTest::newRow("inverted bounds") << with([](QJsonObject &r) {
        QJsonObject m = r[QStringLiteral("match")].toObject();
        QJsonObject v = m[QStringLiteral("version")].toObject();
        v[QStringLiteral("at_least")] = QStringLiteral("3.0");
        m[QStringLiteral("version")] = v;
        r[QStringLiteral("match")] = m;
    }) << "at_least";
    QTest::newRow("title without english") << with([](QJsonObject &r) {
        r[QStringLiteral("title")] = QJsonObject{{QStringLiteral("vi"), QStringLiteral("x")}};
    }) << "field \"title.en\"";
    QTest::newRow("unknown language") << with([](QJsonObject &r) {
        r[QStringLiteral("remediation")] =
            QJsonObject{{QStringLiteral("en"), QStringLiteral("x")}, {QStringLiteral("fr"), QStringLiteral("y")}};
    }) << "field \"remediation.fr\"";
    QTest::newRow("http reference") << with([](QJsonObject &r) {
        r[QStringLiteral("references")] = QJsonArray{QStringLiteral("http://plain.example")};
    }) << "field \"references\"";
    QTest::newRow("duplicate id") << fileWith({goodRule(), goodRule()}) << "duplicate id";
}

void TestFingerprints::rejectsBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mustMention);
    auto fp = Fingerprints::fromJson(json, QStringLiteral("bad.json"));
    QVERIFY(!fp.ok());
    QCOMPARE(fp.error().code, ab::ErrorCode::BadInput);
    QVERIFY2(fp.error().message.contains(QLatin1String("bad.json")), qPrintable(fp.error().message));
    QVERIFY2(fp.error().message.contains(mustMention), qPrintable(fp.error().message));
}

void TestFingerprints::rejectsOversizedAndTooManyRules()
{
    QByteArray big = fileWith({goodRule()});
    big.insert(big.size() - 2, QByteArray(Fingerprints::MaxFileBytes, ' '));
    auto fp = Fingerprints::fromJson(big, QStringLiteral("big.json"));
    QVERIFY(!fp.ok());
    QVERIFY(fp.error().message.contains(QLatin1String("4 MiB")));

    QJsonArray many;
    for (int i = 0; i <= Fingerprints::MaxRules; ++i)
        many.append(goodRule(QStringLiteral("r%1").arg(i)));
    auto tooMany = Fingerprints::fromJson(fileWith(many), QStringLiteral("many.json"));
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.error().message.contains(QString::number(Fingerprints::MaxRules)));
}

void TestFingerprints::userFolderExtendsAndClashes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("extra.json"), fileWith({goodRule(QStringLiteral("site-acme"))}));
    auto fp = Fingerprints::load(dir.path());
    QVERIFY2(fp.ok(), qPrintable(fp.ok() ? QString() : fp.error().message));
    auto builtIn = Fingerprints::loadBuiltIn();
    QVERIFY(builtIn.ok());
    QCOMPARE(fp->rules().size(), builtIn->rules().size() + 1);
    QVERIFY(fp->rule(QStringLiteral("site-acme")));
    QVERIFY(fp->rule(QStringLiteral("hikvision-cve-2017-7921")));

    // A user file may not silently redefine a shipped rule.
    write(QStringLiteral("clash.json"), fileWith({goodRule(QStringLiteral("openssh-cve-2024-6387"))}));
    auto clash = Fingerprints::load(dir.path());
    QVERIFY(!clash.ok());
    QVERIFY2(clash.error().message.contains(QLatin1String("clash.json")) &&
                 clash.error().message.contains(QLatin1String("network-services.json")),
             qPrintable(clash.error().message));
}

void TestFingerprints::matchesSyntheticServices()
{
    auto fp = Fingerprints::fromJson(fileWith({goodRule()}), QStringLiteral("t.json"));
    QVERIFY(fp.ok());
    const QVariantMap acme{{QStringLiteral("onvif.manufacturer"), QStringLiteral("ACME Corp")}};
    QVariantMap old = acme, fixed = acme, noVersion = acme, garbage = acme;
    old[QStringLiteral("onvif.firmware")] = QStringLiteral("V1.9.3 build 200101");
    fixed[QStringLiteral("onvif.firmware")] = QStringLiteral("V2.0.0 build 210101");
    garbage[QStringLiteral("onvif.firmware")] = QStringLiteral("unknown");

    const QList<Observation> hit = matchFingerprints(*fp, service(old));
    QCOMPARE(hit.size(), 1);
    QCOMPARE(hit[0].check, QStringLiteral("vulnerable-firmware"));
    QCOMPARE(hit[0].severity, Severity::High);
    QCOMPARE(hit[0].cve, QStringLiteral("CVE-2020-0001"));
    QCOMPARE(hit[0].title, QStringLiteral("Old ACME firmware"));
    QCOMPARE(hit[0].remediation, QStringLiteral("Upgrade."));
    QCOMPARE(hit[0].transcripts, QList<int>{3});
    QVERIFY2(hit[0].detail.startsWith(QLatin1String("rule test-rule:")), qPrintable(hit[0].detail));
    QVERIFY(hit[0].detail.contains(QLatin1String("1.9.3")));
    QVERIFY(hit[0].detail.contains(QLatin1String("version-based")));

    QVERIFY(matchFingerprints(*fp, service(fixed)).isEmpty());
    QVERIFY(matchFingerprints(*fp, service(noVersion)).isEmpty()); // unknown version: say nothing
    QVERIFY(matchFingerprints(*fp, service(garbage)).isEmpty());
    QVERIFY(matchFingerprints(*fp, service({{QStringLiteral("onvif.firmware"), QStringLiteral("V1.0")}})).isEmpty()); // not ACME
}

void TestFingerprints::catastrophicPatternIsBounded()
{
    // A user file may hold a pattern that backtracks exponentially; PCRE2's
    // match limit and the 4096-character cap on values keep it bounded.
    QJsonObject r = goodRule();
    r[QStringLiteral("match")] =
        QJsonObject{{QStringLiteral("source"), QStringLiteral("banner")}, {QStringLiteral("pattern"), QStringLiteral("^(\\w+\\s?)*$")}};
    auto fp = Fingerprints::fromJson(fileWith({r}), QStringLiteral("redos.json"));
    QVERIFY(fp.ok());
    QElapsedTimer t;
    t.start();
    QVERIFY(matchFingerprints(*fp, service({}, QString(4000, QLatin1Char('a')) + QLatin1Char('!'))).isEmpty());
    QVERIFY2(t.elapsed() < 5000, QByteArray::number(t.elapsed()).constData());
    qInfo("catastrophic pattern on a 4001-character banner: %lld ms", static_cast<long long>(t.elapsed()));
}

void TestFingerprints::builtInRulesLoadAndAreSound()
{
    auto fp = Fingerprints::loadBuiltIn();
    QVERIFY2(fp.ok(), qPrintable(fp.ok() ? QString() : fp.error().message));
    QVERIFY(fp->rules().size() >= 7);
    for (const FingerprintRule &r : fp->rules()) {
        QVERIFY2(!r.cve.isEmpty(), qPrintable(r.id));
        QCOMPARE(r.confidence, QStringLiteral("version"));
        QVERIFY2(!r.title.zh_CN.isEmpty() && !r.title.vi.isEmpty(), qPrintable(r.id));
        QVERIFY2(!r.remediation.zh_CN.isEmpty() && !r.remediation.vi.isEmpty(), qPrintable(r.id));
        QVERIFY2(!r.references.isEmpty(), qPrintable(r.id));
        for (const QString &cve : r.cve)
            QVERIFY2(r.references.join(QLatin1Char(' ')).contains(cve) || r.id.contains(cve.toLower()), qPrintable(r.id));
    }
}

void TestFingerprints::builtInRulesOnRealBanners_data()
{
    QTest::addColumn<QVariantMap>("facts");
    QTest::addColumn<QStringList>("expected");
    const QString hik = QStringLiteral("HIKVISION");
    auto onvif = [&](const QString &model, const QString &fw) {
        return QVariantMap{
            {QStringLiteral("onvif.manufacturer"), hik}, {QStringLiteral("onvif.model"), model}, {QStringLiteral("onvif.firmware"), fw}};
    };
    auto ssh = [](const QString &b) { return QVariantMap{{QStringLiteral("ssh.banner"), b}}; };
    auto http = [](const QString &b) { return QVariantMap{{QStringLiteral("http.server"), b}}; };
    auto ftp = [](const QString &b) { return QVariantMap{{QStringLiteral("ftp.banner"), b}}; };

    QTest::newRow("hik 2017 firmware") << onvif(QStringLiteral("DS-2CD2142FWD-I"), QStringLiteral("V5.4.0 build 160530"))
                                       << QStringList{QStringLiteral("hikvision-cve-2017-7921"),
                                                      QStringLiteral("hikvision-cve-2021-36260")};
    QTest::newRow("hik 5.4.5 2017 build") << onvif(QStringLiteral("DS-2CD2142FWD-I"), QStringLiteral("V5.4.5 build 170124"))
                                          << QStringList{QStringLiteral("hikvision-cve-2021-36260")};
    QTest::newRow("hik fixed 2021 build") << onvif(QStringLiteral("DS-2CD2143G0-I"), QStringLiteral("V5.5.800 build 210628"))
                                          << QStringList{};
    QTest::newRow("hik NVR not a camera") << onvif(QStringLiteral("DS-7608NI-K2"), QStringLiteral("V4.1.70 build 180320")) << QStringList{};
    QTest::newRow("other vendor") << QVariantMap{{QStringLiteral("onvif.manufacturer"), QStringLiteral("Dahua")},
                                                 {QStringLiteral("onvif.model"), QStringLiteral("DS-2CD")},
                                                 {QStringLiteral("onvif.firmware"), QStringLiteral("V5.4.0 build 160530")}}
                                  << QStringList{};
    QTest::newRow("debian 12 patched sshd") << ssh(QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3")) << QStringList{};
    QTest::newRow("debian 12 later patch") << ssh(QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10")) << QStringList{};
    QTest::newRow("debian 12 unpatched") << ssh(QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u2"))
                                         << QStringList{QStringLiteral("openssh-cve-2024-6387")};
    QTest::newRow("nmap form, patched") << ssh(QStringLiteral("OpenSSH 9.2p1 Debian 2+deb12u3 (protocol 2.0)")) << QStringList{};
    QTest::newRow("ubuntu 22.04 patched") << ssh(QStringLiteral("SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10")) << QStringList{};
    QTest::newRow("ubuntu 22.04 unpatched") << ssh(QStringLiteral("SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6"))
                                            << QStringList{QStringLiteral("openssh-cve-2024-6387")};
    QTest::newRow("upstream 9.7p1") << ssh(QStringLiteral("SSH-2.0-OpenSSH_9.7p1")) << QStringList{QStringLiteral("openssh-cve-2024-6387")};
    QTest::newRow("upstream 9.8p1") << ssh(QStringLiteral("SSH-2.0-OpenSSH_9.8p1")) << QStringList{};
    QTest::newRow("old 7.4 not in range") << ssh(QStringLiteral("SSH-2.0-OpenSSH_7.4")) << QStringList{};
    QTest::newRow("dropbear") << ssh(QStringLiteral("SSH-2.0-dropbear_2019.78")) << QStringList{};
    QTest::newRow("lighttpd debian 12") << http(QStringLiteral("lighttpd/1.4.69")) << QStringList{};
    QTest::newRow("lighttpd 1.4.59") << http(QStringLiteral("lighttpd/1.4.59")) << QStringList{QStringLiteral("lighttpd-cve-2022-22707")};
    QTest::newRow("lighttpd 1.4.45") << http(QStringLiteral("lighttpd/1.4.45")) << QStringList{QStringLiteral("lighttpd-cve-2018-19052")};
    QTest::newRow("lighttpd 1.4.48 both") << http(QStringLiteral("lighttpd/1.4.48"))
                                          << QStringList{QStringLiteral("lighttpd-cve-2022-22707"),
                                                         QStringLiteral("lighttpd-cve-2018-19052")};
    QTest::newRow("boa") << http(QStringLiteral("Boa/0.94.14rc21")) << QStringList{QStringLiteral("boa-cve-2017-9833")};
    QTest::newRow("boa other") << http(QStringLiteral("Boa/0.94.13")) << QStringList{};
    QTest::newRow("vsftpd 2.3.4") << ftp(QStringLiteral("220 (vsFTPd 2.3.4)")) << QStringList{QStringLiteral("vsftpd-cve-2011-2523")};
    QTest::newRow("vsftpd 2.3.45 is not 2.3.4") << ftp(QStringLiteral("220 (vsFTPd 2.3.45)")) << QStringList{};
    QTest::newRow("vsftpd 3.0.3") << ftp(QStringLiteral("220 (vsFTPd 3.0.3)")) << QStringList{};
}

void TestFingerprints::builtInRulesOnRealBanners()
{
    QFETCH(QVariantMap, facts);
    QFETCH(QStringList, expected);
    auto fp = Fingerprints::loadBuiltIn();
    QVERIFY(fp.ok());
    QStringList got = ruleIds(matchFingerprints(*fp, service(facts)));
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestFingerprints)
#include "tst_fingerprints.moc"
