#pragma once

#include "core/report/LaidOutDocument.h"
#include "core/report/ReportOptions.h"
#include "core/report/ReportTypes.h"
#include "core/util/Result.h"

#include <QImage>

class QPagedPaintDevice;

namespace ab::report
{

// Paints a laid-out document: to PDF bytes (QPdfWriter; fonts embedded as
// subsets), to a printer or any paged device the GUI hands over, or to one
// image per page for the preview. One painter code path for all three.
class PdfRenderer final
{
public:
    // The PDF with its manifest and signature slots, ready for the preparer
    // and signer (the seam where signing plugs in takes this RenderedPdf).
    static Result<RenderedPdf> render(const LaidOutDocument &doc, const Progress &progress = {});
    // Prints on device (a QPrinter from the GUI, set to A4 or not: the page
    // size is set here). Full-page or not, pages land where the PDF has them.
    static Result<void> print(const LaidOutDocument &doc, QPagedPaintDevice &device, const Progress &progress = {});
    // One page at dpi (the preview), white paper.
    static QImage pageImage(const LaidOutDocument &doc, int page, qreal dpi);
    // The faces a document may print with (for the PDF's text map repair).
    static QList<QFont> faces(const FontSet &fonts);
};

} // namespace ab::report
