// The CLI contract (CLI.md): --help everywhere, exit codes, JSON shapes,
// passphrase handling, init never overwriting, export round trips.
#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using abit::Run;
using abit::run;

class TestCliContract final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void initAndInfoJson();
    void initRefusesToOverwrite_data();
    void initRefusesToOverwrite();
    void passphraseNeverFromArguments();
    void passphraseFile();
    void wrongPassphrase_data();
    void wrongPassphrase();
    void evidenceAddListExport();
    void evidenceAddJson();
    void verifyIntactJson();
    void custodyMatchesChainHead();
    void initJsonAndFailures();
    void exportFailures(); // after evidenceAddListExport: needs evidence 1
    void missingFileIsBadInput();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_file; // shared: created once, evidence added by the tests below
};

void TestCliContract::initTestCase()
{
    QVERIFY2(QFileInfo(abit::cli()).isExecutable(), "AB_CLI must name the built auditbench-cli");
    QVERIFY(m_dir.isValid());
    m_file = path(QStringLiteral("site.inspection"));
    const Run r = run(abit::initArgs(m_file));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo::exists(m_file));
}

void TestCliContract::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("tool") << QStringList{QStringLiteral("--help")} << "evidence add";
    QTest::newRow("help word") << QStringList{QStringLiteral("help")} << "verify";
    QTest::newRow("init") << QStringList{QStringLiteral("init"), QStringLiteral("--help")} << "--regime";
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("--help")} << "--json";
    QTest::newRow("evidence") << QStringList{QStringLiteral("evidence"), QStringLiteral("--help")} << "export";
    QTest::newRow("evidence add") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--help")} << "--kind";
    QTest::newRow("evidence list") << QStringList{QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--help")} << "--json";
    QTest::newRow("evidence export") << QStringList{QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--help")}
                                     << "OUTPATH";
    QTest::newRow("verify") << QStringList{QStringLiteral("verify"), QStringLiteral("--help")} << "--json";
    QTest::newRow("custody") << QStringList{QStringLiteral("custody"), QStringLiteral("--help")} << "--json";
}

void TestCliContract::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    // No passphrase needed, and nothing touched.
    const Run r = run(args, QByteArray());
    QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.describe()));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Usage")), qPrintable(out));
    QVERIFY2(out.contains(mentions), qPrintable(out));
    QVERIFY(r.err.isEmpty());
    // The usage line shows what to type: the command, not the path of the binary.
    if (args.size() > 1 && args.first() != QLatin1String("evidence"))
        QVERIFY2(out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("auditbench-cli ") + args.first() + QStringLiteral(" [options]")), qPrintable(out));
    if (args.size() > 2)
        QVERIFY2(out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("auditbench-cli evidence ") + args.at(1) + QStringLiteral(" [options]")),
                 qPrintable(out));
    QVERIFY2(!out.contains(abit::cli()), qPrintable(out));
}

void TestCliContract::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString f = QStringLiteral("%FILE%");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), f, QStringLiteral("--frob")};
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")};
    QTest::newRow("info two files") << QStringList{QStringLiteral("info"), f, f};
    QTest::newRow("evidence without verb") << QStringList{QStringLiteral("evidence")};
    QTest::newRow("evidence unknown verb") << QStringList{QStringLiteral("evidence"), QStringLiteral("remove"), f};
    QTest::newRow("evidence add without path") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), f};
    QTest::newRow("evidence add bad kind") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), f, QStringLiteral("%FILE%"),
                                                          QStringLiteral("--kind"), QStringLiteral("video")};
    QTest::newRow("evidence export bad id") << QStringList{QStringLiteral("evidence"), QStringLiteral("export"), f, QStringLiteral("abc"),
                                                           QStringLiteral("out.bin")};
    QTest::newRow("evidence export id 0") << QStringList{QStringLiteral("evidence"), QStringLiteral("export"), f, QStringLiteral("0"),
                                                         QStringLiteral("out.bin")};
    QTest::newRow("evidence export missing id") << QStringList{QStringLiteral("evidence"), QStringLiteral("export"), f,
                                                               QStringLiteral("9999"), QStringLiteral("out.bin")};
    QTest::newRow("verify without file") << QStringList{QStringLiteral("verify")};
    QTest::newRow("init without regime") << QStringList{QStringLiteral("init"), QStringLiteral("new.inspection"), QStringLiteral("--org"),
                                                        QStringLiteral("X")};
    QTest::newRow("init unknown regime") << QStringList{QStringLiteral("init"), QStringLiteral("new.inspection"),
                                                        QStringLiteral("--regime"), QStringLiteral("us-nist"), QStringLiteral("--org"),
                                                        QStringLiteral("X")};
    QTest::newRow("init bad level") << QStringList{QStringLiteral("init"), QStringLiteral("new.inspection"), QStringLiteral("--regime"),
                                                   QStringLiteral("cn-miit"), QStringLiteral("--org"), QStringLiteral("X"),
                                                   QStringLiteral("--system"), QStringLiteral("CCTV:9")};
    QTest::newRow("init bad scope") << QStringList{QStringLiteral("init"), QStringLiteral("new.inspection"), QStringLiteral("--regime"),
                                                   QStringLiteral("cn-miit"), QStringLiteral("--org"), QStringLiteral("X"),
                                                   QStringLiteral("--scope"), QStringLiteral("10.0.0.0/33")};
    QTest::newRow("bad language") << QStringList{QStringLiteral("info"), f, QStringLiteral("--lang"), QStringLiteral("fr")};
}

void TestCliContract::usageErrors()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("%FILE%"), m_file);
    const QByteArray before = abit::sha256Of(m_file);
    abit::Options o;
    o.workDir = m_dir.path();
    const Run r = run(args, o);
    QVERIFY2(r.exitCode == 2 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(!r.errText().isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!r.errText().contains(QLatin1Char('\n')) || args.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(abit::sha256Of(m_file), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("new.inspection"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.bin"))));
}

void TestCliContract::initAndInfoJson()
{
    const Run r = run({QStringLiteral("info"), m_file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(r.json().isObject());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("regime")).toString(), QStringLiteral("vn-mic"));
    QCOMPARE(o.value(QStringLiteral("organisation")).toString(), QStringLiteral("Công ty ABC"));
    const QJsonArray systems = o.value(QStringLiteral("systems")).toArray();
    QCOMPARE(systems.size(), 1);
    QCOMPARE(systems.first().toObject(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("CCTV")}, {QStringLiteral("level"), 3}}));
    QCOMPARE(o.value(QStringLiteral("scope")).toArray(), (QJsonArray{QStringLiteral("127.0.0.0/24")}));
    QCOMPARE(o.value(QStringLiteral("inspectors")).toArray(), (QJsonArray{QStringLiteral("Nguyễn Văn A")}));
    QVERIFY(o.contains(QStringLiteral("catalog_id")));
    QVERIFY(o.contains(QStringLiteral("catalog_version")));
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    for (const char *k : {"answers", "evidence", "findings"})
        QVERIFY2(counts.value(QLatin1String(k)).isDouble(), k);
    QCOMPARE(o.value(QStringLiteral("chain_head")).toString().size(), 64);

    const Run text = run({QStringLiteral("info"), m_file});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(text.out.contains("Công ty ABC"));
    QVERIFY(text.out.contains(o.value(QStringLiteral("chain_head")).toString().toLatin1()));
}

void TestCliContract::initRefusesToOverwrite_data()
{
    QTest::addColumn<QString>("existing"); // "inspection" or raw contents
    QTest::newRow("an inspection") << "inspection";
    QTest::newRow("some other file") << "precious notes\n";
}

void TestCliContract::initRefusesToOverwrite()
{
    QFETCH(QString, existing);
    QString target = m_file;
    if (existing != QLatin1String("inspection")) {
        target = path(QStringLiteral("notes.inspection"));
        QVERIFY(abit::writeFile(target, existing.toUtf8()));
    }
    const QByteArray before = abit::sha256Of(target);
    const QByteArray listBefore = abit::listing(m_file);
    const Run r = run(abit::initArgs(target));
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine() && r.errText().contains(QStringLiteral("already exists")), qPrintable(r.describe()));
    QCOMPARE(abit::sha256Of(target), before);
    QCOMPARE(abit::listing(m_file), listBefore);
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".creating")));
}

void TestCliContract::custodyMatchesChainHead()
{
    const Run c = run({QStringLiteral("custody"), m_file, QStringLiteral("--json")});
    QVERIFY2(c.exitCode == 0 && c.json().isArray(), qPrintable(c.describe()));
    const QJsonArray rows = c.json().array();
    QVERIFY(rows.size() >= 2); // create + the evidence added above
    QCOMPARE(rows.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("inspection.create"));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).toObject().value(QStringLiteral("seq")).toInteger(), i + 1);
        QCOMPARE(rows.at(i).toObject().value(QStringLiteral("prev")), rows.at(i - 1).toObject().value(QStringLiteral("hash")));
    }
    const Run info = run({QStringLiteral("info"), m_file, QStringLiteral("--json")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
    QCOMPARE(rows.last().toObject().value(QStringLiteral("hash")), info.json().object().value(QStringLiteral("chain_head")));
}

void TestCliContract::initJsonAndFailures()
{
    const QString fresh = path(QStringLiteral("fresh.inspection"));
    const Run r = run(abit::initArgs(fresh) << QStringLiteral("--json"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("regime")).toString(), QStringLiteral("vn-mic"));
    QCOMPARE(o.value(QStringLiteral("id")).toString().size(), 36);
    QVERIFY(QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).isValid());

    // A folder that does not exist: an I/O failure naming the file asked for, nothing left behind.
    const QString nowhere = path(QStringLiteral("no-such-folder/site.inspection"));
    const Run bad = run(abit::initArgs(nowhere));
    QVERIFY2(bad.exitCode == 4 && bad.oneErrorLine(), qPrintable(bad.describe()));
    QVERIFY2(bad.errText().contains(nowhere) && !bad.errText().contains(QStringLiteral(".creating")), qPrintable(bad.describe()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));
}

void TestCliContract::exportFailures()
{
    QVERIFY(QDir().mkpath(path(QStringLiteral("a-folder"))));
    for (const QString &out : {path(QStringLiteral("no-such-folder/out.bin")), path(QStringLiteral("a-folder"))}) {
        const Run r = run({QStringLiteral("evidence"), QStringLiteral("export"), m_file, QStringLiteral("1"), out});
        QVERIFY2(r.exitCode == 4 && r.oneErrorLine(), qPrintable(r.describe()));
    }
    // Never onto the inspection itself (that would replace it with one item).
    const QByteArray before = abit::sha256Of(m_file);
    const Run self = run({QStringLiteral("evidence"), QStringLiteral("export"), m_file, QStringLiteral("1"), m_file});
    QVERIFY2(self.exitCode == 2 && self.oneErrorLine(), qPrintable(self.describe()));
    QCOMPARE(abit::sha256Of(m_file), before);
    const Run still = run({QStringLiteral("verify"), m_file});
    QVERIFY2(still.exitCode == 0, qPrintable(still.describe()));

    // Altered contents are never written out: exit 1, no output file.
    const QString copy = path(QStringLiteral("altered-copy.inspection"));
    QVERIFY(QFile::copy(m_file, copy));
    QCOMPARE(abit::sqlExec(copy, {QStringLiteral("UPDATE chunk SET data = substr(data, 1, 30) || CASE WHEN substr(data, 31, 1) = X'00'"
                                                 " THEN X'01' ELSE X'00' END || substr(data, 32) WHERE blob_id = 1")}),
             QString());
    const QString out = path(QStringLiteral("altered-out.bin"));
    const Run r = run({QStringLiteral("evidence"), QStringLiteral("export"), copy, QStringLiteral("1"), out});
    QVERIFY2(r.exitCode == 1 && r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("authentication")), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliContract::passphraseNeverFromArguments()
{
    // No passphrase in the environment: a usage error naming where it comes from.
    const Run r = run({QStringLiteral("info"), m_file}, QByteArray());
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine() && r.errText().contains(QStringLiteral("AUDITBENCH_PASSPHRASE")), qPrintable(r.describe()));
    // There is no option that takes one.
    const Run arg = run({QStringLiteral("info"), m_file, QStringLiteral("--passphrase"), QString::fromUtf8(abit::passphrase())}, QByteArray());
    QCOMPARE(arg.exitCode, 2);
    // init refuses a short one.
    const Run shortPass = run(abit::initArgs(path(QStringLiteral("short.inspection"))), QByteArray("short"));
    QVERIFY2(shortPass.exitCode == 2 && shortPass.oneErrorLine(), qPrintable(shortPass.describe()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("short.inspection"))));
}

void TestCliContract::passphraseFile()
{
    const QString pf = path(QStringLiteral("pass.txt"));
    QVERIFY(abit::writeFile(pf, abit::passphrase() + "\n")); // a trailing newline is not part of it
    const Run r = run({QStringLiteral("info"), m_file, QStringLiteral("--passphrase-file"), pf}, QByteArray());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(abit::writeFile(pf, QByteArray("not it\n")));
    const Run wrong = run({QStringLiteral("info"), m_file, QStringLiteral("--passphrase-file"), pf});
    QVERIFY2(wrong.exitCode == 3, qPrintable(wrong.describe()));
    const Run missing = run({QStringLiteral("info"), m_file, QStringLiteral("--passphrase-file"), path(QStringLiteral("nope.txt"))});
    QVERIFY2(missing.exitCode == 4 && missing.oneErrorLine(), qPrintable(missing.describe()));
}

void TestCliContract::wrongPassphrase_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("%FILE%")};
    QTest::newRow("evidence list") << QStringList{QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("%FILE%")};
    QTest::newRow("evidence add") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("%FILE%"),
                                                 QStringLiteral("%FILE%")};
    QTest::newRow("evidence export") << QStringList{QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("%FILE%"),
                                                    QStringLiteral("1"), QStringLiteral("%OUT%")};
    QTest::newRow("verify") << QStringList{QStringLiteral("verify"), QStringLiteral("%FILE%"), QStringLiteral("--json")};
}

void TestCliContract::wrongPassphrase()
{
    QFETCH(QStringList, args);
    const QString out = path(QStringLiteral("wrong-pass-export.bin"));
    args.replaceInStrings(QStringLiteral("%FILE%"), m_file);
    args.replaceInStrings(QStringLiteral("%OUT%"), out);
    const QByteArray before = abit::sha256Of(m_file);
    const QByteArray listBefore = abit::listing(m_file);
    const Run r = run(args, QByteArray("not the passphrase"));
    QVERIFY2(r.exitCode == 3 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine() && r.errText().contains(QStringLiteral("Wrong passphrase")), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty()); // no partial JSON either
    QCOMPARE(abit::sha256Of(m_file), before);
    QCOMPARE(abit::listing(m_file), listBefore);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(m_file + QStringLiteral("-journal")));
}

void TestCliContract::evidenceAddListExport()
{
    QByteArray big(3 * 1024 * 1024 + 123, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 2654435761u) >> 13);
    const QString a = path(QStringLiteral("approval scan.pdf"));
    const QString b = path(QStringLiteral("camera.jpg"));
    QVERIFY(abit::writeFile(a, big));
    QVERIFY(abit::writeFile(b, QByteArray("tiny photo")));
    const QByteArray listBefore = abit::listing(m_file);
    const int countBefore = QJsonDocument::fromJson(listBefore).array().size();

    const Run add = run({QStringLiteral("evidence"), QStringLiteral("add"), m_file, a, b, QStringLiteral("--item"), QStringLiteral("DOC-01"),
                         QStringLiteral("--note"), QStringLiteral("from the operator")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    // One line per item: id, sha256, name.
    const QList<QByteArray> lines = add.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QList<QByteArray> first = lines.first().split('\t');
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(1), QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());
    QCOMPARE(first.at(2), QByteArray("approval scan.pdf"));

    const Run list = run({QStringLiteral("evidence"), QStringLiteral("list"), m_file, QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QVERIFY(list.json().isArray());
    const QJsonArray items = list.json().array();
    QCOMPARE(items.size(), countBefore + 2);
    const QJsonObject item = items.at(countBefore).toObject();
    for (const char *k : {"id", "sha256", "size", "name", "kind", "item", "added_at", "added_by"})
        QVERIFY2(item.contains(QLatin1String(k)), k);
    QCOMPARE(item.value(QStringLiteral("id")).toInteger(), first.at(0).toLongLong());
    QCOMPARE(item.value(QStringLiteral("sha256")).toString().toLatin1(), first.at(1));
    QCOMPARE(item.value(QStringLiteral("size")).toInteger(), big.size());
    QCOMPARE(item.value(QStringLiteral("name")).toString(), QStringLiteral("approval scan.pdf"));
    QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("document"));
    QCOMPARE(item.value(QStringLiteral("item")).toString(), QStringLiteral("DOC-01"));
    QCOMPARE(item.value(QStringLiteral("added_by")).toString(), QStringLiteral("tester"));
    QVERIFY(QDateTime::fromString(item.value(QStringLiteral("added_at")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(items.at(countBefore + 1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("photo"));

    const QString out = path(QStringLiteral("exported.pdf"));
    const Run exp = run({QStringLiteral("evidence"), QStringLiteral("export"), m_file, QString::fromLatin1(first.at(0)), out});
    QVERIFY2(exp.exitCode == 0, qPrintable(exp.describe()));
    QVERIFY(abit::readFile(out) == big);

    const Run text = run({QStringLiteral("evidence"), QStringLiteral("list"), m_file});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY(text.out.contains("approval scan.pdf"));
    QVERIFY(text.out.contains(first.at(1)));
}

void TestCliContract::evidenceAddJson()
{
    const QString n = path(QStringLiteral("note.txt"));
    QVERIFY(abit::writeFile(n, QByteArray("a note")));
    const Run add = run({QStringLiteral("evidence"), QStringLiteral("add"), m_file, n, QStringLiteral("--json")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QVERIFY2(add.json().isArray(), qPrintable(add.describe()));
    const QJsonArray a = add.json().array();
    QCOMPARE(a.size(), 1);
    const QJsonObject o = a.first().toObject();
    QCOMPARE(o.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash("a note", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
    QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
}

void TestCliContract::verifyIntactJson()
{
    const Run r = run({QStringLiteral("verify"), m_file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("intact")), QJsonValue(true));
    QVERIFY(o.value(QStringLiteral("problems")).isArray());
    QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
    const Run text = run({QStringLiteral("verify"), m_file});
    QVERIFY2(text.exitCode == 0 && text.out.startsWith("Intact"), qPrintable(text.describe()));
}

void TestCliContract::missingFileIsBadInput()
{
    const QString missing = path(QStringLiteral("missing.inspection"));
    // CLI.md: an unreadable file is bad input (3); 4 is for I/O failing midway.
    const Run r = run({QStringLiteral("info"), missing});
    QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY(r.errText().contains(QStringLiteral("missing.inspection")));
    QVERIFY(!QFileInfo::exists(missing)); // not created by looking at it
}

QTEST_GUILESS_MAIN(TestCliContract)
#include "tst_cli_contract.moc"
