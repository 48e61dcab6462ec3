#pragma once

#include "core/report/DocumentKit.h"

namespace ab::report
{

// 网络安全检查报告 / Báo cáo kết quả kiểm tra, đánh giá an toàn thông tin:
// cover, basis, scope and methods, results by section, the score with a
// chart, findings, weak passwords and vulnerabilities, conclusion, the
// evidence appendix with SHA-256 and the custody head, the team's signatures.
class InspectionReportBuilder final
{
public:
    explicit InspectionReportBuilder(const DocumentKit &kit) : k(kit) {}
    ReportDocument build() const;

private:
    QList<Block> cover(const QString &number) const;
    QList<Block> results() const;
    QList<Block> score() const;
    QList<Block> findings() const;
    QList<Block> passwords() const;
    QList<Block> appendix() const;
    const DocumentKit &k;
};

} // namespace ab::report
