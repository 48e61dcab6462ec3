// Devices, services and findings: merged sightings, the custody log holding
// each row, and verify naming any row changed behind AuditBench's back.
#include "CoreFixture.h"

#include "core/evidence/Verifier.h"
#include "core/inspection/Assets.h"
#include "core/inspection/SqlUtil.h"
#include "core/probe/ProbeRecorder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ab;

class TestAssets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void mergesSightings();
    void mergesFindings();
    void rejectsBadFindings();
    void verifyNamesTamperedRows_data();
    void verifyNamesTamperedRows();
    void verifyNoticesFormatSetBack();
    void recordsOutcome();

private:
    QStringList problems()
    {
        auto r = Verifier(*m_file).run();
        QStringList out;
        if (!r)
            return {QStringLiteral("error: ") + r.error().message};
        for (const VerifyProblem &p : r->problems)
            out.append(p.kind + QLatin1Char(' ') + p.object);
        return out;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<InspectionFile> m_file;
};

void TestAssets::init()
{
    m_file.reset();
    const QString path = m_dir.filePath(QStringLiteral("%1.inspection").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    m_file = abtest::create(path);
    QVERIFY(m_file);
}

void TestAssets::mergesSightings()
{
    AssetStore store(*m_file);
    sql::Transaction tx(m_file->database());
    QVERIFY(tx.begin().ok());
    auto d1 = store.upsertDevice({0, QStringLiteral("127.0.0.5"), {}, {}, {}, {}, {}, {}, {}, 1});
    QVERIFY(d1.ok());
    DeviceRecord seen;
    seen.address = QStringLiteral("127.0.0.5");
    seen.vendor = QStringLiteral("Hikvision");
    seen.firmware = QStringLiteral("V5.4.5");
    auto d2 = store.upsertDevice(seen);
    QVERIFY(d2.ok());
    QCOMPARE(d2->id, d1->id);
    QCOMPARE(d2->vendor, QStringLiteral("Hikvision"));
    ServiceRecord s;
    s.deviceId = d1->id;
    s.port = 80;
    s.name = QStringLiteral("http");
    s.product = QStringLiteral("App-webs");
    s.evidence = {3};
    s.facts.insert(QStringLiteral("http.title"), QStringLiteral("Login"));
    auto s1 = store.upsertService(s);
    QVERIFY(s1.ok());
    // A later, vaguer look (nmap says only "http") keeps what was known and adds its evidence.
    ServiceRecord vague;
    vague.deviceId = d1->id;
    vague.port = 80;
    vague.name = QStringLiteral("http");
    vague.evidence = {7};
    vague.facts.insert(QStringLiteral("nmap.method"), QStringLiteral("table"));
    auto s2 = store.upsertService(vague);
    QVERIFY(s2.ok());
    QCOMPARE(s2->id, s1->id);
    QCOMPARE(s2->product, QStringLiteral("App-webs"));
    QCOMPARE(s2->evidence, (QList<qint64>{3, 7}));
    QCOMPARE(s2->facts.value(QStringLiteral("http.title")).toString(), QStringLiteral("Login"));
    QCOMPARE(s2->facts.value(QStringLiteral("nmap.method")).toString(), QStringLiteral("table"));
    QVERIFY(tx.commit().ok());
    QCOMPARE(store.devices()->size(), 1);
    QCOMPARE(store.services()->size(), 1);
    QCOMPARE(problems(), QStringList());
}

void TestAssets::mergesFindings()
{
    AssetStore store(*m_file);
    sql::Transaction tx(m_file->database());
    QVERIFY(tx.begin().ok());
    FindingRecord f;
    f.title = QStringLiteral("Telnet open");
    f.severity = QStringLiteral("high");
    f.check = QStringLiteral("telnet-open");
    f.deviceId = 1;
    f.port = 23;
    f.evidence = {1};
    f.source = QStringLiteral("probe");
    bool merged = true;
    auto a = store.addFinding(f, &merged);
    QVERIFY(a.ok());
    QVERIFY(!merged);
    f.evidence = {2};
    auto b = store.addFinding(f, &merged);
    QVERIFY(b.ok());
    QVERIFY(merged);
    QCOMPARE(b->id, a->id);
    QCOMPARE(b->evidence, (QList<qint64>{1, 2}));
    // Another port is another finding; a resolved one is not merged into.
    f.port = 2323;
    QVERIFY(store.addFinding(f, &merged).ok());
    QVERIFY(!merged);
    QVERIFY(store.updateFinding(a->id, {{QStringLiteral("status"), QStringLiteral("resolved")}}).ok());
    f.port = 23;
    auto c = store.addFinding(f, &merged);
    QVERIFY(c.ok());
    QVERIFY(!merged);
    QVERIFY(c->id != a->id);
    QVERIFY(tx.commit().ok());
    QCOMPARE(*store.findingCount(), 3);
    QCOMPARE(problems(), QStringList());
}

void TestAssets::rejectsBadFindings()
{
    AssetStore store(*m_file);
    sql::Transaction tx(m_file->database());
    QVERIFY(tx.begin().ok());
    FindingRecord f;
    f.title = QStringLiteral("x");
    f.severity = QStringLiteral("critical!");
    QCOMPARE(store.addFinding(f).error().code, ErrorCode::Usage);
    f.severity = QStringLiteral("low");
    f.title = QStringLiteral("  ");
    QCOMPARE(store.addFinding(f).error().code, ErrorCode::Usage);
    f.title = QStringLiteral("ok");
    auto ok = store.addFinding(f);
    QVERIFY(ok.ok());
    QCOMPARE(store.updateFinding(ok->id, {{QStringLiteral("created_by"), QStringLiteral("mallory")}}).error().code, ErrorCode::Usage);
    QCOMPARE(store.updateFinding(ok->id, {{QStringLiteral("severity"), QStringLiteral("urgent")}}).error().code, ErrorCode::Usage);
    QCOMPARE(store.updateFinding(999, {{QStringLiteral("status"), QStringLiteral("resolved")}}).error().code, ErrorCode::Usage);
}

void TestAssets::verifyNamesTamperedRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("severity lowered") << QStringLiteral("UPDATE finding SET severity = 'low'") << QStringLiteral("altered finding:1");
    QTest::newRow("finding deleted") << QStringLiteral("DELETE FROM finding") << QStringLiteral("missing finding:1");
    QTest::newRow("finding added") << QStringLiteral("INSERT INTO finding (title, severity, source, created_at, created_by) VALUES ('x','low','manual','t','m')")
                                   << QStringLiteral("extra finding:2");
    QTest::newRow("device moved") << QStringLiteral("UPDATE device SET address = '127.0.0.9'") << QStringLiteral("altered device:1");
    QTest::newRow("service evidence") << QStringLiteral("UPDATE service SET evidence = '[]'") << QStringLiteral("altered service:1");
    QTest::newRow("run status") << QStringLiteral("UPDATE probe_run SET status = 'finished'") << QStringLiteral("altered probe_run:1");
}

void TestAssets::verifyNamesTamperedRows()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    auto run = probe::beginRun(*m_file, QStringLiteral("probe"), {QStringLiteral("127.0.0.5")}, QStringLiteral("camera"), {});
    QVERIFY(run.ok());
    {
        AssetStore store(*m_file);
        sql::Transaction tx(m_file->database());
        QVERIFY(tx.begin().ok());
        auto d = store.upsertDevice({0, QStringLiteral("127.0.0.5"), {}, {}, {}, {}, {}, {}, {}, *run});
        QVERIFY(d.ok());
        ServiceRecord s;
        s.deviceId = d->id;
        s.port = 23;
        s.name = QStringLiteral("telnet");
        s.evidence = {1};
        QVERIFY(store.upsertService(s).ok());
        FindingRecord f;
        f.title = QStringLiteral("Telnet open");
        f.severity = QStringLiteral("high");
        f.deviceId = d->id;
        f.source = QStringLiteral("probe");
        QVERIFY(store.addFinding(f).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(problems(), QStringList());
    QVERIFY(abtest::tamper(*m_file, sql));
    QCOMPARE(problems(), QStringList{expected});
}

// Setting the file format back (user_version 2) and dropping the probe
// tables must not hide the devices and findings the custody log recorded.
void TestAssets::verifyNoticesFormatSetBack()
{
    auto run = probe::beginRun(*m_file, QStringLiteral("probe"), {QStringLiteral("127.0.0.5")}, QStringLiteral("camera"), {});
    QVERIFY(run.ok());
    {
        AssetStore store(*m_file);
        sql::Transaction tx(m_file->database());
        QVERIFY(tx.begin().ok());
        auto d = store.upsertDevice({0, QStringLiteral("127.0.0.5"), {}, {}, {}, {}, {}, {}, {}, *run});
        QVERIFY(d.ok());
        FindingRecord f;
        f.title = QStringLiteral("Telnet open");
        f.severity = QStringLiteral("high");
        f.deviceId = d->id;
        f.source = QStringLiteral("probe");
        QVERIFY(store.addFinding(f).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(problems(), QStringList());
    for (const char *sql : {"DROP INDEX finding_device", "DROP TABLE finding", "DROP TABLE service", "DROP TABLE device", "DROP TABLE probe_run",
                            "PRAGMA user_version = 2"})
        QVERIFY(abtest::tamper(*m_file, QLatin1String(sql)));
    const QString path = m_file->path();
    m_file.reset();
    // verify opens read-only: no migration recreates the tables.
    m_file = abtest::open(path, InspectionFile::Mode::ReadOnly);
    QVERIFY(m_file);
    QCOMPARE(m_file->schemaVersion(), 2);
    const QStringList found = problems();
    QVERIFY2(found.contains(QStringLiteral("missing finding:1")), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY2(found.contains(QStringLiteral("missing device:1")), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY2(found.contains(QStringLiteral("missing probe_run:1")), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestAssets::recordsOutcome()
{
    // An outcome as a run produces it: transcripts become encrypted evidence,
    // observations findings on the catalog's items, probe items answered.
    probe::ProbeOutcome o;
    probe::Transcript t;
    t.protocol = QStringLiteral("telnet");
    t.endpoint = {QHostAddress(QStringLiteral("127.0.0.5")), 23};
    t.received(QByteArrayLiteral("login: "));
    const int ti = o.addTranscript(t);
    probe::Transcript unused = t; // an exchange nothing refers to is not kept
    o.addTranscript(unused);
    probe::Service s;
    s.endpoint = t.endpoint;
    s.name = QStringLiteral("telnet");
    s.transcripts = {ti};
    o.services.append(s);
    probe::Observation obs;
    obs.check = QStringLiteral("telnet-open");
    obs.severity = probe::Severity::High;
    obs.title = QStringLiteral("Telnet service open");
    obs.endpoint = t.endpoint;
    obs.transcripts = {ti};
    o.observations.append(obs);
    auto run = probe::beginRun(*m_file, QStringLiteral("probe"), {QStringLiteral("127.0.0.5")}, QStringLiteral("camera"), {});
    QVERIFY(run.ok());
    auto rec = probe::recordOutcome(*m_file, *run, o, {QStringLiteral("telnet-open"), QStringLiteral("ftp-open")});
    QVERIFY2(rec.ok(), rec.ok() ? "" : qPrintable(rec.error().message));
    QCOMPARE(rec->evidence, 1);
    QCOMPARE(rec->devices, 1);
    QCOMPARE(rec->newFindings, 1);
    auto findings = AssetStore(*m_file).findings();
    QCOMPARE(findings->size(), 1);
    QCOMPARE(findings->first().item, QStringLiteral("PRB-01"));
    QCOMPARE(findings->first().evidence.size(), 1);
    QVERIFY(rec->answered.contains(QStringLiteral("PRB-01"))); // telnet-open: non-compliant
    QVERIFY(!rec->answered.contains(QStringLiteral("PRB-02"))); // needs ssdp and snmp too
    QVERIFY(probe::finishRun(*m_file, *run, QStringLiteral("finished"), rec->toJson()).ok());
    QCOMPARE(problems(), QStringList());
}

QTEST_GUILESS_MAIN(TestAssets)
#include "tst_assets.moc"
