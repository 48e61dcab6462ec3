// The documents' fixed texts: the shipped files load whole, and every
// Broken* file is refused with one error naming the file and the key.
#include "core/report/ReportTexts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using namespace ab::report;

class TestReportTexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedTextsLoad();
    void everyLanguageIsThere_data();
    void everyLanguageIsThere();
    void brokenFiles_data();
    void brokenFiles();
    void missingFileNamesThePath();
    void substituteIsOnePass();

private:
    static QString data(const QString &name) { return qEnvironmentVariable("AB_TEST_DATA") + QStringLiteral("/report/") + name; }
};

void TestReportTexts::shippedTextsLoad()
{
    auto t = ReportTexts::shipped();
    QVERIFY2(t.ok(), t.ok() ? "" : qPrintable(t.error().message));
    for (const QString &file : ReportTexts::fileIds())
        for (const QString &key : ReportTexts::requiredKeys(file))
            QVERIFY2(t->has(file + QLatin1Char('.') + key), qPrintable(file + QLatin1Char('.') + key));
    QCOMPARE(t->text(QStringLiteral("report.title"), QStringLiteral("zh_CN")), QStringLiteral("网络安全检查报告"));
    QCOMPARE(t->text(QStringLiteral("common.motto.slogan"), QStringLiteral("vi")), QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    QCOMPARE(t->format(QStringLiteral("common.page.footer"), QStringLiteral("zh_CN"),
                       {{QStringLiteral("page"), QStringLiteral("2")}, {QStringLiteral("pages"), QStringLiteral("9")}}),
             QStringLiteral("第 2 页 共 9 页"));
}

// The legal basis and the titles the issue names, in each language.
void TestReportTexts::everyLanguageIsThere_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("contains");
    QTest::newRow("report zh") << "report.title"
                               << "zh_CN" << QStringLiteral("网络安全检查报告");
    QTest::newRow("report vi") << "report.title"
                               << "vi" << QStringLiteral("Báo cáo kết quả kiểm tra, đánh giá an toàn thông tin").mid(8);
    QTest::newRow("notice zh") << "notice.title"
                               << "zh_CN" << QStringLiteral("网络安全问题整改通知书");
    QTest::newRow("notice vi") << "notice.title"
                               << "vi" << QStringLiteral("VĂN BẢN YÊU CẦU KHẮC PHỤC");
    QTest::newRow("record zh") << "record.title"
                               << "zh_CN" << QStringLiteral("现场检查记录");
    QTest::newRow("record vi") << "record.title"
                               << "vi" << QStringLiteral("BIÊN BẢN");
    QTest::newRow("basis cn-miit zh") << "basis.cn-miit.long"
                                      << "zh_CN" << QStringLiteral("工信厅网安函〔2018〕261号");
    QTest::newRow("basis cn-miit zh order 11") << "basis.cn-miit.long"
                                               << "zh_CN" << QStringLiteral("（工业和信息化部令第11号）");
    QTest::newRow("basis vn-mic vi") << "basis.vn-mic.long"
                                     << "vi" << QStringLiteral("Chỉ thị số 23/CT-TTg ngày 26/12/2022 của Thủ tướng Chính phủ");
    QTest::newRow("basis vn-mic vi decree") << "basis.vn-mic.long"
                                            << "vi" << QStringLiteral("Nghị định số 85/2016/NĐ-CP");
    QTest::newRow("methods zh") << "record.methods.text"
                                << "zh_CN" << QStringLiteral("现场询问、查阅资料、现场检测");
    QTest::newRow("motto") << "common.motto.nation"
                           << "vi" << QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

void TestReportTexts::everyLanguageIsThere()
{
    QFETCH(QString, key);
    QFETCH(QString, lang);
    QFETCH(QString, contains);
    auto t = ReportTexts::shipped();
    QVERIFY(t.ok());
    const QString text = t->text(key, lang);
    QVERIFY2(text.contains(contains, Qt::CaseInsensitive), qPrintable(text));
}

void TestReportTexts::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fileId");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("missing key") << "BrokenTextsMissingKey.json"
                                 << "record" << QStringList{QStringLiteral("\"closing\""), QStringLiteral("missing")};
    QTest::newRow("missing language") << "BrokenTextsMissingLanguage.json"
                                      << "checks" << QStringList{QStringLiteral("\"telnet-open\""), QStringLiteral("(vi)")};
    QTest::newRow("empty text") << "BrokenTextsEmptyText.json"
                                << "checks" << QStringList{QStringLiteral("\"telnet-open\""), QStringLiteral("(zh_CN)")};
    QTest::newRow("placeholders") << "BrokenTextsPlaceholders.json"
                                  << "checks" << QStringList{QStringLiteral("\"telnet-open\""), QStringLiteral("placeholders")};
    QTest::newRow("unknown key") << "BrokenTextsUnknownKey.json"
                                 << "record" << QStringList{QStringLiteral("\"closnig\"")};
    QTest::newRow("unknown language") << "BrokenTextsUnknownLanguage.json"
                                      << "checks" << QStringList{QStringLiteral("\"fr\"")};
    QTest::newRow("format") << "BrokenTextsFormat.json"
                            << "common" << QStringList{QStringLiteral("auditbench-report-texts/1")};
    QTest::newRow("bad json") << "BrokenTextsBadJson.json"
                              << "checks" << QStringList{QStringLiteral("not valid JSON")};
}

void TestReportTexts::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, fileId);
    QFETCH(QStringList, mentions);
    QFile f(data(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto r = ReportTexts::parseFile(f.readAll(), fileId, f.fileName());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::BadInput);
    const QString msg = r.error().message;
    QVERIFY2(msg.contains(file), qPrintable(msg)); // names the file
    for (const QString &m : mentions)
        QVERIFY2(msg.contains(m), qPrintable(msg));
    QVERIFY2(!msg.contains(QLatin1Char('\n')), qPrintable(msg));
}

void TestReportTexts::missingFileNamesThePath()
{
    // A folder of texts with one file broken: refused whole, naming it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &id : ReportTexts::fileIds())
        QVERIFY(QFile::copy(QStringLiteral(":/report/%1.json").arg(id), dir.filePath(id + QStringLiteral(".json"))));
    QVERIFY(ReportTexts::loadFolder(dir.path()).ok());
    // Resource copies are read-only.
    for (const QString &id : ReportTexts::fileIds())
        QVERIFY(QFile::setPermissions(dir.filePath(id + QStringLiteral(".json")), QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral("notice.json")), dir.filePath(QStringLiteral("notice.json.off"))));
    auto missing = ReportTexts::loadFolder(dir.path());
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(dir.filePath(QStringLiteral("notice.json"))), qPrintable(missing.error().message));
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral("notice.json.off")), dir.filePath(QStringLiteral("notice.json"))));
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("record.json"))));
    QVERIFY(QFile::copy(data(QStringLiteral("BrokenTextsMissingKey.json")), dir.filePath(QStringLiteral("record.json"))));
    auto broken = ReportTexts::loadFolder(dir.path());
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(QStringLiteral("record.json")) &&
                 broken.error().message.contains(QStringLiteral("\"closing\"")),
             qPrintable(broken.error().message));
}

void TestReportTexts::substituteIsOnePass()
{
    // An organisation named "{pages}" stays that name.
    QCOMPARE(ReportTexts::substitute(QStringLiteral("{org}: {n}"),
                                     {{QStringLiteral("org"), QStringLiteral("{n}")}, {QStringLiteral("n"), QStringLiteral("3")}}),
             QStringLiteral("{n}: 3"));
    QCOMPARE(ReportTexts::substitute(QStringLiteral("{unknown} {"), {}), QStringLiteral("{unknown} {"));
}

QTEST_GUILESS_MAIN(TestReportTexts)
#include "tst_reporttexts.moc"
