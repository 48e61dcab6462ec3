#include "core/seal/Comparison.h"

#include <QJsonArray>

#include <algorithm>

namespace ab
{

bool ComparisonRow::differs() const
{
    return std::adjacent_find(cells.cbegin(), cells.cend(), [](const ComparisonCell &a, const ComparisonCell &b) { return !(a == b); }) !=
           cells.cend();
}

QString ComparisonRow::sectionName(Section section)
{
    switch (section) {
    case Section::Details:
        return QStringLiteral("details");
    case Section::Answer:
        return QStringLiteral("answer");
    case Section::Finding:
        return QStringLiteral("finding");
    case Section::Device:
        return QStringLiteral("device");
    case Section::Service:
        return QStringLiteral("service");
    case Section::Evidence:
        return QStringLiteral("evidence");
    case Section::EvidenceName:
        return QStringLiteral("evidence-name");
    }
    return {};
}

QList<ComparisonRow> Comparison::differences() const
{
    QList<ComparisonRow> out;
    std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(out), [](const ComparisonRow &r) { return r.differs(); });
    return out;
}

qsizetype Comparison::differenceCount() const
{
    return std::count_if(rows.cbegin(), rows.cend(), [](const ComparisonRow &r) { return r.differs(); });
}

QJsonObject Comparison::toJson(bool onlyDifferences) const
{
    QJsonArray out;
    for (const ComparisonRow &r : rows) {
        const bool differs = r.differs();
        if (onlyDifferences && !differs)
            continue;
        QJsonArray cells;
        for (const ComparisonCell &c : r.cells)
            cells.append(QJsonObject{
                {QStringLiteral("present"), c.present}, {QStringLiteral("value"), c.value}, {QStringLiteral("detail"), c.detail}});
        out.append(QJsonObject{{QStringLiteral("section"), ComparisonRow::sectionName(r.section)},
                               {QStringLiteral("key"), r.key},
                               {QStringLiteral("label"), r.label},
                               {QStringLiteral("differs"), differs},
                               {QStringLiteral("cells"), cells}});
    }
    return QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(files)},
                       {QStringLiteral("titles"), QJsonArray::fromStringList(titles)},
                       {QStringLiteral("differences"), double(differenceCount())},
                       {QStringLiteral("rows"), out}};
}

} // namespace ab
