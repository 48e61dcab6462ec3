#include "ui/EvidenceModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTimeZone>
#include <QTest>

using ab::EvidenceItem;
using ab::ui::EvidenceModel;

class TestEvidenceModel final : public QObject {
    Q_OBJECT

private:
    static QList<EvidenceItem> items()
    {
        QList<EvidenceItem> out;
        const QStringList names{QStringLiteral("photo.png"), QStringLiteral("notes.txt"), QStringLiteral("scan.pdf")};
        const qint64 sizes[] = {2048, 10, 300000};
        for (int i = 0; i < names.size(); ++i) {
            EvidenceItem e;
            e.id = i + 1;
            e.name = names.at(i);
            e.kind = EvidenceItem::kindForName(e.name);
            e.size = sizes[i];
            e.sha256 = QString(64, QLatin1Char('a' + i));
            e.item = QStringLiteral("ITEM-%1").arg(i);
            e.addedBy = QStringLiteral("tester");
            e.addedAt = QDateTime(QDate(2024, 5, 1 + i), QTime(9, 0), QTimeZone::utc());
            out.append(e);
        }
        return out;
    }

private Q_SLOTS:
    void modelTester()
    {
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(EvidenceModel::ColumnCount));
        model.setItems(items());
        QCOMPARE(model.rowCount(), 3);
        model.retranslate();
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyTester()
    {
        EvidenceModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(EvidenceModel::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(items());
        proxy.setFilterFixedString(QStringLiteral("SCAN"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());
        proxy.sort(EvidenceModel::Size, Qt::AscendingOrder);
        // Numeric, not text: 10 B < 2 KiB < 293 KiB.
        QCOMPARE(proxy.index(0, EvidenceModel::Name).data().toString(), QStringLiteral("notes.txt"));
        QCOMPARE(proxy.index(2, EvidenceModel::Name).data().toString(), QStringLiteral("scan.pdf"));
    }

    void columns()
    {
        EvidenceModel model;
        model.setItems(items());
        const QModelIndex sha = model.index(0, EvidenceModel::Sha256);
        QCOMPARE(sha.data(Qt::ToolTipRole).toString(), QString(64, QLatin1Char('a')));
        QVERIFY(sha.data().toString().startsWith(QStringLiteral("aaaaaaaa")));
        QCOMPARE(model.index(0, EvidenceModel::Kind).data().toString(), QStringLiteral("Photo"));
        QCOMPARE(model.index(1, EvidenceModel::Kind).data().toString(), QStringLiteral("Note"));
        QCOMPARE(model.index(2, EvidenceModel::Item).data().toString(), QStringLiteral("ITEM-2"));
        QCOMPARE(model.index(2, 0).data(EvidenceModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.headerData(EvidenceModel::Sha256, Qt::Horizontal).toString(), QStringLiteral("SHA-256"));
        QVERIFY(!model.index(3, 0).isValid());
    }
};

QTEST_MAIN(TestEvidenceModel)
#include "tst_evidencemodel.moc"
