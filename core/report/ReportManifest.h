#pragma once

#include "core/report/ReportData.h"

#include <QJsonObject>

namespace ab::report
{

// What ties a document to its inspection (docs/report-manifest.md): the
// inspection id, the custody head it was issued at, every evidence item's
// id and SHA-256, the findings count and the score. The PDF preparer embeds
// it; `verify-report --inspection` compares it with the file.
class ReportManifest final
{
public:
    static constexpr const char *Format = "auditbench-report-manifest/1";
    static QJsonObject build(const ReportData &data, const QString &number);
};

} // namespace ab::report
