// The Compare window: two inspectors' files of the same site, one already open
// (no passphrase asked), one added with a wrong then the right passphrase; the
// table shows what differs, the filters narrow it, and no file is changed.
#include "FakeDialogs.h"
#include "GuiTestEnv.h"
#include "MiniInspection.h"

#include "core/catalog/Answers.h"
#include "core/inspection/Assets.h"
#include "core/inspection/SqlUtil.h"
#include "core/util/Language.h"
#include "ui/CompareWindow.h"
#include "ui/ComparisonModel.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using namespace ab::ui;

namespace
{
bool answer(InspectionFile &f, const QString &item, const QString &value, const QString &note)
{
    catalog::Answer a;
    a.item = item;
    a.value = value;
    a.note = note;
    a.source = QStringLiteral("inspector");
    return catalog::AnswerStore(f).put(a).ok();
}

bool finding(InspectionFile &f, const QString &severity)
{
    FindingRecord x;
    x.title = QStringLiteral("Telnet open");
    x.severity = severity;
    x.createdAt = QStringLiteral("2024-01-01T00:00:00Z");
    x.createdBy = QStringLiteral("tester");
    return AssetStore(f).addFinding(x).ok();
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList column(const QAbstractItemModel *m, int c)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out.append(m->index(r, c).data().toString());
    return out;
}
} // namespace

class TestCompareWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void comparesOpenAndAdded();
    void oneFileSaysWhatIsMissing();
    void fromTheMainWindow();

private:
    QTemporaryDir m_dir;
    QString m_a, m_b;
};

void TestCompareWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    guitest::isolate(m_dir, QStringLiteral("tst_comparewindow"));
    m_a = m_dir.filePath(QStringLiteral("inspector-a.inspection"));
    m_b = m_dir.filePath(QStringLiteral("inspector-b.inspection"));
    QString error;
    for (const auto &[path, value, severity] : {std::tuple{m_a, QStringLiteral("yes"), QStringLiteral("high")},
                                                std::tuple{m_b, QStringLiteral("no"), QStringLiteral("medium")}}) {
        auto f = guitest::createMini(path, &error, {QStringLiteral("127.0.0.0/24")});
        QVERIFY2(f, qPrintable(error));
        sql::Transaction tx(f->database());
        QVERIFY(tx.begin().ok());
        QVERIFY(answer(*f, QStringLiteral("INT-03"), value, QString()));
        QVERIFY(finding(*f, severity));
        QVERIFY(tx.commit().ok());
    }
}

void TestCompareWindow::comparesOpenAndAdded()
{
    auto open = InspectionFile::open(m_a, guitest::passphrase(), InspectionFile::Mode::ReadOnly);
    QVERIFY(open);
    const QByteArray beforeA = digest(m_a), beforeB = digest(m_b);
    FakeDialogs dialogs;
    dialogs.openPath = m_b;
    dialogs.passphrases = {QStringLiteral("wrong passphrase"), QString::fromUtf8(guitest::passphrase())};
    CompareWindow window(&dialogs);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.show();
    QSignalSpy done(&window, &CompareWindow::comparisonFinished);
    window.addOpenInspection(**open);
    QCOMPARE(done.size(), 1); // one file: nothing to compare yet, said at once
    QVERIFY(window.statusText().contains(QStringLiteral("at least two")));
    QVERIFY(dialogs.passphraseErrors.isEmpty()); // the open inspection is not asked for

    window.findChild<QPushButton *>(QStringLiteral("compareAdd"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 20000);
    QTRY_VERIFY(!window.isBusy());
    // Asked twice: first with no error, then with the wrong passphrase's.
    QCOMPARE(dialogs.passphraseErrors.size(), 2);
    QVERIFY(dialogs.passphraseErrors.at(0).isEmpty());
    QVERIFY(!dialogs.passphraseErrors.at(1).isEmpty());
    QCOMPARE(window.files(), (QStringList{m_a, m_b}));

    ComparisonModel *model = window.model();
    QCOMPARE(model->columnCount(), ComparisonModel::FirstFileColumn + 2);
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->index(r, 0).data(ComparisonModel::DiffersRole).toBool());
    // INT-03 answered yes by one, no by the other; the finding's severity differs
    // (shown by name, as on the pages: "Yes", "High — Open").
    const QStringList a = column(model, ComparisonModel::FirstFileColumn);
    const QStringList b = column(model, ComparisonModel::FirstFileColumn + 1);
    QVERIFY2(a.contains(QStringLiteral("Yes")) && b.contains(QStringLiteral("No")), qPrintable(a.join(u'|') + u' ' + b.join(u'|')));
    QVERIFY2(a.contains(QStringLiteral("High — Open")) && b.contains(QStringLiteral("Medium — Open")), qPrintable(a.join(u'|')));
    QVERIFY(window.statusText().contains(QStringLiteral("difference")));
    // scripts/screenshots.sh sets AB_SHOTS_DIR to keep a picture of the window in each language.
    if (const QString shots = qEnvironmentVariable("AB_SHOTS_DIR"); !shots.isEmpty()) {
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("vi")}) {
            QVERIFY(Language::install(lang));
            QApplication::processEvents();
            QVERIFY(window.grab().save(QStringLiteral("%1/compare-%2.png").arg(shots, lang)));
        }
        QVERIFY(Language::install(QStringLiteral("en")));
        QApplication::processEvents();
    }

    // Everything, then answers only.
    const int differing = model->rowCount();
    window.findChild<QCheckBox *>(QStringLiteral("compareOnlyDifferences"))->setChecked(false);
    QVERIFY(model->rowCount() > differing);
    auto *section = window.findChild<QComboBox *>(QStringLiteral("compareSection"));
    section->setCurrentIndex(section->findData(int(ComparisonRow::Section::Answer)));
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, 0).data(ComparisonModel::SectionRole).toInt(), int(ComparisonRow::Section::Answer));

    // Comparing wrote nothing.
    window.close();
    open->reset();
    QCOMPARE(digest(m_a), beforeA);
    QCOMPARE(digest(m_b), beforeB);
}

void TestCompareWindow::oneFileSaysWhatIsMissing()
{
    FakeDialogs dialogs;
    CompareWindow window(&dialogs);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.addPath(m_dir.filePath(QStringLiteral("missing.inspection")));
    QCOMPARE(dialogs.messages.size(), 1);
    QVERIFY(dialogs.messages.first().contains(QStringLiteral("does not exist")));
    QVERIFY(dialogs.passphraseErrors.isEmpty());
    QCOMPARE(window.model()->rowCount(), 0);
}

// File ▸ Compare Inspections… opens the window with the inspection open in
// the main window already in it, its passphrase not asked again.
void TestCompareWindow::fromTheMainWindow()
{
    auto owned = std::make_unique<FakeDialogs>();
    FakeDialogs *dialogs = owned.get();
    MainWindow window(std::move(owned));
    window.show();
    QVERIFY(window.compareAction()->isEnabled());
    dialogs->passphrases = {QString::fromUtf8(guitest::passphrase())};
    window.openPath(m_a);
    QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr && !window.isOpening(), 20000);
    window.compareAction()->trigger();
    auto *compare = window.findChild<CompareWindow *>();
    QVERIFY(compare);
    QVERIFY(compare->isVisible());
    QCOMPARE(compare->files(), QStringList{m_a});
    QCOMPARE(dialogs->passphraseErrors.size(), 1); // the main window's own open only
    QVERIFY(!compare->windowTitle().isEmpty());
    compare->close(); // deletes itself
    QTRY_VERIFY(!window.findChild<CompareWindow *>());
}

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
