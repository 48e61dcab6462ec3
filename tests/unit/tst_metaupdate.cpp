// InspectionFile::updateMeta: the Setup step's edits in one transaction with
// an inspection.update custody entry verify replays; the scope normalised
// (or refused whole), the fixed fields kept, the authorisation a document,
// nothing written when nothing changed or something was refused.
#include "CoreFixture.h"

#include "core/evidence/EvidenceStore.h"
#include "core/evidence/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;

class TestMetaUpdate final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void updatesAndLogs();
    void keepsFixedFields();
    void refusals_data();
    void refusals();
    void authorisationMustBeADocument();
    void readOnlyRefused();
    void tamperedDetailsNamed();
    void oldRecordWithoutAuthorisationReads();

private:
    QStringList problems(InspectionFile &f)
    {
        auto r = Verifier(f).run();
        if (!r)
            return {QStringLiteral("error: ") + r.error().message};
        QStringList out;
        for (const VerifyProblem &p : r->problems)
            out.append(p.kind + QLatin1Char(' ') + p.object + QStringLiteral(": ") + p.detail);
        return out;
    }
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<InspectionFile> m_file;
    qint64 m_doc = 0, m_photo = 0;
};

void TestMetaUpdate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("meta.inspection"));
    m_file = abtest::create(m_path);
    QVERIFY(m_file);
    EvidenceStore store(*m_file);
    auto doc = store.importData("order no. 7", {QString(), QStringLiteral("order.pdf"), QString(), QString(), QString()});
    auto photo = store.importData("png", {QString(), QStringLiteral("gate.png"), QString(), QString(), QString()});
    QVERIFY(doc.ok() && photo.ok());
    m_doc = doc->id;
    m_photo = photo->id;
}

void TestMetaUpdate::updatesAndLogs()
{
    InspectionMeta m = m_file->meta();
    m.organisation = QStringLiteral("  Công ty ABC  ");
    m.systems = {{QStringLiteral("CCTV"), 3}, {QStringLiteral("Access control"), 2}};
    m.inspectors = {QStringLiteral("Nguyễn Văn A"), QStringLiteral("王伟")};
    m.scope = {QStringLiteral("127.0.0.1/24"), QStringLiteral("nvr.local:554")};
    m.location = QStringLiteral("Hà Nội");
    m.startDate = QStringLiteral("2024-05-01");
    m.endDate = QStringLiteral("2024-05-03");
    m.authorisationEvidence = m_doc;
    const qint64 before = m_file->custody().count().value();
    auto r = m_file->updateMeta(m);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->organisation, QStringLiteral("Công ty ABC"));
    QCOMPARE(r->scope, (QStringList{QStringLiteral("127.0.0.0/24"), QStringLiteral("nvr.local:554")})); // normalised
    QCOMPARE(r->teamLeader(), QStringLiteral("王伟"));
    QCOMPARE(m_file->meta(), *r);
    QCOMPARE(m_file->custody().count().value(), before + 1);
    const CustodyEntry last = m_file->custody().entries()->last();
    QCOMPARE(last.action, QStringLiteral("inspection.update"));
    QCOMPARE(last.detail, r->toJson()); // the whole record, as verify replays it
    QVERIFY2(problems(*m_file).isEmpty(), qPrintable(problems(*m_file).join(QLatin1Char('\n'))));
    // Reopened, the file says the same.
    auto again = abtest::open(m_path, InspectionFile::Mode::ReadOnly);
    QVERIFY(again);
    QCOMPARE(again->meta(), *r);
    // The same again: nothing written.
    QVERIFY(m_file->updateMeta(m_file->meta()).ok());
    QCOMPARE(m_file->custody().count().value(), before + 1);
}

void TestMetaUpdate::keepsFixedFields()
{
    const InspectionMeta before = m_file->meta();
    InspectionMeta m = before;
    m.id = QStringLiteral("another");
    m.regime = QStringLiteral("vn-mic");
    m.catalogId = QStringLiteral("forged");
    m.createdAt = QDateTime::currentDateTimeUtc().addYears(-3);
    m.location = QStringLiteral("Đà Nẵng");
    auto r = m_file->updateMeta(m);
    QVERIFY(r.ok());
    QCOMPARE(r->id, before.id);
    QCOMPARE(r->regime, before.regime);
    QCOMPARE(r->catalogId, before.catalogId);
    QCOMPARE(r->createdAt, before.createdAt);
    QCOMPARE(r->location, QStringLiteral("Đà Nẵng"));
}

void TestMetaUpdate::refusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("blank organisation") << "organisation"
                                        << "  ";
    QTest::newRow("scope outside syntax") << "scope"
                                          << "10.0.0.0/33";
    QTest::newRow("scope garbage") << "scope"
                                   << "not a host!";
    QTest::newRow("level 6") << "level"
                             << "6";
    QTest::newRow("blank inspector") << "inspector"
                                     << " ";
    QTest::newRow("start not a date") << "start"
                                      << "2024-13-01";
    QTest::newRow("end before start") << "end"
                                      << "2024-04-30";
    QTest::newRow("missing evidence") << "authorisation"
                                      << "999";
}

void TestMetaUpdate::refusals()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    const InspectionMeta before = m_file->meta();
    const qint64 entries = m_file->custody().count().value();
    InspectionMeta m = before;
    m.startDate = QStringLiteral("2024-05-01");
    if (field == QLatin1String("organisation"))
        m.organisation = value;
    else if (field == QLatin1String("scope"))
        m.scope.append(value);
    else if (field == QLatin1String("level"))
        m.systems.append({QStringLiteral("X"), value.toInt()});
    else if (field == QLatin1String("inspector"))
        m.inspectors.append(value);
    else if (field == QLatin1String("start"))
        m.startDate = value;
    else if (field == QLatin1String("end"))
        m.endDate = value;
    else if (field == QLatin1String("authorisation"))
        m.authorisationEvidence = value.toLongLong();
    auto r = m_file->updateMeta(m);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(m_file->meta(), before);
    QCOMPARE(m_file->custody().count().value(), entries);
}

void TestMetaUpdate::authorisationMustBeADocument()
{
    InspectionMeta m = m_file->meta();
    m.authorisationEvidence = m_photo;
    auto r = m_file->updateMeta(m);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("gate.png")), qPrintable(r.error().message));
    m.authorisationEvidence = 0; // cleared
    QVERIFY(m_file->updateMeta(m).ok());
    QCOMPARE(m_file->meta().authorisationEvidence, 0);
}

void TestMetaUpdate::readOnlyRefused()
{
    auto ro = abtest::open(m_path, InspectionFile::Mode::ReadOnly);
    QVERIFY(ro);
    InspectionMeta m = ro->meta();
    m.location = QStringLiteral("elsewhere");
    auto r = ro->updateMeta(m);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
}

void TestMetaUpdate::tamperedDetailsNamed()
{
    const QString path = m_dir.filePath(QStringLiteral("tamper.inspection"));
    auto f = abtest::create(path);
    QVERIFY(f);
    InspectionMeta m = f->meta();
    m.scope = {QStringLiteral("127.0.0.5")};
    QVERIFY(f->updateMeta(m).ok());
    QVERIFY(problems(*f).isEmpty());
    // Widen the scope behind the log's back.
    QJsonObject forged = f->meta().toJson();
    forged.insert(QStringLiteral("scope"), QJsonArray{QStringLiteral("0.0.0.0/0")});
    QVERIFY(abtest::tamper(*f, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'inspection'")
                                   .arg(QString::fromUtf8(QJsonDocument(forged).toJson(QJsonDocument::Compact)))));
    const QStringList found = problems(*f);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QStringLiteral("altered inspection")) && found.first().contains(QStringLiteral("scope")),
             qPrintable(found.first()));
}

void TestMetaUpdate::oldRecordWithoutAuthorisationReads()
{
    // Details written before the authorisation field existed.
    QJsonObject j = m_file->meta().toJson();
    j.remove(QStringLiteral("authorisation_evidence"));
    auto m = InspectionMeta::fromJson(j);
    QVERIFY(m.ok());
    QCOMPARE(m->authorisationEvidence, 0);
}

QTEST_GUILESS_MAIN(TestMetaUpdate)
#include "tst_metaupdate.moc"
