// The questionnaire from the command line: init --catalog (valid, broken),
// catalog check, answer (typed, refused), questions (skip logic, languages),
// score (hand-computed figures, as in tst_questionnaire), read-only use.
#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using abit::Run;
using abit::run;

class TestCliQuestionnaire final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void initPinsTheCatalog();
    void brokenCatalogRefused_data();
    void brokenCatalogRefused();
    void catalogCheckShipped_data();
    void catalogCheckShipped();
    void answersAndScore();
    void refusedAnswerChangesNothing_data();
    void refusedAnswerChangesNothing();
    void questionsInEachLanguage_data();
    void questionsInEachLanguage();

private:
    static QString catalog(const QString &name) { return abit::testData(QStringLiteral("catalogs/") + name); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_file;
};

void TestCliQuestionnaire::initTestCase()
{
    QVERIFY2(QFileInfo(abit::cli()).isExecutable(), "AB_CLI must name the built auditbench-cli");
    QVERIFY(m_dir.isValid());
    m_file = path(QStringLiteral("mini.inspection"));
    const Run r = run({QStringLiteral("init"), m_file, QStringLiteral("--regime"), QStringLiteral("vn-mic"), QStringLiteral("--org"),
                       QStringLiteral("Công ty ABC"), QStringLiteral("--system"), QStringLiteral("CCTV:3"), QStringLiteral("--catalog"),
                       catalog(QStringLiteral("MiniCatalog.json"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCliQuestionnaire::initPinsTheCatalog()
{
    const Run r = run({QStringLiteral("info"), m_file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("catalog_id")).toString(), QStringLiteral("mini"));
    QCOMPARE(o.value(QStringLiteral("catalog_version")).toString(), QStringLiteral("1"));
    const Run c = run({QStringLiteral("custody"), m_file, QStringLiteral("--json")});
    QCOMPARE(c.json().array().at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("catalog.pin"));
    // A catalog of the other regime is refused.
    const Run wrong = run({QStringLiteral("init"), path(QStringLiteral("wrong.inspection")), QStringLiteral("--regime"), QStringLiteral("cn-miit"),
                           QStringLiteral("--org"), QStringLiteral("X"), QStringLiteral("--catalog"), catalog(QStringLiteral("MiniCatalog.json"))});
    QVERIFY2(wrong.exitCode == 2 && wrong.oneErrorLine(), qPrintable(wrong.describe()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("wrong.inspection"))));
}

void TestCliQuestionnaire::brokenCatalogRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("bad JSON") << QStringLiteral("BrokenCatalogBadJson.json") << QStringLiteral("JSON");
    QTest::newRow("missing language") << QStringLiteral("BrokenCatalogMissingLanguage.json") << QStringLiteral("item INT-02, field 'guidance'");
    QTest::newRow("duplicate id") << QStringLiteral("BrokenCatalogDuplicateId.json") << QStringLiteral("item INT-01, field 'id'");
    QTest::newRow("dangling reference") << QStringLiteral("BrokenCatalogDanglingReference.json") << QStringLiteral("INT-99");
    QTest::newRow("cycle") << QStringLiteral("BrokenCatalogCycle.json") << QStringLiteral("cycle");
}

void TestCliQuestionnaire::brokenCatalogRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    const QString target = path(QStringLiteral("broken-%1.inspection").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const Run r = run({QStringLiteral("init"), target, QStringLiteral("--regime"), QStringLiteral("vn-mic"), QStringLiteral("--org"),
                       QStringLiteral("X"), QStringLiteral("--catalog"), catalog(file)});
    QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(fragment) && r.errText().contains(file), qPrintable(r.describe()));
    QVERIFY2(!QFileInfo::exists(target), "nothing is created from a broken catalog");
    const Run check = run({QStringLiteral("catalog"), QStringLiteral("check"), catalog(file)});
    QVERIFY2(check.exitCode == 3 && check.errText().contains(fragment), qPrintable(check.describe()));
}

void TestCliQuestionnaire::catalogCheckShipped_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("cn-miit") << QStringLiteral("cn-miit");
    QTest::newRow("vn-mic") << QStringLiteral("vn-mic");
}

void TestCliQuestionnaire::catalogCheckShipped()
{
    QFETCH(QString, id);
    const Run r = run({QStringLiteral("catalog"), QStringLiteral("check"), id, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("regime")).toString(), id);
    QVERIFY(o.value(QStringLiteral("interview")).toInt() >= 10);
    QVERIFY(o.value(QStringLiteral("document")).toInt() >= 12);
    QVERIFY(o.value(QStringLiteral("probe")).toInt() >= 14);
}

void TestCliQuestionnaire::answersAndScore()
{
    const QList<QStringList> answers{{QStringLiteral("INT-01"), QStringLiteral("compliant")}, {QStringLiteral("INT-02"), QStringLiteral("partial")},
                                     {QStringLiteral("INT-03"), QStringLiteral("no")},        {QStringLiteral("INT-04"), QStringLiteral("compliant")},
                                     {QStringLiteral("DOC-01"), QStringLiteral("noncompliant")}, {QStringLiteral("DOC-02"), QStringLiteral("45")},
                                     {QStringLiteral("DOC-03"), QStringLiteral("vn")},        {QStringLiteral("DOC-04"), QStringLiteral("2026-01-15")}};
    for (const QStringList &a : answers) {
        const Run r = run({QStringLiteral("answer"), m_file, a[0], a[1], QStringLiteral("--note"), QStringLiteral("seen on site"),
                           QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(QStringLiteral("item")).toString(), a[0]);
        QCOMPARE(r.json().object().value(QStringLiteral("answered_by")).toString(), QStringLiteral("tester"));
    }
    const Run s = run({QStringLiteral("score"), m_file, QStringLiteral("--json")});
    QVERIFY2(s.exitCode == 0, qPrintable(s.describe()));
    const QJsonObject o = s.json().object();
    QCOMPARE(o.value(QStringLiteral("total")).toDouble(), 43.0);
    QCOMPARE(o.value(QStringLiteral("max")).toDouble(), 100.0);
    QCOMPARE(o.value(QStringLiteral("percent")).toDouble(), 43.0);
    QCOMPARE(o.value(QStringLiteral("by_section")).toArray().at(0).toObject().value(QStringLiteral("score")).toDouble(), 62.5);
    QCOMPARE(o.value(QStringLiteral("by_section")).toArray().at(1).toObject().value(QStringLiteral("score")).toDouble(), 40.0);
    QCOMPARE(o.value(QStringLiteral("by_severity")).toObject().value(QStringLiteral("high")).toInt(), 1);
    const QJsonObject counters = o.value(QStringLiteral("counters")).toObject();
    QCOMPARE(counters.value(QStringLiteral("weak_passwords")).toObject().value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(counters.value(QStringLiteral("vulnerabilities")).toObject().value(QStringLiteral("count")).toInt(), 1);

    const Run pending = run({QStringLiteral("questions"), m_file, QStringLiteral("--pending"), QStringLiteral("--json")});
    QVERIFY2(pending.exitCode == 0, qPrintable(pending.describe()));
    QStringList ids;
    for (const QJsonValue &v : pending.json().array())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids, QStringList{QStringLiteral("PRB-01")}); // INT-04 skipped: INT-03 is no
    // The answers are in the custody log, and the file verifies intact.
    const Run v = run({QStringLiteral("verify"), m_file});
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    const Run info = run({QStringLiteral("info"), m_file, QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("answers")).toInt(), 8);
}

void TestCliQuestionnaire::refusedAnswerChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not a compliance value") << QStringList{QStringLiteral("INT-01"), QStringLiteral("maybe")} << QStringLiteral("INT-01");
    QTest::newRow("not a number") << QStringList{QStringLiteral("DOC-02"), QStringLiteral("many")} << QStringLiteral("DOC-02");
    QTest::newRow("unknown choice") << QStringList{QStringLiteral("DOC-03"), QStringLiteral("mars")} << QStringLiteral("vn, abroad");
    QTest::newRow("unknown item") << QStringList{QStringLiteral("ZZZ-99"), QStringLiteral("compliant")} << QStringLiteral("ZZZ-99");
    QTest::newRow("unknown evidence") << QStringList{QStringLiteral("INT-01"), QStringLiteral("compliant"), QStringLiteral("--evidence"), QStringLiteral("42")}
                                      << QStringLiteral("42");
}

void TestCliQuestionnaire::refusedAnswerChangesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    const QByteArray before = abit::sha256Of(m_file);
    const Run r = run(QStringList{QStringLiteral("answer"), m_file} + args);
    QVERIFY2(r.exitCode == 2 && r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(fragment), qPrintable(r.describe()));
    QCOMPARE(abit::sha256Of(m_file), before);
}

void TestCliQuestionnaire::questionsInEachLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("text");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Question PRB-01");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("问题 PRB-01");
    QTest::newRow("vi") << QStringLiteral("vi") << QStringLiteral("Câu hỏi PRB-01");
}

void TestCliQuestionnaire::questionsInEachLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, text);
    const Run r = run({QStringLiteral("questions"), m_file, QStringLiteral("--pending"), QStringLiteral("--lang"), lang});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.out).contains(text), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliQuestionnaire)
#include "tst_cli_questionnaire.moc"
