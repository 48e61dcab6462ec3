#pragma once

#include "core/report/DocumentKit.h"

namespace ab::report
{

// 现场检查记录 / Biên bản kiểm tra: time and place, basis, team, the unit's
// representatives, what was checked, the summary, a space for the unit's
// opinion and signature blocks for both sides to sign by hand after printing.
class OnSiteRecordBuilder final
{
public:
    explicit OnSiteRecordBuilder(const DocumentKit &kit) : k(kit) {}
    ReportDocument build() const;

private:
    Table fields() const;
    const DocumentKit &k;
};

} // namespace ab::report
