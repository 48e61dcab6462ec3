#pragma once

#include "core/report/LaidOutDocument.h"

class QPainter;

namespace ab::report
{

// Paints one laid-out page. The painter's coordinates must be dots (1/1200
// in) from the paper's top-left corner; the caller scales to its device —
// the same code draws the PDF, the preview images and printed pages.
class PagePainter final
{
public:
    static void paint(QPainter &painter, const LaidOutDocument &doc, int page);
    // "第 X 页 共 Y 页" / "Trang X/Y" / "Page X of Y" for page (0-based).
    static QString footerText(const LaidOutDocument &doc, int page);
};

} // namespace ab::report
