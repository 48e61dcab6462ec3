#pragma once

#include "core/report/LaidOutDocument.h"
#include "core/report/PreparedBlocks.h"

namespace ab::report
{

// Cuts prepared blocks into pages: headings kept with what follows, at
// least two lines of a paragraph on either side of a break, table header
// rows repeated on every page, small rows moved whole and tall ones split
// between lines, keep-together groups, the GB/T 9704 imprint at the foot.
class Paginator final
{
public:
    explicit Paginator(const PageStyle &style);
    void run(const QList<Prepared> &blocks);
    QList<PageContent> pages;
    QList<SlotDots> slots;

private:
    void newPage();
    bool atTop() const { return m_y <= m_body.top() + 0.5; }
    qreal room() const { return m_body.bottom() - m_y; }
    PageContent &page() { return pages.last(); }

    qreal minimumStart(const QList<Prepared> &blocks, qsizetype from) const;
    qreal heightOf(const Prepared &block) const;
    void placePara(const PreparedPara &p, qreal next);
    void placeLines(const PreparedPara &p, int from, int to);
    void placeRule(const PreparedPara &p);
    void rule(Paragraph::RuleBelow kind, const TextBlock &text, const QPointF &origin);
    void placeTable(const PreparedTable &t);
    void placeImprint(const PreparedTable &t);
    void placeHeader(const PreparedTable &t);
    // Places the part of row r starting at `start` (a line per cell) that
    // fits in `avail`; returns where each cell stopped.
    QList<int> placeRow(const PreparedTable &t, const PreparedRow &r, const QList<int> &start, qreal avail, bool whole);
    void placeChart(const PreparedChart &c);
    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal width, const QColor &color = Qt::black, bool dashed = false);

    const PageStyle &m_style;
    QRectF m_body;
    qreal m_y = 0;
};

} // namespace ab::report
