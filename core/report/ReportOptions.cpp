#include "core/report/ReportOptions.h"

namespace ab::report
{

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Report:
        return QStringLiteral("report");
    case Kind::Notice:
        return QStringLiteral("notice");
    case Kind::Record:
        return QStringLiteral("record");
    }
    return {};
}

bool parseKind(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Report, Kind::Notice, Kind::Record}) {
        if (name == kindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString formatName(Format format)
{
    return format == Format::Html ? QStringLiteral("html") : QStringLiteral("pdf");
}

bool parseFormat(const QString &name, Format *format)
{
    if (name == QLatin1String("pdf"))
        *format = Format::Pdf;
    else if (name == QLatin1String("html"))
        *format = Format::Html;
    else
        return false;
    return true;
}

QStringList documentLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("vi"), QStringLiteral("en")};
}

} // namespace ab::report
