// Drives the real MainWindow: open (wrong passphrase, then right), import by
// a simulated drop, export, cancel, verify (intact and tampered), language.
#include "FakeDialogs.h"
#include "GuiTestEnv.h"

#include "core/inspection/InspectionFile.h"
#include "core/util/Language.h"
#include "ui/CustodyModel.h"
#include "ui/EvidenceModel.h"
#include "ui/EvidencePage.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/MainWindow.h"
#include "ui/RecentFiles.h"
#include "ui/TaskProgress.h"
#include "ui/VerifyBanner.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ab;
using namespace ab::ui;

class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    const QByteArray m_pass = QByteArrayLiteral("correct horse battery");
    std::unique_ptr<MainWindow> m_window;
    FakeDialogs *m_dialogs = nullptr;

    QString writeFile(const QString &rel, const QByteArray &data)
    {
        const QString p = m_dir.filePath(rel);
        QDir().mkpath(QFileInfo(p).absolutePath());
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return p;
    }
    EvidenceModel *model() const { return m_window->inspectionWidget()->evidenceModel(); }
    void drop(const QStringList &paths)
    {
        QTableView *view = m_window->inspectionWidget()->evidencePage()->view();
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        mime.setUrls(urls);
        const QPointF at = view->viewport()->rect().center();
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &dropEvent);
        QVERIFY(dropEvent.isAccepted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolate(m_dir, QStringLiteral("tst_mainwindow"));

        InspectionMeta meta;
        meta.regime = QStringLiteral("cn-miit");
        meta.organisation = QStringLiteral("测试运营商");
        meta.systems = {SystemInfo{QStringLiteral("CCTV"), 3}};
        meta.inspectors = {QStringLiteral("Tester")};
        meta.scope = {QStringLiteral("127.0.0.0/24")};
        meta.catalogId = meta.regime;
        m_path = m_dir.filePath(QStringLiteral("site.inspection"));
        auto f = InspectionFile::create(m_path, meta, m_pass, QStringLiteral("tester"));
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));

        auto dialogs = std::make_unique<FakeDialogs>();
        m_dialogs = dialogs.get();
        m_window = std::make_unique<MainWindow>(std::move(dialogs));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void openAsksAgainOnWrongPassphrase()
    {
        m_dialogs->passphrases = {QStringLiteral("not it"), QString::fromUtf8(m_pass)};
        m_window->openPath(m_path);
        QTRY_VERIFY(m_window->session() != nullptr);
        QTRY_VERIFY(!m_window->isOpening());
        QTest::qWait(50); // a stray second "finished" would show an error here
        QVERIFY2(m_dialogs->messages.isEmpty(), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
        QCOMPARE(m_dialogs->passphraseErrors.size(), 2);
        QVERIFY(m_dialogs->passphraseErrors.at(0).isEmpty());
        QVERIFY2(m_dialogs->passphraseErrors.at(1).contains(QStringLiteral("Wrong passphrase")), qPrintable(m_dialogs->passphraseErrors.at(1)));
        QCOMPARE(RecentFiles::list().value(0), QFileInfo(m_path).absoluteFilePath());
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("测试运营商")));
    }

    void importByDrop()
    {
        const QString a = writeFile(QStringLiteral("in/interview.txt"), "asked about default passwords\n");
        writeFile(QStringLiteral("in/photos/cam1.png"), QByteArray(5000, 'p'));
        writeFile(QStringLiteral("in/photos/cam2.png"), QByteArray(7000, 'q'));
        QVERIFY(!a.isEmpty());
        drop({a, m_dir.filePath(QStringLiteral("in/photos"))});
        QTRY_COMPARE(model()->rowCount(), 3);
        QTRY_VERIFY(!m_window->session()->isBusy());
        QVERIFY(!m_window->taskProgress()->isVisible());
        QStringList names;
        for (int r = 0; r < model()->rowCount(); ++r)
            names.append(model()->index(r, EvidenceModel::Name).data().toString());
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("cam1.png"), QStringLiteral("cam2.png"), QStringLiteral("interview.txt")}));
        // The custody log saw the three additions.
        QVERIFY(m_window->inspectionWidget()->custodyModel()->rowCount() >= 4);
    }

    void importThroughFileDialog()
    {
        m_dialogs->evidencePaths = {writeFile(QStringLiteral("in2/inventory.csv"), "ip,vendor\n127.0.0.10,Hik\n")};
        m_window->inspectionWidget()->addFiles();
        QTRY_COMPARE(model()->rowCount(), 4);
        QTRY_VERIFY(!m_window->session()->isBusy());
    }

    void filterNarrowsTheView()
    {
        EvidencePage *page = m_window->inspectionWidget()->evidencePage();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("cam"));
        QCOMPARE(page->view()->model()->rowCount(), 2);
        page->filterEdit()->clear();
        QCOMPARE(page->view()->model()->rowCount(), 4);
    }

    void exportSelected()
    {
        EvidencePage *page = m_window->inspectionWidget()->evidencePage();
        const QModelIndexList hits = page->view()->model()->match(page->view()->model()->index(0, EvidenceModel::Name), Qt::DisplayRole,
                                                                  QStringLiteral("interview.txt"), 1, Qt::MatchExactly);
        QCOMPARE(hits.size(), 1);
        page->view()->selectRow(hits.first().row());
        QVERIFY(page->selectedId() > 0);
        m_dialogs->exportTo = m_dir.filePath(QStringLiteral("out/interview-copy.txt"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        m_window->inspectionWidget()->exportSelected();
        QTRY_VERIFY(QFileInfo::exists(m_dialogs->exportTo));
        QTRY_VERIFY(!m_window->session()->isBusy());
        QFile f(m_dialogs->exportTo);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("asked about default passwords\n"));
    }

    void cancelLeavesNoPartialItem()
    {
        QByteArray big(48 << 20, '\0');
        for (qsizetype i = 0; i < big.size(); i += 4096)
            big[i] = char(i / 4096);
        const QString p = writeFile(QStringLiteral("big/firmware.bin"), big);
        big.clear();
        const int before = model()->rowCount();
        drop({p});
        QTRY_VERIFY(m_window->session()->isBusy() || model()->rowCount() == before + 1);
        if (m_window->session()->isBusy())
            m_window->session()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isBusy(), 30000);
        // All or nothing: either it finished before the cancel or it is absent.
        QVERIFY(model()->rowCount() == before || model()->rowCount() == before + 1);
    }

    void verifyShowsIntactBanner()
    {
        QVERIFY(m_window->verifyAction()->isEnabled());
        m_window->verifyAction()->trigger();
        VerifyBanner *banner = m_window->inspectionWidget()->banner();
        QTRY_COMPARE(banner->state(), VerifyBanner::State::Intact);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->headline().startsWith(QStringLiteral("Intact")), qPrintable(banner->headline()));
    }

    void verifyShowsTampering()
    {
        {
            // Rename an item behind the custody log's back, through a connection of our own.
            auto other = m_window->session()->file().openAnother(InspectionFile::Mode::ReadWrite);
            QVERIFY(other.ok());
            QSqlQuery q((*other)->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE evidence SET name = 'innocent.txt' WHERE name = 'interview.txt'")));
        }
        m_window->verifyAction()->trigger();
        VerifyBanner *banner = m_window->inspectionWidget()->banner();
        QTRY_COMPARE(banner->state(), VerifyBanner::State::Problems);
        QVERIFY(banner->headline().startsWith(QStringLiteral("NOT INTACT")));
        auto *problems = banner->findChild<QWidget *>(QStringLiteral("verifyProblems"));
        QVERIFY(problems && problems->isVisible());
    }

    void languageSwitchesAtRuntime()
    {
        QCOMPARE(m_window->fileMenu()->title(), QStringLiteral("&File"));
        m_window->setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(m_window->fileMenu()->title(), QStringLiteral("文件(&F)"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QTRY_COMPARE(model()->headerData(EvidenceModel::Name, Qt::Horizontal).toString(), QStringLiteral("名称"));
        m_window->setLanguage(QStringLiteral("vi"));
        QTRY_COMPARE(m_window->fileMenu()->title(), QStringLiteral("&Tệp"));
        m_window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(m_window->fileMenu()->title(), QStringLiteral("&File"));
    }

    void closeReturnsToWelcome()
    {
        m_window->closeInspection();
        QVERIFY(m_window->session() == nullptr);
        QCOMPARE(model()->rowCount(), 0);
        // A cancelled passphrase prompt opens nothing.
        m_dialogs->passphrases.clear();
        m_window->openPath(m_path);
        QVERIFY(m_window->session() == nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
