#include "core/report/TextBlock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <limits>

namespace ab::report
{

namespace
{
// What may be printed: composed (NFC, one character per Vietnamese letter),
// forced breaks as line separators, no stray control characters.
QString printable(QString text, int pageCount)
{
    text = text.normalized(QString::NormalizationForm_C);
    for (QChar &c : text) {
        if (c == QLatin1Char('\n'))
            c = QChar::LineSeparator;
        else if (c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    text.replace(QChar(Paragraph::PageCountToken), QString::number(std::max(pageCount, 1)));
    return text;
}
} // namespace

TextBlock::TextBlock(const Paragraph &paragraph, const RoleStyle &style, const FontSet &fonts, qreal width, int pageCount)
    : m_color(style.color)
{
    qreal pt = style.pt;
    layout(paragraph, style, fonts, width, pageCount, pt);
    // Mastheads and mottos stay on one line (GB/T 9704, Decree 30): smaller
    // rather than wrapped.
    while (style.fitOneLine && m_lines.size() > 1 && pt - 0.5 >= style.minPt) {
        pt -= 0.5;
        layout(paragraph, style, fonts, width, pageCount, pt);
    }
}

void TextBlock::layout(const Paragraph &p, const RoleStyle &style, const FontSet &fonts, qreal width, int pageCount, qreal pt)
{
    m_pt = pt;
    m_lines.clear();
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Span &s : p.spans) {
        const QString part = printable(s.text, pageCount);
        if ((s.bold && !style.bold) || (s.italic && !style.italic) || s.mono) {
            QTextCharFormat fmt;
            if (s.mono)
                fmt.setFont(fonts.font(Face::Mono, pt * 0.9, s.bold || style.bold, false));
            else
                fmt.setFont(fonts.font(style.face, pt, s.bold || style.bold, s.italic || style.italic));
            formats.append({int(text.size()), int(part.size()), fmt});
        }
        text += part;
    }
    QFont font = fonts.font(style.face, pt, style.bold, style.italic);
    qreal indent = PageStyle::pt(style.indentPt);
    if (style.gridChars > 0) {
        // GB/T 9704: 28 characters fill a line of the type area exactly.
        const qreal cell = width / style.gridChars;
        const qreal advance = QFontMetricsF(font).horizontalAdvance(QChar(0x56FD));
        // A hair under the cell, so rounding never pushes the 28th to the next line.
        font.setLetterSpacing(QFont::AbsoluteSpacing, cell - advance - 0.05);
        indent += style.indentChars * cell;
    } else if (style.indentChars > 0) {
        indent += style.indentChars * QFontMetricsF(font).horizontalAdvance(QChar(0x56FD));
    }
    if (p.noIndent)
        indent = 0;

    m_text = text;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(p.align ? p.align : style.align);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    if (!formats.isEmpty())
        layout.setFormats(formats);
    layout.setCacheEnabled(true);

    const qreal pitch = PageStyle::pt(style.pitchPt);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        const bool first = m_lines.isEmpty();
        line.setLineWidth(std::max<qreal>(1, width - (first ? indent : 0)));
        const qreal natural = line.ascent() + line.descent();
        const qreal h = pitch > 0 ? std::max(pitch, natural) : natural + line.leading();
        line.setPosition(QPointF(first ? indent : 0, y + (h - natural) / 2));
        m_lines.append(Line{y, h, line.naturalTextWidth(), line.textStart(), line.textLength(), {}});
        y += h;
    }
    layout.endLayout();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        m_lines[i].runs = line.glyphRuns();
        if (i == layout.lineCount() - 1) {
            // Where the last line's text starts, for rules centred under it.
            qreal left = std::numeric_limits<qreal>::max();
            for (const QGlyphRun &r : std::as_const(m_lines[i].runs))
                for (const QPointF &pos : r.positions())
                    left = std::min(left, pos.x());
            m_lastLeft = left == std::numeric_limits<qreal>::max() ? line.x() : left;
        }
    }
}

qreal TextBlock::height(int from, int to) const
{
    if (from >= to || from < 0 || to > m_lines.size())
        return 0;
    return m_lines.at(to - 1).top + m_lines.at(to - 1).height - m_lines.at(from).top;
}

void TextBlock::draw(QPainter &painter, const QPointF &origin, int from, int to) const
{
    painter.setPen(m_color);
    for (int i = std::max(0, from); i < std::min<int>(to, int(m_lines.size())); ++i)
        for (const QGlyphRun &run : m_lines.at(i).runs)
            painter.drawGlyphRun(origin, run);
}

} // namespace ab::report
