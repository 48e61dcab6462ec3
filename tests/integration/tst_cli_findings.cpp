// edit, finding add|edit|merge|from-answer and readiness end to end: exit
// codes, JSON shapes, refusals that change nothing, the custody log and
// verify agreeing afterwards, and a format-4 file with findings upgraded.
#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using abit::Run;
using abit::run;

class TestCliFindings final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editReplacesWhatIsGiven();
    void editRefusals_data();
    void editRefusals();
    void findingLifecycle();
    void findingRefusals_data();
    void findingRefusals();
    void readinessUntilReady();
    void format4FileUpgrades();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QJsonObject info() const { return run({QStringLiteral("info"), m_file, QStringLiteral("--json")}).json().object(); }
    QString lastAction() const
    {
        return run({QStringLiteral("custody"), m_file, QStringLiteral("--json")})
            .json()
            .array()
            .last()
            .toObject()
            .value(QStringLiteral("action"))
            .toString();
    }
    void expectIntact(const QString &file) const
    {
        const Run v = run({QStringLiteral("verify"), file});
        QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    }
    QTemporaryDir m_dir;
    QString m_file;
    int m_doc = 0, m_photo = 0;
};

void TestCliFindings::initTestCase()
{
    QVERIFY2(QFileInfo(abit::cli()).isExecutable(), "AB_CLI must name the built auditbench-cli");
    QVERIFY(m_dir.isValid());
    m_file = path(QStringLiteral("site.inspection"));
    Run r = run({QStringLiteral("init"), m_file, QStringLiteral("--regime"), QStringLiteral("vn-mic"), QStringLiteral("--org"),
                 QStringLiteral("Công ty ABC"), QStringLiteral("--system"), QStringLiteral("CCTV:3"), QStringLiteral("--inspector"),
                 QStringLiteral("A"), QStringLiteral("--catalog"), abit::testData(QStringLiteral("catalogs/MiniCatalog.json"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(abit::writeFile(path(QStringLiteral("order.pdf")), "%PDF-1.4 order no. 7\n"));
    QVERIFY(abit::writeFile(path(QStringLiteral("cam.png")), QByteArray(300, 'p')));
    r = run({QStringLiteral("evidence"), QStringLiteral("add"), m_file, path(QStringLiteral("order.pdf")), path(QStringLiteral("cam.png")),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const QJsonValue &v : r.json().array()) {
        if (v[QStringLiteral("kind")].toString() == QLatin1String("document"))
            m_doc = v[QStringLiteral("id")].toInt();
        else
            m_photo = v[QStringLiteral("id")].toInt();
    }
    QVERIFY(m_doc > 0 && m_photo > 0);
}

void TestCliFindings::editReplacesWhatIsGiven()
{
    Run r = run({QStringLiteral("edit"), m_file, QStringLiteral("--inspector"), QStringLiteral("Nguyễn Văn A"),
                 QStringLiteral("--inspector"), QStringLiteral("Trần Thị B"), QStringLiteral("--scope"), QStringLiteral("127.0.0.9/24"),
                 QStringLiteral("--system"), QStringLiteral("NVR:2"), QStringLiteral("--location"), QStringLiteral("Hà Nội"),
                 QStringLiteral("--start"), QStringLiteral("2024-05-01"), QStringLiteral("--end"), QStringLiteral("2024-05-03"),
                 QStringLiteral("--authorisation"), QString::number(m_doc), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("inspectors")).toArray(), (QJsonArray{QStringLiteral("Nguyễn Văn A"), QStringLiteral("Trần Thị B")}));
    QCOMPARE(o.value(QStringLiteral("scope")).toArray(), QJsonArray{QStringLiteral("127.0.0.0/24")}); // normalised
    QCOMPARE(o.value(QStringLiteral("systems")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("authorisation_evidence")).toInt(), m_doc);
    QCOMPARE(o.value(QStringLiteral("organisation")).toString(), QStringLiteral("Công ty ABC")); // not given: kept
    QCOMPARE(info().value(QStringLiteral("location")).toString(), QStringLiteral("Hà Nội"));
    QCOMPARE(lastAction(), QStringLiteral("inspection.update"));
    expectIntact(m_file);

    // '' empties a list; the same values again change nothing.
    r = run({QStringLiteral("edit"), m_file, QStringLiteral("--scope"), QString(), QStringLiteral("--end"), QString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(info().value(QStringLiteral("scope")).toArray().isEmpty());
    QCOMPARE(info().value(QStringLiteral("end_date")).toString(), QString());
    const int entries = info().value(QStringLiteral("counts")).toObject().value(QStringLiteral("custody")).toInt();
    r = run({QStringLiteral("edit"), m_file, QStringLiteral("--location"), QStringLiteral("Hà Nội")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("Nothing changed"), qPrintable(r.describe()));
    QCOMPARE(info().value(QStringLiteral("counts")).toObject().value(QStringLiteral("custody")).toInt(), entries);
    r = run({QStringLiteral("edit"), m_file, QStringLiteral("--scope"), QStringLiteral("127.0.0.0/24")});
    QVERIFY(r.exitCode == 0);
    expectIntact(m_file);
}

void TestCliFindings::editRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("bad scope") << QStringList{QStringLiteral("--scope"), QStringLiteral("10.0.0.0/40")} << 2;
    QTest::newRow("bad system") << QStringList{QStringLiteral("--system"), QStringLiteral("CCTV:9")} << 2;
    QTest::newRow("bad date") << QStringList{QStringLiteral("--start"), QStringLiteral("31/05/2024")} << 2;
    QTest::newRow("end before start") << QStringList{QStringLiteral("--end"), QStringLiteral("2024-04-01")} << 2;
    QTest::newRow("blank organisation") << QStringList{QStringLiteral("--org"), QStringLiteral(" ")} << 2;
    QTest::newRow("authorisation not a document") << QStringList{QStringLiteral("--authorisation"), QStringLiteral("PHOTO")} << 2;
    QTest::newRow("authorisation missing") << QStringList{QStringLiteral("--authorisation"), QStringLiteral("99")} << 2;
    QTest::newRow("authorisation not a number") << QStringList{QStringLiteral("--authorisation"), QStringLiteral("x")} << 2;
}

void TestCliFindings::editRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    args.replaceInStrings(QStringLiteral("PHOTO"), QString::number(m_photo));
    const QByteArray before = abit::sha256Of(m_file);
    const Run r = run(QStringList{QStringLiteral("edit"), m_file} + args);
    QVERIFY2(r.exitCode == exitCode && r.oneErrorLine(), qPrintable(r.describe()));
    QCOMPARE(abit::sha256Of(m_file), before);
    // Wrong passphrase: exit 3, nothing changed.
    const Run w =
        run({QStringLiteral("edit"), m_file, QStringLiteral("--location"), QStringLiteral("x")}, QByteArrayLiteral("not the passphrase"));
    QVERIFY2(w.exitCode == 3 && w.oneErrorLine(), qPrintable(w.describe()));
    QCOMPARE(abit::sha256Of(m_file), before);
}

void TestCliFindings::findingLifecycle()
{
    // An answer that falls short becomes a finding.
    Run r = run({QStringLiteral("answer"), m_file, QStringLiteral("INT-01"), QStringLiteral("noncompliant"), QStringLiteral("--note"),
                 QStringLiteral("no level decision"), QStringLiteral("--evidence"), QString::number(m_doc)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("finding"), QStringLiteral("from-answer"), m_file, QStringLiteral("INT-01"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject fa = r.json().object();
    QCOMPARE(fa.value(QStringLiteral("item")).toString(), QStringLiteral("INT-01"));
    QCOMPARE(fa.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(fa.value(QStringLiteral("source")).toString(), QStringLiteral("answer"));
    QCOMPARE(fa.value(QStringLiteral("evidence")).toArray(), QJsonArray{m_doc});
    QVERIFY(!fa.value(QStringLiteral("title")).toString().isEmpty());
    QVERIFY(!fa.value(QStringLiteral("recommendation")).toString().isEmpty());
    QCOMPARE(lastAction(), QStringLiteral("finding.add"));
    r = run({QStringLiteral("finding"), QStringLiteral("from-answer"), m_file, QStringLiteral("INT-01")});
    QVERIFY2(r.exitCode == 2 && r.oneErrorLine() && r.err.contains("already records"), qPrintable(r.describe()));

    // By hand, twice the same problem.
    r = run({QStringLiteral("finding"), QStringLiteral("add"), m_file, QStringLiteral("--title"),
             QStringLiteral("Default password on cam 1"), QStringLiteral("--severity"), QStringLiteral("medium"),
             QStringLiteral("--evidence"), QString::number(m_photo), QStringLiteral("--detail"), QStringLiteral("admin/admin"),
             QStringLiteral("--deadline"), QStringLiteral("2024-06-30"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const int a = r.json().object().value(QStringLiteral("id")).toInt();
    r = run({QStringLiteral("finding"), QStringLiteral("add"), m_file, QStringLiteral("--title"),
             QStringLiteral("Default password on cam 2"), QStringLiteral("--severity"), QStringLiteral("high"), QStringLiteral("--item"),
             QStringLiteral("PRB-01"), QStringLiteral("--detail"), QStringLiteral("admin/12345")});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith("Finding "), qPrintable(r.describe()));
    const int b = a + 1;

    r = run({QStringLiteral("finding"), QStringLiteral("merge"), m_file, QString::number(a), QString::number(b), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject kept = r.json().object();
    QCOMPARE(kept.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(kept.value(QStringLiteral("item")).toString(), QStringLiteral("PRB-01"));
    QCOMPARE(kept.value(QStringLiteral("detail")).toString(), QStringLiteral("admin/admin\n\nadmin/12345"));

    r = run({QStringLiteral("finding"), QStringLiteral("edit"), m_file, QString::number(a), QStringLiteral("--status"),
             QStringLiteral("resolved"), QStringLiteral("--deadline"), QString(), QStringLiteral("--recommendation"),
             QStringLiteral("Change it."), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(r.json().object().value(QStringLiteral("deadline")).toString(), QString());

    // findings --json keeps its CLI.md shape, and shows the merged one pointing at the keeper.
    r = run({QStringLiteral("findings"), m_file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray all = r.json().array();
    QCOMPARE(all.size(), 3);
    for (const QJsonValue &v : all) {
        for (const char *key : {"id", "title", "severity", "item", "asset", "evidence", "check"})
            QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        if (v[QStringLiteral("id")].toInt() == b) {
            QCOMPARE(v[QStringLiteral("status")].toString(), QStringLiteral("merged"));
            QCOMPARE(v[QStringLiteral("merged_into")].toInt(), a);
        }
    }
    r = run({QStringLiteral("findings"), m_file});
    QVERIFY2(r.out.contains("[merged into"), qPrintable(r.describe()));
    expectIntact(m_file);
}

void TestCliFindings::findingRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString add = QStringLiteral("add"), edit = QStringLiteral("edit");
    QTest::newRow("add without severity") << QStringList{add, QStringLiteral("FILE"), QStringLiteral("--title"), QStringLiteral("x")} << 2;
    QTest::newRow("add bad severity") << QStringList{add,
                                                     QStringLiteral("FILE"),
                                                     QStringLiteral("--title"),
                                                     QStringLiteral("x"),
                                                     QStringLiteral("--severity"),
                                                     QStringLiteral("critical")}
                                      << 2;
    QTest::newRow("add unknown item") << QStringList{add,
                                                     QStringLiteral("FILE"),
                                                     QStringLiteral("--title"),
                                                     QStringLiteral("x"),
                                                     QStringLiteral("--severity"),
                                                     QStringLiteral("low"),
                                                     QStringLiteral("--item"),
                                                     QStringLiteral("ZZZ-1")}
                                      << 2;
    QTest::newRow("add unknown device") << QStringList{add,
                                                       QStringLiteral("FILE"),
                                                       QStringLiteral("--title"),
                                                       QStringLiteral("x"),
                                                       QStringLiteral("--severity"),
                                                       QStringLiteral("low"),
                                                       QStringLiteral("--asset"),
                                                       QStringLiteral("127.0.0.99:80")}
                                        << 2;
    QTest::newRow("add unknown evidence") << QStringList{add,
                                                         QStringLiteral("FILE"),
                                                         QStringLiteral("--title"),
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--severity"),
                                                         QStringLiteral("low"),
                                                         QStringLiteral("--evidence"),
                                                         QStringLiteral("77")}
                                          << 2;
    QTest::newRow("add bad deadline") << QStringList{add,
                                                     QStringLiteral("FILE"),
                                                     QStringLiteral("--title"),
                                                     QStringLiteral("x"),
                                                     QStringLiteral("--severity"),
                                                     QStringLiteral("low"),
                                                     QStringLiteral("--deadline"),
                                                     QStringLiteral("soon")}
                                      << 2;
    QTest::newRow("edit missing finding") << QStringList{edit, QStringLiteral("FILE"), QStringLiteral("99"), QStringLiteral("--title"),
                                                         QStringLiteral("x")}
                                          << 2;
    QTest::newRow("edit bad id") << QStringList{edit, QStringLiteral("FILE"), QStringLiteral("one"), QStringLiteral("--title"),
                                                QStringLiteral("x")}
                                 << 2;
    QTest::newRow("edit to merged") << QStringList{edit, QStringLiteral("FILE"), QStringLiteral("1"), QStringLiteral("--status"),
                                                   QStringLiteral("merged")}
                                    << 2;
    QTest::newRow("merge into itself") << QStringList{QStringLiteral("merge"), QStringLiteral("FILE"), QStringLiteral("1"),
                                                      QStringLiteral("1")}
                                       << 2;
    QTest::newRow("merge one argument") << QStringList{QStringLiteral("merge"), QStringLiteral("FILE"), QStringLiteral("1")} << 2;
    QTest::newRow("from compliant answer") << QStringList{QStringLiteral("from-answer"), QStringLiteral("FILE"), QStringLiteral("INT-03")}
                                           << 2;
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("delete"), QStringLiteral("FILE"), QStringLiteral("1")} << 2;
}

void TestCliFindings::findingRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    args.replaceInStrings(QStringLiteral("FILE"), m_file);
    const QByteArray before = abit::sha256Of(m_file);
    const Run r = run(QStringList{QStringLiteral("finding")} + args);
    QVERIFY2(r.exitCode == exitCode && !r.errText().isEmpty() && !r.errText().contains(QLatin1Char('\n')), qPrintable(r.describe()));
    QCOMPARE(abit::sha256Of(m_file), before);
}

void TestCliFindings::readinessUntilReady()
{
    const QString file = path(QStringLiteral("ready.inspection"));
    Run r = run({QStringLiteral("init"), file, QStringLiteral("--regime"), QStringLiteral("vn-mic"), QStringLiteral("--org"),
                 QStringLiteral("X"), QStringLiteral("--system"), QStringLiteral("CCTV:3"), QStringLiteral("--catalog"),
                 abit::testData(QStringLiteral("catalogs/MiniCatalog.json"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("readiness"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("ready")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("authorisation")).toBool(), false);
    QStringList kinds;
    for (const QJsonValue &g : o.value(QStringLiteral("missing")).toArray())
        kinds.append(g[QStringLiteral("kind")].toString());
    QVERIFY(kinds.contains(QStringLiteral("no-authorisation")));
    QVERIFY(kinds.contains(QStringLiteral("no-team")));
    QVERIFY(kinds.contains(QStringLiteral("unanswered")));

    // Work the list down.
    r = run({QStringLiteral("evidence"), QStringLiteral("add"), file, path(QStringLiteral("order.pdf")), QStringLiteral("--json")});
    const int doc = r.json().array().at(0)[QStringLiteral("id")].toInt();
    r = run({QStringLiteral("edit"), file, QStringLiteral("--inspector"), QStringLiteral("Leader"), QStringLiteral("--authorisation"),
             QString::number(doc)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QList<QStringList> answers{
        {QStringLiteral("INT-01"), QStringLiteral("compliant")},  {QStringLiteral("INT-02"), QStringLiteral("compliant")},
        {QStringLiteral("INT-03"), QStringLiteral("no")},         {QStringLiteral("DOC-01"), QStringLiteral("compliant")},
        {QStringLiteral("DOC-02"), QStringLiteral("3")},          {QStringLiteral("DOC-03"), QStringLiteral("vn")},
        {QStringLiteral("DOC-04"), QStringLiteral("2024-01-01")}, {QStringLiteral("PRB-01"), QStringLiteral("compliant")}};
    for (const QStringList &a : answers) {
        r = run({QStringLiteral("answer"), file, a.at(0), a.at(1)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    r = run({QStringLiteral("finding"), QStringLiteral("add"), file, QStringLiteral("--title"), QStringLiteral("Unproven"),
             QStringLiteral("--severity"), QStringLiteral("low")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("readiness"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("unanswered")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("findings_without_evidence")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("missing")).toArray().size(), 1);
    r = run(
        {QStringLiteral("finding"), QStringLiteral("edit"), file, QStringLiteral("1"), QStringLiteral("--evidence"), QString::number(doc)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("readiness"), file});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith("Ready"), qPrintable(r.describe()));
    expectIntact(file);
}

void TestCliFindings::format4FileUpgrades()
{
    // Made by AuditBench at file format 4 (tests/data/make_format4_fixture.sh):
    // a device, services and findings from an nmap import, recorded in the
    // custody log without merged_into.
    const QString file = path(QStringLiteral("format4.inspection"));
    QVERIFY(QFile::copy(abit::testData(QStringLiteral("Format4Findings.inspection")), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray pass = QByteArrayLiteral("format-4 fixture");
    Run r = run({QStringLiteral("info"), file, QStringLiteral("--json")}, pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("schema_version")).toInt(), 4); // read-only: read as it is
    r = run({QStringLiteral("verify"), file}, pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("findings"), file, QStringLiteral("--json")}, pass);
    QVERIFY2(r.exitCode == 0 && r.json().array().size() >= 2, qPrintable(r.describe()));
    const int keep = r.json().array().at(0)[QStringLiteral("id")].toInt();
    const int other = r.json().array().at(1)[QStringLiteral("id")].toInt();
    // The first write upgrades it; verify replays the migration.
    r = run({QStringLiteral("finding"), QStringLiteral("merge"), file, QString::number(keep), QString::number(other)}, pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("info"), file, QStringLiteral("--json")}, pass);
    QCOMPARE(r.json().object().value(QStringLiteral("schema_version")).toInt(), 5);
    r = run({QStringLiteral("verify"), file}, pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // And a merged_into changed behind the log's back is named.
    QCOMPARE(abit::sqlExec(file, {QStringLiteral("UPDATE finding SET merged_into = 0 WHERE id = %1").arg(other)}), QString());
    r = run({QStringLiteral("verify"), file, QStringLiteral("--json")}, pass);
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const QJsonObject problem = r.json().object().value(QStringLiteral("problems")).toArray().at(0).toObject();
    QCOMPARE(problem.value(QStringLiteral("object")).toString(), QStringLiteral("finding:%1").arg(other));
    QVERIFY(problem.value(QStringLiteral("detail")).toString().contains(QStringLiteral("merged_into")));
}

QTEST_GUILESS_MAIN(TestCliFindings)
#include "tst_cli_findings.moc"
