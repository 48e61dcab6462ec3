// InspectionWidget, continued: the side navigation, each step's progress,
// what is still missing before a report can be issued, and the texts.
#include "ui/InspectionWidget.h"

#include "core/catalog/Questionnaire.h"
#include "core/findings/FindingService.h"
#include "core/findings/Readiness.h"
#include "core/inspection/InspectionFile.h"
#include "core/util/Language.h"
#include "ui/CustodyModel.h"
#include "ui/EvidenceModel.h"
#include "ui/FindingsFilter.h"
#include "ui/FindingsPage.h"
#include "ui/InspectionSession.h"
#include "ui/ProbePage.h"
#include "ui/QuestionnaireFilter.h"
#include "ui/QuestionnaireModel.h"
#include "ui/QuestionnairePage.h"
#include "ui/ReadinessPanel.h"
#include "ui/ReportPage.h"
#include "ui/ScorePage.h"
#include "ui/SetupPage.h"
#include "ui/StepDelegate.h"
#include "ui/TeamEditor.h"

#include <QPushButton>

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>

namespace ab::ui
{

void InspectionWidget::buildSteps()
{
    m_steps = new StepModel(this);
    const QStyle::StandardPixmap icons[StepModel::StepCount] = {
        QStyle::SP_FileDialogDetailedView, QStyle::SP_MessageBoxQuestion, QStyle::SP_FileIcon, QStyle::SP_DriveNetIcon,
        QStyle::SP_MessageBoxWarning,      QStyle::SP_DialogApplyButton,  QStyle::SP_DirIcon,  QStyle::SP_FileDialogContentsView,
        QStyle::SP_FileDialogInfoView};
    for (int s = 0; s < StepModel::StepCount; ++s)
        m_steps->setIcon(Step(s), style()->standardIcon(icons[s]));
    m_nav = new QListView(this);
    m_nav->setObjectName(QStringLiteral("stepNavigation"));
    m_nav->setModel(m_steps);
    m_nav->setItemDelegate(new StepDelegate(m_nav));
    m_nav->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nav->setUniformItemSizes(false);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_nav->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_readiness = new ReadinessPanel(this);
    m_readiness->setMinimumWidth(m_nav->minimumWidth());
    connect(m_nav->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const int s = StepModel::stepAt(current.row());
        if (s < 0 || m_pages->currentIndex() == s)
            return;
        m_pages->setCurrentIndex(s);
        Q_EMIT stepChanged(Step(s));
    });
    connect(m_readiness, &ReadinessPanel::gapActivated, this, &InspectionWidget::gapActivated);
    m_nav->setCurrentIndex(m_steps->index(StepModel::rowOf(Step::Setup)));
}

void InspectionWidget::showStep(Step step)
{
    if (step < 0 || step >= StepModel::StepCount)
        return;
    m_nav->setCurrentIndex(m_steps->index(StepModel::rowOf(step)));
    if (m_pages->currentIndex() != int(step)) { // the row was current already
        m_pages->setCurrentIndex(int(step));
        Q_EMIT stepChanged(step);
    }
}

InspectionWidget::Step InspectionWidget::currentStep() const
{
    return Step(m_pages->currentIndex());
}

QWidget *InspectionWidget::page(Step step) const
{
    return m_pages->widget(int(step));
}

void InspectionWidget::updateProgress()
{
    if (!m_session) {
        m_steps->clearProgress();
        m_readiness->setReadiness(std::nullopt);
        return;
    }
    const InspectionMeta &meta = m_session->file().meta();
    const auto counts = [](const QuestionnairePage *p) {
        const int answered = p->model()->answeredCount();
        const int applicable = p->model()->applicableCount();
        return std::pair<int, int>{answered, applicable};
    };
    QStringList setup{tr("%n system(s)", nullptr, int(meta.systems.size())), tr("%n inspector(s)", nullptr, int(meta.inspectors.size()))};
    if (meta.authorisationEvidence <= 0)
        setup.append(tr("no authorisation"));
    if (m_setup->isDirty())
        setup.prepend(tr("unsaved changes"));
    const int setupMissing = (meta.authorisationEvidence <= 0 ? 1 : 0) + (meta.inspectors.isEmpty() ? 1 : 0);
    m_steps->setProgress(Step::Setup, setup.join(QStringLiteral(" · ")), setupMissing, setupMissing == 0 && !meta.organisation.isEmpty());
    for (const auto &[step, page] : {std::pair{Step::Interview, m_interview}, std::pair{Step::Document, m_document}}) {
        const auto [answered, applicable] = counts(page);
        m_steps->setProgress(step, tr("%1 / %2 answered").arg(answered).arg(applicable), applicable - answered,
                             applicable > 0 && answered == applicable);
    }
    {
        const auto [answered, applicable] = counts(m_probe->checklistPage());
        QStringList probe{tr("%n device(s)", nullptr, m_probe->devicesModel()->rowCount())};
        if (applicable > 0)
            probe.append(tr("%1 / %2 items").arg(answered).arg(applicable));
        m_steps->setProgress(Step::Probe, probe.join(QStringLiteral(" · ")), applicable - answered,
                             applicable > 0 && answered == applicable);
    }
    findings::FindingSummary summary;
    if (canRead()) {
        if (auto s = findings::FindingService(m_session->file()).summary())
            summary = *s;
    }
    QString findingsText = tr("%n finding(s)", nullptr, int(summary.active));
    if (summary.withoutEvidence > 0)
        findingsText += QStringLiteral(", ") + tr("%n without evidence", nullptr, int(summary.withoutEvidence));
    m_steps->setProgress(Step::Findings, findingsText, int(summary.withoutEvidence), summary.active > 0 && summary.withoutEvidence == 0);

    const QList<catalog::ItemStatus> items = m_questionnaire ? m_questionnaire->evaluate() : QList<catalog::ItemStatus>();
    const findings::Readiness readiness = findings::assessReadiness(meta, items, summary, Language::current());
    m_readiness->setReadiness(readiness);
    QString report = readiness.ready() ? tr("ready to issue") : tr("%n missing", nullptr, int(readiness.missingCount()));
    if (const auto &score = m_score->score(); score && m_questionnaire)
        report = m_score->totalText() + QStringLiteral(" · ") + report;
    m_steps->setProgress(Step::Report, report, int(readiness.missingCount()), readiness.ready());
    m_steps->setProgress(Step::Evidence, tr("%n item(s)", nullptr, int(m_evidenceModel->unfilteredCount())), 0, false);
    m_steps->setProgress(Step::Custody, tr("%n entry(ies)", nullptr, int(m_custodyModel->totalCount())), 0, false);
}

void InspectionWidget::gapActivated(const QString &kind, const QString &object)
{
    if (kind == QLatin1String("no-authorisation")) {
        showStep(Step::Setup);
        m_setup->chooseAuthorisationButton()->setFocus(Qt::OtherFocusReason);
    } else if (kind == QLatin1String("no-team")) {
        showStep(Step::Setup);
        m_setup->teamEditor()->nameEdit()->setFocus(Qt::OtherFocusReason);
    } else if (kind == QLatin1String("unanswered")) {
        for (const auto &[step, page] : {std::pair{Step::Interview, m_interview}, std::pair{Step::Document, m_document},
                                         std::pair{Step::Probe, m_probe->checklistPage()}}) {
            if (page->model()->rowOf(object) < 0)
                continue;
            showStep(step);
            if (page == m_probe->checklistPage())
                m_probe->lowerTabs()->setCurrentWidget(page);
            // Shown even when a filter hid it.
            if (!page->selectItem(object)) {
                page->showCombo()->setCurrentIndex(0);
                page->sectionCombo()->setCurrentIndex(0);
                page->selectItem(object);
            }
            break;
        }
    } else if (kind == QLatin1String("finding-without-evidence")) {
        showStep(Step::Findings);
        if (object.startsWith(QLatin1String("finding:")))
            m_findings->selectFinding(object.section(QLatin1Char(':'), 1).toLongLong());
    }
}

QString InspectionWidget::stepName(Step step)
{
    // The texts (and translations) the tabs had, where there was a tab.
    switch (step) {
    case Step::Setup:
        return tr("Setup");
    case Step::Interview:
        return tr("Inter&view");
    case Step::Document:
        return tr("&Document review");
    case Step::Probe:
        return tr("Device &probing");
    case Step::Findings:
        return tr("Findings");
    case Step::Report:
        return tr("Score and report");
    case Step::Evidence:
        return tr("&Evidence");
    case Step::Custody:
        return tr("&Custody log");
    case Step::Review:
        return tr("&Review");
    case Step::StepCount:
        break;
    }
    return {};
}

void InspectionWidget::focusPage()
{
    QWidget *page = m_pages->currentWidget();
    // The first field of the page in tab order that can take the focus.
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    page->setFocus(Qt::ShortcutFocusReason);
}

void InspectionWidget::retranslate()
{
    for (int s = 0; s < StepModel::StepCount; ++s)
        m_steps->setName(Step(s), stepName(Step(s)));
    m_nav->setAccessibleName(tr("Steps of the inspection"));
    m_reportTabs->setTabText(m_reportTabs->indexOf(m_score), tr("Sco&re"));
    m_reportTabs->setTabText(m_reportTabs->indexOf(m_reportPage), tr("Re&port"));
    m_custodyModel->retranslate();
    updateProgress(); // progress texts and the missing items in the new language
}

} // namespace ab::ui
