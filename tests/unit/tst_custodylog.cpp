// CustodyLog: the genesis, the SHA-256 chain between rows, and the head
// sealed with an HMAC under the file key.
#include "CoreFixture.h"

#include "core/inspection/CustodyLog.h"
#include "core/inspection/SqlUtil.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using ab::CustodyEntry;
using ab::InspectionFile;

class TestCustodyLog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void genesisEntry();
    void appendChains();
    void entriesWindow();
    void hashCoversEveryField_data();
    void hashCoversEveryField();
    void canonicalIsStable();
    void headMacDetectsEdits_data();
    void headMacDetectsEdits();
    void headSurvivesReopen();
    void genesisDependsOnFile();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InspectionFile> m_file;
};

void TestCustodyLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = abtest::create(m_dir.filePath(QStringLiteral("custody.inspection")));
    QVERIFY(m_file);
}

void TestCustodyLog::cleanupTestCase() { m_file.reset(); }

void TestCustodyLog::genesisEntry()
{
    auto entries = m_file->custody().entries();
    QVERIFY(entries.ok());
    QVERIFY(!entries->isEmpty());
    const CustodyEntry &e = entries->first();
    QCOMPARE(e.seq, 1);
    QCOMPARE(e.action, QStringLiteral("inspection.create"));
    QCOMPARE(e.object, QStringLiteral("inspection"));
    QCOMPARE(e.actor, QStringLiteral("tester"));
    QCOMPARE(e.prev, m_file->custody().genesis());
    QCOMPARE(e.hash, e.computeHash());
    QCOMPARE(e.hash.size(), 64);
    QCOMPARE(e.detail, m_file->meta().toJson());
    QVERIFY(e.at.isValid());
    QCOMPARE(e.at.timeSpec(), Qt::UTC);
}

void TestCustodyLog::appendChains()
{
    auto before = m_file->custody().count();
    QVERIFY(before.ok());
    QList<CustodyEntry> added;
    {
        ab::sql::Transaction tx(m_file->database());
        QVERIFY(tx.begin().ok());
        for (int i = 0; i < 3; ++i) {
            auto e = m_file->custody().append(QStringLiteral("test.step"), QStringLiteral("thing:%1").arg(i),
                                              QJsonObject{{QStringLiteral("i"), i}});
            QVERIFY(e.ok());
            added.append(*e);
        }
        QVERIFY(tx.commit().ok());
    }
    auto all = m_file->custody().entries();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), *before + 3);
    for (qsizetype i = 0; i < all->size(); ++i) {
        const CustodyEntry &e = all->at(i);
        QCOMPARE(e.seq, i + 1);
        QCOMPARE(e.prev, i == 0 ? m_file->custody().genesis() : all->at(i - 1).hash);
        QCOMPARE(e.hash, e.computeHash()); // what was stored is what was hashed
    }
    QCOMPARE(all->last().hash, added.last().hash);
    QCOMPARE(all->last().detail.value(QStringLiteral("i")).toInt(), 2);

    auto head = m_file->custody().recordedHead();
    QVERIFY(head.ok());
    QCOMPARE(head->seq, all->last().seq);
    QCOMPARE(head->hash, all->last().hash);
    QVERIFY(head->macValid);
}

void TestCustodyLog::entriesWindow()
{
    auto all = m_file->custody().entries();
    QVERIFY(all.ok());
    QVERIFY(all->size() >= 3);
    auto window = m_file->custody().entries(2, 1);
    QVERIFY(window.ok());
    QCOMPARE(window->size(), 1);
    QCOMPARE(window->first().seq, 2);
    QCOMPARE(window->first().hash, all->at(1).hash);
    auto tail = m_file->custody().entries(all->size() + 1);
    QVERIFY(tail.ok());
    QVERIFY(tail->isEmpty());
}

void TestCustodyLog::hashCoversEveryField_data()
{
    QTest::addColumn<QString>("field");
    for (const char *f : {"seq", "at", "actor", "action", "object", "detail", "prev"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestCustodyLog::hashCoversEveryField()
{
    QFETCH(QString, field);
    auto all = m_file->custody().entries();
    QVERIFY(all.ok());
    CustodyEntry e = all->first();
    const QString original = e.computeHash();
    if (field == QLatin1String("seq"))
        e.seq += 1;
    else if (field == QLatin1String("at"))
        e.at = e.at.addMSecs(1);
    else if (field == QLatin1String("actor"))
        e.actor += QLatin1Char('x');
    else if (field == QLatin1String("action"))
        e.action += QLatin1Char('x');
    else if (field == QLatin1String("object"))
        e.object += QLatin1Char('x');
    else if (field == QLatin1String("detail"))
        e.detail.insert(QStringLiteral("organisation"), QStringLiteral("other"));
    else if (field == QLatin1String("prev"))
        e.prev[0] = e.prev[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QVERIFY(e.computeHash() != original);
}

void TestCustodyLog::canonicalIsStable()
{
    CustodyEntry e;
    e.seq = 7;
    e.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    e.actor = QStringLiteral("a");
    e.action = QStringLiteral("evidence.add");
    e.object = QStringLiteral("evidence:1");
    e.detail = QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("x")}};
    e.prev = QString(64, QLatin1Char('0'));
    // Field order and time format are part of the file format: a change here
    // breaks every chain already written.
    QCOMPARE(e.canonical(), QByteArray("[7,\"2026-01-02T03:04:05.006Z\",\"a\",\"evidence.add\",\"evidence:1\",{\"a\":\"x\",\"b\":1},\""
                                       + QByteArray(64, '0') + "\"]"));
    // The same instant written in another zone hashes the same.
    CustodyEntry local = e;
    local.at = e.at.toOffsetFromUtc(7 * 3600);
    QCOMPARE(local.computeHash(), e.computeHash());
}

void TestCustodyLog::headMacDetectsEdits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("seq lowered") << "seq" << "1";
    QTest::newRow("hash replaced") << "hash" << QString(64, QLatin1Char('a'));
    QTest::newRow("mac replaced") << "mac" << QString(64, QLatin1Char('b'));
    QTest::newRow("mac removed") << "mac" << QString();
}

void TestCustodyLog::headMacDetectsEdits()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("head.inspection"));
    QVERIFY(QFile::copy(m_file->path(), path));
    auto f = abtest::open(path);
    QVERIFY(f);
    auto head = f->custody().recordedHead();
    QVERIFY(head.ok());
    QVERIFY(head->macValid);
    QJsonObject o = QJsonDocument::fromJson(abtest::scalar(*f, QStringLiteral("SELECT value FROM meta WHERE key = 'custody_head'"))
                                                .toString()
                                                .toUtf8())
                        .object();
    if (field == QLatin1String("seq"))
        o.insert(field, value.toInt());
    else if (value.isEmpty())
        o.remove(field);
    else
        o.insert(field, value);
    QSqlQuery q(f->database());
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'custody_head'"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    QVERIFY(q.exec());
    auto after = f->custody().recordedHead();
    QVERIFY(after.ok());
    QVERIFY(!after->macValid);
}

void TestCustodyLog::headSurvivesReopen()
{
    // The MAC key comes from the file key, not from the process.
    auto before = m_file->custody().recordedHead();
    QVERIFY(before.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.inspection"));
    QVERIFY(QFile::copy(m_file->path(), path));
    auto f = abtest::open(path, InspectionFile::Mode::ReadOnly);
    QVERIFY(f);
    auto head = f->custody().recordedHead();
    QVERIFY(head.ok());
    QVERIFY(head->macValid);
    QCOMPARE(head->hash, before->hash);
    QCOMPARE(f->custody().genesis(), m_file->custody().genesis());
}

void TestCustodyLog::genesisDependsOnFile()
{
    QTemporaryDir dir;
    auto other = abtest::create(dir.filePath(QStringLiteral("other.inspection")));
    QVERIFY(other);
    QVERIFY(other->custody().genesis() != m_file->custody().genesis());
    QVERIFY(other->fileId() != m_file->fileId());
    QCOMPARE(other->fileId().size(), 16);
}

QTEST_GUILESS_MAIN(TestCustodyLog)
#include "tst_custodylog.moc"
