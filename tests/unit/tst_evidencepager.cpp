// EvidencePager: every order and direction pages through every item exactly
// once, in the same order as a full sort; the filter narrows by text and
// kind; LIKE wildcards in the filter are taken literally.
#include "CoreFixture.h"

#include "core/evidence/EvidencePager.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/SqlUtil.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ab;
using Order = EvidenceQuery::Order;

Q_DECLARE_METATYPE(EvidenceQuery::Order)

class TestEvidencePager final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesMatchAFullSort_data();
    void pagesMatchAFullSort();
    void filters_data();
    void filters();

private:
    QList<EvidenceItem> readAll(EvidencePager &pager, int pageSize)
    {
        QList<EvidenceItem> out;
        for (int guard = 0; guard < 1000 && !pager.atEnd(); ++guard) {
            auto page = pager.next(pageSize);
            if (!page)
                return {};
            out.append(*page);
        }
        return out;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<InspectionFile> m_file;
    QList<EvidenceItem> m_items;
};

void TestEvidencePager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = abtest::create(m_dir.filePath(QStringLiteral("pager.inspection")));
    QVERIFY(m_file);
    EvidenceStore store(*m_file);
    const QStringList names{QStringLiteral("b.png"),       QStringLiteral("A.pdf"), QStringLiteral("c.txt"),
                            QStringLiteral("50%_off.pdf"), QStringLiteral("b.png"), QStringLiteral("transcript-telnet.log")};
    sql::Transaction tx(m_file->database());
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < 57; ++i) {
        const QString name = names.at(i % names.size());
        ImportRequest r{QString(), name, QString(), i % 3 == 0 ? QStringLiteral("INT-0%1").arg(i % 7) : QString(), QString()};
        if (name.startsWith(QLatin1String("transcript")))
            r.kind = QStringLiteral("transcript");
        auto e = store.storeData(abtest::pattern(10 + (i * 37) % 300, i), r);
        QVERIFY(e.ok());
    }
    QVERIFY(tx.commit().ok());
    auto all = store.list();
    QVERIFY(all.ok());
    m_items = *all;
    QCOMPARE(m_items.size(), 57);
}

void TestEvidencePager::pagesMatchAFullSort_data()
{
    QTest::addColumn<Order>("order");
    QTest::addColumn<bool>("descending");
    for (bool desc : {false, true}) {
        const char *d = desc ? " desc" : "";
        QTest::addRow("added%s", d) << Order::Added << desc;
        QTest::addRow("name%s", d) << Order::Name << desc;
        QTest::addRow("kind%s", d) << Order::Kind << desc;
        QTest::addRow("size%s", d) << Order::Size << desc;
        QTest::addRow("sha256%s", d) << Order::Sha256 << desc;
        QTest::addRow("item%s", d) << Order::Item << desc;
        QTest::addRow("added by%s", d) << Order::AddedBy << desc;
    }
}

void TestEvidencePager::pagesMatchAFullSort()
{
    QFETCH(Order, order);
    QFETCH(bool, descending);
    EvidenceQuery q;
    q.order = order;
    q.descending = descending;
    EvidencePager pager(*m_file, q);
    QCOMPARE(pager.count().value(), 57);
    const QList<EvidenceItem> paged = readAll(pager, 8);
    QCOMPARE(paged.size(), 57);
    auto key = [order](const EvidenceItem &e) -> QVariant {
        switch (order) {
        case Order::Added:
            return e.id;
        case Order::Name:
            return e.name.toLower();
        case Order::Kind:
            return e.kind;
        case Order::Size:
            return e.size;
        case Order::Sha256:
            return e.sha256;
        case Order::Item:
            return e.item;
        case Order::AddedBy:
            return e.addedBy;
        }
        return {};
    };
    QList<EvidenceItem> expected = m_items;
    std::sort(expected.begin(), expected.end(), [&](const EvidenceItem &a, const EvidenceItem &b) {
        const QVariant ka = key(a), kb = key(b);
        const auto c = QVariant::compare(ka, kb);
        if (c == QPartialOrdering::Equivalent)
            return descending ? a.id > b.id : a.id < b.id;
        return descending ? c == QPartialOrdering::Greater : c == QPartialOrdering::Less;
    });
    QList<qint64> got, want;
    for (const EvidenceItem &e : paged)
        got.append(e.id);
    for (const EvidenceItem &e : std::as_const(expected))
        want.append(e.id);
    QCOMPARE(got, want);
    // Again from the start.
    pager.reset();
    QCOMPARE(readAll(pager, 100).size(), 57);
}

void TestEvidencePager::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("onlyKind");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << QString() << QStringList() << QString() << 57;
    QTest::newRow("name") << QStringLiteral("b.png") << QStringList() << QString() << 19;
    QTest::newRow("case-insensitive") << QStringLiteral("a.PDF") << QStringList() << QString() << 10;
    QTest::newRow("item") << QStringLiteral("INT-03") << QStringList() << QString() << 3;
    QTest::newRow("literal percent") << QStringLiteral("%_") << QStringList() << QString() << 9;
    QTest::newRow("underscore is not a wildcard") << QStringLiteral("50_") << QStringList() << QString() << 0;
    QTest::newRow("who") << QStringLiteral("tester") << QStringList() << QString() << 57;
    QTest::newRow("kind by its name") << QStringLiteral("Photo") << QStringList{QStringLiteral("photo")} << QString() << 19;
    QTest::newRow("only documents") << QString() << QStringList() << QStringLiteral("document") << 19;
    QTest::newRow("only documents named A") << QStringLiteral("A.") << QStringList() << QStringLiteral("document") << 10;
}

void TestEvidencePager::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, kinds);
    QFETCH(QString, onlyKind);
    QFETCH(int, count);
    EvidenceQuery q;
    q.text = text;
    q.kinds = kinds;
    q.onlyKind = onlyKind;
    EvidencePager pager(*m_file, q);
    QCOMPARE(pager.count().value(), count);
    QCOMPARE(readAll(pager, 5).size(), count);
}

QTEST_GUILESS_MAIN(TestEvidencePager)
#include "tst_evidencepager.moc"
