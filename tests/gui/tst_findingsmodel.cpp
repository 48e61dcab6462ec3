// FindingsModel and FindingsFilter under QAbstractItemModelTester: pages in
// the report's order, filters and sorts over every finding, merged ones shown
// as such; StepModel's rows, separator and keys; the severity delegate.
#include "MiniInspection.h"

#include "core/findings/FindingService.h"
#include "core/inspection/SqlUtil.h"
#include "ui/FindingsFilter.h"
#include "ui/FindingsModel.h"
#include "ui/SeverityDelegate.h"
#include "ui/StepModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using namespace ab::ui;

class TestFindingsModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InspectionFile> m_file;
    static constexpr int Count = 450; // more than two pages
    qint64 m_merged = 0, m_keeper = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_file = guitest::createMini(m_dir.filePath(QStringLiteral("findings.inspection")), &error);
        QVERIFY2(m_file, qPrintable(error));
        const QStringList sev = findings::severities();
        {
            sql::Transaction tx(m_file->database());
            QVERIFY(tx.begin().ok());
            for (int i = 0; i < Count; ++i) {
                FindingRecord f;
                f.title = QStringLiteral("Finding %1 %2").arg(i).arg(i % 10 == 0 ? QStringLiteral("telnet") : QStringLiteral("http"));
                f.severity = sev.at(i % 4);
                QVERIFY(AssetStore(*m_file).addFinding(f).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        auto merged = findings::FindingService(*m_file).merge(1, {5});
        QVERIFY(merged.ok());
        m_keeper = 1;
        m_merged = 5;
    }

    void cleanupTestCase() { m_file.reset(); }

    void pagesInReportOrder()
    {
        {
            FindingsModel lazy;
            lazy.setFile(m_file.get());
            QCOMPARE(lazy.totalCount(), Count);
            QCOMPARE(lazy.rowCount(), 0); // nothing read before a view asks
            lazy.fetchMore({});
            QCOMPARE(lazy.rowCount(), FindingsModel::PageSize);
            QCOMPARE(lazy.index(0, FindingsModel::Severity).data(FindingsModel::SeverityRole).toString(), QStringLiteral("high"));
        }
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFile(m_file.get());
        QCOMPARE(model.totalCount(), Count);
        model.fetchAll();
        QCOMPARE(model.rowCount(), Count);
        QCOMPARE(model.index(Count - 1, FindingsModel::Severity).data(FindingsModel::SeverityRole).toString(), QStringLiteral("info"));
        const int row = model.rowOfId(m_merged);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, FindingsModel::Status).data().toString(), QStringLiteral("Merged into #%1").arg(m_keeper));
        QVERIFY(model.index(row, FindingsModel::Title).data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.index(row, FindingsModel::Evidence).data().toInt(), 0);
        QVERIFY(!model.index(row, FindingsModel::Evidence).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!model.index(row, FindingsModel::Deadline).data(Qt::ToolTipRole).toString().isEmpty()); // the report's default
        model.retranslate();
    }

    void filterReadsWhatItNeeds()
    {
        FindingsModel model;
        FindingsFilter filter;
        filter.setFindings(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFile(m_file.get());
        model.fetchMore({});
        QVERIFY(filter.rowCount() < Count); // unfiltered, unsorted: still pages
        QCOMPARE(filter.rowCount(), model.rowCount());
        filter.setSeverity(QStringLiteral("high"));
        QCOMPARE(model.rowCount(), Count); // a filter reads everything
        QCOMPARE(filter.rowCount(), Count / 4 + (Count % 4 > 0 ? 1 : 0));
        filter.setSeverity(QString());
        filter.setStatus(FindingsFilter::Status::Merged);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(FindingsModel::IdRole).toLongLong(), m_merged);
        filter.setStatus(FindingsFilter::Status::Active);
        QCOMPARE(filter.rowCount(), Count - 1);
        filter.setStatus(FindingsFilter::Status::All);
        filter.setText(QStringLiteral("TELNET"));
        QCOMPARE(filter.rowCount(), Count / 10);
        filter.setText(QString());
        QVERIFY(!filter.isFiltering());
        filter.sort(FindingsModel::Id, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, FindingsModel::Id).data().toLongLong(), Count);
        filter.sort(FindingsModel::Severity, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data(FindingsModel::SeverityRole).toString(), QStringLiteral("info"));
    }

    void stepModel()
    {
        StepModel steps;
        QAbstractItemModelTester tester(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(steps.rowCount(), int(StepModel::StepCount) + 1);
        for (int s = 0; s < StepModel::StepCount; ++s) {
            QCOMPARE(StepModel::stepAt(StepModel::rowOf(StepModel::Step(s))), s);
            QCOMPARE(StepModel::fromKey(StepModel::key(StepModel::Step(s))), s);
        }
        QCOMPARE(StepModel::stepAt(StepModel::SeparatorRow), -1);
        QCOMPARE(StepModel::rowOf(StepModel::Evidence), StepModel::SeparatorRow + 1);
        QCOMPARE(StepModel::fromKey(QStringLiteral("nope")), -1);
        QCOMPARE(StepModel::withoutMnemonic(QStringLiteral("Inter&view")), QStringLiteral("Interview"));
        QCOMPARE(StepModel::withoutMnemonic(QStringLiteral("访谈(&V)")), QStringLiteral("访谈"));
        QCOMPARE(StepModel::withoutMnemonic(QStringLiteral("R&&D")), QStringLiteral("R&D"));
        steps.setName(StepModel::Findings, QStringLiteral("Findings"));
        steps.setProgress(StepModel::Findings, QStringLiteral("3 findings, 1 without evidence"), 1, false);
        const QModelIndex f = steps.index(StepModel::rowOf(StepModel::Findings));
        QCOMPARE(f.data().toString(), QStringLiteral("Findings"));
        QCOMPARE(f.data(StepModel::MissingRole).toInt(), 1);
        QVERIFY(f.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 without evidence")));
        QCOMPARE(f.data(StepModel::ShortcutRole).toString(), QKeySequence(Qt::CTRL | Qt::Key_5).toString(QKeySequence::NativeText));
    }

    void severityColours()
    {
        for (const QString &s : findings::severities())
            QVERIFY2(SeverityDelegate::colour(s).isValid(), qPrintable(s));
        QVERIFY(!SeverityDelegate::colour(QStringLiteral("unknown")).isValid());
        QVERIFY(SeverityDelegate::colour(QStringLiteral("high")) != SeverityDelegate::colour(QStringLiteral("low")));
    }
};

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
