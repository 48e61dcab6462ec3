// InspectionMeta: validation of what init accepts, NAME:LEVEL parsing, and a
// JSON round trip that loses nothing (verify compares these records).
#include "core/inspection/InspectionMeta.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QTest>

using ab::InspectionMeta;

namespace {
InspectionMeta sample()
{
    InspectionMeta m;
    m.id = QStringLiteral("6f1c1c9e-9a59-4f7e-8d7c-1f0b8e3b2a11");
    m.regime = QStringLiteral("vn-mic");
    m.organisation = QStringLiteral("Công ty ABC");
    m.systems = {{QStringLiteral("CCTV"), 3}, {QStringLiteral("Access: control"), 2}};
    m.inspectors = {QStringLiteral("Nguyễn Văn A"), QStringLiteral("王伟")};
    m.scope = {QStringLiteral("127.0.0.0/24"), QStringLiteral("nvr.local:554")};
    m.location = QStringLiteral("Hà Nội");
    m.catalogId = QStringLiteral("vn-mic");
    m.catalogVersion = QStringLiteral("2024.1");
    m.createdAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    m.startDate = QStringLiteral("2026-03-04");
    m.endDate = QStringLiteral("2026-03-05");
    return m;
}
} // namespace

class TestInspectionMeta final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseSystem_data();
    void parseSystem();
    void validate_data();
    void validate();
    void jsonRoundTrip();
    void jsonWithoutIdRejected();
};

void TestInspectionMeta::parseSystem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("level");
    QTest::newRow("simple") << "CCTV:3" << true << "CCTV" << 3;
    QTest::newRow("level 1") << "Cameras:1" << true << "Cameras" << 1;
    QTest::newRow("level 5") << "Core:5" << true << "Core" << 5;
    QTest::newRow("name with colon") << "Access: control:2" << true << "Access: control" << 2;
    QTest::newRow("name trimmed") << "  NVR  :4" << true << "NVR" << 4;
    QTest::newRow("unicode name") << "Hệ thống camera:2" << true << "Hệ thống camera" << 2;
    QTest::newRow("level 0") << "CCTV:0" << false << QString() << 0;
    QTest::newRow("level 6") << "CCTV:6" << false << QString() << 0;
    QTest::newRow("level negative") << "CCTV:-1" << false << QString() << 0;
    QTest::newRow("level text") << "CCTV:high" << false << QString() << 0;
    QTest::newRow("no level") << "CCTV" << false << QString() << 0;
    QTest::newRow("empty level") << "CCTV:" << false << QString() << 0;
    QTest::newRow("no name") << ":3" << false << QString() << 0;
    QTest::newRow("blank name") << "   :3" << false << QString() << 0;
    QTest::newRow("empty") << "" << false << QString() << 0;
}

void TestInspectionMeta::parseSystem()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, name);
    QFETCH(int, level);
    auto s = InspectionMeta::parseSystem(text);
    QCOMPARE(s.ok(), ok);
    if (ok) {
        QCOMPARE(s->name, name);
        QCOMPARE(s->level, level);
    } else {
        QCOMPARE(s.error().code, ab::ErrorCode::Usage);
        QVERIFY(s.error().message.contains(text));
    }
}

void TestInspectionMeta::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("sample") << QString() << QString() << true;
    QTest::newRow("regime cn-miit") << "regime" << "cn-miit" << true;
    QTest::newRow("regime unknown") << "regime" << "us-nist" << false;
    QTest::newRow("regime empty") << "regime" << "" << false;
    QTest::newRow("regime case") << "regime" << "VN-MIC" << false;
    QTest::newRow("organisation blank") << "organisation" << "   " << false;
    QTest::newRow("system level 0") << "system" << "0" << false;
    QTest::newRow("system level 6") << "system" << "6" << false;
    QTest::newRow("system blank name") << "system-name" << " " << false;
    QTest::newRow("scope bad") << "scope" << "10.0.0.0/40" << false;
    QTest::newRow("scope empty list ok") << "scope-clear" << "" << true;
}

void TestInspectionMeta::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    InspectionMeta m = sample();
    if (field == QLatin1String("regime"))
        m.regime = value;
    else if (field == QLatin1String("organisation"))
        m.organisation = value;
    else if (field == QLatin1String("system"))
        m.systems.append({QStringLiteral("X"), value.toInt()});
    else if (field == QLatin1String("system-name"))
        m.systems.append({value, 2});
    else if (field == QLatin1String("scope"))
        m.scope.append(value);
    else if (field == QLatin1String("scope-clear"))
        m.scope.clear();
    auto r = m.validate();
    QCOMPARE(r.ok(), ok);
    if (!ok)
        QVERIFY(!r.error().message.isEmpty());
}

void TestInspectionMeta::jsonRoundTrip()
{
    const InspectionMeta m = sample();
    const QJsonObject j = m.toJson();
    // The stored field names are part of the file format.
    for (const char *key : {"id", "regime", "organisation", "systems", "inspectors", "scope", "location", "catalog_id",
                            "catalog_version", "created_at", "start_date", "end_date"})
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QCOMPARE(j.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-03-04T05:06:07.890Z"));
    QCOMPARE(j.value(QStringLiteral("systems")).toArray().size(), 2);
    auto back = InspectionMeta::fromJson(j);
    QVERIFY(back.ok());
    QCOMPARE(back->createdAt, m.createdAt);
    QCOMPARE(back->systems, m.systems);
    QVERIFY(*back == m);
    QCOMPARE(back->toJson(), j);
}

void TestInspectionMeta::jsonWithoutIdRejected()
{
    QJsonObject j = sample().toJson();
    j.remove(QStringLiteral("id"));
    auto m = InspectionMeta::fromJson(j);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ab::ErrorCode::BadInput);
    QVERIFY(!InspectionMeta::fromJson(QJsonObject()).ok());
}

QTEST_GUILESS_MAIN(TestInspectionMeta)
#include "tst_inspectionmeta.moc"
