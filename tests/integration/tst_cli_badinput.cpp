// Bad inputs and faults: each gets one clear line and the right exit code,
// and leaves committed data exactly as it was.
#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using abit::Run;
using abit::run;

class TestCliBadInput final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void brokenFiles_data();
    void brokenFiles();
    void newerVersionMadeHere();
    void truncatedMadeHere_data();
    void truncatedMadeHere();
    void tableDropped_data();
    void tableDropped();
    void damagedPage();
    void readOnlyFile_data();
    void readOnlyFile();
    void unreadableEvidence();
    void evidenceReadFails();
    void missingEvidencePath();
    void folderWithSymlinkLoop();
    void inspectionAddedToItself();

private:
    QString freshCopy(const QString &name);
    QTemporaryDir m_dir;
    QString m_base; // an inspection with one evidence item; tests work on copies
};

void TestCliBadInput::initTestCase()
{
    QVERIFY2(QFileInfo(abit::cli()).isExecutable(), "AB_CLI must name the built auditbench-cli");
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.inspection"));
    Run r = run(abit::initArgs(m_base));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString ev = m_dir.filePath(QStringLiteral("first.txt"));
    QVERIFY(abit::writeFile(ev, QByteArray("first evidence")));
    r = run({QStringLiteral("evidence"), QStringLiteral("add"), m_base, ev});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

QString TestCliBadInput::freshCopy(const QString &name)
{
    const QString p = m_dir.filePath(name);
    QFile::remove(p);
    return QFile::copy(m_base, p) ? p : QString();
}

void TestCliBadInput::brokenFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QStringList>("args");
    const QList<QPair<const char *, const char *>> fixtures{
        {"BrokenNotSqlite.inspection", "not an SQLite database"},
        {"BrokenEmpty.inspection", "not an SQLite database"},
        {"BrokenForeignSchema.inspection", "not an AuditBench inspection"},
        {"BrokenNewerVersion.inspection", "newer AuditBench"},
        {"BrokenTruncated.inspection", "truncated"},
        {"BrokenHostileKdf.inspection", "key-derivation settings"},
        {"BrokenNoTables.inspection", "are missing"},
    };
    const QList<QPair<const char *, QStringList>> commands{
        {"info", {QStringLiteral("info"), QStringLiteral("%FILE%")}},
        {"info json", {QStringLiteral("info"), QStringLiteral("%FILE%"), QStringLiteral("--json")}},
        {"evidence list", {QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("%FILE%")}},
        {"evidence add", {QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("%FILE%"), QStringLiteral("%EVIDENCE%")}},
        {"evidence export", {QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("%FILE%"), QStringLiteral("1"),
                             QStringLiteral("%OUT%")}},
        {"verify", {QStringLiteral("verify"), QStringLiteral("%FILE%"), QStringLiteral("--json")}},
    };
    for (const auto &[fixture, says] : fixtures)
        for (const auto &[command, args] : commands)
            QTest::addRow("%s %s", fixture, command) << QString::fromLatin1(fixture) << QString::fromLatin1(says) << args;
}

void TestCliBadInput::brokenFiles()
{
    QFETCH(QString, fixture);
    QFETCH(QString, says);
    QFETCH(QStringList, args);
    const QString source = abit::testData(fixture);
    QVERIFY2(QFileInfo::exists(source), qPrintable(source));
    // Work on a copy so the fixture itself can never be damaged.
    const QString file = m_dir.filePath(QStringLiteral("broken.inspection"));
    QFile::remove(file);
    QVERIFY(QFile::copy(source, file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    const QString evidence = m_dir.filePath(QStringLiteral("ev.txt"));
    QVERIFY(abit::writeFile(evidence, QByteArray("evidence")));
    const QString out = m_dir.filePath(QStringLiteral("export.bin"));
    QFile::remove(out);
    args.replaceInStrings(QStringLiteral("%FILE%"), file);
    args.replaceInStrings(QStringLiteral("%EVIDENCE%"), evidence);
    args.replaceInStrings(QStringLiteral("%OUT%"), out);
    const QByteArray before = abit::sha256Of(file);

    const Run r = run(args);
    QVERIFY2(r.exitCode == 3 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(says), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(abit::sha256Of(file), before);
    QCOMPARE(abit::sha256Of(source), abit::sha256Of(file));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(out));
}

// The same as the static fixture, made from this build's own file: only the
// format version differs, so the refusal is about the version alone.
void TestCliBadInput::newerVersionMadeHere()
{
    const QString file = freshCopy(QStringLiteral("newer.inspection"));
    QVERIFY(!file.isEmpty());
    QCOMPARE(abit::sqlExec(file, {QStringLiteral("PRAGMA user_version = 99")}), QString());
    const QByteArray before = abit::sha256Of(file);
    for (const QStringList &args : {QStringList{QStringLiteral("info"), file},
                                    QStringList{QStringLiteral("evidence"), QStringLiteral("add"), file, m_base},
                                    QStringList{QStringLiteral("verify"), file}}) {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(QStringLiteral("newer")), qPrintable(r.describe()));
        QCOMPARE(abit::sha256Of(file), before);
    }
}

void TestCliBadInput::truncatedMadeHere_data()
{
    QTest::addColumn<int>("keepPercent");
    QTest::newRow("header only") << 0;
    QTest::newRow("half") << 50;
    QTest::newRow("all but one byte") << 100;
}

void TestCliBadInput::truncatedMadeHere()
{
    QFETCH(int, keepPercent);
    const QString file = freshCopy(QStringLiteral("truncated.inspection"));
    QVERIFY(!file.isEmpty());
    const qint64 size = QFileInfo(file).size();
    const qint64 keep = keepPercent == 0 ? 100 : keepPercent == 100 ? size - 1 : size * keepPercent / 100;
    QVERIFY(QFile::resize(file, keep));
    const QByteArray before = abit::sha256Of(file);
    for (const QStringList &args : {QStringList{QStringLiteral("info"), file}, QStringList{QStringLiteral("verify"), file},
                                    QStringList{QStringLiteral("evidence"), QStringLiteral("add"), file, m_base}}) {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(QStringLiteral("truncated")) || r.errText().contains(QStringLiteral("damaged")),
                 qPrintable(r.describe()));
        QCOMPARE(abit::sha256Of(file), before);
    }
}

void TestCliBadInput::tableDropped_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t : {"meta", "blob", "chunk", "evidence", "custody"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestCliBadInput::tableDropped()
{
    QFETCH(QString, table);
    const QString file = freshCopy(QStringLiteral("dropped.inspection"));
    QVERIFY(!file.isEmpty());
    QCOMPARE(abit::sqlExec(file, {QStringLiteral("DROP TABLE %1").arg(table)}), QString());
    const QByteArray before = abit::sha256Of(file);
    for (const QStringList &args : {QStringList{QStringLiteral("verify"), file, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("info"), file},
                                    QStringList{QStringLiteral("evidence"), QStringLiteral("add"), file, m_base}}) {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(QStringLiteral("damaged")) && r.errText().contains(table), qPrintable(r.describe()));
        QCOMPARE(abit::sha256Of(file), before);
    }
}

// Garbage over the b-tree pages (a failing disk, a bad copy).
void TestCliBadInput::damagedPage()
{
    const QString file = freshCopy(QStringLiteral("damaged.inspection"));
    QVERIFY(!file.isEmpty());
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size >= 8 * 8192);
        QByteArray garbage;
        while (garbage.size() < 4 * 8192)
            garbage.append("GARBAGE!");
        QVERIFY(f.seek(8192)); // pages 2..5: meta, blob, chunk and their indexes
        QCOMPARE(f.write(garbage), garbage.size());
    }
    const QByteArray before = abit::sha256Of(file);
    for (const QStringList &args : {QStringList{QStringLiteral("verify"), file, QStringLiteral("--json")},
                                    QStringList{QStringLiteral("evidence"), QStringLiteral("list"), file},
                                    QStringList{QStringLiteral("evidence"), QStringLiteral("add"), file, m_base}}) {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 3 && r.oneErrorLine() && !r.crashed, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(QStringLiteral("damaged")), qPrintable(r.describe()));
        QCOMPARE(abit::sha256Of(file), before);
    }
}

void TestCliBadInput::readOnlyFile_data()
{
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::newRow("file 0444") << false;
    QTest::newRow("file 0444 in a 0555 folder (read-only medium)") << true;
}

void TestCliBadInput::readOnlyFile()
{
    QFETCH(bool, readOnlyFolder);
    if (!abit::canRunUnprivileged())
        QSKIP("running as root without setpriv: permission bits cannot make a file read-only here");
    // A folder an unprivileged child can enter.
    const QString folder = m_dir.filePath(QStringLiteral("medium-%1").arg(readOnlyFolder));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    const QString file = folder + QStringLiteral("/ro.inspection");
    QFile::remove(file);
    QVERIFY(QFile::copy(m_base, file));
    const QString evidence = folder + QStringLiteral("/new.txt");
    QVERIFY(abit::writeFile(evidence, QByteArray("new evidence")));
    const QFileDevice::Permissions r444 = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(evidence, r444));
    QVERIFY(QFile::setPermissions(file, r444));
    const QFileDevice::Permissions dirPerms = readOnlyFolder ? (r444 | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther)
                                                             : (r444 | QFile::WriteOwner | QFile::WriteOther | QFile::ExeOwner | QFile::ExeGroup
                                                                | QFile::ExeOther);
    QVERIFY(QFile::setPermissions(folder, dirPerms));
    const QByteArray before = abit::sha256Of(file);
    const QByteArray listBefore = abit::listing(file);
    abit::Options o;
    o.unprivileged = true;
    o.workDir = folder;

    // Reading, listing, verifying and exporting still work.
    for (const QStringList &args : {QStringList{QStringLiteral("info"), file}, QStringList{QStringLiteral("verify"), file},
                                    QStringList{QStringLiteral("evidence"), QStringLiteral("list"), file, QStringLiteral("--json")}}) {
        const Run r = run(args, o);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    const QString exportDir = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exportDir));
    QVERIFY(QFile::setPermissions(exportDir, QFile::Permissions(0x7777)));
    const Run exp = run({QStringLiteral("evidence"), QStringLiteral("export"), file, QStringLiteral("1"), exportDir + QStringLiteral("/out.txt")}, o);
    QVERIFY2(exp.exitCode == 0, qPrintable(exp.describe()));
    QCOMPARE(abit::readFile(exportDir + QStringLiteral("/out.txt")), QByteArray("first evidence"));

    // Adding fails clearly, with an I/O exit code, and changes nothing.
    const Run add = run({QStringLiteral("evidence"), QStringLiteral("add"), file, evidence}, o);
    QVERIFY2(add.exitCode == 4 && add.oneErrorLine(), qPrintable(add.describe()));
    QVERIFY2(add.errText().contains(QStringLiteral("read-only")), qPrintable(add.describe()));
    QCOMPARE(abit::sha256Of(file), before);
    QCOMPARE(abit::listing(file), listBefore);
    QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x7755)));
}

void TestCliBadInput::unreadableEvidence()
{
    if (!abit::canRunUnprivileged())
        QSKIP("running as root without setpriv: a mode-000 file stays readable here");
    const QString folder = m_dir.filePath(QStringLiteral("unreadable"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7705)));
    QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x7777)));
    const QString file = folder + QStringLiteral("/site.inspection");
    QVERIFY(QFile::copy(m_base, file));
    QVERIFY(QFile::setPermissions(file, QFile::Permissions(0x6666)));
    const QString readable = folder + QStringLiteral("/readable.txt");
    const QString secret = folder + QStringLiteral("/secret.txt");
    QVERIFY(abit::writeFile(readable, QByteArray("readable")));
    QVERIFY(abit::writeFile(secret, QByteArray("secret")));
    QVERIFY(QFile::setPermissions(readable, QFile::Permissions(0x4444)));
    QVERIFY(QFile::setPermissions(secret, QFileDevice::Permissions()));
    const QByteArray before = abit::sha256Of(file);
    const QByteArray listBefore = abit::listing(file);
    abit::Options o;
    o.unprivileged = true;
    const Run r = run({QStringLiteral("evidence"), QStringLiteral("add"), file, readable, secret}, o);
    QVERIFY2(r.exitCode == 4 && r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("secret.txt")), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    // Checked before the inspection was touched: nothing added, not even the readable one.
    QCOMPARE(abit::sha256Of(file), before);
    QCOMPARE(abit::listing(file), listBefore);
}

// A file that opens but fails while being read (EIO): that file is not
// added, the others are, and the exit code says I/O.
void TestCliBadInput::evidenceReadFails()
{
    if (!QFileInfo(QStringLiteral("/proc/self/mem")).isFile())
        QSKIP("needs Linux /proc/self/mem as a file whose read fails");
    const QString file = freshCopy(QStringLiteral("eio.inspection"));
    QVERIFY(!file.isEmpty());
    const QString good = m_dir.filePath(QStringLiteral("good.txt"));
    QVERIFY(abit::writeFile(good, QByteArray("good evidence")));
    const int before = QJsonDocument::fromJson(abit::listing(file)).array().size();
    const Run r = run({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("/proc/self/mem"), good});
    QVERIFY2(r.exitCode == 4 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("mem")), qPrintable(r.describe()));
    const QJsonArray after = QJsonDocument::fromJson(abit::listing(file)).array();
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("good.txt"));
    const Run v = run({QStringLiteral("verify"), file});
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
}

void TestCliBadInput::missingEvidencePath()
{
    const QString file = freshCopy(QStringLiteral("missing-path.inspection"));
    QVERIFY(!file.isEmpty());
    const QByteArray before = abit::sha256Of(file);
    const QString dangling = m_dir.filePath(QStringLiteral("dangling.txt"));
    QFile::remove(dangling);
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("nowhere")), dangling));
    for (const QString &bad : {m_dir.filePath(QStringLiteral("no-such-file.pdf")), dangling, QStringLiteral("/dev/null")}) {
        const Run r = run({QStringLiteral("evidence"), QStringLiteral("add"), file, m_base, bad});
        QVERIFY2(r.exitCode == 4 && r.oneErrorLine(), qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(QFileInfo(bad).fileName()), qPrintable(r.describe()));
        QCOMPARE(abit::sha256Of(file), before);
    }
}

void TestCliBadInput::folderWithSymlinkLoop()
{
    const QString file = freshCopy(QStringLiteral("loop.inspection"));
    QVERIFY(!file.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("photos"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/day2")));
    QVERIFY(abit::writeFile(folder + QStringLiteral("/a.jpg"), QByteArray("photo a")));
    QVERIFY(abit::writeFile(folder + QStringLiteral("/day2/b.jpg"), QByteArray("photo b")));
    QVERIFY(QFile::link(QStringLiteral("."), folder + QStringLiteral("/loop"))); // ln -s . loop
    QVERIFY(QFile::link(QStringLiteral("a.jpg"), folder + QStringLiteral("/same-as-a.jpg")));
    const int before = QJsonDocument::fromJson(abit::listing(file)).array().size();

    const Run r = run({QStringLiteral("evidence"), QStringLiteral("add"), file, folder, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("skipped")) && r.errText().contains(QStringLiteral("loop")), qPrintable(r.describe()));
    const QJsonArray added = r.json().array();
    QCOMPARE(added.size(), 2);
    const QJsonArray all = QJsonDocument::fromJson(abit::listing(file)).array();
    QCOMPARE(all.size(), before + 2);
    QStringList names;
    for (const auto &v : all)
        names.append(v.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(names.count(QStringLiteral("a.jpg")) + names.count(QStringLiteral("same-as-a.jpg")), 1);
    QCOMPARE(names.count(QStringLiteral("b.jpg")), 1);
    const Run v = run({QStringLiteral("verify"), file});
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
}

void TestCliBadInput::inspectionAddedToItself()
{
    const QString file = freshCopy(QStringLiteral("self.inspection"));
    QVERIFY(!file.isEmpty());
    const QString good = m_dir.filePath(QStringLiteral("beside-self.txt"));
    QVERIFY(abit::writeFile(good, QByteArray("evidence beside the inspection")));
    const int before = QJsonDocument::fromJson(abit::listing(file)).array().size();
    // Named directly and through a symbolic link: both refused, the other file added.
    const QString link = m_dir.filePath(QStringLiteral("self-link.inspection"));
    QFile::remove(link);
    QVERIFY(QFile::link(file, link));
    const Run r = run({QStringLiteral("evidence"), QStringLiteral("add"), file, file, link, good});
    QVERIFY2(r.exitCode == 2 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("inspection file itself")), qPrintable(r.describe()));
    const QJsonArray after = QJsonDocument::fromJson(abit::listing(file)).array();
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("beside-self.txt"));
    const Run v = run({QStringLiteral("verify"), file});
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_cli_badinput.moc"
