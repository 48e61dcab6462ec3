#include "core/report/ReportManifest.h"

#include <QJsonArray>

#include <cmath>

namespace ab::report
{

QJsonObject ReportManifest::build(const ReportData &d, const QString &number)
{
    auto round2 = [](double v) { return std::round(v * 100) / 100; };
    QJsonArray evidence;
    for (const EvidenceData &e : d.evidence)
        evidence.append(QJsonObject{{QStringLiteral("id"), double(e.id)},
                                    {QStringLiteral("sha256"), e.sha256},
                                    {QStringLiteral("size"), double(e.size)},
                                    {QStringLiteral("name"), e.name}});
    QJsonObject bySeverity;
    for (const QString &s : {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("info")})
        bySeverity.insert(s, d.noncompliantBySeverity.value(s));
    QJsonObject counters;
    for (const CounterData &c : d.counters)
        counters.insert(c.id, c.count);
    QJsonObject findingsBySeverity;
    for (const QString &s : {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("info")})
        findingsBySeverity.insert(s, d.findingsOfSeverity(s));
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("inspection_id"), d.inspectionId},
        {QStringLiteral("kind"), kindName(d.options.kind)},
        {QStringLiteral("lang"), d.options.lang},
        {QStringLiteral("number"), number},
        {QStringLiteral("issued_at"), d.issuedAt.toString(Qt::ISODate)},
        {QStringLiteral("issue_date"), d.options.issueDate.toString(Qt::ISODate)},
        {QStringLiteral("chain"), QJsonObject{{QStringLiteral("seq"), double(d.chainSeq)}, {QStringLiteral("hash"), d.chainHash}}},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("findings"), double(d.findings.size())},
        {QStringLiteral("findings_by_severity"), findingsBySeverity},
        {QStringLiteral("score"), QJsonObject{{QStringLiteral("total"), round2(d.scoreTotal)},
                                              {QStringLiteral("max"), d.scoreMax},
                                              {QStringLiteral("percent"), round2(d.scorePercent)},
                                              {QStringLiteral("deductions"), round2(d.deductions)},
                                              {QStringLiteral("answered"), d.answered},
                                              {QStringLiteral("applicable"), d.applicable},
                                              {QStringLiteral("by_severity"), bySeverity},
                                              {QStringLiteral("counters"), counters}}},
    };
}

} // namespace ab::report
