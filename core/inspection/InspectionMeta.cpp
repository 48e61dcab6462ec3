#include "core/inspection/InspectionMeta.h"

#include "core/inspection/Scope.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::InspectionMeta)
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const auto &s : list)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const auto &x : v.toArray())
        out.append(x.toString());
    return out;
}
} // namespace

Result<SystemInfo> InspectionMeta::parseSystem(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int level = colon > 0 ? text.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || level < 1 || level > 5 || text.left(colon).trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("System \"%1\" must be NAME:LEVEL with a level from 1 to 5.").arg(text));
    return SystemInfo{text.left(colon).trimmed(), level};
}

Result<void> InspectionMeta::validate() const
{
    if (!regimes().contains(regime))
        return makeError(ErrorCode::Usage, Tr::tr("Unknown regime \"%1\"; use cn-miit or vn-mic.").arg(regime));
    if (organisation.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("The inspected organisation must be named."));
    for (const auto &s : systems)
        if (s.name.trimmed().isEmpty() || s.level < 1 || s.level > 5)
            return makeError(ErrorCode::Usage, Tr::tr("Every system needs a name and a level from 1 to 5."));
    for (const QString &n : inspectors)
        if (n.trimmed().isEmpty())
            return makeError(ErrorCode::Usage, Tr::tr("Every inspector needs a name."));
    if (auto s = Scope::parse(scope); !s)
        return s.error();
    const QDate start = QDate::fromString(startDate, Qt::ISODate);
    const QDate end = QDate::fromString(endDate, Qt::ISODate);
    if (!startDate.isEmpty() && !start.isValid())
        return makeError(ErrorCode::Usage, Tr::tr("The start date \"%1\" is not a date like 2024-05-31.").arg(startDate));
    if (!endDate.isEmpty() && !end.isValid())
        return makeError(ErrorCode::Usage, Tr::tr("The end date \"%1\" is not a date like 2024-05-31.").arg(endDate));
    if (start.isValid() && end.isValid() && end < start)
        return makeError(ErrorCode::Usage, Tr::tr("The on-site work cannot end (%1) before it starts (%2).").arg(endDate, startDate));
    if (authorisationEvidence < 0)
        return makeError(ErrorCode::Usage, Tr::tr("The authorisation document must be an evidence id."));
    return {};
}

QJsonObject InspectionMeta::toJson() const
{
    QJsonArray sys;
    for (const auto &s : systems)
        sys.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("level"), s.level}});
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("regime"), regime},
        {QStringLiteral("organisation"), organisation},
        {QStringLiteral("systems"), sys},
        {QStringLiteral("inspectors"), toArray(inspectors)},
        {QStringLiteral("scope"), toArray(scope)},
        {QStringLiteral("location"), location},
        {QStringLiteral("catalog_id"), catalogId},
        {QStringLiteral("catalog_version"), catalogVersion},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("start_date"), startDate},
        {QStringLiteral("end_date"), endDate},
        {QStringLiteral("authorisation_evidence"), double(authorisationEvidence)},
    };
}

Result<InspectionMeta> InspectionMeta::fromJson(const QJsonObject &j)
{
    InspectionMeta m;
    m.id = j.value(QStringLiteral("id")).toString();
    m.regime = j.value(QStringLiteral("regime")).toString();
    m.organisation = j.value(QStringLiteral("organisation")).toString();
    for (const auto &v : j.value(QStringLiteral("systems")).toArray()) {
        const QJsonObject o = v.toObject();
        m.systems.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("level")).toInt()});
    }
    m.inspectors = fromArray(j.value(QStringLiteral("inspectors")));
    m.scope = fromArray(j.value(QStringLiteral("scope")));
    m.location = j.value(QStringLiteral("location")).toString();
    m.catalogId = j.value(QStringLiteral("catalog_id")).toString();
    m.catalogVersion = j.value(QStringLiteral("catalog_version")).toString();
    m.createdAt = QDateTime::fromString(j.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    m.startDate = j.value(QStringLiteral("start_date")).toString();
    m.endDate = j.value(QStringLiteral("end_date")).toString();
    m.authorisationEvidence = qint64(j.value(QStringLiteral("authorisation_evidence")).toDouble());
    if (m.id.isEmpty())
        return makeError(ErrorCode::BadInput, Tr::tr("The inspection metadata is damaged (no id)."));
    return m;
}

} // namespace ab
