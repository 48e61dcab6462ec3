// The text content of every kind of document in every language, checked
// against golden files through the document model (not pixels): what a
// document says, in which order and which language. After a deliberate
// change to the texts or the builders, regenerate with AB_UPDATE_GOLDEN=1
// and review the diff.
#include "core/report/ReportBuilder.h"
#include "core/report/ReportManifest.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace ab;
using namespace ab::report;

namespace
{
const QString Secret = QStringLiteral("hunter22");

// A fixed inspection: the same document every time.
ReportData fixedData(const QString &lang, Kind kind)
{
    const bool cn = lang == QLatin1String("zh_CN");
    ReportData d;
    d.options.kind = kind;
    d.options.lang = lang;
    d.options.issueDate = QDate(2025, 3, 6);
    d.options.place = cn ? QStringLiteral("上海") : QStringLiteral("Hải Phòng");
    d.options.representatives = kind == Kind::Record ? QStringList{QStringLiteral("Phạm Minh Châu")} : QStringList{};
    d.inspectionId = QStringLiteral("8a6f3c2e-0d4b-4f7a-9c1e-5b2a7d9e0f13");
    d.regime = cn ? QStringLiteral("cn-miit") : QStringLiteral("vn-mic");
    d.organisation = cn ? QStringLiteral("华东视频云科技有限公司") : QStringLiteral("Công ty Cổ phần Giám sát Hình ảnh Đông Á");
    d.location = cn ? QStringLiteral("上海市浦东新区") : QStringLiteral("Hải Phòng");
    d.systems = {{cn ? QStringLiteral("视频监控平台") : QStringLiteral("Hệ thống camera giám sát"), 3}};
    d.team = cn ? QStringList{QStringLiteral("王晓明"), QStringLiteral("张伟")}
                : QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Hoàng Dũng")};
    d.scope = {QStringLiteral("127.0.0.0/24")};
    d.catalogId = d.regime;
    d.catalogVersion = QStringLiteral("2026.2");
    d.catalogTitle = cn ? QStringLiteral("视频监控等物联网平台网络安全检查")
                        : QStringLiteral("Kiểm tra an toàn thông tin mạng hệ thống camera giám sát");
    d.startDate = QDate(2025, 3, 3);
    d.endDate = QDate(2025, 3, 5);
    SectionData s1{QStringLiteral("identity"),
                   cn ? QStringLiteral("账号口令与身份鉴别") : QStringLiteral("Tài khoản, mật khẩu và xác thực"),
                   {},
                   62.5,
                   3,
                   3,
                   0,
                   2};
    s1.items << ItemRow{QStringLiteral("INT-04"),
                        QStringLiteral("interview"),
                        cn ? QStringLiteral("安装时是否修改了默认口令？") : QStringLiteral("Mật khẩu mặc định có được đổi không?"),
                        QStringLiteral("noncompliant"),
                        {},
                        ReportData::maskPasswords(QStringLiteral("password %1 on 12 cameras").arg(Secret)),
                        QStringLiteral("high"),
                        cn ? QStringLiteral("强制修改默认口令。") : QStringLiteral("Bắt buộc đổi mật khẩu mặc định."),
                        {3}};
    s1.items << ItemRow{QStringLiteral("PRB-03"),
                        QStringLiteral("probe"),
                        cn ? QStringLiteral("不接受默认口令或弱口令。") : QStringLiteral("Không chấp nhận mật khẩu yếu."),
                        QStringLiteral("partial"),
                        {},
                        {},
                        QStringLiteral("high"),
                        cn ? QStringLiteral("更换弱口令。") : QStringLiteral("Thay mật khẩu yếu."),
                        {1, 2}};
    s1.items << ItemRow{QStringLiteral("DOC-08"),
                        QStringLiteral("document"),
                        cn ? QStringLiteral("账号权限矩阵。") : QStringLiteral("Ma trận tài khoản và vai trò."),
                        QStringLiteral("answered"),
                        QStringLiteral("yes"),
                        {},
                        QStringLiteral("low"),
                        {},
                        {}};
    SectionData s2{QStringLiteral("data"),
                   cn ? QStringLiteral("视频数据、日志与个人信息保护") : QStringLiteral("Dữ liệu hình ảnh, nhật ký và thông tin cá nhân"),
                   {},
                   std::nullopt,
                   0,
                   1,
                   1,
                   0};
    s2.items << ItemRow{QStringLiteral("INT-06"),
                        QStringLiteral("interview"),
                        cn ? QStringLiteral("视频存储在何处？") : QStringLiteral("Video được lưu ở đâu?"),
                        QStringLiteral("pending"),
                        {},
                        {},
                        QStringLiteral("medium"),
                        {},
                        {}};
    d.sections = {s1, s2};
    d.scoreTotal = 52.5;
    d.deductions = 10;
    d.answered = 3;
    d.applicable = 4;
    d.pending = 1;
    d.noncompliantBySeverity = {
        {QStringLiteral("high"), 2}, {QStringLiteral("medium"), 0}, {QStringLiteral("low"), 0}, {QStringLiteral("info"), 0}};
    d.partialCount = 1;
    d.noncompliantCount = 1;
    d.counters = {{QStringLiteral("weak_passwords"),
                   cn ? QStringLiteral("弱口令相关不符合项") : QStringLiteral("Mục không đạt: mật khẩu yếu hoặc mặc định"), 2},
                  {QStringLiteral("vulnerabilities"),
                   cn ? QStringLiteral("中高危漏洞相关不符合项") : QStringLiteral("Mục không đạt: lỗ hổng mức trung bình hoặc cao"), 0}};
    FindingData weak;
    weak.id = 1;
    weak.title = QStringLiteral("FTP accepts a default password");
    weak.check = QStringLiteral("default-credentials");
    weak.item = QStringLiteral("PRB-03");
    weak.severity = QStringLiteral("high");
    weak.status = QStringLiteral("open");
    weak.device = QStringLiteral("127.0.0.10:21");
    weak.service = QStringLiteral("ftp");
    weak.detail = ReportData::maskPasswords(QStringLiteral("account admin, password %1, after 1 attempt(s)").arg(Secret));
    weak.recommendation = cn ? QStringLiteral("立即修改默认口令。") : QStringLiteral("Đổi ngay mật khẩu mặc định.");
    weak.deadline = QDate(2025, 4, 5);
    weak.evidence = {1};
    weak.weakPassword = true;
    weak.account = QStringLiteral("admin");
    weak.maskedPassword = QStringLiteral("h***2");
    FindingData vuln;
    vuln.id = 2;
    vuln.title = QStringLiteral("Hikvision IP camera firmware with an authentication bypass");
    vuln.check = QStringLiteral("vulnerable-firmware");
    vuln.item = QStringLiteral("PRB-12");
    vuln.severity = QStringLiteral("medium");
    vuln.status = QStringLiteral("open");
    vuln.device = QStringLiteral("127.0.0.11:80");
    vuln.service = QStringLiteral("http");
    vuln.cve = QStringLiteral("CVE-2017-7921");
    vuln.recommendation = cn ? QStringLiteral("升级固件。") : QStringLiteral("Nâng cấp phần mềm nhúng.");
    vuln.deadline = QDate(2025, 4, 5);
    vuln.evidence = {2};
    vuln.vulnerability = true;
    FindingData manual;
    manual.id = 3;
    manual.title = cn ? QStringLiteral("值班电脑口令贴在显示器上") : QStringLiteral("Mật khẩu dán trên màn hình");
    manual.severity = QStringLiteral("low");
    manual.status = QStringLiteral("resolved");
    manual.detail = ReportData::maskPasswords(QStringLiteral("pwd=%1 on a note").arg(Secret));
    manual.deadline = QDate(2025, 4, 30);
    d.findings = {weak, vuln, manual};
    d.evidence = {
        {1, QString(64, QLatin1Char('a')), 2048, QStringLiteral("transcript-ftp-127.0.0.10-21.txt"), QStringLiteral("transcript"),
         QStringLiteral("PRB-03")},
        {2, QString(64, QLatin1Char('b')), 3 << 20, QStringLiteral("photo-1.png"), QStringLiteral("photo"), {}},
        {3, QString(64, QLatin1Char('c')), 512, QStringLiteral("interview-note.txt"), QStringLiteral("note"), QStringLiteral("INT-04")}};
    d.chainSeq = 42;
    d.chainHash = QString(64, QLatin1Char('d'));
    d.issuedAt = QDateTime(QDate(2025, 3, 6), QTime(9, 30), Qt::UTC);
    d.issuedBy = QStringLiteral("tester");
    d.priorIssued = 2;
    return d;
}
} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void manifest();
    void numbersFollowTheConventions_data();
    void numbersFollowTheConventions();
};

void TestReportDocument::golden_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("lang");
    for (Kind k : {Kind::Report, Kind::Notice, Kind::Record})
        for (const QString &lang : documentLanguages())
            QTest::newRow(qPrintable(kindName(k) + QLatin1Char(' ') + lang)) << k << lang;
}

void TestReportDocument::golden()
{
    QFETCH(Kind, kind);
    QFETCH(QString, lang);
    auto texts = ReportTexts::shipped();
    QVERIFY(texts.ok());
    const ReportDocument doc = ReportBuilder::build(fixedData(lang, kind), *texts);
    const QString actual = doc.plainText();
    QVERIFY2(!actual.contains(Secret), "a password is printed whole");
    QVERIFY2(!actual.contains(QStringLiteral("[report.")) && !actual.contains(QStringLiteral("[common.")), "a text key is missing");
    const QString golden = qEnvironmentVariable("AB_TEST_DATA") + QStringLiteral("/golden/report-%1-%2.txt").arg(kindName(kind), lang);
    if (qEnvironmentVariableIsSet("AB_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        QSKIP("golden file written");
    }
    QFile in(golden);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden));
    const QStringList expected = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(expected.size(), got.size()); ++i)
        if (expected.value(i) != got.value(i))
            QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                                 .arg(golden)
                                 .arg(i + 1)
                                 .arg(expected.value(i), got.value(i))));
}

void TestReportDocument::manifest()
{
    auto texts = ReportTexts::shipped();
    QVERIFY(texts.ok());
    const ReportData d = fixedData(QStringLiteral("vi"), Kind::Report);
    const ReportDocument doc = ReportBuilder::build(d, *texts);
    const QJsonObject m = doc.manifest;
    QCOMPARE(m.value(QStringLiteral("format")).toString(), QLatin1String(ReportManifest::Format));
    QCOMPARE(m.value(QStringLiteral("inspection_id")).toString(), d.inspectionId);
    QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
    QCOMPARE(m.value(QStringLiteral("lang")).toString(), QStringLiteral("vi"));
    QCOMPARE(m.value(QStringLiteral("number")).toString(), doc.number);
    QCOMPARE(m.value(QStringLiteral("issued_at")).toString(), QStringLiteral("2025-03-06T09:30:00Z"));
    QCOMPARE(m.value(QStringLiteral("chain")).toObject().value(QStringLiteral("seq")).toInt(), 42);
    QCOMPARE(m.value(QStringLiteral("chain")).toObject().value(QStringLiteral("hash")).toString(), d.chainHash);
    const QJsonArray ev = m.value(QStringLiteral("evidence")).toArray();
    QCOMPARE(ev.size(), 3);
    QCOMPARE(ev.at(1).toObject().value(QStringLiteral("sha256")).toString(), QString(64, QLatin1Char('b')));
    QCOMPARE(ev.at(1).toObject().value(QStringLiteral("size")).toInt(), 3 << 20);
    QCOMPARE(ev.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("photo-1.png"));
    QCOMPARE(m.value(QStringLiteral("findings")).toInt(), 3);
    QCOMPARE(m.value(QStringLiteral("score")).toObject().value(QStringLiteral("total")).toDouble(), 52.5);
    QCOMPARE(m.value(QStringLiteral("score"))
                 .toObject()
                 .value(QStringLiteral("counters"))
                 .toObject()
                 .value(QStringLiteral("weak_passwords"))
                 .toInt(),
             2);
}

void TestReportDocument::numbersFollowTheConventions_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("date");
    // GB/T 9704: 〔2025〕3号, no leading zeros; Decree 30: 03/BC-ĐKT, ngày 06 tháng 3.
    QTest::newRow("zh report") << "zh_CN" << Kind::Report << QStringLiteral("网安检报〔2025〕3号") << QStringLiteral("2025年3月6日");
    QTest::newRow("zh notice") << "zh_CN" << Kind::Notice << QStringLiteral("网安整改〔2025〕3号") << QStringLiteral("2025年3月6日");
    QTest::newRow("vi report") << "vi" << Kind::Report << QStringLiteral("03/BC-ĐKT") << QStringLiteral("ngày 06 tháng 3 năm 2025");
    QTest::newRow("vi record") << "vi" << Kind::Record << QStringLiteral("03/BB-ĐKT") << QStringLiteral("ngày 06 tháng 3 năm 2025");
    QTest::newRow("en notice") << "en" << Kind::Notice << QStringLiteral("RN-2025-03") << QStringLiteral("6 March 2025");
}

void TestReportDocument::numbersFollowTheConventions()
{
    QFETCH(QString, lang);
    QFETCH(Kind, kind);
    QFETCH(QString, number);
    QFETCH(QString, date);
    auto texts = ReportTexts::shipped();
    QVERIFY(texts.ok());
    ReportData d = fixedData(lang, kind);
    const ReportDocument doc = ReportBuilder::build(d, *texts);
    QCOMPARE(doc.number, number);
    QVERIFY2(doc.plainText().contains(date), qPrintable(doc.plainText()));
    d.options.number = QStringLiteral("X-1");
    QCOMPARE(ReportBuilder::build(d, *texts).number, QStringLiteral("X-1"));
    // February takes its zero in Vietnamese dates: ngày 05 tháng 02 năm 2025.
    if (lang == QLatin1String("vi")) {
        d.options.issueDate = QDate(2025, 2, 5);
        QVERIFY(ReportBuilder::build(d, *texts).plainText().contains(QStringLiteral("ngày 05 tháng 02 năm 2025")));
    }
}

QTEST_GUILESS_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
