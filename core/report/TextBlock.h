#pragma once

#include "core/report/PageStyle.h"
#include "core/report/ReportDocument.h"

#include <QColor>
#include <QGlyphRun>
#include <QList>

class QPainter;

namespace ab::report
{

// A paragraph laid out with QTextLayout at a width, kept as glyph runs per
// line (compact, and independent of any paint device: dots at 1200 dpi).
// Line breaking is Qt's Unicode line breaking, which breaks between Han
// characters and keeps closing punctuation off the start of a line.
class TextBlock final
{
public:
    struct Line {
        qreal top = 0;             // of the line's pitch box, from the block's top
        qreal height = 0;          // the pitch
        qreal width = 0;           // natural width of the text on it
        int start = 0, length = 0; // in text()
        QList<QGlyphRun> runs;
    };

    TextBlock(const Paragraph &paragraph, const RoleStyle &style, const FontSet &fonts, qreal width, int pageCount);

    const QList<Line> &lines() const { return m_lines; }
    int lineCount() const { return int(m_lines.size()); }
    qreal height() const { return m_lines.isEmpty() ? 0 : m_lines.last().top + m_lines.last().height; }
    // The extent of lines [from, to).
    qreal height(int from, int to) const;
    qreal lineTop(int i) const { return m_lines.at(i).top; }
    qreal lastLineWidth() const { return m_lines.isEmpty() ? 0 : m_lines.last().width; }
    qreal lastLineLeft() const { return m_lastLeft; }
    qreal pointSize() const { return m_pt; }
    const QString &text() const { return m_text; }
    QString lineText(int i) const { return m_text.mid(m_lines.at(i).start, m_lines.at(i).length); }
    const QColor &color() const { return m_color; }

    // Draws lines [from, to) with the block's top-left at origin.
    void draw(QPainter &painter, const QPointF &origin, int from, int to) const;

private:
    void layout(const Paragraph &p, const RoleStyle &style, const FontSet &fonts, qreal width, int pageCount, qreal pt);
    QList<Line> m_lines;
    QString m_text;
    QColor m_color;
    qreal m_pt = 0;
    qreal m_lastLeft = 0;
};

} // namespace ab::report
