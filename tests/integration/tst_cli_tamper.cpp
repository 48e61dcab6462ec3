// Files edited behind AuditBench's back (what the sqlite3 tool can do):
// verify exits 1 and its JSON names each altered, missing or extra object.
// verify itself never changes the file.
#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using abit::Run;
using abit::run;

namespace {
QString flipByte(int blob, int idx, int offset)
{
    // One byte of the stored ciphertext changed to a different value.
    return QStringLiteral("UPDATE chunk SET data = substr(data, 1, %1) || CASE WHEN substr(data, %2, 1) = X'00' THEN X'01' ELSE X'00' END"
                          " || substr(data, %3) WHERE blob_id = %4 AND idx = %5")
        .arg(offset)
        .arg(offset + 1)
        .arg(offset + 2)
        .arg(blob)
        .arg(idx);
}
} // namespace

class TestCliTamper final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void intactBase();
    void tampered_data();
    void tampered();
    void humanReport();

private:
    QTemporaryDir m_dir;
    QString m_base;
};

// Base: evidence 1 small, 2 three chunks, 3 small (blobs 1..3); custody rows
// 1 create, 2..4 evidence.add. Imported one per command so ids are fixed.
void TestCliTamper::initTestCase()
{
    QVERIFY2(QFileInfo(abit::cli()).isExecutable(), "AB_CLI must name the built auditbench-cli");
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.inspection"));
    Run r = run(abit::initArgs(m_base));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QByteArray big(2 * 1024 * 1024 + 4242, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 40503u) >> 7);
    const QList<QPair<QString, QByteArray>> files{{QStringLiteral("minutes.txt"), QByteArray("meeting minutes")},
                                                  {QStringLiteral("capture.pcap"), big},
                                                  {QStringLiteral("rack.jpg"), QByteArray("photo of the rack")}};
    for (const auto &[name, data] : files) {
        const QString p = m_dir.filePath(name);
        QVERIFY(abit::writeFile(p, data));
        r = run({QStringLiteral("evidence"), QStringLiteral("add"), m_base, p});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
}

void TestCliTamper::intactBase()
{
    const QByteArray before = abit::sha256Of(m_base);
    const Run r = run({QStringLiteral("verify"), m_base, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("intact")), QJsonValue(true));
    QCOMPARE(abit::sha256Of(m_base), before);
    QCOMPARE(abit::sqlExec(m_base, {QStringLiteral("SELECT 1 FROM chunk WHERE blob_id = 2 AND idx = 2")}), QString());
}

void TestCliTamper::tampered_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QStringList>("expected"); // "kind object"; exactly these problems
    QTest::addColumn<QString>("detail");       // appears in the named problem's detail

    QTest::newRow("byte flipped in a chunk") << QStringList{flipByte(2, 1, 1000)} << QStringList{QStringLiteral("altered evidence:2")}
                                             << "chunk 2 of 3";
    QTest::newRow("byte flipped in a tag") << QStringList{QStringLiteral("UPDATE chunk SET data = substr(data, 1, length(data) - 1) ||"
                                                                         " CASE WHEN substr(data, -1) = X'00' THEN X'01' ELSE X'00' END"
                                                                         " WHERE blob_id = 3")}
                                           << QStringList{QStringLiteral("altered evidence:3")} << "chunk 1 of 1";
    QTest::newRow("chunks swapped between two items")
        << QStringList{QStringLiteral("UPDATE chunk SET blob_id = 100 WHERE blob_id = 1"), QStringLiteral("UPDATE chunk SET blob_id = 1 WHERE blob_id = 3"),
                       QStringLiteral("UPDATE chunk SET blob_id = 3 WHERE blob_id = 100")}
        << QStringList{QStringLiteral("altered evidence:1"), QStringLiteral("altered evidence:3")} << "fails authentication";
    QTest::newRow("evidence name edited") << QStringList{QStringLiteral("UPDATE evidence SET name = 'innocent.txt' WHERE id = 1")}
                                          << QStringList{QStringLiteral("altered evidence:1")} << "name";
    QTest::newRow("evidence note edited") << QStringList{QStringLiteral("UPDATE evidence SET note = 'added later' WHERE id = 3")}
                                          << QStringList{QStringLiteral("altered evidence:3")} << "note";
    QTest::newRow("evidence row deleted") << QStringList{QStringLiteral("DELETE FROM evidence WHERE id = 2")}
                                          << QStringList{QStringLiteral("missing evidence:2"), QStringLiteral("extra blob:2")} << "capture.pcap";
    QTest::newRow("evidence row and contents deleted")
        << QStringList{QStringLiteral("DELETE FROM evidence WHERE id = 3"), QStringLiteral("DELETE FROM chunk WHERE blob_id = 3"),
                       QStringLiteral("DELETE FROM blob WHERE id = 3")}
        << QStringList{QStringLiteral("missing evidence:3")} << "rack.jpg";
    QTest::newRow("extra evidence row inserted")
        << QStringList{QStringLiteral("INSERT INTO evidence (blob_id, name, kind, item, note, added_at, added_by)"
                                      " VALUES (1, 'planted.pdf', 'document', '', '', '2026-01-01T00:00:00.000Z', 'mallory')")}
        << QStringList{QStringLiteral("extra evidence:4")} << "planted.pdf";
    QTest::newRow("custody row edited in the middle") << QStringList{QStringLiteral("UPDATE custody SET actor = 'mallory' WHERE seq = 2")}
                                                      << QStringList{QStringLiteral("altered custody:2")} << "2";
    QTest::newRow("custody row deleted in the middle")
        << QStringList{QStringLiteral("DELETE FROM custody WHERE seq = 3")}
        << QStringList{QStringLiteral("missing custody:3"), QStringLiteral("extra evidence:1")} << "3";
    // Rows: 1 inspection.create, 2 catalog.pin, 3-5 evidence.add.
    QTest::newRow("custody row edited at the tail") << QStringList{QStringLiteral("UPDATE custody SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 5")}
                                                    << QStringList{QStringLiteral("altered custody:5")} << "5";
    QTest::newRow("custody row deleted at the tail")
        << QStringList{QStringLiteral("DELETE FROM custody WHERE seq = 5")}
        << QStringList{QStringLiteral("missing custody:5"), QStringLiteral("extra evidence:3")} << "5";
    QTest::newRow("inspection details edited")
        << QStringList{QStringLiteral("UPDATE meta SET value = replace(value, 'Công ty ABC', 'Công ty XYZ') WHERE key = 'inspection'")}
        << QStringList{QStringLiteral("altered inspection")} << "organisation";
    QTest::newRow("table added") << QStringList{QStringLiteral("CREATE TABLE extra_notes (x TEXT)")}
                                 << QStringList{QStringLiteral("extra schema:table:extra_notes")} << "extra_notes";
    // Found in review: objects that once hid behind LIKE 'sqlite_%' and rows below seq 1.
    QTest::newRow("table hidden behind a sqlite-like name") << QStringList{QStringLiteral("CREATE TABLE sqliteXhidden (x TEXT)")}
                                                           << QStringList{QStringLiteral("extra schema:table:sqliteXhidden")} << "sqliteXhidden";
    QTest::newRow("trigger hidden behind a sqlite-like name")
        << QStringList{QStringLiteral("CREATE TRIGGER SQLITE0trg BEFORE INSERT ON evidence BEGIN SELECT RAISE(ABORT, 'blocked'); END")}
        << QStringList{QStringLiteral("extra schema:trigger:SQLITE0trg")} << "SQLITE0trg";
    QTest::newRow("column added to a table") << QStringList{QStringLiteral("ALTER TABLE evidence ADD COLUMN hidden TEXT")}
                                            << QStringList{QStringLiteral("altered schema:table:evidence")} << "definition";
    QTest::newRow("custody row forged before the first")
        << QStringList{QStringLiteral("INSERT INTO custody VALUES (0, '2020-01-01T00:00:00.000Z', 'mallory', 'evidence.delete',"
                                      " 'evidence:1', '{}', 'x', 'y')")}
        << QStringList{QStringLiteral("extra custody:0")} << "evidence.delete";
}

void TestCliTamper::tampered()
{
    QFETCH(QStringList, sql);
    QFETCH(QStringList, expected);
    QFETCH(QString, detail);
    const QString file = m_dir.filePath(QStringLiteral("tampered.inspection"));
    QFile::remove(file);
    QVERIFY(QFile::copy(m_base, file));
    QCOMPARE(abit::sqlExec(file, sql), QString());
    const QByteArray before = abit::sha256Of(file);
    QVERIFY(before != abit::sha256Of(m_base)); // the edit really landed

    const Run r = run({QStringLiteral("verify"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 1 && !r.crashed, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("intact")), QJsonValue(false));
    QVERIFY(o.value(QStringLiteral("problems")).isArray());
    QStringList got;
    QString details;
    for (const auto &v : o.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        QVERIFY(p.value(QStringLiteral("object")).isString());
        QVERIFY(p.value(QStringLiteral("kind")).isString());
        QVERIFY(p.value(QStringLiteral("detail")).isString());
        QVERIFY(!p.value(QStringLiteral("detail")).toString().isEmpty());
        const QString key = p.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') + p.value(QStringLiteral("object")).toString();
        got.append(key);
        if (key == expected.first())
            details += p.value(QStringLiteral("detail")).toString();
    }
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    QVERIFY2(details.contains(detail), qPrintable(details));
    QCOMPARE(abit::sha256Of(file), before); // verify is read-only
}

void TestCliTamper::humanReport()
{
    const QString file = m_dir.filePath(QStringLiteral("human.inspection"));
    QFile::remove(file);
    QVERIFY(QFile::copy(m_base, file));
    QCOMPARE(abit::sqlExec(file, {flipByte(1, 0, 20)}), QString());
    const Run r = run({QStringLiteral("verify"), file});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith("NOT INTACT"), qPrintable(r.describe()));
    QVERIFY2(r.out.contains("altered\tevidence:1\t"), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliTamper)
#include "tst_cli_tamper.moc"
