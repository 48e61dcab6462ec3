#include "ui/ScoreChart.h"

#include "core/util/Language.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>

namespace ab::ui {

namespace {
constexpr int Margin = 8;
constexpr int Gap = 10;
} // namespace

ScoreChart::ScoreChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreChart"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    describe();
}

void ScoreChart::setSections(const QList<catalog::SectionScore> &sections, double scale)
{
    m_sections = sections;
    m_scale = scale > 0 ? scale : 100;
    describe();
    updateGeometry();
    update();
}

QString ScoreChart::valueText(const catalog::SectionScore &section)
{
    return section.weight > 0 ? QLocale().toString(section.score, 'f', 1) : QStringLiteral("–");
}

QColor ScoreChart::colourFor(double fraction)
{
    if (fraction < 0.6)
        return QColor(0xc6, 0x28, 0x28); // red
    if (fraction < 0.8)
        return QColor(0xef, 0x9a, 0x00); // amber
    return QColor(0x2e, 0x7d, 0x32); // green
}

int ScoreChart::rowHeight() const
{
    return fontMetrics().height() * 2;
}

int ScoreChart::titleWidth() const
{
    const QString lang = Language::current();
    int w = 0;
    for (const catalog::SectionScore &s : m_sections)
        w = std::max(w, fontMetrics().horizontalAdvance(s.title.text(lang)));
    // At most 40% of the width; longer titles are elided, full in the description.
    return std::min(w, std::max(80, int(width() * 0.4)));
}

QSize ScoreChart::sizeHint() const
{
    return {640, 2 * Margin + std::max(1, int(m_sections.size())) * rowHeight()};
}

QSize ScoreChart::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

void ScoreChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QString lang = Language::current();
    const QFontMetrics fm = fontMetrics();
    const int titleW = titleWidth();
    const int valueW = fm.horizontalAdvance(QLocale().toString(m_scale, 'f', 1)) + fm.averageCharWidth();
    const int barX = Margin + titleW + Gap;
    const int barW = std::max(10, width() - barX - Gap - valueW - Margin);
    const int rh = rowHeight();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor track = palette().color(QPalette::Midlight);
    const QColor frame = palette().color(QPalette::Mid);
    if (m_sections.isEmpty()) {
        p.setPen(text);
        p.drawText(rect(), Qt::AlignCenter, tr("No sections to score."));
    }
    for (int i = 0; i < m_sections.size(); ++i) {
        const catalog::SectionScore &s = m_sections.at(i);
        const int y = Margin + i * rh;
        const QRect titleRect(Margin, y, titleW, rh);
        p.setPen(text);
        p.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(s.title.text(lang), Qt::ElideRight, titleW));
        const QRectF bar(barX, y + rh * 0.2, barW, rh * 0.6);
        p.setPen(QPen(frame, 1));
        p.setBrush(track);
        p.drawRect(bar);
        if (s.weight > 0) {
            const double f = std::clamp(s.score / m_scale, 0.0, 1.0);
            p.setPen(Qt::NoPen);
            p.setBrush(colourFor(f));
            // A scored 0 still shows its colour: a sliver, not an empty bar like "–".
            p.drawRect(QRectF(bar.left(), bar.top(), std::max(bar.width() * f, bar.height() / 3), bar.height()));
        }
        p.setPen(text);
        p.drawText(QRect(barX + barW + Gap, y, valueW, rh), Qt::AlignLeft | Qt::AlignVCenter, valueText(s));
    }
    if (hasFocus()) {
        QStyleOptionFocusRect o;
        o.initFrom(this);
        o.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &o, &p, this);
    }
}

void ScoreChart::describe()
{
    const QString lang = Language::current();
    QStringList lines;
    for (const catalog::SectionScore &s : m_sections)
        lines.append(s.weight > 0 ? tr("%1: %2 of %3").arg(s.title.text(lang), valueText(s), QLocale().toString(m_scale, 'f', 0))
                                  : tr("%1: nothing scored yet").arg(s.title.text(lang)));
    setAccessibleName(tr("Compliance by section"));
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    setToolTip(lines.join(QLatin1Char('\n')));
}

void ScoreChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        describe();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace ab::ui
