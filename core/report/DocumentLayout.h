#pragma once

#include "core/report/LaidOutDocument.h"
#include "core/report/ReportDocument.h"
#include "core/util/Result.h"

namespace ab::report
{

// Lays a document out on its language's pages in two passes: the first
// counts the pages, the second fills in "共 Y 页" / "X/Y" and any text that
// names the page count (and runs again only if that moved a page break).
class DocumentLayout final
{
public:
    static Result<LaidOutDocument> layout(const ReportDocument &doc, const Progress &progress = {});
};

} // namespace ab::report
