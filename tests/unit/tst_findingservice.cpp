// FindingService: findings by hand (checked: item, device, evidence, dates,
// severities, statuses), edits that change only what differs, a finding
// from an answer, merges that delete nothing, keyset pages in the report's
// order, the summary, and verify agreeing with every row afterwards.
#include "CoreFixture.h"

#include "core/catalog/Catalog.h"
#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/Verifier.h"
#include "core/findings/FindingService.h"
#include "core/findings/Readiness.h"
#include "core/inspection/SqlUtil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using findings::FindingChanges;
using findings::FindingService;

class TestFindingService final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addChecksWhatItIsGiven_data();
    void addChecksWhatItIsGiven();
    void addRecordsAndVerifies();
    void editChangesOnlyWhatDiffers();
    void editRefusesMergedStatus();
    void fromAnswer();
    void mergeKeepsEverything();
    void mergeRefusals();
    void pagesInReportOrder();
    void summaryAndReadiness();
    void resolveAsset_data();
    void resolveAsset();

private:
    QStringList problems()
    {
        auto r = Verifier(*m_file).run();
        if (!r)
            return {QStringLiteral("error: ") + r.error().message};
        QStringList out;
        for (const VerifyProblem &p : r->problems)
            out.append(p.kind + QLatin1Char(' ') + p.object + QStringLiteral(": ") + p.detail);
        return out;
    }
    qint64 custodyCount() { return m_file->custody().count().value(); }
    FindingRecord draft(const QString &title, const QString &severity = QStringLiteral("medium"))
    {
        FindingRecord f;
        f.title = title;
        f.severity = severity;
        return f;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<InspectionFile> m_file;
    qint64 m_device = 0;
    qint64 m_photo = 0, m_doc = 0;
};

void TestFindingService::init()
{
    m_file.reset();
    const QString path = m_dir.filePath(QStringLiteral("%1.inspection").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    auto c = catalog::Catalog::load(qEnvironmentVariable("AB_TEST_DATA") + QStringLiteral("/catalogs/MiniCatalog.json"));
    QVERIFY(c.ok());
    InspectionMeta meta = abtest::sampleMeta();
    meta.regime = c->regime();
    meta.catalogId = c->id();
    meta.catalogVersion = c->version();
    const PinnedCatalog pin = c->pin();
    auto f = InspectionFile::create(path, meta, abtest::passphrase(), QStringLiteral("tester"), &pin);
    QVERIFY(f.ok());
    m_file = std::move(f).value();
    EvidenceStore store(*m_file);
    auto photo = store.importData("a photo", {QString(), QStringLiteral("cam1.png"), QString(), QString(), QString()});
    auto doc = store.importData("an order", {QString(), QStringLiteral("order.pdf"), QString(), QString(), QString()});
    QVERIFY(photo.ok() && doc.ok());
    m_photo = photo->id;
    m_doc = doc->id;
    sql::Transaction tx(m_file->database());
    QVERIFY(tx.begin().ok());
    DeviceRecord d;
    d.address = QStringLiteral("127.0.0.7");
    auto dev = AssetStore(*m_file).upsertDevice(d);
    QVERIFY(dev.ok());
    QVERIFY(tx.commit().ok());
    m_device = dev->id;
}

void TestFindingService::addChecksWhatItIsGiven_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("no title") << "title"
                              << "   "
                              << "needs a title";
    QTest::newRow("bad severity") << "severity"
                                  << "critical"
                                  << "critical";
    QTest::newRow("unknown item") << "item"
                                  << "NOPE-9"
                                  << "NOPE-9";
    QTest::newRow("unknown evidence") << "evidence"
                                      << "999"
                                      << "999";
    QTest::newRow("unknown device") << "device"
                                    << "42"
                                    << "Device 42";
    QTest::newRow("port without device") << "port"
                                         << "80"
                                         << "port";
    QTest::newRow("bad deadline") << "deadline"
                                  << "2024-02-30"
                                  << "2024-02-30";
    QTest::newRow("merged status") << "status"
                                   << "merged"
                                   << "merged";
    QTest::newRow("unknown status") << "status"
                                    << "fixed"
                                    << "fixed";
}

void TestFindingService::addChecksWhatItIsGiven()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    FindingRecord f = draft(QStringLiteral("Telnet open"));
    if (field == QLatin1String("title"))
        f.title = value;
    else if (field == QLatin1String("severity"))
        f.severity = value;
    else if (field == QLatin1String("item"))
        f.item = value;
    else if (field == QLatin1String("evidence"))
        f.evidence = {value.toLongLong()};
    else if (field == QLatin1String("device"))
        f.deviceId = value.toLongLong();
    else if (field == QLatin1String("port"))
        f.port = value.toInt();
    else if (field == QLatin1String("deadline"))
        f.deadline = value;
    else if (field == QLatin1String("status"))
        f.status = value;
    const qint64 before = custodyCount();
    auto r = FindingService(*m_file).add(f);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(custodyCount(), before); // refused: nothing written
    QCOMPARE(AssetStore(*m_file).findingCount().value(), 0);
}

void TestFindingService::addRecordsAndVerifies()
{
    FindingRecord f = draft(QStringLiteral("Telnet open on the NVR"), QStringLiteral("high"));
    f.item = QStringLiteral("PRB-01");
    f.deviceId = m_device;
    f.port = 23;
    f.evidence = {m_photo};
    f.deadline = QStringLiteral("2024-06-30");
    f.check = QStringLiteral("telnet-open"); // ignored: hand-made findings are never folded into probe ones
    auto r = FindingService(*m_file).add(f);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->source, QStringLiteral("manual"));
    QCOMPARE(r->status, QStringLiteral("open"));
    QCOMPARE(r->check, QString());
    QCOMPARE(r->createdBy, QStringLiteral("tester"));
    QCOMPARE(r->mergedInto, 0);
    auto entries = m_file->custody().entries();
    QCOMPARE(entries->last().action, QStringLiteral("finding.add"));
    QCOMPARE(entries->last().detail.value(QStringLiteral("merged_into")).toInt(), 0);
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join(QLatin1Char('\n'))));
}

void TestFindingService::editChangesOnlyWhatDiffers()
{
    FindingService s(*m_file);
    auto f = s.add(draft(QStringLiteral("Weak password")));
    QVERIFY(f.ok());
    const qint64 before = custodyCount();
    FindingChanges same;
    same.title = QStringLiteral("Weak password");
    same.severity = QStringLiteral("medium");
    QVERIFY(s.edit(f->id, same).ok());
    QCOMPARE(custodyCount(), before); // nothing differed: no entry

    FindingChanges c;
    c.severity = QStringLiteral("high");
    c.evidence = QList<qint64>{m_photo, m_doc};
    c.deviceId = m_device;
    c.port = 80;
    c.deadline = QStringLiteral("2024-07-01");
    c.status = QStringLiteral("resolved");
    auto e = s.edit(f->id, c);
    QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().message));
    QCOMPARE(custodyCount(), before + 1); // one edit, one entry
    QCOMPARE(e->severity, QStringLiteral("high"));
    QCOMPARE(e->evidence, (QList<qint64>{m_photo, m_doc}));
    QCOMPARE(e->port, 80);
    QCOMPARE(e->status, QStringLiteral("resolved"));
    QCOMPARE(e->title, QStringLiteral("Weak password"));
    // Another device: the port goes with the old one.
    FindingChanges none;
    none.deviceId = 0;
    auto cleared = s.edit(f->id, none);
    QVERIFY(cleared.ok());
    QCOMPARE(cleared->deviceId, 0);
    QCOMPARE(cleared->port, 0);
    FindingChanges bad;
    bad.evidence = QList<qint64>{12345};
    const qint64 n = custodyCount();
    QVERIFY(!s.edit(f->id, bad).ok());
    QVERIFY(!s.edit(9999, c).ok());
    QCOMPARE(custodyCount(), n);
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join(QLatin1Char('\n'))));
}

void TestFindingService::editRefusesMergedStatus()
{
    FindingService s(*m_file);
    auto f = s.add(draft(QStringLiteral("x")));
    QVERIFY(f.ok());
    FindingChanges c;
    c.status = QStringLiteral("merged");
    auto r = s.edit(f->id, c);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
}

void TestFindingService::fromAnswer()
{
    auto q = catalog::Questionnaire::load(*m_file);
    QVERIFY(q.ok());
    FindingService s(*m_file);
    // Not answered, compliant, and not a compliance item: refused.
    QVERIFY(!s.fromAnswer(*q, QStringLiteral("INT-01"), QStringLiteral("en")).ok());
    QVERIFY(q->answer(QStringLiteral("INT-01"), QStringLiteral("compliant"), {}, {}).ok());
    QVERIFY(!s.fromAnswer(*q, QStringLiteral("INT-01"), QStringLiteral("en")).ok());
    QVERIFY(q->answer(QStringLiteral("DOC-03"), QStringLiteral("vn"), {}, {}).ok());
    QVERIFY(!s.fromAnswer(*q, QStringLiteral("DOC-03"), QStringLiteral("en")).ok());
    QVERIFY(!s.fromAnswer(*q, QStringLiteral("NOPE"), QStringLiteral("en")).ok());

    QVERIFY(q->answer(QStringLiteral("INT-02"), QStringLiteral("partial"), QStringLiteral("only half the cameras"), {m_photo}).ok());
    auto f = s.fromAnswer(*q, QStringLiteral("INT-02"), QStringLiteral("vi"));
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
    const catalog::Item *item = q->catalog().item(QStringLiteral("INT-02"));
    QCOMPARE(f->title, item->text.vi);
    QCOMPARE(f->severity, item->severity);
    QCOMPARE(f->recommendation, item->remediation.vi);
    QCOMPARE(f->detail, QStringLiteral("only half the cameras"));
    QCOMPARE(f->evidence, QList<qint64>{m_photo});
    QCOMPARE(f->item, QStringLiteral("INT-02"));
    QCOMPARE(f->source, QStringLiteral("answer"));
    QCOMPARE(s.findingForAnswer(QStringLiteral("INT-02")).value(), f->id);
    // Twice: refused, naming the one that exists.
    auto again = s.fromAnswer(*q, QStringLiteral("INT-02"), QStringLiteral("en"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QString::number(f->id)));
    // Dismissed, it no longer stands in the way.
    FindingChanges dismiss;
    dismiss.status = QStringLiteral("dismissed");
    QVERIFY(s.edit(f->id, dismiss).ok());
    QVERIFY(s.fromAnswer(*q, QStringLiteral("INT-02"), QStringLiteral("en")).ok());
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join(QLatin1Char('\n'))));
}

void TestFindingService::mergeKeepsEverything()
{
    FindingService s(*m_file);
    FindingRecord a = draft(QStringLiteral("Default password on camera 1"), QStringLiteral("medium"));
    a.evidence = {m_photo};
    a.detail = QStringLiteral("admin/admin on cam1");
    FindingRecord b = draft(QStringLiteral("Default password on camera 2"), QStringLiteral("high"));
    b.evidence = {m_doc, m_photo};
    b.detail = QStringLiteral("admin/12345 on cam2");
    b.item = QStringLiteral("PRB-01");
    b.recommendation = QStringLiteral("Change every default password.");
    b.deadline = QStringLiteral("2024-06-01");
    FindingRecord c = draft(QStringLiteral("Same as camera 1"), QStringLiteral("low"));
    c.detail = QStringLiteral("admin/admin on cam1");
    c.deviceId = m_device;
    c.port = 80;
    auto ka = s.add(a), kb = s.add(b), kc = s.add(c);
    QVERIFY(ka.ok() && kb.ok() && kc.ok());
    const qint64 before = custodyCount();
    auto merged = s.merge(ka->id, {kb->id, kc->id, kb->id});
    QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().message));
    QCOMPARE(custodyCount(), before + 3); // two marked merged, one updated
    QCOMPARE(merged->evidence, (QList<qint64>{m_photo, m_doc}));
    QCOMPARE(merged->detail, QStringLiteral("admin/admin on cam1\n\nadmin/12345 on cam2"));
    QCOMPARE(merged->severity, QStringLiteral("high"));
    QCOMPARE(merged->item, QStringLiteral("PRB-01"));
    QCOMPARE(merged->recommendation, QStringLiteral("Change every default password."));
    QCOMPARE(merged->deadline, QStringLiteral("2024-06-01"));
    QCOMPARE(merged->deviceId, m_device);
    QCOMPARE(merged->port, 80);
    QCOMPARE(merged->title, a.title);
    for (qint64 id : {kb->id, kc->id}) {
        auto o = s.get(id);
        QVERIFY(o.ok()); // never deleted
        QCOMPARE(o->status, QStringLiteral("merged"));
        QCOMPARE(o->mergedInto, ka->id);
    }
    QCOMPARE(AssetStore(*m_file).findingCount().value(), 3);
    // Reopened, a merged finding stands on its own again.
    FindingChanges reopen;
    reopen.status = QStringLiteral("open");
    auto back = s.edit(kc->id, reopen);
    QVERIFY(back.ok());
    QCOMPARE(back->mergedInto, 0);
    QVERIFY2(problems().isEmpty(), qPrintable(problems().join(QLatin1Char('\n'))));
}

void TestFindingService::mergeRefusals()
{
    FindingService s(*m_file);
    auto a = s.add(draft(QStringLiteral("a"))), b = s.add(draft(QStringLiteral("b"))), c = s.add(draft(QStringLiteral("c")));
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(!s.merge(a->id, {}).ok());
    QVERIFY(!s.merge(a->id, {a->id}).ok());
    QVERIFY(!s.merge(a->id, {999}).ok());
    QVERIFY(!s.merge(999, {a->id}).ok());
    QVERIFY(s.merge(a->id, {b->id}).ok());
    const qint64 before = custodyCount();
    auto again = s.merge(c->id, {b->id}); // b is already merged
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QString::number(a->id)));
    QVERIFY(!s.merge(b->id, {c->id}).ok()); // nor can a merged one keep others
    // A refusal half way (c fine, 999 missing) leaves nothing behind.
    QVERIFY(!s.merge(a->id, {c->id, 999}).ok());
    QCOMPARE(s.get(c->id)->status, QStringLiteral("open"));
    QCOMPARE(custodyCount(), before);
}

void TestFindingService::pagesInReportOrder()
{
    FindingService s(*m_file);
    const QStringList order{QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("info"), QStringLiteral("medium")};
    {
        sql::Transaction tx(m_file->database()); // one transaction, as the bench's generator does
        QVERIFY(tx.begin().ok());
        for (int i = 0; i < 40; ++i) {
            FindingRecord f = draft(QStringLiteral("f%1").arg(i), order.at(i % 4));
            QVERIFY(AssetStore(*m_file).addFinding(f).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    QList<FindingRecord> all;
    const FindingRecord *after = nullptr;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = s.page(after, 7);
        QVERIFY(page.ok());
        all.append(*page);
        if (page->size() < 7)
            break;
        after = &all.constLast();
    }
    QCOMPARE(all.size(), 40);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const int r0 = severityRank(all.at(i - 1).severity), r1 = severityRank(all.at(i).severity);
        QVERIFY(r0 > r1 || (r0 == r1 && all.at(i - 1).id < all.at(i).id));
    }
    QCOMPARE(all.first().severity, QStringLiteral("high"));
    QCOMPARE(all.last().severity, QStringLiteral("info"));
}

void TestFindingService::summaryAndReadiness()
{
    FindingService s(*m_file);
    FindingRecord proven = draft(QStringLiteral("proven"), QStringLiteral("high"));
    proven.evidence = {m_photo};
    auto a = s.add(proven), b = s.add(draft(QStringLiteral("unproven"))), c = s.add(draft(QStringLiteral("dup")));
    auto d = s.add(draft(QStringLiteral("dismissed")));
    QVERIFY(a.ok() && b.ok() && c.ok() && d.ok());
    QVERIFY(s.merge(a->id, {c->id}).ok());
    FindingChanges dismiss;
    dismiss.status = QStringLiteral("dismissed");
    QVERIFY(s.edit(d->id, dismiss).ok());
    auto sum = s.summary();
    QVERIFY(sum.ok());
    QCOMPARE(sum->total, 4);
    QCOMPARE(sum->active, 2);
    QCOMPARE(sum->withoutEvidence, 1);
    QCOMPARE(sum->withoutEvidenceIds, QList<qint64>{b->id});
    QCOMPARE(sum->activeBySeverity.value(QStringLiteral("high")), 1);

    auto q = catalog::Questionnaire::load(*m_file);
    QVERIFY(q.ok());
    findings::Readiness r = findings::assessReadiness(m_file->meta(), q->evaluate(), *sum, QStringLiteral("en"));
    QVERIFY(!r.ready());
    QVERIFY(!r.authorisation);
    QCOMPARE(r.findingsWithoutEvidence, 1);
    int pending = 0;
    for (const catalog::ItemStatus &st : q->evaluate())
        pending += st.state == catalog::ItemState::Pending;
    QCOMPARE(r.unanswered, pending);
    QCOMPARE(r.gaps.first().kind, findings::ReadinessGap::Kind::NoAuthorisation);
    QCOMPARE(r.gaps.last().object, QStringLiteral("finding:%1").arg(b->id));
    // Named one by one up to the limit; the counts stay whole.
    findings::Readiness few = findings::assessReadiness(m_file->meta(), q->evaluate(), *sum, QStringLiteral("en"), 2);
    QCOMPARE(few.unanswered, pending);
    QCOMPARE(std::count_if(few.gaps.cbegin(), few.gaps.cend(),
                           [](const findings::ReadinessGap &g) { return g.kind == findings::ReadinessGap::Kind::Unanswered; }),
             2);
    QCOMPARE(r.toJson().value(QStringLiteral("ready")).toBool(), false);
}

void TestFindingService::resolveAsset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("port");
    QTest::newRow("address") << "127.0.0.7" << true << 0;
    QTest::newRow("address:port") << "127.0.0.7:554" << true << 554;
    QTest::newRow("unknown") << "127.0.0.8" << false << 0;
    QTest::newRow("port 0") << "127.0.0.7:0" << false << 0;
    QTest::newRow("port too big") << "127.0.0.7:70000" << false << 0;
    QTest::newRow("port text") << "127.0.0.7:http" << false << 0;
    QTest::newRow("v6 unknown") << "[::1]:80" << false << 0;
}

void TestFindingService::resolveAsset()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, port);
    auto r = FindingService(*m_file).resolveAsset(text);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r->first, m_device);
        QCOMPARE(r->second, port);
    } else {
        QCOMPARE(r.error().code, ErrorCode::Usage);
    }
}

QTEST_GUILESS_MAIN(TestFindingService)
#include "tst_findingservice.moc"
