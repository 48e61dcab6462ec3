#include "core/report/Paginator.h"

namespace ab::report
{

namespace
{
// A row at most this share of the page moves whole to the next page rather than split.
constexpr qreal KeepRowShare = 0.25;
} // namespace

Paginator::Paginator(const PageStyle &style) : m_style(style), m_body(style.bodyDots()) {}

void Paginator::newPage()
{
    pages.append(PageContent());
    m_y = m_body.top();
}

void Paginator::line(qreal x1, qreal y1, qreal x2, qreal y2, qreal width, const QColor &color, bool dashed)
{
    page().lines.append({QLineF(x1, y1, x2, y2), width, color, dashed});
}

qreal Paginator::heightOf(const Prepared &block) const
{
    if (const auto *p = std::get_if<PreparedPara>(&block))
        return p->before + p->height();
    if (const auto *t = std::get_if<PreparedTable>(&block))
        return t->height();
    if (const auto *c = std::get_if<PreparedChart>(&block))
        return c->height();
    if (const auto *s = std::get_if<Spacer>(&block))
        return PageStyle::mm(s->mm);
    if (const auto *r = std::get_if<PreparedRule>(&block))
        return r->before + r->thickness;
    return 0;
}

// How much of the blocks from `from` on must follow a heading on its page:
// two lines of a paragraph, a table's header and first row.
qreal Paginator::minimumStart(const QList<Prepared> &blocks, qsizetype from) const
{
    for (qsizetype i = from; i < blocks.size(); ++i) {
        const Prepared &b = blocks.at(i);
        if (const auto *p = std::get_if<PreparedPara>(&b)) {
            const int n = std::min(2, p->text->lineCount());
            qreal h = p->before + p->text->height(0, n);
            if (p->keepWithNext) // a heading under a heading
                h += minimumStart(blocks, i + 1);
            return h;
        }
        if (const auto *t = std::get_if<PreparedTable>(&b)) {
            qreal h = t->heading ? t->heading->before + t->heading->height() : 0;
            if (t->keepTogether)
                return t->height();
            h += t->headerHeight();
            if (t->rows.size() > t->headerRows)
                h += std::min(t->rows.at(t->headerRows).height, m_body.height() * KeepRowShare);
            return h;
        }
        if (const auto *c = std::get_if<PreparedChart>(&b))
            return c->height();
        if (std::holds_alternative<PageBreak>(b))
            return 0;
    }
    return 0;
}

void Paginator::run(const QList<Prepared> &blocks)
{
    pages.clear();
    slots.clear();
    newPage();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Prepared &b = blocks.at(i);
        if (const auto *p = std::get_if<PreparedPara>(&b)) {
            placePara(*p, p->keepWithNext ? minimumStart(blocks, i + 1) : 0);
        } else if (const auto *t = std::get_if<PreparedTable>(&b)) {
            placeTable(*t);
        } else if (const auto *c = std::get_if<PreparedChart>(&b)) {
            if (c->height() > room() && !atTop())
                newPage();
            placeChart(*c);
        } else if (const auto *s = std::get_if<Spacer>(&b)) {
            if (!atTop())
                m_y += PageStyle::mm(s->mm);
            if (m_y > m_body.bottom())
                newPage();
        } else if (const auto *r = std::get_if<PreparedRule>(&b)) {
            if (r->before + r->thickness > room())
                newPage();
            m_y += r->before;
            line(m_body.left(), m_y + r->thickness / 2, m_body.right(), m_y + r->thickness / 2, r->thickness, r->color);
            m_y += r->thickness;
        } else if (std::holds_alternative<PageBreak>(b)) {
            if (!page().isEmpty())
                newPage();
        } else if (const auto *k = std::get_if<KeepTogether>(&b)) {
            qreal h = 0;
            for (qsizetype j = i + 1; j <= i + k->blocks && j < blocks.size(); ++j)
                h += heightOf(blocks.at(j));
            if (h <= m_body.height() && h > room() && !atTop())
                newPage();
        }
    }
}

void Paginator::placeLines(const PreparedPara &p, int from, int to)
{
    const qreal x = m_body.left() + p.x;
    page().texts.append({p.text, from, to, QPointF(x, m_y - p.text->lineTop(from))});
    m_y += p.text->height(from, to);
}

void Paginator::rule(Paragraph::RuleBelow kind, const TextBlock &tb, const QPointF &origin)
{
    // Decree 30: a solid line under the text, as long as it (motto) or a
    // third to a half of it (organ name, title), centred.
    const qreal textWidth = tb.lastLineWidth();
    const qreal len = kind == Paragraph::RuleBelow::Full ? textWidth : textWidth * 0.4;
    const qreal centre = origin.x() + tb.lastLineLeft() + textWidth / 2;
    const qreal y = origin.y() + tb.height() + PageStyle::pt(1);
    line(centre - len / 2, y, centre + len / 2, y, PageStyle::pt(0.6));
}

void Paginator::placeRule(const PreparedPara &p)
{
    if (p.rule == Paragraph::RuleBelow::None)
        return;
    rule(p.rule, *p.text, QPointF(m_body.left() + p.x, m_y - p.text->height()));
    m_y += p.ruleHeight();
}

void Paginator::placePara(const PreparedPara &p, qreal next)
{
    const TextBlock &tb = *p.text;
    qreal before = atTop() ? 0 : p.before;
    if (p.keepWithNext) {
        const qreal need = before + tb.height() + p.ruleHeight() + next;
        if (need > room() && !atTop() && need <= m_body.height()) {
            newPage();
            before = 0;
        }
    }
    m_y += before;
    const int n = tb.lineCount();
    int from = 0;
    while (from < n) {
        int fit = 0;
        while (from + fit < n && tb.height(from, from + fit + 1) <= room() + 0.01)
            ++fit;
        if (from + fit >= n) {
            placeLines(p, from, n);
            break;
        }
        // Orphans and widows: two lines at least on either side of a break.
        if (n - from - fit < 2 && fit > 2)
            --fit;
        if (fit < 2 && !atTop()) {
            newPage();
            continue;
        }
        fit = std::max(fit, 1); // a line taller than a page: printed all the same
        placeLines(p, from, from + fit);
        newPage();
        from += fit;
    }
    placeRule(p);
    m_y += p.after;
}

void Paginator::placeHeader(const PreparedTable &t)
{
    for (int r = 0; r < t.headerRows && r < t.rows.size(); ++r)
        placeRow(t, t.rows.at(r), QList<int>(t.rows.at(r).cells.size(), 0), t.rows.at(r).height, true);
}

void Paginator::placeTable(const PreparedTable &t)
{
    if (t.imprint) {
        placeImprint(t);
        return;
    }
    qreal total = t.height();
    if (t.keepTogether && total <= m_body.height() && total > room() && !atTop())
        newPage();
    if (t.heading) {
        qreal need = t.heading->before + t.heading->height() + t.headerHeight();
        if (t.rows.size() > t.headerRows)
            need += t.rows.at(t.headerRows).height;
        if (need > room() && !atTop())
            newPage();
        placePara(*t.heading, 0);
    }
    if (t.headerRows > 0 && t.rows.size() > t.headerRows) {
        const qreal need = t.headerHeight() + std::min(t.rows.at(t.headerRows).height, m_body.height() * KeepRowShare);
        if (need > room() && !atTop())
            newPage();
    }
    placeHeader(t);
    for (int r = t.headerRows; r < t.rows.size(); ++r) {
        const PreparedRow &row = t.rows.at(r);
        if (row.height <= room() + 0.01) {
            placeRow(t, row, QList<int>(row.cells.size(), 0), row.height, true);
            continue;
        }
        const bool small = row.height <= m_body.height() * KeepRowShare;
        if (small) {
            newPage();
            placeHeader(t);
            if (row.height <= room() + 0.01) {
                placeRow(t, row, QList<int>(row.cells.size(), 0), row.height, true);
                continue;
            }
        }
        // Split between lines, each part under the repeated header.
        QList<int> start(row.cells.size(), 0);
        for (;;) {
            qreal rest = 0;
            for (int c = 0; c < row.cells.size(); ++c) {
                const PreparedCell &cell = row.cells.at(c);
                if (start.at(c) < cell.lines.size())
                    rest = std::max(rest, cell.contentHeight - cell.lines.at(start.at(c)).top);
            }
            rest += 2 * PageStyle::mm(m_style.cellPadYmm);
            if (rest <= room() + 0.01) {
                placeRow(t, row, start, rest, false);
                break;
            }
            const QList<int> stop = placeRow(t, row, start, room(), false);
            if (stop == start) { // not one line fits: a fresh page must take it
                if (atTop()) {
                    placeRow(t, row, start, rest, false);
                    break;
                }
            } else {
                start = stop;
            }
            newPage();
            placeHeader(t);
        }
    }
    if (t.style == TableStyle::Grid)
        m_y = std::min(m_y + PageStyle::pt(m_style.tableAfterPt), m_body.bottom());
}

QList<int> Paginator::placeRow(const PreparedTable &t, const PreparedRow &r, const QList<int> &start, qreal avail, bool whole)
{
    const qreal padX = PageStyle::mm(m_style.cellPadXmm), padY = PageStyle::mm(m_style.cellPadYmm);
    QList<int> stop = start;
    qreal height = whole ? r.height : 0;
    if (!whole) {
        // How far each cell gets in the room there is.
        for (int c = 0; c < r.cells.size(); ++c) {
            const PreparedCell &cell = r.cells.at(c);
            int i = start.at(c);
            if (i >= cell.lines.size())
                continue;
            const qreal top = cell.lines.at(i).top;
            while (i < cell.lines.size() && cell.lines.at(i).bottom - top + 2 * padY <= avail + 0.01)
                ++i;
            stop[c] = i;
            if (i > start.at(c))
                height = std::max(height, cell.lines.at(i - 1).bottom - top + 2 * padY);
        }
        if (stop == start)
            return stop;
        // A part shorter than two lines of its tallest cell is not worth it.
        bool anyTwo = false;
        for (int c = 0; c < r.cells.size(); ++c)
            anyTwo = anyTwo || stop.at(c) - start.at(c) >= 2 || stop.at(c) == r.cells.at(c).lines.size();
        if (!anyTwo && !atTop())
            return start;
    }
    const qreal y = m_y;
    for (int c = 0; c < r.cells.size(); ++c) {
        const PreparedCell &cell = r.cells.at(c);
        const QRectF rect(m_body.left() + cell.x, y, cell.w, height);
        if (cell.shaded)
            page().fills.append({rect, m_style.shade});
        const qreal bw = PageStyle::pt(m_style.borderPt);
        if (t.style == TableStyle::Grid) {
            line(rect.left(), rect.top(), rect.right(), rect.top(), bw);
            line(rect.left(), rect.bottom(), rect.right(), rect.bottom(), bw);
            line(rect.left(), rect.top(), rect.left(), rect.bottom(), bw);
            line(rect.right(), rect.top(), rect.right(), rect.bottom(), bw);
        } else if (t.style == TableStyle::Underlines) {
            line(rect.left(), rect.bottom(), rect.right(), rect.bottom(), bw);
        }
        const int from = whole ? 0 : start.at(c);
        const int to = whole ? int(cell.lines.size()) : stop.at(c);
        if (from < to) {
            const qreal firstTop = cell.lines.at(from).top;
            qreal dy = 0;
            if (cell.vcenter && whole)
                dy = std::max<qreal>(0, (height - 2 * padY - cell.contentHeight) / 2);
            int i = from;
            while (i < to) {
                const int para = cell.lines.at(i).para;
                int j = i;
                while (j < to && cell.lines.at(j).para == para)
                    ++j;
                const auto &tb = cell.paras.at(para);
                const QPointF origin(rect.left() + padX, y + padY + dy + cell.paraTop.at(para) - firstTop);
                page().texts.append({tb, cell.lines.at(i).line, cell.lines.at(j - 1).line + 1, origin});
                if (cell.paraRule.at(para) != Paragraph::RuleBelow::None && cell.lines.at(j - 1).line == tb->lineCount() - 1)
                    rule(cell.paraRule.at(para), *tb, origin);
                i = j;
            }
        }
        if (cell.slot && whole) {
            const qreal inset = PageStyle::mm(1.5);
            slots.append({int(pages.size() - 1), rect.adjusted(inset, inset, -inset, -inset), cell.slotRole, cell.slotSigner});
            // A faint frame shows where the signature's visible block goes.
            const QRectF f = rect.adjusted(inset, inset, -inset, -inset);
            const QColor grey(0xB0, 0xB0, 0xB0);
            line(f.left(), f.top(), f.right(), f.top(), bw / 2, grey, true);
            line(f.left(), f.bottom(), f.right(), f.bottom(), bw / 2, grey, true);
            line(f.left(), f.top(), f.left(), f.bottom(), bw / 2, grey, true);
            line(f.right(), f.top(), f.right(), f.bottom(), bw / 2, grey, true);
        }
    }
    m_y += height;
    return stop;
}

void Paginator::placeImprint(const PreparedTable &t)
{
    // GB/T 9704 版记: on the last page's last lines, between a thick rule
    // above and below and thin ones between its rows.
    const qreal thick = PageStyle::mm(0.35), thin = PageStyle::mm(0.25);
    const qreal h = t.height() + thick;
    if (h > room())
        newPage();
    m_y = m_body.bottom() - h;
    line(m_body.left(), m_y, m_body.right(), m_y, thick);
    for (int r = 0; r < t.rows.size(); ++r) {
        placeRow(t, t.rows.at(r), QList<int>(t.rows.at(r).cells.size(), 0), t.rows.at(r).height, true);
        const bool last = r == t.rows.size() - 1;
        line(m_body.left(), m_y, m_body.right(), m_y, last ? thick : thin);
    }
    m_y = m_body.bottom();
}

void Paginator::placeChart(const PreparedChart &c)
{
    const qreal x0 = m_body.left() + c.labelWidth;
    const qreal barH = PageStyle::mm(4.5);
    qreal y = m_y + PageStyle::mm(3);
    const qreal top = y;
    for (const PreparedChart::Bar &b : c.bars) {
        page().texts.append({b.label, 0, b.label->lineCount(), QPointF(m_body.left(), y + (b.height - b.label->height()) / 2)});
        const qreal by = y + (b.height - barH) / 2;
        if (b.scored && b.fraction > 0)
            page().fills.append(
                {QRectF(x0, by, c.barArea * b.fraction, barH), b.total ? QColor(0x33, 0x33, 0x33) : QColor(0x80, 0x80, 0x80)});
        if (!b.scored) {
            const QColor grey(0x99, 0x99, 0x99);
            line(x0, by, x0 + c.barArea, by, PageStyle::pt(0.4), grey, true);
            line(x0, by + barH, x0 + c.barArea, by + barH, PageStyle::pt(0.4), grey, true);
        }
        page().texts.append(
            {b.value, 0, b.value->lineCount(), QPointF(x0 + c.barArea + PageStyle::mm(2), y + (b.height - b.value->height()) / 2)});
        y += b.height;
    }
    // The scale: light lines at every quarter, the axis, and its numbers.
    for (const auto &[fraction, label] : c.ticks) {
        const qreal x = x0 + c.barArea * fraction;
        line(x, top, x, y, PageStyle::pt(0.3), QColor(0xC0, 0xC0, 0xC0), fraction > 0);
        page().texts.append({label, 0, label->lineCount(), QPointF(x - PageStyle::mm(7), y + PageStyle::mm(1))});
    }
    line(x0, y, x0 + c.barArea, y, PageStyle::pt(0.6));
    y += PageStyle::mm(2) + (c.ticks.isEmpty() ? 0 : c.ticks.first().second->height()) + PageStyle::mm(2);
    if (c.caption) {
        page().texts.append({c.caption, 0, c.caption->lineCount(), QPointF(m_body.left(), y)});
        y += c.caption->height();
    }
    m_y = y + PageStyle::mm(2);
}

} // namespace ab::report
