// Verifier: an untouched file is intact; every edit made behind AuditBench's
// back (with the sqlite3 tool, say) is named by object and kind.
#include "CoreFixture.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using ab::EvidenceStore;
using ab::ImportRequest;
using ab::InspectionFile;
using ab::Verifier;
using ab::VerifyReport;

namespace {
QString describe(const VerifyReport &r)
{
    QStringList out;
    for (const auto &p : r.problems)
        out.append(p.kind + QLatin1Char(' ') + p.object + QStringLiteral(": ") + p.detail);
    return out.join(QLatin1Char('\n'));
}

bool hasProblem(const VerifyReport &r, const QString &kind, const QString &object)
{
    for (const auto &p : r.problems)
        if (p.kind == kind && p.object == object)
            return true;
    return false;
}
} // namespace

class TestVerifier final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void intact();
    void reportJsonShape();
    void tampered_data();
    void tampered();
    void custodyRowRehashed();
    void wholeChainRewritten();
    void forgedRowAppended();
    void cancelStops();

private:
    std::unique_ptr<InspectionFile> copyOfBase(QTemporaryDir &dir);
    QTemporaryDir m_dir;
    QString m_base;
};

// Base file: evidence 1 (1 chunk), 2 (3 chunks), 3 (1 chunk); custody rows
// 1 create, 2..4 evidence.add.
void TestVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.inspection"));
    auto f = abtest::create(m_base);
    QVERIFY(f);
    EvidenceStore store(*f);
    QVERIFY(store.importData(QByteArrayView("first item"), ImportRequest{{}, QStringLiteral("one.txt"), {}, {}, {}}).ok());
    QVERIFY(store.importData(abtest::pattern(2 * EvidenceStore::ChunkSize + 77), ImportRequest{{}, QStringLiteral("two.bin"), {}, QStringLiteral("DOC-01"), {}})
                .ok());
    QVERIFY(store.importData(QByteArrayView("third item"), ImportRequest{{}, QStringLiteral("three.txt"), {}, {}, {}}).ok());
    QCOMPARE(f->custody().count().value(), 4);
}

std::unique_ptr<InspectionFile> TestVerifier::copyOfBase(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("copy.inspection"));
    if (!QFile::copy(m_base, path))
        return {};
    return abtest::open(path);
}

void TestVerifier::intact()
{
    auto f = abtest::open(m_base, InspectionFile::Mode::ReadOnly);
    QVERIFY(f);
    qint64 lastDone = 0, lastTotal = 0;
    auto r = Verifier(*f).run([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY(r.ok());
    QVERIFY2(r->intact(), qPrintable(describe(*r)));
    QCOMPARE(r->evidenceChecked, 3);
    QCOMPARE(r->blobsChecked, 3);
    QCOMPARE(r->custodyRows, 4);
    QCOMPARE(r->bytesChecked, 10 + 2 * EvidenceStore::ChunkSize + 77 + 10);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(r->chainHead, f->custody().recordedHead()->hash);
}

void TestVerifier::reportJsonShape()
{
    VerifyReport r;
    QCOMPARE(r.toJson().value(QStringLiteral("intact")), QJsonValue(true));
    r.problems.append({QStringLiteral("evidence:2"), QStringLiteral("altered"), QStringLiteral("why")});
    const QJsonObject j = r.toJson();
    QCOMPARE(j.value(QStringLiteral("intact")), QJsonValue(false));
    const QJsonArray ps = j.value(QStringLiteral("problems")).toArray();
    QCOMPARE(ps.size(), 1);
    QCOMPARE(ps.first().toObject(), (QJsonObject{{QStringLiteral("object"), QStringLiteral("evidence:2")},
                                                 {QStringLiteral("kind"), QStringLiteral("altered")},
                                                 {QStringLiteral("detail"), QStringLiteral("why")}}));
}

void TestVerifier::tampered_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QStringList>("expected"); // "kind object", each must be reported
    QTest::addColumn<QString>("detail");       // must appear in some problem's detail
    QTest::addColumn<int>("count");            // exact number of problems

    const QString flip = QStringLiteral("UPDATE chunk SET data = substr(data, 1, %1) || CASE WHEN substr(data, %2, 1) = X'00' THEN X'01'"
                                        " ELSE X'00' END || substr(data, %3) WHERE blob_id = %4 AND idx = %5");
    QTest::newRow("ciphertext byte flipped") << QStringList{flip.arg(500).arg(501).arg(502).arg(2).arg(1)}
                                             << QStringList{QStringLiteral("altered evidence:2")} << "chunk 2 of 3" << 1;
    QTest::newRow("nonce byte flipped") << QStringList{flip.arg(0).arg(1).arg(2).arg(1).arg(0)}
                                        << QStringList{QStringLiteral("altered evidence:1")} << "chunk 1 of 1" << 1;
    QTest::newRow("chunk deleted") << QStringList{QStringLiteral("DELETE FROM chunk WHERE blob_id = 2 AND idx = 2")}
                                   << QStringList{QStringLiteral("altered evidence:2")} << "chunk 3 of 3 is missing" << 1;
    QTest::newRow("chunks reordered") << QStringList{QStringLiteral("UPDATE chunk SET idx = 9 WHERE blob_id = 2 AND idx = 0"),
                                                     QStringLiteral("UPDATE chunk SET idx = 0 WHERE blob_id = 2 AND idx = 1"),
                                                     QStringLiteral("UPDATE chunk SET idx = 1 WHERE blob_id = 2 AND idx = 9")}
                                      << QStringList{QStringLiteral("altered evidence:2")} << "chunk 1 of 3" << 1;
    QTest::newRow("chunks swapped between items")
        << QStringList{QStringLiteral("UPDATE chunk SET blob_id = 99 WHERE blob_id = 1"), QStringLiteral("UPDATE chunk SET blob_id = 1 WHERE blob_id = 3"),
                       QStringLiteral("UPDATE chunk SET blob_id = 3 WHERE blob_id = 99")}
        << QStringList{QStringLiteral("altered evidence:1"), QStringLiteral("altered evidence:3")} << "fails authentication" << 2;
    QTest::newRow("evidence name edited") << QStringList{QStringLiteral("UPDATE evidence SET name = 'renamed.txt' WHERE id = 1")}
                                          << QStringList{QStringLiteral("altered evidence:1")} << "name" << 1;
    QTest::newRow("evidence item edited") << QStringList{QStringLiteral("UPDATE evidence SET item = 'DOC-02' WHERE id = 2")}
                                          << QStringList{QStringLiteral("altered evidence:2")} << "item" << 1;
    QTest::newRow("recorded hash edited") << QStringList{QStringLiteral("UPDATE blob SET sha256 = '%1' WHERE id = 3").arg(QString(64, QLatin1Char('0')))}
                                          << QStringList{QStringLiteral("altered evidence:3")} << "sha256" << 2;
    QTest::newRow("evidence row deleted") << QStringList{QStringLiteral("DELETE FROM evidence WHERE id = 2")}
                                          << QStringList{QStringLiteral("missing evidence:2"), QStringLiteral("extra blob:2")} << "two.bin" << 2;
    QTest::newRow("evidence row inserted")
        << QStringList{QStringLiteral("INSERT INTO evidence (blob_id, name, kind, item, note, added_at, added_by)"
                                      " VALUES (1, 'planted.pdf', 'document', '', '', '2026-01-01T00:00:00.000Z', 'mallory')")}
        << QStringList{QStringLiteral("extra evidence:4")} << "planted.pdf" << 1;
    QTest::newRow("custody middle edited") << QStringList{QStringLiteral("UPDATE custody SET actor = 'mallory' WHERE seq = 2")}
                                           << QStringList{QStringLiteral("altered custody:2")} << "" << 1;
    QTest::newRow("custody middle deleted") << QStringList{QStringLiteral("DELETE FROM custody WHERE seq = 3")}
                                            << QStringList{QStringLiteral("missing custody:3"), QStringLiteral("extra evidence:2")} << "" << 2;
    QTest::newRow("custody tail edited") << QStringList{QStringLiteral("UPDATE custody SET object = 'evidence:9' WHERE seq = 4")}
                                         << QStringList{QStringLiteral("altered custody:4")} << "" << 1;
    QTest::newRow("custody tail deleted") << QStringList{QStringLiteral("DELETE FROM custody WHERE seq = 4")}
                                          << QStringList{QStringLiteral("missing custody:4"), QStringLiteral("extra evidence:3")} << "" << 2;
    QTest::newRow("custody head removed") << QStringList{QStringLiteral("DELETE FROM meta WHERE key = 'custody_head'")}
                                          << QStringList{QStringLiteral("missing custody:head")} << "" << 1;
    QTest::newRow("inspection details edited")
        << QStringList{QStringLiteral("UPDATE meta SET value = replace(value, '测试单位', 'Other Org') WHERE key = 'inspection'")}
        << QStringList{QStringLiteral("altered inspection")} << "organisation" << 1;
    QTest::newRow("unknown setting added") << QStringList{QStringLiteral("INSERT INTO meta (key, value) VALUES ('backdoor', '1')")}
                                           << QStringList{QStringLiteral("extra meta:backdoor")} << "" << 1;
    QTest::newRow("table added") << QStringList{QStringLiteral("CREATE TABLE notes (x)")}
                                 << QStringList{QStringLiteral("extra schema:table:notes")} << "" << 1;
    QTest::newRow("index dropped") << QStringList{QStringLiteral("DROP INDEX evidence_blob")}
                                   << QStringList{QStringLiteral("missing schema:index:evidence_blob")} << "" << 1;
    QTest::newRow("stray chunk added") << QStringList{QStringLiteral("INSERT INTO chunk (blob_id, idx, data) VALUES (1, 5, X'00')")}
                                       << QStringList{QStringLiteral("extra chunk:1/5")} << "" << 1;
}

void TestVerifier::tampered()
{
    QFETCH(QStringList, sql);
    QFETCH(QStringList, expected);
    QFETCH(QString, detail);
    QFETCH(int, count);
    QTemporaryDir dir;
    auto f = copyOfBase(dir);
    QVERIFY(f);
    for (const QString &s : sql)
        QVERIFY(abtest::tamper(*f, s));
    auto r = Verifier(*f).run();
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(!r->intact());
    for (const QString &e : expected)
        QVERIFY2(hasProblem(*r, e.section(QLatin1Char(' '), 0, 0), e.section(QLatin1Char(' '), 1)),
                 qPrintable(QStringLiteral("expected %1, got:\n%2").arg(e, describe(*r))));
    if (!detail.isEmpty())
        QVERIFY2(describe(*r).contains(detail), qPrintable(describe(*r)));
    QVERIFY2(r->problems.size() == count, qPrintable(describe(*r)));
    for (const auto &p : r->problems)
        QVERIFY(!p.detail.isEmpty());
}

// An edit that also recomputes the row's own hash still breaks the link to
// the next row; the report must name the row that was edited.
void TestVerifier::custodyRowRehashed()
{
    QTemporaryDir dir;
    auto f = copyOfBase(dir);
    QVERIFY(f);
    auto entries = f->custody().entries(2, 1);
    QVERIFY(entries.ok());
    ab::CustodyEntry e = entries->first();
    e.actor = QStringLiteral("mallory");
    e.hash = e.computeHash();
    QSqlQuery q(f->database());
    q.prepare(QStringLiteral("UPDATE custody SET actor = ?, hash = ? WHERE seq = 2"));
    q.addBindValue(e.actor);
    q.addBindValue(e.hash);
    QVERIFY(q.exec());
    auto r = Verifier(*f).run();
    QVERIFY(r.ok());
    QVERIFY(!r->intact());
    QVERIFY2(hasProblem(*r, QStringLiteral("altered"), QStringLiteral("custody:2")), qPrintable(describe(*r)));
}

// Rewriting the whole log consistently, without the file key, cannot match
// the sealed head.
void TestVerifier::wholeChainRewritten()
{
    QTemporaryDir dir;
    auto f = copyOfBase(dir);
    QVERIFY(f);
    auto entries = f->custody().entries();
    QVERIFY(entries.ok());
    QString prev = f->custody().genesis();
    QSqlQuery q(f->database());
    q.prepare(QStringLiteral("UPDATE custody SET actor = ?, prev = ?, hash = ? WHERE seq = ?"));
    for (ab::CustodyEntry e : *entries) {
        e.actor = QStringLiteral("mallory");
        e.prev = prev;
        e.hash = e.computeHash();
        prev = e.hash;
        q.addBindValue(e.actor);
        q.addBindValue(e.prev);
        q.addBindValue(e.hash);
        q.addBindValue(e.seq);
        QVERIFY(q.exec());
    }
    auto r = Verifier(*f).run();
    QVERIFY(r.ok());
    QVERIFY(!r->intact());
    QVERIFY2(hasProblem(*r, QStringLiteral("altered"), QStringLiteral("custody:4")), qPrintable(describe(*r)));
}

// A row appended with a correct chain hash, but without the file key to
// move the sealed head: reported as extra.
void TestVerifier::forgedRowAppended()
{
    QTemporaryDir dir;
    auto f = copyOfBase(dir);
    QVERIFY(f);
    auto last = f->custody().entries(4, 1);
    QVERIFY(last.ok());
    ab::CustodyEntry e;
    e.seq = 5;
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = QStringLiteral("mallory");
    e.action = QStringLiteral("evidence.add");
    e.object = QStringLiteral("evidence:1");
    e.detail = last->first().detail;
    e.prev = last->first().hash;
    e.hash = e.computeHash();
    QSqlQuery q(f->database());
    q.prepare(QStringLiteral("INSERT INTO custody (seq, at, actor, action, object, detail, prev, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{e.seq, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.object,
                                          QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)), e.prev, e.hash})
        q.addBindValue(v);
    QVERIFY(q.exec());
    auto r = Verifier(*f).run();
    QVERIFY(r.ok());
    QVERIFY2(hasProblem(*r, QStringLiteral("extra"), QStringLiteral("custody:5")), qPrintable(describe(*r)));
}

void TestVerifier::cancelStops()
{
    auto f = abtest::open(m_base, InspectionFile::Mode::ReadOnly);
    QVERIFY(f);
    auto r = Verifier(*f).run([](qint64, qint64) { return false; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ab::ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
