// A whole guided inspection through the real MainWindow, offscreen: the New
// inspection wizard driven from the keyboard, evidence dropped on the
// evidence browser, the authorisation and a Setup edit landing in the custody
// log, answers, findings from answers (the item panel and From answer…),
// edited and merged, a probe of a loopback fake device and a finding from its
// service; the steps' progress and the missing-items panel following along,
// and verify finding it all intact.
#include "FakeDialogs.h"
#include "GuiTestEnv.h"
#include "MiniInspection.h"

#include "core/findings/FindingService.h"
#include "core/inspection/InspectionFile.h"
#include "tests/probe/FakeDevice.h"
#include "ui/AnswerEditor.h"
#include "ui/CustodyModel.h"
#include "ui/EvidenceModel.h"
#include "ui/EvidencePage.h"
#include "ui/FindingEditor.h"
#include "ui/FindingsModel.h"
#include "ui/FindingsPage.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/ItemPanel.h"
#include "ui/MainWindow.h"
#include "ui/NewInspectionWizard.h"
#include "ui/ProbePage.h"
#include "ui/QuestionnaireFilter.h"
#include "ui/QuestionnaireModel.h"
#include "ui/QuestionnairePage.h"
#include "ui/ReadinessPanel.h"
#include "ui/SetupPage.h"
#include "ui/StepModel.h"
#include "ui/SystemsEditor.h"
#include "ui/TeamEditor.h"
#include "ui/VerifyBanner.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace ab;
using namespace ab::ui;

class TestGuidedInspection final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    FakeDialogs *m_dialogs = nullptr;
    qint64 m_doc = 0, m_photo = 0;
    const QString m_pass = QStringLiteral("a guided inspection passphrase");

    InspectionWidget *iw() const { return m_window->inspectionWidget(); }
    InspectionFile &file() const { return m_window->session()->file(); }
    QuestionnairePage *interview() const { return iw()->interviewPage(); }
    FindingsPage *findings() const { return iw()->findingsPage(); }
    QString lastAction() const
    {
        auto e = m_window->session()->file().custody().entries(m_window->session()->file().custody().count().value(), 1);
        return e && !e->isEmpty() ? e->first().action : QString();
    }
    QStringList gapKinds() const
    {
        QStringList out;
        QStandardItemModel *m = iw()->readinessPanel()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out.append(m->item(r)->data(ReadinessPanel::KindRole).toString());
        return out;
    }
    // Keys go where the keyboard is, as a person types them.
    static QWidget *focus()
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : QApplication::activeWindow();
    }
    static void type(const QString &text) { QTest::keyClicks(focus(), text); }
    static void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) { QTest::keyClick(focus(), k, m); }
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isBusy(), 30000); }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return f.fileName();
    }
    void clickVisible(QWidget *w)
    {
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            if (auto *area = qobject_cast<QScrollArea *>(p))
                area->ensureWidgetVisible(w);
        const QPoint at = qobject_cast<QRadioButton *>(w) ? QPoint(w->height() / 2, w->height() / 2) : w->rect().center();
        QTest::mouseClick(w, Qt::LeftButton, {}, at);
    }
    void answer(const QString &id, const QString &value)
    {
        QTableView *view = interview()->view();
        const QModelIndex at = interview()->filter()->mapFromSource(interview()->model()->index(interview()->model()->rowOf(id), 0));
        QVERIFY(at.isValid());
        view->scrollTo(at);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(at).center());
        QCOMPARE(interview()->panel()->itemId(), id);
        QAbstractButton *button = interview()->panel()->editor()->button(value);
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible() && button->width() > 0);
        clickVisible(button);
        clickVisible(interview()->panel()->saveButton());
        QTRY_VERIFY(interview()->model()->status(id)->answer.has_value());
    }
    // The New inspection wizard, from the keyboard alone.
    void driveWizard(QWidget *parent, DialogProvider::NewInspectionCallback done)
    {
        auto *w = new NewInspectionWizard(parent);
        std::unique_ptr<NewInspectionWizard> owner(w);
        w->show();
        w->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(w));
        QTRY_VERIFY(w->isAncestorOf(QApplication::focusWidget())); // the keyboard is in the wizard
        QCOMPARE(w->currentId(), int(NewInspectionWizard::RegimePage));
        key(Qt::Key_2, Qt::AltModifier);                                     // the second regime, vn-mic
        QTRY_VERIFY(w->regimeButton(QStringLiteral("vn-mic"))->isChecked()); // a mnemonic clicks after a moment
        key(Qt::Key_F, Qt::AltModifier);                                     // a catalog file
        QTRY_VERIFY(w->catalogFileButton()->isChecked());
        key(Qt::Key_Tab);
        QCOMPARE(focus(), static_cast<QWidget *>(w->catalogPathEdit()));
        type(guitest::catalogPath());
        key(Qt::Key_Return);
        QCOMPARE(w->currentId(), int(NewInspectionWizard::OrganisationPage));

        key(Qt::Key_Return); // nothing typed: refused, with the reason
        QCOMPARE(w->currentId(), int(NewInspectionWizard::OrganisationPage));
        QVERIFY(w->errorLabel(NewInspectionWizard::OrganisationPage)->isVisible());
        key(Qt::Key_O, Qt::AltModifier);
        QCOMPARE(focus(), static_cast<QWidget *>(w->organisationEdit()));
        type(QStringLiteral("Cong ty ABC"));
        key(Qt::Key_S, Qt::AltModifier);
        QCOMPARE(focus(), static_cast<QWidget *>(w->systemsEditor()->nameEdit()));
        type(QStringLiteral("CCTV"));
        key(Qt::Key_Return); // adds the system, stays on the page
        QCOMPARE(w->systemsEditor()->systems(), (QList<SystemInfo>{{QStringLiteral("CCTV"), 3}}));
        QCOMPARE(w->currentId(), int(NewInspectionWizard::OrganisationPage));
        key(Qt::Key_Return); // empty: goes on
        QCOMPARE(w->currentId(), int(NewInspectionWizard::TeamPage));

        key(Qt::Key_I, Qt::AltModifier);
        type(QStringLiteral("Nguyen Van A"));
        key(Qt::Key_Return);
        type(QStringLiteral("Tran Thi B"));
        key(Qt::Key_Return);
        QCOMPARE(w->teamEditor()->inspectors(), (QStringList{QStringLiteral("Nguyen Van A"), QStringLiteral("Tran Thi B")}));
        QVERIFY(w->teamEditor()->leaderLabel()->text().contains(QStringLiteral("Tran Thi B")));
        key(Qt::Key_Return);
        QCOMPARE(w->currentId(), int(NewInspectionWizard::ScopePage));

        key(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(focus(), static_cast<QWidget *>(w->scopeEdit()));
        type(QStringLiteral("10.0.0.0/40"));
        key(Qt::Key_N, Qt::AltModifier); // Next: refused, the scope is not one
        QTRY_VERIFY(w->errorLabel(NewInspectionWizard::ScopePage)->isVisible());
        QCOMPARE(w->currentId(), int(NewInspectionWizard::ScopePage));
        w->scopeEdit()->selectAll();
        type(QStringLiteral("127.0.0.1"));
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(w->currentId(), int(NewInspectionWizard::FilePage));

        key(Qt::Key_F, Qt::AltModifier);
        QCOMPARE(focus(), static_cast<QWidget *>(w->pathEdit()));
        key(Qt::Key_A, Qt::ControlModifier);
        type(m_path);
        key(Qt::Key_P, Qt::AltModifier);
        type(QStringLiteral("short"));
        QVERIFY(w->strengthLabel()->text().startsWith(QStringLiteral("Too short")));
        w->passphraseEdit()->clear();
        type(m_pass);
        QCOMPARE(w->strengthLabel()->text(), QStringLiteral("Strong."));
        key(Qt::Key_G, Qt::AltModifier);
        type(m_pass);
        key(Qt::Key_Return); // Create
        QTRY_VERIFY2(!w->isVisible(), qPrintable(w->errorLabel(NewInspectionWizard::FilePage)->text()));
        QVERIFY(w->passphraseEdit()->text().isEmpty()); // nothing of it stays in the fields
        auto request = w->takeRequest();
        QVERIFY(request.has_value());
        QCOMPARE(request->catalogPath, guitest::catalogPath());
        QCOMPARE(request->meta.scope, QStringList{QStringLiteral("127.0.0.1")});
        done(std::move(request));
    }

private Q_SLOTS:
    void passphraseStrength_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("strength");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("seven") << QStringLiteral("abcdefg") << 0;
        QTest::newRow("eight lower") << QStringLiteral("abcdefgh") << 1;
        QTest::newRow("mixed ten") << QStringLiteral("Abcdef1!xy") << 3;
        QTest::newRow("words") << QStringLiteral("correct horse battery staple") << 4;
        QTest::newRow("digits") << QStringLiteral("1234567890123") << 1;
        QTest::newRow("vietnamese") << QStringLiteral("mật khẩu") << 2;
    }
    void passphraseStrength()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, strength);
        QCOMPARE(NewInspectionWizard::passphraseStrength(passphrase), strength);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolate(m_dir, QStringLiteral("tst_guidedinspection"));
        m_path = m_dir.filePath(QStringLiteral("guided.inspection"));
        auto dialogs = std::make_unique<FakeDialogs>();
        m_dialogs = dialogs.get();
        m_dialogs->onNewInspection = [this](QWidget *parent, DialogProvider::NewInspectionCallback done) {
            driveWizard(parent, std::move(done));
        };
        m_window = std::make_unique<MainWindow>(std::move(dialogs));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void wizardCreatesTheInspection()
    {
        QAction *newAction = nullptr;
        for (QAction *a : m_window->fileMenu()->actions())
            if (a->shortcut() == QKeySequence(QKeySequence::New))
                newAction = a;
        QVERIFY(newAction);
        newAction->trigger();
        QTRY_VERIFY(m_window->session() != nullptr && !m_window->isOpening());
        QVERIFY2(m_dialogs->messages.isEmpty(), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
        m_window->activateWindow(); // the wizard had the keyboard
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_window.get()));
        QCOMPARE(file().meta().organisation, QStringLiteral("Cong ty ABC"));
        QCOMPARE(file().meta().catalogId, QStringLiteral("mini"));
        QCOMPARE(file().meta().teamLeader(), QStringLiteral("Tran Thi B"));
        // A new inspection starts at Setup, the authorisation missing.
        QCOMPARE(iw()->currentStep(), StepModel::Setup);
        QCOMPARE(iw()->steps()->missing(StepModel::Setup), 1);
        QVERIFY(gapKinds().contains(QStringLiteral("no-authorisation")));
        QVERIFY(gapKinds().contains(QStringLiteral("unanswered")));
        QVERIFY(!gapKinds().contains(QStringLiteral("no-team")));
        QCOMPARE(iw()->setupPage()->teamEditor()->inspectors(),
                 (QStringList{QStringLiteral("Nguyen Van A"), QStringLiteral("Tran Thi B")}));
    }

    void evidenceByDragAndDrop()
    {
        const QString doc = writeFile(QStringLiteral("order.pdf"), "%PDF-1.4 the order that authorises the inspection\n");
        const QString photo = writeFile(QStringLiteral("gate.png"), QByteArray(4000, 'g'));
        QTableView *view = iw()->evidencePage()->view();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(doc), QUrl::fromLocalFile(photo)});
        const QPoint at = view->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        waitIdle();
        QTRY_COMPARE(iw()->evidenceModel()->totalCount(), 2);
        QCOMPARE(iw()->currentStep(), StepModel::Evidence);
        QTRY_COMPARE(iw()->evidenceModel()->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            const EvidenceItem *e = iw()->evidenceModel()->itemAt(r);
            (e->kind == QLatin1String("document") ? m_doc : m_photo) = e->id;
        }
        QVERIFY(m_doc > 0 && m_photo > 0);
        QCOMPARE(iw()->steps()->progress(StepModel::Evidence), QStringLiteral("2 item(s)"));
    }

    void setupRecordsTheAuthorisation()
    {
        iw()->showStep(StepModel::Setup);
        SetupPage *setup = iw()->setupPage();
        m_dialogs->pickedEvidence = QList<qint64>{m_doc};
        clickVisible(setup->chooseAuthorisationButton());
        QCOMPARE(m_dialogs->evidencePicks.last().onlyKind, QStringLiteral("document"));
        QVERIFY(m_dialogs->evidencePicks.last().single);
        QCOMPARE(file().meta().authorisationEvidence, m_doc);
        QCOMPARE(lastAction(), QStringLiteral("inspection.update"));
        QVERIFY(setup->authorisationLabel()->text().contains(QStringLiteral("order.pdf")));
        QVERIFY(!gapKinds().contains(QStringLiteral("no-authorisation")));
        QCOMPARE(iw()->steps()->missing(StepModel::Setup), 0);
        // A photo is refused as the authorisation, and nothing changes.
        const qint64 entries = file().custody().count().value();
        QVERIFY(!setup->recordAuthorisation(m_photo));
        QVERIFY(m_dialogs->messages.last().contains(QStringLiteral("not a document")));
        QCOMPARE(file().custody().count().value(), entries);
    }

    void setupEditLandsInTheCustodyLog()
    {
        SetupPage *setup = iw()->setupPage();
        const qint64 before = file().custody().count().value();
        setup->locationEdit()->setFocus();
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Hanoi head office"));
        setup->systemsEditor()->nameEdit()->setFocus();
        type(QStringLiteral("NVR"));
        key(Qt::Key_Tab); // to the level
        QCOMPARE(focus(), static_cast<QWidget *>(setup->systemsEditor()->levelSpin()));
        key(Qt::Key_Down);
        key(Qt::Key_Return); // adds NVR at level 2
        QCOMPARE(setup->systemsEditor()->systems().last(), (SystemInfo{QStringLiteral("NVR"), 2}));
        QVERIFY(setup->isDirty());
        QVERIFY(setup->saveButton()->isEnabled());
        QVERIFY(iw()->steps()->progress(StepModel::Setup).startsWith(QStringLiteral("unsaved changes")));
        key(Qt::Key_S, Qt::ControlModifier); // Save
        QVERIFY2(!setup->errorLabel()->isVisible(), qPrintable(setup->errorLabel()->text()));
        QVERIFY(!setup->isDirty());
        QCOMPARE(file().meta().location, QStringLiteral("Hanoi head office"));
        QCOMPARE(file().meta().systems.size(), 2);
        QCOMPARE(file().custody().count().value(), before + 1);
        // The custody log step shows it, last.
        iw()->showStep(StepModel::Custody);
        CustodyModel *log = iw()->custodyModel();
        QTRY_COMPARE(log->rowCount(), int(log->totalCount()));
        const CustodyEntry *last = log->entryAt(log->rowCount() - 1);
        QCOMPARE(last->action, QStringLiteral("inspection.update"));
        QCOMPARE(last->detail.value(QStringLiteral("location")).toString(), QStringLiteral("Hanoi head office"));
        QCOMPARE(log->index(log->rowCount() - 1, CustodyModel::Action).data().toString(), QStringLiteral("inspection.update"));
        QCOMPARE(log->index(log->rowCount() - 1, CustodyModel::Description).data().toString(),
                 QStringLiteral("Changed the inspection details"));
        // A scope that is not one is refused in place, nothing written.
        iw()->showStep(StepModel::Setup);
        setup->scopeEdit()->setPlainText(QStringLiteral("300.1.1.1"));
        QVERIFY(!setup->save());
        QVERIFY(setup->errorLabel()->isVisible());
        QCOMPARE(file().custody().count().value(), before + 1);
        setup->revert();
        QVERIFY(!setup->isDirty());
        QCOMPARE(setup->scopeEdit()->toPlainText(), QStringLiteral("127.0.0.1"));
    }

    void answersMoveTheProgress()
    {
        iw()->showStep(StepModel::Interview);
        const int missingBefore = iw()->steps()->missing(StepModel::Interview);
        answer(QStringLiteral("INT-01"), QStringLiteral("noncompliant"));
        answer(QStringLiteral("INT-02"), QStringLiteral("partial"));
        answer(QStringLiteral("INT-03"), QStringLiteral("yes")); // INT-04 now applies
        QCOMPARE(iw()->steps()->progress(StepModel::Interview), QStringLiteral("3 / 4 answered"));
        QCOMPARE(iw()->steps()->missing(StepModel::Interview), 1);
        QVERIFY(missingBefore >= 2);
        // The missing panel names INT-04, and takes you there.
        QStandardItemModel *gaps = iw()->readinessPanel()->model();
        int row = -1;
        for (int r = 0; r < gaps->rowCount(); ++r)
            if (gaps->item(r)->data(ReadinessPanel::ObjectRole).toString() == QLatin1String("INT-04"))
                row = r;
        QVERIFY(row >= 0);
        iw()->showStep(StepModel::Evidence);
        Q_EMIT iw()->readinessPanel()->list()->activated(gaps->index(row, 0));
        QCOMPARE(iw()->currentStep(), StepModel::Interview);
        QCOMPARE(interview()->panel()->itemId(), QStringLiteral("INT-04"));
    }

    void findingsFromAnswers()
    {
        // From the item panel: INT-01 falls short.
        QVERIFY(interview()->selectItem(QStringLiteral("INT-01")));
        QPushButton *make = interview()->panel()->findingButton();
        QTRY_VERIFY(make->isVisible() && make->isEnabled());
        clickVisible(make);
        QCOMPARE(iw()->currentStep(), StepModel::Findings);
        QVERIFY2(m_dialogs->messages.size() == 1, qPrintable(m_dialogs->messages.join(QLatin1Char('\n')))); // only the refused photo
        QCOMPARE(findings()->model()->totalCount(), 1);
        const std::optional<FindingRecord> first = findings()->editor()->record();
        QVERIFY(first && first->id > 0);
        QCOMPARE(first->item, QStringLiteral("INT-01"));
        QCOMPARE(first->source, QStringLiteral("answer"));
        QCOMPARE(first->severity, QStringLiteral("high"));
        QCOMPARE(first->title, interview()->model()->status(QStringLiteral("INT-01"))->item->text.en);
        QCOMPARE(lastAction(), QStringLiteral("finding.add"));
        // From answer…: INT-02 is the one left to choose.
        m_dialogs->choices = {0};
        clickVisible(findings()->fromAnswerButton());
        QCOMPARE(m_dialogs->choiceLists.last().count(QLatin1Char('|')), 0);
        QVERIFY(m_dialogs->choiceLists.last().startsWith(QStringLiteral("INT-02")));
        QCOMPARE(findings()->model()->totalCount(), 2);
        QCOMPARE(findings()->editor()->record()->item, QStringLiteral("INT-02"));
        QCOMPARE(iw()->steps()->progress(StepModel::Findings), QStringLiteral("2 finding(s), 2 without evidence"));
        QVERIFY(gapKinds().contains(QStringLiteral("finding-without-evidence")));
    }

    void findingEdited()
    {
        QVERIFY(findings()->selectFinding(1));
        FindingEditor *ed = findings()->editor();
        ed->titleEdit()->setFocus();
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Security level not decided"));
        ed->severityCombo()->setCurrentIndex(ed->severityCombo()->findData(QStringLiteral("medium")));
        ed->deadlineEdit()->setDate(QDate(2030, 6, 30));
        m_dialogs->pickedEvidence = QList<qint64>{m_doc};
        clickVisible(ed->attachButton());
        QCOMPARE(ed->evidence(), QList<qint64>{m_doc});
        QVERIFY(m_dialogs->evidencePicks.last().onlyKind.isEmpty());
        QVERIFY(ed->isDirty());
        ed->titleEdit()->setFocus();
        key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!ed->isDirty());
        auto saved = findings::FindingService(file()).get(1);
        QVERIFY(saved.ok());
        QCOMPARE(saved->title, QStringLiteral("Security level not decided"));
        QCOMPARE(saved->severity, QStringLiteral("medium"));
        QCOMPARE(saved->deadline, QStringLiteral("2030-06-30"));
        QCOMPARE(saved->evidence, QList<qint64>{m_doc});
        QCOMPARE(lastAction(), QStringLiteral("finding.update"));
        QCOMPARE(iw()->steps()->progress(StepModel::Findings), QStringLiteral("2 finding(s), 1 without evidence"));
        // The table shows the edit.
        const int row = findings()->model()->rowOfId(1);
        QCOMPARE(findings()->model()->index(row, FindingsModel::Title).data().toString(), QStringLiteral("Security level not decided"));
    }

    void twoFindingsMerged()
    {
        QTableView *view = findings()->view();
        view->setFocus();
        view->selectAll();
        QCOMPARE(findings()->selectedIds(), (QList<qint64>{1, 2}));
        QVERIFY(findings()->mergeButton()->isEnabled());
        m_dialogs->choices = {0}; // keep #1
        const qint64 before = file().custody().count().value();
        clickVisible(findings()->mergeButton());
        QCOMPARE(file().custody().count().value(), before + 2);
        auto kept = findings::FindingService(file()).get(1);
        auto other = findings::FindingService(file()).get(2);
        QVERIFY(kept.ok() && other.ok());
        QCOMPARE(other->status, QStringLiteral("merged"));
        QCOMPARE(other->mergedInto, 1);
        QCOMPARE(kept->severity, QStringLiteral("medium")); // INT-02 is medium too
        QCOMPARE(findings()->model()->totalCount(), 2);     // nothing deleted
        const int row = findings()->model()->rowOfId(2);
        QCOMPARE(findings()->model()->index(row, FindingsModel::Status).data().toString(), QStringLiteral("Merged into #1"));
        QCOMPARE(iw()->steps()->progress(StepModel::Findings), QStringLiteral("1 finding(s)"));
        QVERIFY(!gapKinds().contains(QStringLiteral("finding-without-evidence")));
        QCOMPARE(iw()->steps()->missing(StepModel::Findings), 0);
    }

    void probeAndAFindingFromItsService()
    {
        probetest::FakeTcpServer telnet(QStringLiteral("127.0.0.1"), [](probetest::FakeConn &c) {
            c.send(QByteArray("\xff\xfb\x01", 3) + "\r\ncamera login: ");
            c.waitClose(2000);
        });
        QVERIFY(telnet.ok());
        iw()->showStep(StepModel::Probe);
        ProbePage *probe = iw()->probePage();
        QCOMPARE(probe->targetsEdit()->text(), QStringLiteral("127.0.0.1"));
        probe->portsCombo()->setEditText(QString::number(telnet.port()));
        probe->udpBox()->setChecked(false);
        probe->credentialsBox()->setChecked(false);
        QTest::mouseClick(probe->startButton(), Qt::LeftButton);
        QVERIFY(m_window->session()->isBusy());
        // Long work keeps the window live: the steps still move while it runs.
        iw()->showStep(StepModel::Evidence);
        iw()->showStep(StepModel::Probe);
        waitIdle();
        QVERIFY2(probe->progressLabel()->text().contains(QLatin1String("Finished")), qPrintable(probe->progressLabel()->text()));
        QCOMPARE(probe->devicesModel()->rowCount(), 1);
        QVERIFY(iw()->steps()->progress(StepModel::Probe).startsWith(QStringLiteral("1 device(s)")));
        // The service, then Record a finding: a draft with its device, port and transcript.
        QStandardItem *service = probe->devicesModel()->item(0)->child(0);
        QVERIFY(service);
        probe->devicesView()->setCurrentIndex(service->index());
        QVERIFY(probe->createFindingButton()->isEnabled());
        const qint64 before = findings()->model()->totalCount();
        QTest::mouseClick(probe->createFindingButton(), Qt::LeftButton);
        QCOMPARE(iw()->currentStep(), StepModel::Findings);
        FindingEditor *ed = findings()->editor();
        QVERIFY(ed->isDraft());
        QCOMPARE(ed->edited().port, int(telnet.port()));
        QVERIFY(ed->edited().deviceId > 0);
        QVERIFY(!ed->edited().evidence.isEmpty());
        QVERIFY(ed->edited().title.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(findings()->save());
        QVERIFY(!ed->isDraft());
        QCOMPARE(findings()->model()->totalCount(), before + 1);
        auto made = findings::FindingService(file()).get(ed->record()->id);
        QVERIFY(made.ok());
        QCOMPARE(made->port, int(telnet.port()));
        QCOMPARE(made->source, QStringLiteral("manual"));
        // The probe's own findings open in the Findings step too.
        iw()->showStep(StepModel::Probe);
        QVERIFY(probe->findingsModel()->rowCount() >= 1);
        probe->findingsView()->setCurrentIndex(probe->findingsModel()->index(0, 0));
        QTest::mouseClick(probe->openFindingButton(), Qt::LeftButton);
        QCOMPARE(iw()->currentStep(), StepModel::Findings);
        QVERIFY(findings()->editor()->record().has_value());
    }

    void intactAtTheEnd()
    {
        m_window->verifyAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(iw()->banner()->state(), VerifyBanner::State::Intact, 30000);
    }
};

QTEST_MAIN(TestGuidedInspection)
#include "tst_guidedinspection.moc"
