#include "core/report/ReportBuilder.h"

#include "core/report/InspectionReportBuilder.h"
#include "core/report/OnSiteRecordBuilder.h"
#include "core/report/RectificationNoticeBuilder.h"
#include "core/report/ReportManifest.h"

namespace ab::report
{

ReportDocument ReportBuilder::build(const ReportData &data, const ReportTexts &texts)
{
    const DocumentKit kit(data, texts);
    ReportDocument doc;
    switch (data.options.kind) {
    case Kind::Report:
        doc = InspectionReportBuilder(kit).build();
        break;
    case Kind::Notice:
        doc = RectificationNoticeBuilder(kit).build();
        break;
    case Kind::Record:
        doc = OnSiteRecordBuilder(kit).build();
        break;
    }
    doc.manifest = ReportManifest::build(data, doc.number);
    return doc;
}

} // namespace ab::report
