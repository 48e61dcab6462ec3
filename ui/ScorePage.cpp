#include "ui/ScorePage.h"

#include "core/util/Language.h"

#include "ui/QuestionnaireModel.h"
#include "ui/ScoreChart.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ab::ui {

ScorePage::ScorePage(QWidget *parent) : QWidget(parent)
{
    auto *inner = new QWidget;
    m_heading = new QLabel(inner);
    m_total = new QLabel(inner);
    m_total->setObjectName(QStringLiteral("scoreTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_counts = new QLabel(inner);
    m_deductions = new QLabel(inner);
    m_severity = new QLabel(inner);
    m_chartHeading = new QLabel(inner);
    QFont bold = m_chartHeading->font();
    bold.setBold(true);
    m_chartHeading->setFont(bold);
    m_heading->setFont(bold);
    m_chart = new ScoreChart(inner);
    m_legend = new QLabel(inner);
    m_legend->setWordWrap(true);
    for (QLabel *l : {m_counts, m_deductions, m_severity}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }

    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_heading);
    innerLayout->addWidget(m_total);
    innerLayout->addWidget(m_counts);
    innerLayout->addWidget(m_deductions);
    innerLayout->addWidget(m_severity);
    innerLayout->addSpacing(12);
    innerLayout->addWidget(m_chartHeading);
    innerLayout->addWidget(m_chart);
    innerLayout->addWidget(m_legend);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    render();
}

void ScorePage::setScore(const std::optional<catalog::Score> &score)
{
    m_score = score;
    render();
}

QString ScorePage::totalText() const
{
    if (!m_score)
        return {};
    return tr("%1 / %2").arg(QLocale().toString(m_score->total, 'f', 1), QLocale().toString(m_score->scale, 'f', 0));
}

void ScorePage::render()
{
    m_heading->setText(tr("Total score"));
    m_chartHeading->setText(tr("Compliance by section"));
    m_legend->setText(tr("Bars run from 0 to the catalog's scale: red below 60%, amber below 80%, green from 80%. "
                         "\"–\" marks a section with nothing scored yet. Text and date answers are recorded but not scored."));
    if (!m_score) {
        m_total->setText(QStringLiteral("–"));
        for (QLabel *l : {m_counts, m_deductions, m_severity})
            l->clear();
        m_chart->setSections({}, 100);
        return;
    }
    const catalog::Score &s = *m_score;
    m_total->setText(totalText());
    m_total->setAccessibleName(tr("Total score: %1").arg(totalText()));
    m_counts->setText(tr("%1 of %2 applicable items answered, %3 pending.").arg(s.answered).arg(s.applicable).arg(s.pending));
    m_deductions->setText(tr("Deductions for non-compliance: %1 points.").arg(QLocale().toString(s.deductions, 'f', 1)));
    QStringList bySeverity;
    for (const QString &sev : {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("info")})
        bySeverity.append(tr("%1: %2").arg(QuestionnaireModel::severityName(sev)).arg(s.noncompliantBySeverity.value(sev)));
    // The catalog's counters (weak passwords, medium/high-risk vulnerabilities) follow.
    QStringList lines{tr("Non-compliant or partial items by severity: %1").arg(bySeverity.join(QStringLiteral(", ")))};
    for (const auto &[counter, n] : s.counters)
        lines.append(tr("%1: %2").arg(counter.title.text(Language::current())).arg(n));
    m_severity->setText(lines.join(QLatin1Char('\n')));
    m_chart->setSections(s.sections, s.scale);
}

void ScorePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace ab::ui
