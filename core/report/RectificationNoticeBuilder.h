#pragma once

#include "core/report/DocumentKit.h"

namespace ab::report
{

// 网络安全问题整改通知书 / Văn bản yêu cầu khắc phục: the non-compliant items
// numbered with what must be done and by when (30 days unless a finding has
// its own deadline), the requirements and the retest, signed by the leader.
class RectificationNoticeBuilder final
{
public:
    explicit RectificationNoticeBuilder(const DocumentKit &kit) : k(kit) {}
    ReportDocument build() const;

private:
    Table items(int *count) const;
    const DocumentKit &k;
};

} // namespace ab::report
