// Drives the real MainWindow: open (wrong passphrase, then right), import by
// a simulated drop, export, cancel, verify (intact and tampered), language,
// the steps by Ctrl+1..8 and the step each file was left at.
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
#include "ui/ReadinessPanel.h"
#include "ui/RecentFiles.h"
#include "ui/ScorePage.h"
#include "ui/StepModel.h"
#include "ui/TaskProgress.h"
#include "ui/VerifyBanner.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ab;
using namespace ab::ui;

class TestMainWindow final : public QObject
{
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
        QVERIFY2(m_dialogs->passphraseErrors.at(1).contains(QStringLiteral("Wrong passphrase")),
                 qPrintable(m_dialogs->passphraseErrors.at(1)));
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
        QTRY_COMPARE(model()->totalCount(), 3);
        QTRY_VERIFY(!m_window->session()->isBusy());
        QCOMPARE(m_window->inspectionWidget()->currentStep(), StepModel::Evidence);
        QTRY_COMPARE(model()->rowCount(), 3); // the view reads the page it shows
        QVERIFY(!m_window->taskProgress()->isVisible());
        QStringList names;
        for (int r = 0; r < model()->rowCount(); ++r)
            names.append(model()->index(r, EvidenceModel::Name).data().toString());
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("cam1.png"), QStringLiteral("cam2.png"), QStringLiteral("interview.txt")}));
        // The custody log saw the three additions.
        QVERIFY(m_window->inspectionWidget()->custodyModel()->totalCount() >= 4);
        QCOMPARE(m_window->inspectionWidget()->steps()->progress(StepModel::Evidence), QStringLiteral("3 item(s)"));
    }

    void importThroughFileDialog()
    {
        m_dialogs->evidencePaths = {writeFile(QStringLiteral("in2/inventory.csv"), "ip,vendor\n127.0.0.10,Hik\n")};
        m_window->inspectionWidget()->addFiles();
        QTRY_COMPARE(model()->totalCount(), 4);
        QTRY_VERIFY(!m_window->session()->isBusy());
        QTRY_COMPARE(model()->rowCount(), 4);
    }

    void filterNarrowsTheView()
    {
        EvidencePage *page = m_window->inspectionWidget()->evidencePage();
        QTest::keyClicks(page->filterEdit(), QStringLiteral("cam"));
        QTRY_COMPARE(page->view()->model()->rowCount(), 2); // filtered by SQLite once typing pauses
        QCOMPARE(model()->totalCount(), 2);
        QCOMPARE(model()->unfilteredCount(), 4);
        // A kind by its translated name.
        page->filterEdit()->setText(QStringLiteral("photo"));
        QTRY_COMPARE(page->view()->model()->rowCount(), 2);
        page->filterEdit()->clear();
        QTRY_COMPARE(page->view()->model()->rowCount(), 4);
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
        const int before = model()->totalCount();
        drop({p});
        QTRY_VERIFY(m_window->session()->isBusy() || model()->totalCount() == before + 1);
        if (m_window->session()->isBusy())
            m_window->session()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isBusy(), 30000);
        // All or nothing: either it finished before the cancel or it is absent.
        QTRY_VERIFY(model()->totalCount() == before || model()->totalCount() == before + 1);
    }

    void stepsByShortcut()
    {
        InspectionWidget *w = m_window->inspectionWidget();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Ctrl+1..8 in the steps' order, each giving the keyboard to its page.
        const StepModel::Step order[] = {StepModel::Setup,    StepModel::Interview, StepModel::Document, StepModel::Probe,
                                         StepModel::Findings, StepModel::Report,    StepModel::Evidence, StepModel::Custody};
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w->currentStep(), order[i]);
            QVERIFY(w->pages()->currentWidget()->isVisible());
            QTRY_VERIFY(w->pages()->currentWidget()->isAncestorOf(QApplication::focusWidget()) ||
                        w->pages()->currentWidget() == QApplication::focusWidget());
            QVERIFY(m_window->stepAction(order[i])->isChecked());
        }
        // The navigation list moves the page too, and skips the separator.
        w->navigation()->setFocus();
        w->showStep(StepModel::Report);
        QTest::keyClick(w->navigation(), Qt::Key_Down);
        QCOMPARE(w->currentStep(), StepModel::Evidence);
        QCOMPARE(w->pages()->currentWidget(), static_cast<QWidget *>(w->evidencePage()));
        // The Score page sits in the last step's container, ready for the report beside it.
        QCOMPARE(w->reportTabs()->widget(0), static_cast<QWidget *>(w->scorePage()));
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

    // On every step, each Alt+letter leads to one place: no two visible
    // buttons or labelled fields of the page, nor a menu, share a letter.
    void mnemonicsAreUnique()
    {
        QVERIFY(m_window->session()); // the pages of an open inspection
        InspectionWidget *w = m_window->inspectionWidget();
        QMap<QString, QString> menus;
        for (QAction *a : m_window->menuBar()->actions())
            menus.insert(QKeySequence::mnemonic(a->text()).toString(), a->text());
        for (int s = 0; s < StepModel::StepCount; ++s) {
            w->showStep(StepModel::Step(s));
            QMap<QString, QString> seen = menus;
            QStringList clashes;
            auto take = [&](const QString &text, const QWidget *owner) {
                const QString key = QKeySequence::mnemonic(text).toString();
                if (key.isEmpty() || !owner->isVisibleTo(m_window.get()))
                    return;
                if (seen.contains(key))
                    clashes.append(QStringLiteral("%1: \"%2\" and \"%3\"").arg(key, seen.value(key), text));
                seen.insert(key, text);
            };
            for (const QAbstractButton *b : w->page(StepModel::Step(s))->findChildren<QAbstractButton *>())
                take(b->text(), b);
            for (const QLabel *l : w->page(StepModel::Step(s))->findChildren<QLabel *>())
                if (l->buddy())
                    take(l->text(), l);
            if (qEnvironmentVariableIsSet("AB_SHOW_MNEMONICS"))
                qDebug() << StepModel::key(StepModel::Step(s)) << seen.keys();
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(StepModel::key(StepModel::Step(s)) + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
        }
    }

    // The navigation's width, every splitter and the missing panel's fold come back.
    void layoutIsRemembered()
    {
        InspectionWidget *w = m_window->inspectionWidget();
        QSplitter *split = w->splitter();
        const QList<int> wide{420, split->width() - 420 - split->handleWidth()};
        split->setSizes(wide);
        const QList<int> saved = split->sizes();
        w->readinessPanel()->setExpanded(false);
        {
            QSettings settings;
            w->saveUiState(settings);
        }
        split->setSizes({200, split->width() - 200 - split->handleWidth()});
        w->readinessPanel()->setExpanded(true);
        QVERIFY(split->sizes() != saved);
        w->restoreUiState(QSettings());
        QCOMPARE(split->sizes(), saved);
        QVERIFY(!w->readinessPanel()->isExpanded());
        QVERIFY(QSettings().contains(QStringLiteral("ui/splitters/findingsSplitter")));
        QVERIFY(QSettings().contains(QStringLiteral("ui/splitters/interviewSplitter")));
        w->readinessPanel()->setExpanded(true);
    }

    // Tab leads from the step list into the page, through the missing-items panel.
    void tabReachesThePage()
    {
        QVERIFY(m_window->session());
        InspectionWidget *w = m_window->inspectionWidget();
        w->showStep(StepModel::Findings);
        w->navigation()->setFocus(Qt::TabFocusReason);
        bool reached = false;
        for (int i = 0; i < 8 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached = w->page(StepModel::Findings)->isAncestorOf(QApplication::focusWidget());
        }
        QVERIFY(reached);
        QCOMPARE(w->currentStep(), StepModel::Findings); // moving the keyboard never moves the step
    }

    void closeReturnsToWelcome()
    {
        m_window->inspectionWidget()->showStep(StepModel::Custody);
        m_window->closeInspection();
        QVERIFY(m_window->session() == nullptr);
        QCOMPARE(model()->rowCount(), 0);
        // Reopened, the file comes back at the step it was left at.
        m_dialogs->passphrases = {QString::fromUtf8(m_pass)};
        m_window->openPath(m_path);
        QTRY_VERIFY(m_window->session() != nullptr && !m_window->isOpening());
        QCOMPARE(m_window->inspectionWidget()->currentStep(), StepModel::Custody);
        // Nothing secret is kept with it: the key names a hash of the path, the value a step.
        QSettings settings;
        for (const QString &key : settings.allKeys()) {
            QVERIFY2(!settings.value(key).toString().contains(QString::fromUtf8(m_pass)), qPrintable(key));
            QVERIFY2(!key.contains(QStringLiteral("site.inspection")), qPrintable(key));
        }
        m_window->closeInspection();
        // A cancelled passphrase prompt opens nothing.
        m_dialogs->passphrases.clear();
        m_window->openPath(m_path);
        QVERIFY(m_window->session() == nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
