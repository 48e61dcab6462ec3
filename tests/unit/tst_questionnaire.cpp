// Catalog loading (Broken* catalogs rejected naming item and field), the
// questionnaire's applicability and skip logic, answers and overrides,
// scoring against hand-computed figures, pinning, and verify over answers.
#include "CoreFixture.h"

#include "core/catalog/Questionnaire.h"
#include "core/evidence/Verifier.h"
#include "core/inspection/Schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using namespace ab::catalog;

class TestQuestionnaire final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_typed.reset(); }
    void miniCatalogParses();
    void brokenCatalogs_data();
    void brokenCatalogs();
    void shippedCatalogsParse_data();
    void shippedCatalogsParse();
    void applicabilityAndSkipLogic();
    void scoreOnFixedAnswers();
    void answersAreTyped_data();
    void answersAreTyped();
    void probeAnswerOverriddenOnlyWithReason();
    void pinnedCatalogSurvivesNewerVersion();
    void verifyNamesAlteredAnswers();
    void migratesFormat1();
    void goldenScores_data();
    void goldenScores();

private:
    static QString data(const QString &name) { return qEnvironmentVariable("AB_TEST_DATA") + QStringLiteral("/catalogs/") + name; }
    std::unique_ptr<InspectionFile> createWith(const QString &name, const QString &catalogPath, int level);
    QTemporaryDir m_dir;
    std::unique_ptr<InspectionFile> m_typed; // shared by the rows of answersAreTyped
};

void TestQuestionnaire::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<InspectionFile> TestQuestionnaire::createWith(const QString &name, const QString &catalogPath, int level)
{
    auto c = Catalog::load(catalogPath);
    if (!c) {
        qWarning("%s", qPrintable(c.error().message));
        return {};
    }
    InspectionMeta meta = abtest::sampleMeta();
    meta.regime = c->regime();
    meta.systems = {{QStringLiteral("CCTV"), level}};
    meta.catalogId = c->id();
    meta.catalogVersion = c->version();
    const PinnedCatalog pin = c->pin();
    auto f = InspectionFile::create(m_dir.filePath(name), meta, abtest::passphrase(), QStringLiteral("tester"), &pin);
    if (!f) {
        qWarning("%s", qPrintable(f.error().message));
        return {};
    }
    return std::move(f).value();
}

void TestQuestionnaire::miniCatalogParses()
{
    auto c = Catalog::load(data(QStringLiteral("MiniCatalog.json")));
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    QCOMPARE(c->id(), QStringLiteral("mini"));
    QCOMPARE(c->items().size(), 9);
    QCOMPARE(c->sections().size(), 2);
    QVERIFY(c->item(QStringLiteral("INT-04"))->relevantIf.has_value());
    QCOMPARE(c->item(QStringLiteral("DOC-03"))->choices.size(), 2);
    QCOMPARE(c->item(QStringLiteral("INT-02"))->text.text(QStringLiteral("vi")), QStringLiteral("Câu hỏi INT-02"));
    QCOMPARE(c->scoring().deductions.value(QStringLiteral("high")), 5.0);
}

void TestQuestionnaire::brokenCatalogs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("fragments"); // all must appear in the one error line
    QTest::newRow("bad JSON") << QStringLiteral("BrokenCatalogBadJson.json") << QStringList{QStringLiteral("not valid JSON")};
    QTest::newRow("missing language") << QStringLiteral("BrokenCatalogMissingLanguage.json")
                                      << QStringList{QStringLiteral("INT-02"), QStringLiteral("'guidance'"), QStringLiteral("vi")};
    QTest::newRow("duplicate id") << QStringLiteral("BrokenCatalogDuplicateId.json")
                                  << QStringList{QStringLiteral("INT-01"), QStringLiteral("'id'"), QStringLiteral("two items")};
    QTest::newRow("dangling reference") << QStringLiteral("BrokenCatalogDanglingReference.json")
                                        << QStringList{QStringLiteral("INT-04"), QStringLiteral("'relevant_if'"), QStringLiteral("INT-99")};
    QTest::newRow("cycle") << QStringLiteral("BrokenCatalogCycle.json") << QStringList{QStringLiteral("cycle"), QStringLiteral("INT-01"),
                                                                                       QStringLiteral("INT-04")};
    QTest::newRow("bad expression") << QStringLiteral("BrokenCatalogBadExpression.json")
                                    << QStringList{QStringLiteral("DOC-01"), QStringLiteral("'applies'")};
    QTest::newRow("bad weight") << QStringLiteral("BrokenCatalogBadWeight.json") << QStringList{QStringLiteral("DOC-01"), QStringLiteral("'weight'")};
    QTest::newRow("counter names a missing item") << QStringLiteral("BrokenCatalogCounterItem.json")
                                                  << QStringList{QStringLiteral("scoring.counters[vulnerabilities].items"), QStringLiteral("PRB-99")};
    QTest::newRow("unknown name") << QStringLiteral("BrokenCatalogUnknownName.json")
                                  << QStringList{QStringLiteral("DOC-01"), QStringLiteral("max_lvl")};
}

void TestQuestionnaire::brokenCatalogs()
{
    QFETCH(QString, file);
    QFETCH(QStringList, fragments);
    auto c = Catalog::load(data(file));
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, ErrorCode::BadInput);
    const QString msg = c.error().message;
    QVERIFY2(msg.startsWith(data(file)), qPrintable(msg)); // names the file
    QVERIFY2(!msg.contains(QLatin1Char('\n')), qPrintable(msg));
    for (const QString &f : fragments)
        QVERIFY2(msg.contains(f), qPrintable(QStringLiteral("'%1' not in: %2").arg(f, msg)));
}

void TestQuestionnaire::shippedCatalogsParse_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : Catalog::shippedIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestQuestionnaire::shippedCatalogsParse()
{
    QFETCH(QString, id);
    auto c = Catalog::shipped(id);
    QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
    QCOMPARE(c->regime(), id);
    // The items REGULATIONS.md proposes are all there.
    QStringList expected;
    for (int i = 1; i <= 10; ++i)
        expected << QStringLiteral("INT-%1").arg(i, 2, 10, QLatin1Char('0'));
    for (int i = 1; i <= 12; ++i)
        expected << QStringLiteral("DOC-%1").arg(i, 2, 10, QLatin1Char('0'));
    for (int i : {1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 16})
        expected << QStringLiteral("PRB-%1").arg(i, 2, 10, QLatin1Char('0'));
    for (const QString &e : std::as_const(expected))
        QVERIFY2(c->item(e), qPrintable(e));
    for (const Item &it : c->items())
        if (it.kind == QLatin1String("probe"))
            QVERIFY2(!it.checks.isEmpty(), qPrintable(it.id));
}

void TestQuestionnaire::applicabilityAndSkipLogic()
{
    auto f3 = createWith(QStringLiteral("level3.inspection"), data(QStringLiteral("MiniCatalog.json")), 3);
    auto f2 = createWith(QStringLiteral("level2.inspection"), data(QStringLiteral("MiniCatalog.json")), 2);
    QVERIFY(f3 && f2);
    auto q3 = Questionnaire::load(*f3);
    auto q2 = Questionnaire::load(*f2);
    QVERIFY(q3.ok() && q2.ok());
    auto stateOf = [](const Questionnaire &q, const QString &id) {
        for (const ItemStatus &s : q.evaluate())
            if (s.item->id == id)
                return s.state;
        return ItemState::Pending;
    };
    QCOMPARE(stateOf(*q3, QStringLiteral("DOC-01")), ItemState::Pending);       // applies: max_level >= 3
    QCOMPARE(stateOf(*q2, QStringLiteral("DOC-01")), ItemState::NotApplicable); // level 2
    QCOMPARE(stateOf(*q3, QStringLiteral("INT-04")), ItemState::Skipped);       // INT-03 unanswered
    QVERIFY(q3->answer(QStringLiteral("INT-03"), QStringLiteral("yes"), {}, {}).ok());
    QCOMPARE(stateOf(*q3, QStringLiteral("INT-04")), ItemState::Pending);
    QVERIFY(q3->answer(QStringLiteral("INT-04"), QStringLiteral("compliant"), {}, {}).ok());
    QCOMPARE(stateOf(*q3, QStringLiteral("INT-04")), ItemState::Answered);
    QVERIFY(q3->answer(QStringLiteral("INT-03"), QStringLiteral("no"), {}, {}).ok());
    QCOMPARE(stateOf(*q3, QStringLiteral("INT-04")), ItemState::Skipped); // its answer is kept but no longer counts
}

void TestQuestionnaire::scoreOnFixedAnswers()
{
    auto f = createWith(QStringLiteral("score.inspection"), data(QStringLiteral("MiniCatalog.json")), 3);
    QVERIFY(f);
    auto q = Questionnaire::load(*f);
    QVERIFY(q.ok());
    const QList<QPair<QString, QString>> answers{
        {QStringLiteral("INT-01"), QStringLiteral("compliant")}, {QStringLiteral("INT-02"), QStringLiteral("partial")},
        {QStringLiteral("INT-03"), QStringLiteral("no")},        {QStringLiteral("INT-04"), QStringLiteral("compliant")},
        {QStringLiteral("DOC-01"), QStringLiteral("noncompliant")}, {QStringLiteral("DOC-02"), QStringLiteral("45")},
        {QStringLiteral("DOC-03"), QStringLiteral("vn")},        {QStringLiteral("DOC-04"), QStringLiteral("2026-01-15")}};
    for (const auto &[item, value] : answers) {
        auto a = q->answer(item, value, {}, {});
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
    }
    // By hand: A = (2*1 + 1*0.5 + 1*0) / 4 = 62.5; INT-04 skipped (INT-03 is no).
    // B = (3*0 + 1*1 + 1*1) / 5 = 40; DOC-04 (a date) is recorded, not scored;
    // PRB-01 pending. Total (4.5 / 9 = 50) - deductions (medium 2*0.5 + low 1 + high 5 = 7) = 43.
    const Score s = q->score();
    QCOMPARE(s.sections.size(), 2);
    QCOMPARE(s.sections[0].score, 62.5);
    QCOMPARE(s.sections[1].score, 40.0);
    QCOMPARE(s.sections[0].applicable, 3);
    QCOMPARE(s.sections[1].pending, 1);
    QCOMPARE(s.deductions, 7.0);
    QCOMPARE(s.total, 43.0);
    QCOMPARE(s.answered, 7);
    QCOMPARE(s.pending, 1);
    QCOMPARE(s.noncompliantBySeverity.value(QStringLiteral("high")), 1);
    QCOMPARE(s.noncompliantBySeverity.value(QStringLiteral("medium")), 1);
    QCOMPARE(s.noncompliantBySeverity.value(QStringLiteral("low")), 1);
    // Counters: weak passwords over INT-01 (met) and INT-02 (partial) = 1;
    // vulnerabilities over DOC-01 (not met) and PRB-01 (pending) = 1.
    QCOMPARE(s.counters.size(), 2);
    QCOMPARE(s.counters[0].first.id, QStringLiteral("weak_passwords"));
    QCOMPARE(s.counters[0].second, 1);
    QCOMPARE(s.counters[1].second, 1);
    const QJsonObject j = s.toJson(QStringLiteral("zh_CN"));
    QCOMPARE(j.value(QStringLiteral("percent")).toDouble(), 43.0);
    QCOMPARE(j.value(QStringLiteral("by_section")).toArray().at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("A 部分"));
    // The answers survive reopening and score the same.
    f.reset();
    auto again = abtest::open(m_dir.filePath(QStringLiteral("score.inspection")));
    QVERIFY(again);
    auto q2 = Questionnaire::load(*again);
    QVERIFY(q2.ok());
    QCOMPARE(q2->score().total, 43.0);
}

void TestQuestionnaire::answersAreTyped_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("compliance ok") << "INT-01" << "partial" << true;
    QTest::newRow("compliance bad") << "INT-01" << "maybe" << false;
    QTest::newRow("yesno bad") << "INT-03" << "compliant" << false;
    QTest::newRow("number ok") << "DOC-02" << "30" << true;
    QTest::newRow("number bad") << "DOC-02" << "thirty" << false;
    QTest::newRow("number inf") << "DOC-02" << "inf" << false;
    QTest::newRow("multichoice ok") << "DOC-03" << "vn,abroad" << true;
    QTest::newRow("multichoice unknown") << "DOC-03" << "vn,mars" << false;
    QTest::newRow("multichoice repeated") << "DOC-03" << "vn,vn" << false;
    QTest::newRow("date ok") << "DOC-04" << "2025-12-20" << true;
    QTest::newRow("date bad") << "DOC-04" << "20/12/2025" << false;
    QTest::newRow("unknown item") << "INT-77" << "compliant" << false;
}

void TestQuestionnaire::answersAreTyped()
{
    QFETCH(QString, item);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    if (!m_typed)
        m_typed = createWith(QStringLiteral("typed.inspection"), data(QStringLiteral("MiniCatalog.json")), 3);
    InspectionFile *f = m_typed.get();
    QVERIFY(f);
    auto q = Questionnaire::load(*f);
    QVERIFY(q.ok());
    const qint64 before = f->custody().count().value();
    auto a = q->answer(item, value, QStringLiteral("note"), {});
    QCOMPARE(a.ok(), ok);
    QCOMPARE(f->custody().count().value(), before + (ok ? 1 : 0)); // a refused answer changes nothing
    if (!ok)
        QVERIFY2(a.error().message.contains(item), qPrintable(a.error().message));
}

void TestQuestionnaire::probeAnswerOverriddenOnlyWithReason()
{
    auto f = createWith(QStringLiteral("override.inspection"), data(QStringLiteral("MiniCatalog.json")), 3);
    QVERIFY(f);
    auto q = Questionnaire::load(*f);
    QVERIFY(q.ok());
    QVERIFY(q->answerFromProbe(QStringLiteral("PRB-01"), QJsonValue(QStringLiteral("noncompliant")), QStringLiteral("telnet open"), {}).ok());
    auto refused = q->answer(QStringLiteral("PRB-01"), QStringLiteral("compliant"), {}, {});
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("reason")));
    auto overridden = q->answer(QStringLiteral("PRB-01"), QStringLiteral("compliant"), {}, {}, QStringLiteral("telnet is the vendor's console on an isolated VLAN"));
    QVERIFY(overridden.ok());
    QCOMPARE(overridden->source, QStringLiteral("inspector"));
    QVERIFY(!overridden->overrideReason.isEmpty());
    // A later probe run does not undo a reasoned override.
    auto again = q->answerFromProbe(QStringLiteral("PRB-01"), QJsonValue(QStringLiteral("noncompliant")), {}, {});
    QVERIFY(again.ok());
    QCOMPARE(again->source, QStringLiteral("inspector"));
    // Both the probe's answer and the override are in the custody log.
    int answerEntries = 0;
    const auto entries = f->custody().entries(); // kept: a range-for over a temporary's value() would dangle
    QVERIFY(entries.ok());
    for (const CustodyEntry &e : *entries)
        answerEntries += e.action == QLatin1String("answer.set");
    QCOMPARE(answerEntries, 2);
}

void TestQuestionnaire::pinnedCatalogSurvivesNewerVersion()
{
    // An inspector's own catalog file, pinned at init, then "updated" in place.
    const QString path = m_dir.filePath(QStringLiteral("own-catalog.json"));
    QVERIFY(QFile::copy(data(QStringLiteral("MiniCatalog.json")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto f = createWith(QStringLiteral("pinned.inspection"), path, 3);
    QVERIFY(f);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    json.replace("\"version\": \"1\"", "\"version\": \"2\"");
    json.replace("Question INT-01", "A different question");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    QCOMPARE(Catalog::load(path)->version(), QStringLiteral("2"));
    auto q = Questionnaire::load(*f);
    QVERIFY(q.ok());
    QVERIFY(q->isPinned());
    QCOMPARE(q->catalog().version(), QStringLiteral("1"));
    QCOMPARE(q->catalog().item(QStringLiteral("INT-01"))->text.en, QStringLiteral("Question INT-01"));
    QCOMPARE(f->meta().catalogVersion, QStringLiteral("1"));
}

void TestQuestionnaire::verifyNamesAlteredAnswers()
{
    auto f = createWith(QStringLiteral("verify.inspection"), data(QStringLiteral("MiniCatalog.json")), 3);
    QVERIFY(f);
    {
        auto q = Questionnaire::load(*f);
        QVERIFY(q.ok());
        QVERIFY(q->answer(QStringLiteral("INT-01"), QStringLiteral("noncompliant"), QStringLiteral("default password"), {}).ok());
        QVERIFY(q->answer(QStringLiteral("INT-02"), QStringLiteral("compliant"), {}, {}).ok());
    }
    auto run = [&]() {
        auto r = Verifier(*f).run();
        return r.ok() ? r.value() : VerifyReport{};
    };
    QVERIFY(run().intact());
    QSqlQuery q(f->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE answer SET value = '[\"compliant\"]' WHERE item = 'INT-01'")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM answer WHERE item = 'INT-02'")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO answer (item, value, source, answered_at, answered_by)"
                                  " VALUES ('DOC-01', '[\"compliant\"]', 'inspector', '2026-01-01T00:00:00.000Z', 'mallory')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE catalog SET json = replace(json, 'Question INT-01', 'Anything')")));
    const VerifyReport r = run();
    QStringList found;
    for (const VerifyProblem &p : r.problems)
        found << p.kind + QLatin1Char(' ') + p.object;
    found.sort();
    QCOMPARE(found, (QStringList{QStringLiteral("altered answer:INT-01"), QStringLiteral("altered catalog:mini"),
                                 QStringLiteral("extra answer:DOC-01"), QStringLiteral("missing answer:INT-02")}));
}

void TestQuestionnaire::migratesFormat1()
{
    // A format-1 file: what this version makes, less the tables of formats 2 to 4.
    const QString path = m_dir.filePath(QStringLiteral("format1.inspection"));
    {
        auto f = abtest::create(path);
        QVERIFY(f);
        QSqlQuery q(f->database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE catalog")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE answer")));
        for (const char *table : {"finding", "service", "device", "probe_run", // format 3
                                  "report", "seal", "review"})                  // format 4
            QVERIFY(q.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    {
        // Read-only, it is read as it is: verifies intact, no answers, shipped catalog.
        auto ro = abtest::open(path, InspectionFile::Mode::ReadOnly);
        QVERIFY(ro);
        QCOMPARE(ro->schemaVersion(), 1);
        auto report = Verifier(*ro).run();
        QVERIFY(report.ok() && report->intact());
        auto q = Questionnaire::load(*ro);
        QVERIFY(q.ok());
        QVERIFY(!q->isPinned());
        QCOMPARE(q->catalog().id(), QStringLiteral("cn-miit"));
    }
    auto f = abtest::open(path);
    QVERIFY(f);
    QCOMPARE(f->schemaVersion(), ab::schema::CurrentVersion);
    QCOMPARE(abtest::scalar(*f, QStringLiteral("PRAGMA user_version")).toInt(), ab::schema::CurrentVersion);
    auto entries = f->custody().entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->last().action, QStringLiteral("schema.migrate"));
    auto q = Questionnaire::load(*f);
    QVERIFY(q.ok());
    QVERIFY(q->answer(QStringLiteral("INT-01"), QStringLiteral("compliant"), {}, {}).ok());
    QVERIFY(q->isPinned()); // the first answer pins the catalog it was given with
    auto report = Verifier(*f).run();
    QVERIFY(report.ok());
    QVERIFY2(report->intact(), report->problems.isEmpty() ? "" : qPrintable(report->problems.first().detail));
}

// A fixed, deterministic answer set over a shipped catalog, scored and compared
// with a golden file: a change to the scoring code or to the catalog's weights,
// severities, applicability or skip logic shows up here. After a deliberate
// catalog change, regenerate with AB_UPDATE_GOLDEN=1 and review the diff.
void TestQuestionnaire::goldenScores_data()
{
    QTest::addColumn<QString>("regime");
    QTest::addColumn<int>("level");
    QTest::newRow("cn-miit level 3") << QStringLiteral("cn-miit") << 3;
    QTest::newRow("cn-miit level 2") << QStringLiteral("cn-miit") << 2;
    QTest::newRow("vn-mic level 3") << QStringLiteral("vn-mic") << 3;
}

void TestQuestionnaire::goldenScores()
{
    QFETCH(QString, regime);
    QFETCH(int, level);
    auto c = Catalog::shipped(regime);
    QVERIFY(c.ok());
    InspectionMeta meta = abtest::sampleMeta();
    meta.regime = regime;
    meta.systems = {{QStringLiteral("CCTV"), level}};
    const PinnedCatalog pin = c->pin();
    const QString name = QStringLiteral("golden-%1-%2.inspection").arg(regime).arg(level);
    auto f = InspectionFile::create(m_dir.filePath(name), meta, abtest::passphrase(), QStringLiteral("tester"), &pin);
    QVERIFY(f.ok());
    auto q = Questionnaire::load(**f);
    QVERIFY(q.ok());
    // Answer every item in catalog order by a fixed rule of its position.
    const QStringList compliance{QStringLiteral("compliant"), QStringLiteral("partial"), QStringLiteral("noncompliant"), QStringLiteral("compliant"),
                                 QStringLiteral("na")};
    int i = 0;
    for (const Item &it : c->items()) {
        QString value;
        switch (it.answerType) {
        case AnswerType::Compliance:
            value = compliance.at(i % compliance.size());
            break;
        case AnswerType::YesNo:
            value = i % 3 == 0 ? QStringLiteral("no") : QStringLiteral("yes");
            break;
        case AnswerType::Number:
            value = QString::number(5 * (i % 7) + 1);
            break;
        case AnswerType::Date:
            value = QStringLiteral("2026-%1-15").arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
            break;
        case AnswerType::Choice:
            value = it.choices.at(i % it.choices.size()).id;
            break;
        case AnswerType::MultiChoice:
            value = it.choices.at(i % it.choices.size()).id;
            break;
        case AnswerType::Text:
            value = QStringLiteral("recorded on site");
            break;
        }
        auto a = q->answer(it.id, value, {}, {});
        QVERIFY2(a.ok(), qPrintable(it.id + QStringLiteral(": ") + (a.ok() ? QString() : a.error().message)));
        ++i;
    }
    QJsonObject actual = q->score().toJson(QStringLiteral("en"));
    actual.insert(QStringLiteral("catalog"), QString(c->id() + QLatin1Char(' ') + c->version()));
    const QString golden = qEnvironmentVariable("AB_TEST_DATA") + QStringLiteral("/golden/score-%1-level%2.json").arg(regime).arg(level);
    if (qEnvironmentVariableIsSet("AB_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        QSKIP("golden file written");
    }
    QFile in(golden);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(golden));
    const QJsonObject expected = QJsonDocument::fromJson(in.readAll()).object();
    if (actual != expected)
        QFAIL(qPrintable(QStringLiteral("score differs from %1:\n%2").arg(golden, QString::fromUtf8(QJsonDocument(actual).toJson()))));
}

QTEST_GUILESS_MAIN(TestQuestionnaire)
#include "tst_questionnaire.moc"
