// InspectionComparer: two inspectors' files of the same site, told apart row
// by row (details, answers, findings, devices, services, evidence).
#include "CoreFixture.h"

#include "core/catalog/Answers.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/Assets.h"
#include "core/inspection/SqlUtil.h"
#include "core/seal/InspectionComparer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;

namespace
{
struct Site {
    QString answer, note, severity, photo, photoContent;
    QString extraEvidence;
    QString firmware;
};

std::unique_ptr<InspectionFile> make(const QString &path, const QString &inspector, const Site &s)
{
    InspectionMeta m = abtest::sampleMeta();
    m.inspectors = {inspector};
    auto created = InspectionFile::create(path, m, abtest::passphrase(), inspector);
    if (!created)
        return {};
    std::unique_ptr<InspectionFile> f = std::move(created).value();
    EvidenceStore store(*f);
    bool ok = store.importData(QByteArrayView("shared scan"), ImportRequest{{}, QStringLiteral("approval.pdf"), {}, {}, {}}).ok();
    ok = ok && store.importData(s.photoContent.toUtf8(), ImportRequest{{}, s.photo, {}, {}, {}}).ok();
    if (!s.extraEvidence.isEmpty())
        ok = ok && store.importData(s.extraEvidence.toUtf8(), ImportRequest{{}, QStringLiteral("extra.txt"), {}, {}, {}}).ok();
    sql::Transaction tx(f->database());
    ok = ok && tx.begin().ok();
    catalog::Answer a;
    a.item = QStringLiteral("INT-04");
    a.value = s.answer;
    a.note = s.note;
    a.source = QStringLiteral("inspector");
    ok = ok && catalog::AnswerStore(*f).put(a).ok();
    a.item = QStringLiteral("DOC-01");
    a.value = QStringLiteral("compliant");
    a.note.clear();
    ok = ok && catalog::AnswerStore(*f).put(a).ok();
    AssetStore assets(*f);
    DeviceRecord d;
    d.address = QStringLiteral("127.0.0.5");
    d.vendor = QStringLiteral("Hikvision");
    d.firmware = s.firmware;
    d.firstSeen = d.lastSeen = QStringLiteral("2024-01-01T00:00:00Z");
    auto dev = assets.upsertDevice(d);
    if (!dev)
        return {};
    ServiceRecord sv;
    sv.deviceId = dev->id;
    sv.port = 554;
    sv.name = QStringLiteral("rtsp");
    sv.seenAt = d.firstSeen;
    ok = ok && assets.upsertService(sv).ok();
    FindingRecord x;
    x.title = QStringLiteral("Default password");
    x.severity = s.severity;
    x.check = QStringLiteral("default-credentials");
    x.deviceId = dev->id;
    x.port = 554;
    x.createdAt = d.firstSeen;
    x.createdBy = inspector;
    ok = ok && assets.addFinding(x).ok();
    ok = ok && tx.commit().ok();
    if (!ok)
        return {};
    return f;
}

const ComparisonRow *row(const Comparison &c, ComparisonRow::Section s, const QString &key)
{
    for (const ComparisonRow &r : c.rows)
        if (r.section == s && r.key == key)
            return &r;
    return nullptr;
}
} // namespace

class TestComparer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rows_data();
    void rows();
    void identicalFilesAgree();
    void json();
    void needsTwo();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InspectionFile> m_a, m_b, m_c;
    Comparison m_cmp;
};

void TestComparer::initTestCase()
{
    m_a = make(m_dir.filePath(QStringLiteral("a.inspection")), QStringLiteral("An"),
               {QStringLiteral("noncompliant"), QStringLiteral("12 cameras"), QStringLiteral("high"), QStringLiteral("photo.jpg"),
                QStringLiteral("pixels A"), QStringLiteral("only in A"), QStringLiteral("V5.4")});
    m_b = make(m_dir.filePath(QStringLiteral("b.inspection")), QStringLiteral("Binh"),
               {QStringLiteral("partial"),
                QStringLiteral("3 cameras"),
                QStringLiteral("medium"),
                QStringLiteral("photo.jpg"),
                QStringLiteral("pixels B"),
                {},
                QStringLiteral("V5.5")});
    QVERIFY(m_a && m_b);
    auto c = InspectionComparer::compare({m_a.get(), m_b.get()});
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    m_cmp = *c;
    QCOMPARE(m_cmp.files.size(), 2);
    QVERIFY(m_cmp.titles.first().contains(QStringLiteral("An")));
}

void TestComparer::rows_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("differs");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b"); // "-" absent
    using S = ComparisonRow::Section;
    QTest::newRow("team differs") << int(S::Details) << "inspectors" << true << "An"
                                  << "Binh";
    QTest::newRow("organisation agrees") << int(S::Details) << "organisation" << false << "测试单位"
                                         << "测试单位";
    QTest::newRow("answer value") << int(S::Answer) << "INT-04" << true << "noncompliant"
                                  << "partial";
    QTest::newRow("answer agrees") << int(S::Answer) << "DOC-01" << false << "compliant"
                                   << "compliant";
    QTest::newRow("finding matched, severity differs") << int(S::Finding) << "default-credentials|127.0.0.5|554|" << true << "high"
                                                       << "medium";
    QTest::newRow("device firmware") << int(S::Device) << "127.0.0.5" << true << "Hikvision V5.4"
                                     << "Hikvision V5.5";
    QTest::newRow("service agrees") << int(S::Service) << "127.0.0.5 tcp/554" << false << "rtsp"
                                    << "rtsp";
    QTest::newRow("evidence in both") << int(S::Evidence)
                                      << QString::fromLatin1(QCryptographicHash::hash("shared scan", QCryptographicHash::Sha256).toHex())
                                      << false << "approval.pdf"
                                      << "approval.pdf";
    QTest::newRow("evidence only in A") << int(S::Evidence)
                                        << QString::fromLatin1(QCryptographicHash::hash("only in A", QCryptographicHash::Sha256).toHex())
                                        << true << "extra.txt"
                                        << "-";
    QTest::newRow("same name, other content")
        << int(S::EvidenceName) << "photo.jpg" << true
        << QString::fromLatin1(QCryptographicHash::hash("pixels A", QCryptographicHash::Sha256).toHex())
        << QString::fromLatin1(QCryptographicHash::hash("pixels B", QCryptographicHash::Sha256).toHex());
}

void TestComparer::rows()
{
    QFETCH(int, section);
    QFETCH(QString, key);
    QFETCH(bool, differs);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const ComparisonRow *r = row(m_cmp, ComparisonRow::Section(section), key);
    QVERIFY2(r, qPrintable(key));
    QCOMPARE(r->differs(), differs);
    QCOMPARE(r->cells.size(), 2);
    QCOMPARE(r->cells[0].value, a);
    QCOMPARE(r->cells[1].present, b != QLatin1String("-"));
    if (b != QLatin1String("-"))
        QCOMPARE(r->cells[1].value, b);
}

void TestComparer::identicalFilesAgree()
{
    auto again = abtest::open(m_a->path(), InspectionFile::Mode::ReadOnly);
    QVERIFY(again);
    auto c = InspectionComparer::compare({m_a.get(), again.get()});
    QVERIFY(c);
    QCOMPARE(c->differenceCount(), 0);
    QVERIFY(!c->rows.isEmpty());
}

void TestComparer::json()
{
    const QJsonObject o = m_cmp.toJson();
    QCOMPARE(o.value(QStringLiteral("differences")).toInt(), int(m_cmp.differenceCount()));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), m_cmp.differenceCount());
    for (const QJsonValue &v : rows) {
        QVERIFY(v.toObject().value(QStringLiteral("differs")).toBool());
        QCOMPARE(v.toObject().value(QStringLiteral("cells")).toArray().size(), 2);
    }
    QVERIFY(m_cmp.toJson(false).value(QStringLiteral("rows")).toArray().size() > rows.size());
}

void TestComparer::needsTwo()
{
    auto c = InspectionComparer::compare({m_a.get()});
    QVERIFY(!c);
    QCOMPARE(c.error().code, ErrorCode::Usage);
}

QTEST_GUILESS_MAIN(TestComparer)
#include "tst_comparer.moc"
