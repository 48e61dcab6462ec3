// What a document is made of, collected from an inspection: sections and
// answers, score and counters, findings (masked, classified, with
// deadlines), evidence with SHA-256, the custody head.
#include "CoreFixture.h"
#include "ReportFixture.h"

#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/findings/FindingService.h"
#include "core/report/ReportData.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using namespace ab::report;

class TestReportData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void maskPasswords_data();
    void maskPasswords();
    void collectsTheInspection();
    void findingsAreClassifiedAndMasked();
    void deadlines();
    void recommendationsSpeakTheLanguage();
    void readOnlyWorks();
    void refusesABrokenCustodyHead();
    void mergedAndDismissedStayOut();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestReportData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("data.inspection"));
    abfixture::Spec spec;
    spec.findings = 12;
    spec.evidence = 8;
    auto r = abfixture::build(m_path, abtest::passphrase(), spec);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
}

void TestReportData::maskPasswords_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("probe detail is already masked") << "account admin, password a***n, after 1 attempt(s)"
                                                    << "account admin, password a***n, after 1 attempt(s)";
    QTest::newRow("typed") << "password admin123 still in use"
                           << "password a***3 still in use";
    QTest::newRow("colon") << "Password: hunter22."
                           << "Password: h***2.";
    QTest::newRow("equals") << "pwd=Sup3rSecret! on a note"
                            << "pwd=S***! on a note";
    QTest::newRow("sentence") << "Change the password to a strong one"
                              << "Change the password to a strong one";
    QTest::newRow("policy") << "Password policy accepts weak passwords"
                            << "Password policy accepts weak passwords";
    QTest::newRow("empty marker") << "password (empty)"
                                  << "password (empty)";
    QTest::newRow("chinese") << "默认口令admin123仍在使用"
                             << "默认口令a***3仍在使用";
    QTest::newRow("chinese wei") << "管理员密码为 888888。"
                                 << "管理员密码为 8***8。";
    QTest::newRow("chinese words") << "口令复杂度不足"
                                   << "口令复杂度不足";
    QTest::newRow("vietnamese") << "mật khẩu 12345 chưa đổi"
                                << "mật khẩu 1***5 chưa đổi";
    QTest::newRow("vietnamese words") << "mật khẩu mặc định chưa đổi"
                                      << "mật khẩu mặc định chưa đổi";
    QTest::newRow("two") << "password aa11 and pwd=bb22"
                         << "password a***1 and pwd=b***2";
}

void TestReportData::maskPasswords()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ReportData::maskPasswords(in), out);
}

void TestReportData::collectsTheInspection()
{
    auto f = abtest::open(m_path);
    QVERIFY(f);
    ReportOptions o;
    o.lang = QStringLiteral("zh_CN");
    o.issueDate = QDate(2025, 3, 6);
    auto d = ReportData::collect(*f, o);
    QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
    QCOMPARE(d->organisation, QStringLiteral("华东视频云科技有限公司"));
    QCOMPARE(d->leader(), QStringLiteral("张伟"));
    QCOMPARE(d->startDate, QDate(2025, 3, 3));
    QCOMPARE(d->endDate, QDate(2025, 3, 5));
    QCOMPARE(d->options.place, QStringLiteral("上海市浦东新区"));
    QCOMPARE(d->catalogId, QStringLiteral("cn-miit"));
    // Sections in catalog order, titles in the chosen language, the score as the questionnaire computes it.
    auto q = catalog::Questionnaire::load(*f);
    QVERIFY(q.ok());
    QCOMPARE(d->sections.size(), q->catalog().sections().size());
    QCOMPARE(d->sections.first().title, q->catalog().sections().first().title.zh_CN);
    const catalog::Score score = q->score();
    QCOMPARE(d->scoreTotal, score.total);
    QCOMPARE(d->applicable, score.applicable);
    int rows = 0;
    for (const SectionData &s : d->sections)
        rows += int(s.items.size());
    QVERIFY(rows >= d->answered);
    QCOMPARE(d->counters.size(), score.counters.size());
    // Evidence with the store's own SHA-256; the head as the custody log has it.
    auto items = EvidenceStore(*f).list();
    QVERIFY(items.ok());
    QCOMPARE(d->evidence.size(), items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        QCOMPARE(d->evidence.at(i).id, items->at(i).id);
        QCOMPARE(d->evidence.at(i).sha256, items->at(i).sha256);
    }
    auto head = f->custody().recordedHead();
    QVERIFY(head.ok());
    QCOMPARE(d->chainSeq, head->seq);
    QCOMPARE(d->chainHash, head->hash);
    QCOMPARE(d->findings.size(), 12);
    QCOMPARE(d->priorIssued, 0);
}

void TestReportData::findingsAreClassifiedAndMasked()
{
    auto f = abtest::open(m_path, InspectionFile::Mode::ReadOnly);
    QVERIFY(f);
    ReportOptions o;
    o.lang = QStringLiteral("en");
    auto d = ReportData::collect(*f, o);
    QVERIFY(d.ok());
    // High first.
    for (qsizetype i = 1; i < d->findings.size(); ++i)
        QVERIFY(severityRank(d->findings.at(i - 1).severity) >= severityRank(d->findings.at(i).severity));
    int weak = 0, vulns = 0;
    for (const FindingData &fd : d->findings) {
        QVERIFY(!fd.detail.contains(abfixture::secretPassword()));
        QVERIFY(!fd.detail.contains(abfixture::typedPassword()));
        if (fd.weakPassword) {
            ++weak;
            QCOMPARE(fd.account, QStringLiteral("admin"));
            QCOMPARE(fd.maskedPassword, QStringLiteral("S***!"));
            QCOMPARE(fd.service, QStringLiteral("ftp"));
            QVERIFY(fd.device.startsWith(QStringLiteral("127.0.0.")));
        }
        if (fd.vulnerability) {
            ++vulns;
            QCOMPARE(fd.cve, QStringLiteral("CVE-2017-7921"));
        }
        if (fd.check.isEmpty())
            QVERIFY2(fd.detail.contains(QStringLiteral("pwd=a***3")), qPrintable(fd.detail));
    }
    QCOMPARE(weak, 2);  // findings 0 and 6
    QCOMPARE(vulns, 2); // findings 1 and 7 (high and medium)
    QCOMPARE(d->weakPasswordCount(), 2);
    // A note typed with a password in it is masked too.
    bool sawNote = false;
    for (const SectionData &s : d->sections)
        for (const ItemRow &r : s.items)
            if (r.id == QLatin1String("INT-04")) {
                sawNote = true;
                QCOMPARE(r.note, QStringLiteral("password a***3 still in use on 12 cameras"));
            }
    QVERIFY(sawNote);
}

void TestReportData::deadlines()
{
    auto f = abtest::open(m_path, InspectionFile::Mode::ReadOnly);
    QVERIFY(f);
    ReportOptions o;
    o.issueDate = QDate(2025, 3, 6);
    o.deadlineDays = 45;
    auto d = ReportData::collect(*f, o);
    QVERIFY(d.ok());
    qint64 overridden = 0;
    for (const FindingData &fd : d->findings) {
        if (fd.check.isEmpty())
            QCOMPARE(fd.deadline, QDate(2025, 4, 30)); // its own
        else
            QCOMPARE(fd.deadline, QDate(2025, 4, 20)); // the issue date + 45 days
        overridden = fd.id;
    }
    o.deadlines.insert(overridden, QDate(2025, 6, 1));
    auto e = ReportData::collect(*f, o);
    QVERIFY(e.ok());
    for (const FindingData &fd : e->findings)
        if (fd.id == overridden)
            QCOMPARE(fd.deadline, QDate(2025, 6, 1));
}

void TestReportData::recommendationsSpeakTheLanguage()
{
    auto f = abtest::open(m_path, InspectionFile::Mode::ReadOnly);
    QVERIFY(f);
    auto q = catalog::Questionnaire::load(*f);
    QVERIFY(q.ok());
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("vi")}) {
        ReportOptions o;
        o.lang = lang;
        auto d = ReportData::collect(*f, o);
        QVERIFY(d.ok());
        for (const FindingData &fd : d->findings)
            if (fd.item == QLatin1String("PRB-01"))
                QCOMPARE(fd.recommendation, q->catalog().item(QStringLiteral("PRB-01"))->remediation.text(lang));
    }
    ReportOptions en;
    auto d = ReportData::collect(*f, en);
    QVERIFY(d.ok());
    for (const FindingData &fd : d->findings)
        if (fd.item == QLatin1String("PRB-01"))
            QCOMPARE(fd.recommendation, QStringLiteral("Disable Telnet; use SSH for remote management."));
}

void TestReportData::readOnlyWorks()
{
    auto f = abtest::open(m_path, InspectionFile::Mode::ReadOnly);
    QVERIFY(f);
    auto d = ReportData::collect(*f, ReportOptions());
    QVERIFY(d.ok());
    QVERIFY(!d->evidence.isEmpty());
}

void TestReportData::refusesABrokenCustodyHead()
{
    const QString copy = m_dir.filePath(QStringLiteral("tampered.inspection"));
    QVERIFY(QFile::copy(m_path, copy));
    {
        auto f = abtest::open(copy);
        QVERIFY(f);
        // The sealed head says another hash: what a rewrite with the sqlite3 tool leaves.
        QVERIFY(abtest::tamper(
            *f, QStringLiteral("UPDATE meta SET value = '{\"seq\":1,\"hash\":\"%1\",\"mac\":\"00\"}' WHERE key = 'custody_head'")
                    .arg(QString(64, QLatin1Char('0')))));
    }
    auto f = abtest::open(copy, InspectionFile::Mode::ReadOnly);
    QVERIFY(f);
    auto d = ReportData::collect(*f, ReportOptions());
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, ErrorCode::Problem);
    QVERIFY2(d.error().message.contains(QStringLiteral("verify")), qPrintable(d.error().message));
}

void TestReportData::mergedAndDismissedStayOut()
{
    // On a copy: merge two findings and dismiss a third; the report counts
    // the one that kept the others and never the merged or dismissed ones.
    const QString path = m_dir.filePath(QStringLiteral("merged.inspection"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_path, path));
    auto f = abtest::open(path);
    QVERIFY(f);
    auto before = ReportData::collect(*f, ReportOptions());
    QVERIFY(before.ok());
    QVERIFY(before->findings.size() >= 3);
    const qint64 keep = before->findings.at(0).id, merged = before->findings.at(1).id, dismissed = before->findings.at(2).id;
    findings::FindingService service(*f);
    QVERIFY(service.merge(keep, {merged}).ok());
    findings::FindingChanges dismiss;
    dismiss.status = QStringLiteral("dismissed");
    QVERIFY(service.edit(dismissed, dismiss).ok());
    auto after = ReportData::collect(*f, ReportOptions());
    QVERIFY(after.ok());
    QCOMPARE(after->findings.size(), before->findings.size() - 2);
    QSet<qint64> ids;
    for (const FindingData &fd : after->findings)
        ids.insert(fd.id);
    QVERIFY(ids.contains(keep));
    QVERIFY(!ids.contains(merged));
    QVERIFY(!ids.contains(dismissed));
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
