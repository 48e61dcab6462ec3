#include "core/report/PagePainter.h"

#include "core/report/ReportTexts.h"

#include <QPainter>

namespace ab::report
{

QString PagePainter::footerText(const LaidOutDocument &doc, int page)
{
    return ReportTexts::substitute(doc.footerPattern, {{QStringLiteral("page"), QString::number(page + 1)},
                                                       {QStringLiteral("pages"), QString::number(doc.pageCount())}});
}

void PagePainter::paint(QPainter &painter, const LaidOutDocument &doc, int index)
{
    if (index < 0 || index >= doc.pages.size())
        return;
    const PageContent &page = doc.pages.at(index);
    painter.save();
    for (const PageContent::Fill &f : page.fills)
        painter.fillRect(f.rect, f.color);
    for (const PageContent::Line &l : page.lines) {
        QPen pen(l.color, l.width, l.dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(l.line);
    }
    for (const PageContent::Text &t : page.texts)
        t.block->draw(painter, t.origin, t.from, t.to);

    // GB/T 9704: page numbers 7 mm under the type area; Decree 30: centred in the top margin.
    const QRectF body = doc.style.bodyDots();
    const TextBlock footer(Paragraph::of(Role::BodyFlush, footerText(doc, index), Qt::AlignHCenter), doc.style.footer, doc.fonts,
                           body.width(), 0);
    const qreal y = doc.style.footerAtTop ? PageStyle::mm(doc.style.footerGapMm) : body.bottom() + PageStyle::mm(doc.style.footerGapMm);
    footer.draw(painter, QPointF(body.left(), y), 0, footer.lineCount());
    painter.restore();
}

} // namespace ab::report
