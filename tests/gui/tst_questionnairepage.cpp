// Drives the real MainWindow through the Interview tab on an inspection
// pinned to the mini catalog: skip logic reacts to a saved answer, the score
// page follows, a probe's answer needs a reason, dropped files are attached.
#include "FakeDialogs.h"
#include "GuiTestEnv.h"
#include "MiniInspection.h"

#include "core/catalog/Questionnaire.h"
#include "core/util/Language.h"
#include "ui/AnswerEditor.h"
#include "ui/EvidencePage.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/ItemPanel.h"
#include "ui/MainWindow.h"
#include "ui/ProbePage.h"
#include "ui/QuestionnaireFilter.h"
#include "ui/QuestionnaireModel.h"
#include "ui/QuestionnairePage.h"
#include "ui/ScoreChart.h"
#include "ui/ScorePage.h"
#include "ui/StepModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ab;
using namespace ab::ui;
using catalog::ItemState;

class TestQuestionnairePage final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    FakeDialogs *m_dialogs = nullptr;

    QuestionnairePage *page() const { return m_window->inspectionWidget()->interviewPage(); }
    ScorePage *score() const { return m_window->inspectionWidget()->scorePage(); }
    ItemState stateOf(const QString &id) const
    {
        const catalog::ItemStatus *s = page()->model()->status(id);
        return s ? s->state : ItemState::NotApplicable;
    }
    // A click lands where a person would: scrolled into view first.
    void click(QWidget *w)
    {
        if (auto *area = qobject_cast<QScrollArea *>(page()->panel()->parentWidget()->parentWidget()))
            area->ensureWidgetVisible(w);
        // A radio button takes clicks on its circle and label, not the empty rest of its row.
        const QPoint at = qobject_cast<QRadioButton *>(w) ? QPoint(w->height() / 2, w->height() / 2) : w->rect().center();
        QTest::mouseClick(w, Qt::LeftButton, {}, at);
    }
    // Clicks the item's row, its answer button, and Save.
    void answer(const QString &id, const QString &value)
    {
        QTableView *view = page()->view();
        const QModelIndex source = page()->model()->index(page()->model()->rowOf(id), QuestionnaireModel::Id);
        const QModelIndex at = page()->filter()->mapFromSource(source);
        QVERIFY(at.isValid());
        view->scrollTo(at);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(at).center());
        QCOMPARE(page()->panel()->itemId(), id);
        QAbstractButton *button = page()->panel()->editor()->button(value);
        QVERIFY(button);
        // New inputs are laid out on the next pass of the event loop.
        QTRY_VERIFY(button->isVisible() && button->width() > 0);
        click(button);
        QVERIFY(button->isChecked());
        click(page()->panel()->saveButton());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolate(m_dir, QStringLiteral("tst_questionnairepage"));

        m_path = m_dir.filePath(QStringLiteral("mini.inspection"));
        {
            QString error;
            auto file = guitest::createMini(m_path, &error);
            QVERIFY2(file, qPrintable(error));
            // INT-02 answered by a probe: an inspector must give a reason to replace it.
            auto q = catalog::Questionnaire::load(*file);
            QVERIFY(q.ok());
            QVERIFY(q->answerFromProbe(QStringLiteral("INT-02"), QJsonValue(QStringLiteral("compliant")), QStringLiteral("probe said so"), {}).ok());
        }
        auto dialogs = std::make_unique<FakeDialogs>();
        m_dialogs = dialogs.get();
        m_window = std::make_unique<MainWindow>(std::move(dialogs));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_dialogs->passphrases = {QString::fromUtf8(guitest::passphrase())};
        m_window->openPath(m_path);
        QTRY_VERIFY(m_window->session() != nullptr);
        QTRY_VERIFY(!m_window->isOpening());
        QVERIFY2(m_dialogs->messages.isEmpty(), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase() { m_window.reset(); }

    void stepsInOrder()
    {
        InspectionWidget *w = m_window->inspectionWidget();
        StepModel *steps = w->steps();
        QCOMPARE(steps->rowCount(), int(StepModel::StepCount) + 1); // and the separator
        QCOMPARE(w->page(StepModel::Probe), static_cast<QWidget *>(w->probePage()));
        QCOMPARE(w->page(StepModel::Interview), static_cast<QWidget *>(page()));
        QCOMPARE(w->page(StepModel::Document), static_cast<QWidget *>(w->documentPage()));
        QCOMPARE(w->page(StepModel::Evidence), static_cast<QWidget *>(w->evidencePage()));
        QCOMPARE(w->page(StepModel::Report), static_cast<QWidget *>(w->reportTabs()));
        QCOMPARE(w->reportTabs()->widget(0), static_cast<QWidget *>(score()));
        QCOMPARE(steps->index(StepModel::rowOf(StepModel::Document)).data().toString(), QStringLiteral("Document review"));
        QVERIFY(steps->index(StepModel::SeparatorRow).data(StepModel::SeparatorRole).toBool());
        QCOMPARE(steps->flags(steps->index(StepModel::SeparatorRow)), Qt::NoItemFlags);
        w->showStep(StepModel::Interview);
        QVERIFY(page()->isVisible());
        QCOMPARE(page()->model()->rowCount(), 4);
        QCOMPARE(m_window->inspectionWidget()->documentPage()->model()->rowCount(), 4);
        QCOMPARE(page()->progress()->format(), QStringLiteral("1 / 3 answered")); // INT-02 by the probe
        QCOMPARE(page()->sectionCombo()->count(), 2); // all, Section A
        // The step list says the same, with what is missing as a badge.
        QCOMPARE(w->steps()->progress(StepModel::Interview), QStringLiteral("1 / 3 answered"));
        QCOMPARE(w->steps()->missing(StepModel::Interview), 2);
    }

    void skipLogicReactsToASavedAnswer()
    {
        QCOMPARE(stateOf(QStringLiteral("INT-04")), ItemState::Skipped);
        const QString before = score()->totalText();
        answer(QStringLiteral("INT-03"), QStringLiteral("yes"));
        QTRY_COMPARE(stateOf(QStringLiteral("INT-04")), ItemState::Pending);
        QVERIFY2(m_dialogs->messages.isEmpty(), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
        QCOMPARE(page()->progress()->format(), QStringLiteral("2 / 4 answered"));
        QCOMPARE(m_window->inspectionWidget()->steps()->progress(StepModel::Interview), QStringLiteral("2 / 4 answered"));
        QCOMPARE(page()->model()->status(QStringLiteral("INT-03"))->answer->value.toString(), QStringLiteral("yes"));
        QCOMPARE(score()->score()->answered, 2);
        QCOMPARE(before, QStringLiteral("100.0 / 100")); // INT-02 compliant (probe)
    }

    void scoreFollowsAnswers()
    {
        answer(QStringLiteral("INT-01"), QStringLiteral("compliant"));
        QTRY_COMPARE(score()->score()->answered, 3);
        QCOMPARE(score()->totalText(), QStringLiteral("100.0 / 100"));
        answer(QStringLiteral("INT-04"), QStringLiteral("noncompliant"));
        // INT-01 (2) + INT-02 (1) + INT-03 (1) of weight 5 = 80, minus 2 for a medium finding.
        QTRY_COMPARE(score()->totalText(), QStringLiteral("78.0 / 100"));
        QCOMPARE(score()->score()->noncompliantBySeverity.value(QStringLiteral("medium")), 1);
        const QList<catalog::SectionScore> bars = score()->chart()->sections();
        QCOMPARE(bars.size(), 2);
        QCOMPARE(ScoreChart::valueText(bars.at(0)), QStringLiteral("80.0"));
        QCOMPARE(ScoreChart::valueText(bars.at(1)), QStringLiteral("–")); // section B: nothing scored
        QVERIFY(score()->chart()->accessibleDescription().contains(QStringLiteral("Section B")));
        m_window->inspectionWidget()->showStep(StepModel::Report);
        QVERIFY(score()->chart()->isVisible());
        QVERIFY(m_window->inspectionWidget()->steps()->progress(StepModel::Report).startsWith(QStringLiteral("78.0 / 100 · ")));
        m_window->inspectionWidget()->showStep(StepModel::Interview);
    }

    void overridingAProbeNeedsAReason()
    {
        m_dialogs->overrideReasons.clear(); // the person cancels
        answer(QStringLiteral("INT-02"), QStringLiteral("partial"));
        QCOMPARE(page()->model()->status(QStringLiteral("INT-02"))->answer->source, QStringLiteral("probe"));
        m_dialogs->overrideReasons = {QStringLiteral("the probe saw the wrong port")};
        answer(QStringLiteral("INT-02"), QStringLiteral("partial"));
        QTRY_COMPARE(page()->model()->status(QStringLiteral("INT-02"))->answer->source, QStringLiteral("inspector"));
        QCOMPARE(page()->model()->status(QStringLiteral("INT-02"))->answer->overrideReason, QStringLiteral("the probe saw the wrong port"));
    }

    void filtersNarrowTheList()
    {
        page()->showCombo()->setCurrentIndex(int(QuestionnaireFilter::Show::NonCompliant));
        QCOMPARE(page()->view()->model()->rowCount(), 2); // INT-02 partial, INT-04
        page()->showCombo()->setCurrentIndex(int(QuestionnaireFilter::Show::Pending));
        QCOMPARE(page()->view()->model()->rowCount(), 0);
        page()->showCombo()->setCurrentIndex(int(QuestionnaireFilter::Show::All));
        QCOMPARE(page()->view()->model()->rowCount(), 4);
    }

    void droppedFilesAreImportedAndAttached()
    {
        const QString p = m_dir.filePath(QStringLiteral("minutes.txt"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("meeting minutes\n");
        f.close();
        QVERIFY(page()->selectItem(QStringLiteral("INT-01")));
        ItemPanel *panel = page()->panel();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(p)});
        const QPoint at = panel->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(panel, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(panel->evidence().size(), 1);
        QTRY_VERIFY(!m_window->session()->isBusy());
        QCOMPARE(m_window->inspectionWidget()->currentStep(), StepModel::Interview);
        click(panel->saveButton());
        QTRY_COMPARE(page()->model()->status(QStringLiteral("INT-01"))->answer->evidence, panel->evidence());
    }

    void languageSwitchRerenders()
    {
        m_window->setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(page()->model()->index(0, QuestionnaireModel::Text).data().toString(), QStringLiteral("问题 INT-01"));
        QTRY_COMPARE(page()->panel()->editor()->button(QStringLiteral("compliant"))->text(), QStringLiteral("符合"));
        // The step keeps the tab's translated name, without its mnemonic.
        QCOMPARE(m_window->inspectionWidget()->steps()->index(StepModel::rowOf(StepModel::Interview)).data().toString(), QStringLiteral("访谈"));
        m_window->setLanguage(QStringLiteral("vi"));
        QTRY_COMPARE(page()->model()->index(0, QuestionnaireModel::Section).data().toString(), QStringLiteral("Phần A"));
        QTRY_VERIFY(score()->chart()->accessibleDescription().contains(QStringLiteral("Phần B")));
        m_window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(page()->model()->index(0, QuestionnaireModel::State).data().toString(), QStringLiteral("Answered"));
    }
};

QTEST_MAIN(TestQuestionnairePage)
#include "tst_questionnairepage.moc"
