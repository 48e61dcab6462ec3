// EvidenceModel over a real inspection: checked by QAbstractItemModelTester
// while it reads page by page (fetchMore), sorts and filters in SQL, keeps
// checks by id across pages and filters, and waits while reads are not allowed.
#include "MiniInspection.h"

#include "core/evidence/EvidenceStore.h"
#include "core/inspection/SqlUtil.h"
#include "ui/EvidenceModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ab::EvidenceItem;
using ab::ui::EvidenceModel;

class TestEvidenceModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ab::InspectionFile> m_file;
    static constexpr int Items = 600; // more than two pages
    void readAll(EvidenceModel &m)
    {
        while (m.canFetchMore({}))
            m.fetchMore({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_file = guitest::createMini(m_dir.filePath(QStringLiteral("model.inspection")), &error);
        QVERIFY2(m_file, qPrintable(error));
        ab::EvidenceStore store(*m_file);
        ab::sql::Transaction tx(m_file->database());
        QVERIFY(tx.begin().ok());
        const QStringList names{QStringLiteral("photo.png"), QStringLiteral("notes.txt"), QStringLiteral("scan.pdf")};
        for (int i = 0; i < Items; ++i) {
            const QString name = QStringLiteral("%1-%2").arg(i, 4, 10, QLatin1Char('0')).arg(names.at(i % 3));
            QVERIFY(store.storeData(QByteArray(10 + i, char('a' + i % 26)), {QString(), name, QString(), QString(), QString()}).ok());
        }
        QVERIFY(tx.commit().ok());
    }

    void cleanupTestCase() { m_file.reset(); }

    void readsOnlyWhatIsAskedFor()
    {
        EvidenceModel model;
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setFile(m_file.get());
        QCOMPARE(model.totalCount(), Items);
        QCOMPARE(model.rowCount(), 0); // nothing read before a view asks
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), EvidenceModel::PageSize);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), Items);
        QVERIFY(!model.canFetchMore({}));
    }

    void pagesUnderTheTester()
    {
        EvidenceModel model;
        // The tester asks for more pages itself, after every change.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(EvidenceModel::ColumnCount));
        model.setFile(m_file.get());
        QCOMPARE(model.totalCount(), Items);
        readAll(model);
        QCOMPARE(model.rowCount(), Items);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, EvidenceModel::Name).data().toString(), QStringLiteral("0000-photo.png"));
        QCOMPARE(model.index(1, EvidenceModel::Kind).data().toString(), QStringLiteral("Note"));
        QCOMPARE(model.index(2, EvidenceModel::Kind).data().toString(), QStringLiteral("Document"));
        QVERIFY(model.index(0, EvidenceModel::Sha256).data().toString().endsWith(QStringLiteral("…")));
        QCOMPARE(model.index(0, EvidenceModel::Sha256).data(Qt::ToolTipRole).toString().size(), 64);
        QCOMPARE(model.headerData(EvidenceModel::Sha256, Qt::Horizontal).toString(), QStringLiteral("SHA-256"));
        QVERIFY(!model.index(Items, 0).isValid());
        model.retranslate();
        model.setFile(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsAndFiltersInSql()
    {
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFile(m_file.get());
        model.sort(EvidenceModel::Size, Qt::DescendingOrder);
        model.fetchMore({});
        // Numeric, not text, and over every item, not just a page.
        QCOMPARE(model.itemAt(0)->size, 10 + Items - 1);
        QVERIFY(model.itemAt(1)->size < model.itemAt(0)->size);
        model.sort(EvidenceModel::Name, Qt::AscendingOrder);
        model.fetchMore({});
        QCOMPARE(model.itemAt(0)->name, QStringLiteral("0000-photo.png"));
        model.setFilterText(QStringLiteral("SCAN"));
        QCOMPARE(model.totalCount(), Items / 3);
        QCOMPARE(model.unfilteredCount(), Items);
        readAll(model);
        QCOMPARE(model.rowCount(), Items / 3);
        model.setFilterText(QStringLiteral("Photo")); // a kind by its name
        QCOMPARE(model.totalCount(), Items / 3);
        model.setFilterText(QString());
        model.setOnlyKind(QStringLiteral("document"));
        QCOMPARE(model.totalCount(), Items / 3);
    }

    void checksSurvivePagesAndFilters()
    {
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCheckable(true);
        model.setFile(m_file.get());
        model.setChecked({3, Items}); // one on the first page, one on the last, not read yet
        model.fetchMore({});
        QCOMPARE(model.index(2, EvidenceModel::Name).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.flags(model.index(0, EvidenceModel::Name)) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(model.index(0, EvidenceModel::Name), Qt::Checked, Qt::CheckStateRole));
        model.setFilterText(QStringLiteral("notes"));
        QCOMPARE(model.checked(), (QList<qint64>{1, 3, Items}));
        // One only: checking another unchecks the first.
        EvidenceModel single;
        single.setCheckable(true, true);
        single.setFile(m_file.get());
        single.fetchMore({});
        QVERIFY(single.setData(single.index(0, EvidenceModel::Name), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(single.setData(single.index(5, EvidenceModel::Name), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(single.checked(), QList<qint64>{6});
    }

    void waitsWhileReadsAreNotAllowed()
    {
        bool allowed = false;
        EvidenceModel model;
        model.setFile(m_file.get(), [&allowed] { return allowed; });
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        allowed = true;
        model.reload();
        QCOMPARE(model.totalCount(), Items);
        model.fetchMore({});
        allowed = false;
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), EvidenceModel::PageSize);
    }
};

QTEST_MAIN(TestEvidenceModel)
#include "tst_evidencemodel.moc"
