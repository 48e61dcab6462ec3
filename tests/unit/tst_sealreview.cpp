// Review rows on a sealed copy keep the seal intact; a sealed copy refuses
// every other write (through the API, whatever the caller).
#include "SealFixture.h"

using namespace ab;
using namespace sealtest;

class TestSealReview final : public sealtest::SealFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setUpSealed(); }
    void reviewKeepsSealIntact();
    void reviewRefusals();
    void sealedRefusesWrites_data();
    void sealedRefusesWrites();
};

void TestSealReview::reviewKeepsSealIntact()
{
    const QString path = copyOfSealed(QStringLiteral("reviewed.inspection"));
    {
        auto f = abtest::open(path);
        QVERIFY(f);
        f->setActor(QStringLiteral("supervisor"));
        ReviewStore review(*f);
        auto c = review.comment(QStringLiteral("Blurry photo"), QStringLiteral("evidence:1"));
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QCOMPARE(c->sealId, 1);
        QCOMPARE(c->by, QStringLiteral("supervisor"));
        QVERIFY(review.comment(QStringLiteral("Why high?"), QStringLiteral("finding:1")).ok());
        QVERIFY(review.comment(QStringLiteral("Agreed"), QStringLiteral("answer:INT-04")).ok());
        QVERIFY(review.reject(QStringLiteral("Redo the photo")).ok());
        auto a = review.approve(QStringLiteral("Fine now"));
        QVERIFY(a);
        QCOMPARE(a->kind, ReviewEntry::Kind::Approval);
        auto s = review.summary();
        QVERIFY(s);
        QCOMPARE(s->comments, 3);
        QCOMPARE(s->approvals, 1);
        QCOMPARE(s->rejections, 1);
        QCOMPARE(s->decision, ReviewEntry::Kind::Approval); // the latest decides
        auto all = review.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 5);
        QCOMPARE(all->at(3).kind, ReviewEntry::Kind::Rejection);
        QCOMPARE(all->at(3).text, QStringLiteral("Redo the photo"));
        auto entries = f->custody().entries();
        QVERIFY(entries);
        QCOMPARE(entries->last().action, QStringLiteral("review.add"));
        QCOMPARE(entries->last().actor, QStringLiteral("supervisor"));
    }
    const VerifyReport r = verify(path);
    QVERIFY2(r.intact(), qPrintable(describe(r)));
    QVERIFY(r.seals.first().intact());
}

void TestSealReview::reviewRefusals()
{
    const QString path = copyOfSealed(QStringLiteral("refusals.inspection"));
    auto f = abtest::open(path);
    QVERIFY(f);
    ReviewStore review(*f);
    for (const QString &bad : {QStringLiteral("evidence:99"), QStringLiteral("finding:7"), QStringLiteral("answer:NOPE-1"),
                               QStringLiteral("report:1"), QStringLiteral("camera:1"), QStringLiteral("evidence:x")}) {
        auto r = review.comment(QStringLiteral("text"), bad);
        QVERIFY2(!r && r.error().code == ErrorCode::Usage, qPrintable(bad));
    }
    QVERIFY(!review.comment(QStringLiteral("  ")));
    QVERIFY(!review.reject(QString()));
    QCOMPARE(review.list()->size(), 0);
    // Decisions need a seal; comments do not.
    auto base = abtest::open(m_base);
    QVERIFY(base);
    QVERIFY(!ReviewStore(*base).approve());
    auto c = ReviewStore(*base).comment(QStringLiteral("a note on the working file"));
    QVERIFY(c);
    QCOMPARE(c->sealId, 0);
    // Read-only: nothing at all.
    auto ro = abtest::open(path, InspectionFile::Mode::ReadOnly);
    QVERIFY(!ReviewStore(*ro).comment(QStringLiteral("x")));
}

void TestSealReview::sealedRefusesWrites_data()
{
    QTest::addColumn<QString>("writer");
    for (const char *w :
         {"evidence import", "evidence batch", "answer", "device", "finding add", "finding update", "custody append", "record delete"})
        QTest::newRow(w) << QString::fromLatin1(w);
}

void TestSealReview::sealedRefusesWrites()
{
    QFETCH(QString, writer);
    const QString path = copyOfSealed(QStringLiteral("refuses.inspection"));
    auto f = abtest::open(path);
    QVERIFY(f);
    QCOMPARE(f->isSealed().value(), true);
    const qint64 before = f->custody().count().value();
    Error error;
    {
        sql::Transaction tx(f->database());
        QVERIFY(tx.begin().ok());
        auto take = [&](const Error &e) { error = e; };
        if (writer == QLatin1String("evidence import")) {
            tx.rollback();
            auto r = EvidenceStore(*f).importData(QByteArrayView("x"), ImportRequest{{}, QStringLiteral("x.txt"), {}, {}, {}});
            QVERIFY(!r);
            take(r.error());
        } else if (writer == QLatin1String("evidence batch")) {
            tx.rollback();
            const QString file = m_dir.filePath(QStringLiteral("batch.txt"));
            QVERIFY(abtest::writeBytes(file, "batch"));
            auto r = EvidenceStore(*f).importBatch({ImportRequest{file, {}, {}, {}, {}}}, {}, {}, {});
            QVERIFY(!r);
            take(r.error());
        } else if (writer == QLatin1String("answer")) {
            catalog::Answer a;
            a.item = QStringLiteral("INT-05");
            a.value = QStringLiteral("compliant");
            a.source = QStringLiteral("inspector");
            auto r = catalog::AnswerStore(*f).put(a);
            QVERIFY(!r);
            take(r.error());
        } else if (writer == QLatin1String("device")) {
            DeviceRecord d;
            d.address = QStringLiteral("127.0.0.9");
            d.firstSeen = d.lastSeen = QStringLiteral("2024-01-01T00:00:00Z");
            auto r = AssetStore(*f).upsertDevice(d);
            QVERIFY(!r);
            take(r.error());
        } else if (writer == QLatin1String("finding add")) {
            FindingRecord x;
            x.title = QStringLiteral("New");
            x.createdAt = QStringLiteral("2024-01-01T00:00:00Z");
            x.createdBy = QStringLiteral("x");
            auto r = AssetStore(*f).addFinding(x);
            QVERIFY(!r);
            take(r.error());
        } else if (writer == QLatin1String("finding update")) {
            auto r = AssetStore(*f).updateFinding(1, QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")}});
            QVERIFY(!r);
            take(r.error());
        } else if (writer == QLatin1String("custody append")) {
            auto r = f->custody().append(QStringLiteral("inspection.update"), QStringLiteral("inspection"), {});
            QVERIFY(!r);
            take(r.error());
        } else if (writer == QLatin1String("record delete")) {
            auto r = RecordTable(*f, QStringLiteral("finding")).remove(1);
            QVERIFY(!r);
            take(r.error());
        }
    }
    QCOMPARE(error.code, ErrorCode::Usage);
    QVERIFY2(error.message.contains(QStringLiteral("sealed copy")), qPrintable(error.message));
    QCOMPARE(f->custody().count().value(), before);
    f.reset();
    const VerifyReport r = verify(path);
    QVERIFY2(r.intact(), qPrintable(describe(r)));
}

QTEST_GUILESS_MAIN(TestSealReview)
#include "tst_sealreview.moc"
