#include "core/report/PdfRenderer.h"

#include "core/report/PagePainter.h"
#include "core/report/PdfTextRepair.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace ab::report
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::PdfRenderer)
};

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, Tr::tr("Rendering the document was cancelled."));
}

QPageLayout a4(const PageStyle &style)
{
    return QPageLayout(QPageSize(QSizeF(style.paperMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch), QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}
} // namespace

QList<QFont> PdfRenderer::faces(const FontSet &fonts)
{
    QList<QFont> out;
    for (Face face : {Face::Serif, Face::Sans, Face::Mono}) {
        const QStringList families = fonts.families(face);
        for (const QString &family : families)
            for (bool bold : {false, true})
                for (bool italic : {false, true}) {
                    QFont f = fonts.font(face, 12, bold, italic);
                    f.setFamilies({family});
                    out << f;
                }
    }
    return out;
}

Result<RenderedPdf> PdfRenderer::render(const LaidOutDocument &doc, const Progress &progress)
{
    QByteArray bytes;
    qreal pageHeightPt = 0;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot prepare the PDF in memory."));
        QPdfWriter writer(&buffer);
        writer.setResolution(FontSet::LayoutDpi); // 1 dot = 1 device unit: no scaling
        writer.setPageLayout(a4(doc.style));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("AuditBench %1").arg(QStringLiteral(AB_VERSION)));
        pageHeightPt = writer.pageLayout().fullRectPoints().height();
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorCode::Io, Tr::tr("Cannot start the PDF writer."));
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (i > 0 && !writer.newPage()) {
                painter.end();
                return makeError(ErrorCode::Io, Tr::tr("Cannot add page %1 to the PDF.").arg(i + 1));
            }
            PagePainter::paint(painter, doc, i);
            if (progress && !progress(i + 1, doc.pageCount())) {
                painter.end();
                return cancelled();
            }
        }
        if (!painter.end())
            return makeError(ErrorCode::Io, Tr::tr("Cannot finish the PDF."));
    }
    RenderedPdf out;
    out.pdf = PdfTextRepair::repair(bytes, faces(doc.fonts), doc.allText);
    out.manifest = doc.manifest;
    out.slots = doc.signatureSlots(pageHeightPt);
    out.pageCount = doc.pageCount();
    return out;
}

Result<void> PdfRenderer::print(const LaidOutDocument &doc, QPagedPaintDevice &device, const Progress &progress)
{
    device.setPageLayout(a4(doc.style));
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, Tr::tr("Cannot start printing: the printer is not available."));
    // Where the device puts the painter's origin: the paper's corner in
    // full-page mode, else the corner of its printable area.
    const QPageLayout layout = device.pageLayout();
    const qreal dpi = device.logicalDpiY();
    QPointF offset;
    if (layout.mode() != QPageLayout::FullPageMode)
        offset = layout.paintRectPoints().topLeft() * (dpi / 72.0);
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorCode::Io, Tr::tr("The printer refused page %1.").arg(i + 1));
        }
        painter.save();
        painter.translate(-offset);
        painter.scale(device.logicalDpiX() / qreal(FontSet::LayoutDpi), dpi / FontSet::LayoutDpi);
        PagePainter::paint(painter, doc, i);
        painter.restore();
        if (progress && !progress(i + 1, doc.pageCount())) {
            painter.end();
            return cancelled();
        }
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, Tr::tr("Printing did not finish."));
    return {};
}

QImage PdfRenderer::pageImage(const LaidOutDocument &doc, int page, qreal dpi)
{
    const QSizeF paper = doc.style.paperDots() * (dpi / FontSet::LayoutDpi);
    QImage image(paper.toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(dpi / FontSet::LayoutDpi, dpi / FontSet::LayoutDpi);
    PagePainter::paint(painter, doc, page);
    return image;
}

} // namespace ab::report
