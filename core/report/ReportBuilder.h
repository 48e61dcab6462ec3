#pragma once

#include "core/report/ReportData.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportTexts.h"

namespace ab::report
{

// The document of the data's kind in its language, with its manifest.
class ReportBuilder final
{
public:
    static ReportDocument build(const ReportData &data, const ReportTexts &texts);
};

} // namespace ab::report
