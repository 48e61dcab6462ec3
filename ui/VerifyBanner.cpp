#include "ui/VerifyBanner.h"

#include "core/inspection/InspectionFile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ab::ui {

VerifyBanner::VerifyBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verifyBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("verifyHeadline"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QPushButton(this);
    m_close->setFlat(true);
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("verifyProblems"));
    m_problems->setColumnCount(3);
    m_problems->setRootIsDecorated(false);
    m_problems->setMaximumHeight(140);
    m_problems->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->header()->setStretchLastSection(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(top);
    layout->addWidget(m_problems);
    connect(m_close, &QPushButton::clicked, this, &VerifyBanner::clear);
    retranslate();
    hide();
}

void VerifyBanner::showReport(const VerifyReport &report)
{
    m_report = report;
    m_state = report.intact() ? State::Intact : State::Problems;
    m_problems->clear();
    for (const VerifyProblem &p : report.problems) {
        auto *row = new QTreeWidgetItem(m_problems, {p.object, p.kind, p.detail});
        row->setToolTip(2, p.detail);
    }
    m_problems->setVisible(!report.intact());
    applyColours(report.intact());
    retranslate();
    show();
}

void VerifyBanner::showFailure(const QString &message)
{
    m_failure = message;
    m_state = State::Failed;
    m_problems->clear();
    m_problems->hide();
    applyColours(false);
    retranslate();
    show();
}

void VerifyBanner::clear()
{
    m_state = State::Hidden;
    m_problems->clear();
    hide();
}

QString VerifyBanner::headline() const
{
    return m_title->text();
}

void VerifyBanner::applyColours(bool good)
{
    const QString bg = good ? QStringLiteral("#e3f4e1") : QStringLiteral("#fbe3e4");
    const QString fg = good ? QStringLiteral("#1b5e20") : QStringLiteral("#8e0012");
    const QString border = good ? QStringLiteral("#43a047") : QStringLiteral("#c62828");
    setStyleSheet(QStringLiteral("#verifyBanner { background: %1; border: 2px solid %2; border-radius: 4px; }"
                                 "#verifyHeadline { color: %3; font-weight: bold; }")
                      .arg(bg, border, fg));
}

void VerifyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void VerifyBanner::retranslate()
{
    m_close->setText(tr("Dismiss"));
    m_problems->setHeaderLabels({tr("Object"), tr("Problem"), tr("Detail")});
    switch (m_state) {
    case State::Hidden:
        m_title->clear();
        break;
    case State::Intact:
        m_title->setText(tr("Intact: %n evidence item(s) re-hashed (%1), %2 custody entries chained; head %3.", nullptr,
                            int(m_report.evidenceChecked))
                             .arg(formatSize(m_report.bytesChecked))
                             .arg(m_report.custodyRows)
                             .arg(m_report.chainHead.left(16)));
        break;
    case State::Problems:
        m_title->setText(tr("NOT INTACT: %n problem(s) found. The inspection was altered or damaged after it was recorded.", nullptr,
                            int(m_report.problems.size())));
        break;
    case State::Failed:
        m_title->setText(tr("Verification could not run: %1").arg(m_failure));
        break;
    }
}

} // namespace ab::ui
