#include "core/report/PreparedBlocks.h"

namespace ab::report
{

namespace
{
qreal cellPadX(const PageStyle &s)
{
    return PageStyle::mm(s.cellPadXmm);
}
qreal cellPadY(const PageStyle &s)
{
    return PageStyle::mm(s.cellPadYmm);
}
} // namespace

qreal PreparedPara::ruleHeight(Paragraph::RuleBelow rule)
{
    return rule == Paragraph::RuleBelow::None ? 0 : PageStyle::pt(1 + 0.6 + 4);
}

qreal PreparedTable::height() const
{
    qreal h = heading ? heading->before + heading->height() : 0;
    for (const PreparedRow &r : rows)
        h += r.height;
    return h;
}

qreal PreparedTable::headerHeight() const
{
    qreal h = 0;
    for (int i = 0; i < headerRows && i < rows.size(); ++i)
        h += rows.at(i).height;
    return h;
}

qreal PreparedChart::height() const
{
    qreal h = PageStyle::mm(3);
    for (const Bar &b : bars)
        h += b.height;
    h += PageStyle::mm(2) + (ticks.isEmpty() ? 0 : ticks.first().second->height()) + PageStyle::mm(2);
    return h + (caption ? caption->height() : 0) + PageStyle::mm(2);
}

bool BlockPreparer::usesPageCount(const Block &block)
{
    const auto has = [](const Paragraph &p) { return p.text().contains(QChar(Paragraph::PageCountToken)); };
    if (const auto *p = std::get_if<Paragraph>(&block))
        return has(*p);
    if (const auto *t = std::get_if<Table>(&block))
        for (const auto &row : t->rows)
            for (const Cell &c : row)
                for (const Paragraph &p : c.paragraphs)
                    if (has(p))
                        return true;
    return false;
}

qint64 BlockPreparer::weight(const Block &block)
{
    if (const auto *t = std::get_if<Table>(&block))
        return std::max<qint64>(1, t->rows.size());
    return 1;
}

QList<qreal> BlockPreparer::columns(const QList<qreal> &widths) const
{
    qreal sum = 0;
    for (qreal w : widths)
        sum += w;
    QList<qreal> out;
    const qreal total = m_style.bodyDots().width();
    for (qreal w : widths)
        out << (sum > 0 ? total * w / sum : total / widths.size());
    return out;
}

PreparedPara BlockPreparer::para(const Paragraph &p, qreal width, int pageCount) const
{
    const RoleStyle rs = m_style.role(p.role);
    PreparedPara out;
    out.text = std::make_shared<TextBlock>(p, rs, m_fonts, width, pageCount);
    out.before = PageStyle::pt(rs.beforePt);
    out.after = PageStyle::pt(rs.afterPt);
    out.rule = p.rule;
    out.keepWithNext = p.keepWithNext || rs.keepWithNext;
    return out;
}

PreparedCell BlockPreparer::cell(const Cell &c, qreal x, qreal w, int pageCount) const
{
    PreparedCell out;
    out.x = x;
    out.w = w;
    out.shaded = c.shaded;
    out.minHeight = PageStyle::mm(c.minHeightMm);
    const qreal inner = std::max<qreal>(1, w - 2 * cellPadX(m_style));
    qreal y = 0;
    for (const Paragraph &p : c.paragraphs) {
        if (!out.paras.isEmpty())
            y += PageStyle::pt(1.5);
        const RoleStyle rs = m_style.role(p.role);
        RoleStyle inCell = rs;
        inCell.indentPt = 0; // no first-line indents inside cells
        inCell.indentChars = 0;
        inCell.gridChars = 0;
        if (inCell.align == Qt::AlignJustify)
            inCell.align = Qt::AlignLeft;
        auto tb = std::make_shared<TextBlock>(p, inCell, m_fonts, inner, pageCount);
        out.paraTop << y;
        for (int i = 0; i < tb->lineCount(); ++i)
            out.lines << CellLine{int(out.paras.size()), i, y + tb->lineTop(i), y + tb->lineTop(i) + tb->lines().at(i).height};
        y += tb->height() + PreparedPara::ruleHeight(p.rule);
        out.paraRule << p.rule;
        out.paras << tb;
    }
    out.contentHeight = y;
    return out;
}

PreparedTable BlockPreparer::table(const Table &t, int pageCount) const
{
    PreparedTable out;
    out.headerRows = t.headerRows;
    out.style = t.borders ? TableStyle::Grid : TableStyle::None;
    out.keepTogether = t.keepTogether;
    const QList<qreal> cols = columns(t.widths);
    const qreal left = 0;
    for (int r = 0; r < t.rows.size(); ++r) {
        PreparedRow row;
        qreal x = left;
        int col = 0;
        for (const Cell &c : t.rows.at(r)) {
            qreal w = 0;
            for (int i = 0; i < std::max(1, c.span) && col < cols.size(); ++i)
                w += cols.at(col++);
            PreparedCell pc = cell(c, x, w, pageCount);
            pc.vcenter = r < t.headerRows;
            row.cells << pc;
            x += w;
        }
        for (const PreparedCell &pc : std::as_const(row.cells))
            row.height = std::max({row.height, pc.contentHeight + 2 * cellPadY(m_style), pc.minHeight});
        out.rows << row;
    }
    return out;
}

PreparedTable BlockPreparer::panel(const SignaturePanel &s) const
{
    Table t;
    t.widths = {34, 33, 33};
    t.headerRows = 1;
    t.keepTogether = true;
    QList<Cell> header;
    for (const QString &h : {s.roleHeader, s.handHeader, s.digitalHeader}) {
        Cell c = Cell::of(Role::TableHeader, h, Qt::AlignHCenter);
        c.shaded = true;
        header << c;
    }
    t.rows << header;
    for (const SignaturePanel::Row &r : s.rows) {
        Cell who;
        who.paragraphs << Paragraph::of(Role::SignCaption, r.caption)
                       << Paragraph::of(Role::SignName, r.name.isEmpty() ? QStringLiteral("____________________") : r.name);
        Cell hand;
        hand.minHeightMm = 22;
        t.rows << QList<Cell>{who, hand, Cell()};
    }
    PreparedTable out = table(t, 1);
    for (int i = 0; i < s.rows.size(); ++i) {
        PreparedRow &row = out.rows[i + 1];
        row.cells[0].vcenter = true;
        if (s.rows.at(i).digital) {
            row.cells[2].slot = true;
            row.cells[2].slotRole = s.rows.at(i).role;
            row.cells[2].slotSigner = s.rows.at(i).name;
        }
    }
    Paragraph heading = Paragraph::of(Role::Caption, s.heading);
    heading.keepWithNext = true;
    out.heading = para(heading, m_style.bodyDots().width(), 1);
    return out;
}

PreparedTable BlockPreparer::fillLines(const FillLines &f) const
{
    Table t;
    t.widths = {100};
    for (int i = 0; i < f.lines; ++i) {
        Cell c;
        c.minHeightMm = 9;
        t.rows << QList<Cell>{c};
    }
    PreparedTable out = table(t, 1);
    out.style = TableStyle::Underlines;
    return out;
}

PreparedTable BlockPreparer::imprint(const Imprint &im) const
{
    Table t;
    t.widths = {60, 40};
    t.borders = false;
    for (const auto &[l, r] : im.rows) {
        Paragraph left = Paragraph::of(Role::Imprint, l);
        Paragraph right = Paragraph::of(Role::Imprint, r, Qt::AlignRight);
        Cell a, b;
        a.paragraphs << left;
        b.paragraphs << right;
        t.rows << QList<Cell>{a, b};
    }
    PreparedTable out = table(t, 1);
    out.imprint = true;
    out.keepTogether = true;
    return out;
}

PreparedChart BlockPreparer::chart(const BarChart &c) const
{
    PreparedChart out;
    const qreal width = m_style.bodyDots().width();
    out.labelWidth = width * 0.36;
    out.valueWidth = width * 0.12;
    out.barArea = width - out.labelWidth - out.valueWidth - PageStyle::mm(4);
    for (const BarChart::Bar &b : c.bars) {
        PreparedChart::Bar bar;
        Paragraph label = Paragraph::of(Role::TableCell, b.label, Qt::AlignRight);
        if (b.total)
            label.spans.first().bold = true;
        bar.label = std::make_shared<TextBlock>(label, m_style.role(Role::TableCell), m_fonts, out.labelWidth - PageStyle::mm(3), 1);
        QString value = c.unscoredText;
        if (b.scored) {
            value = QString::number(std::round(b.value * 100) / 100, 'f', 2);
            while (value.contains(QLatin1Char('.')) && (value.endsWith(QLatin1Char('0')) || value.endsWith(QLatin1Char('.'))))
                value.chop(1);
            if (m_style.lang == QLatin1String("vi"))
                value.replace(QLatin1Char('.'), QLatin1Char(','));
        }
        Paragraph v = Paragraph::of(Role::TableCell, value);
        if (b.total)
            v.spans.first().bold = true;
        bar.value = std::make_shared<TextBlock>(v, m_style.role(Role::TableCell), m_fonts, out.valueWidth, 1);
        bar.fraction = b.max > 0 ? std::clamp(b.value / b.max, 0.0, 1.0) : 0;
        bar.scored = b.scored;
        bar.total = b.total;
        bar.height = std::max(bar.label->height(), PageStyle::mm(7)) + PageStyle::mm(1);
        out.bars << bar;
    }
    const double max = c.bars.isEmpty() ? 100 : c.bars.first().max;
    for (int i = 0; i <= 4; ++i) {
        const double v = max * i / 4;
        QString s = QString::number(v, 'f', v == std::floor(v) ? 0 : 1);
        if (m_style.lang == QLatin1String("vi"))
            s.replace(QLatin1Char('.'), QLatin1Char(','));
        out.ticks << std::pair<double, std::shared_ptr<TextBlock>>{
            i / 4.0, std::make_shared<TextBlock>(Paragraph::of(Role::Small, s, Qt::AlignHCenter), m_style.role(Role::Small), m_fonts,
                                                 PageStyle::mm(14), 1)};
    }
    out.caption = std::make_shared<TextBlock>(Paragraph::of(Role::Caption, c.caption), m_style.role(Role::Caption), m_fonts, width, 1);
    return out;
}

Prepared BlockPreparer::prepare(const Block &block, int pageCount) const
{
    const qreal width = m_style.bodyDots().width();
    if (const auto *p = std::get_if<Paragraph>(&block))
        return para(*p, width, pageCount);
    if (const auto *t = std::get_if<Table>(&block))
        return table(*t, pageCount);
    if (const auto *c = std::get_if<BarChart>(&block))
        return chart(*c);
    if (const auto *s = std::get_if<SignaturePanel>(&block))
        return panel(*s);
    if (const auto *f = std::get_if<FillLines>(&block))
        return fillLines(*f);
    if (const auto *im = std::get_if<Imprint>(&block))
        return imprint(*im);
    if (const auto *r = std::get_if<Rule>(&block))
        return PreparedRule{r->color, PageStyle::mm(r->thicknessMm), PageStyle::mm(r->spaceBeforeMm)};
    if (const auto *s = std::get_if<Spacer>(&block))
        return *s;
    if (const auto *k = std::get_if<KeepTogether>(&block))
        return *k;
    return PageBreak{};
}

} // namespace ab::report
