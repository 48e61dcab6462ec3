#pragma once

#include "core/report/ReportDocument.h"

#include <QByteArray>

namespace ab::report
{

// The same document as one self-contained HTML file (UTF-8, CSS for print
// from the same page style as the PDF: A4, the language's margins and
// fonts, header rows repeated, page numbers in the page margin), with the
// manifest embedded as JSON. A sentence that names the printed page count
// is left out: a browser paginates on its own.
class HtmlRenderer final
{
public:
    static QByteArray render(const ReportDocument &doc);
};

} // namespace ab::report
