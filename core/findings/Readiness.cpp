#include "core/findings/Readiness.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ab::findings
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::findings::Readiness)
};
} // namespace

QString ReadinessGap::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NoAuthorisation:
        return QStringLiteral("no-authorisation");
    case Kind::NoTeam:
        return QStringLiteral("no-team");
    case Kind::Unanswered:
        return QStringLiteral("unanswered");
    case Kind::FindingWithoutEvidence:
        return QStringLiteral("finding-without-evidence");
    }
    return {};
}

QJsonObject Readiness::toJson() const
{
    QJsonArray missing;
    for (const ReadinessGap &g : gaps)
        missing.append(QJsonObject{{QStringLiteral("kind"), ReadinessGap::kindName(g.kind)},
                                   {QStringLiteral("object"), g.object},
                                   {QStringLiteral("detail"), g.text}});
    return {{QStringLiteral("ready"), ready()},
            {QStringLiteral("missing"), missing},
            {QStringLiteral("unanswered"), unanswered},
            {QStringLiteral("findings_without_evidence"), double(findingsWithoutEvidence)},
            {QStringLiteral("authorisation"), authorisation},
            {QStringLiteral("missing_count"), double(missingCount())}};
}

Readiness assessReadiness(const InspectionMeta &meta, const QList<catalog::ItemStatus> &items, const FindingSummary &findings,
                          const QString &lang, int listLimit)
{
    Readiness r;
    r.authorisation = meta.authorisationEvidence > 0;
    if (!r.authorisation)
        r.gaps.append({ReadinessGap::Kind::NoAuthorisation, QStringLiteral("inspection"),
                       Tr::tr("No authorisation document: record the order that authorises the inspection (Setup).")});
    r.team = !meta.inspectors.isEmpty();
    if (!r.team)
        r.gaps.append({ReadinessGap::Kind::NoTeam, QStringLiteral("inspection"),
                       Tr::tr("Nobody is named in the inspection team: the report needs a team leader to sign it (Setup).")});
    for (const catalog::ItemStatus &s : items) {
        if (s.state != catalog::ItemState::Pending)
            continue;
        if (r.unanswered++ < listLimit)
            r.gaps.append(
                {ReadinessGap::Kind::Unanswered, s.item->id, Tr::tr("%1 is not answered: %2").arg(s.item->id, s.item->text.text(lang))});
    }
    r.findingsWithoutEvidence = findings.withoutEvidence;
    int named = 0;
    for (qint64 id : findings.withoutEvidenceIds) {
        if (named++ >= listLimit)
            break;
        r.gaps.append({ReadinessGap::Kind::FindingWithoutEvidence, QStringLiteral("finding:%1").arg(id),
                       Tr::tr("Finding %1 has no evidence that proves it.").arg(id)});
    }
    if (findings.withoutEvidence > named)
        r.gaps.append({ReadinessGap::Kind::FindingWithoutEvidence, QStringLiteral("finding"),
                       Tr::tr("%n more finding(s) without evidence.", nullptr, int(findings.withoutEvidence - named))});
    return r;
}

} // namespace ab::findings
