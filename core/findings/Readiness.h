#pragma once

#include "core/catalog/Questionnaire.h"
#include "core/findings/FindingService.h"
#include "core/inspection/InspectionMeta.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ab::findings
{

// One thing still missing before a report can be issued. Nothing here
// blocks anyone: it is the list an inspector works down, and what the
// report step warns about.
struct ReadinessGap {
    enum class Kind { NoAuthorisation, NoTeam, Unanswered, FindingWithoutEvidence };
    Kind kind;
    QString object;                     // "inspection", an item id ("INT-04") or "finding:12"
    QString text;                       // one translated sentence
    static QString kindName(Kind kind); // no-authorisation | no-team | unanswered | finding-without-evidence
};

struct Readiness {
    QList<ReadinessGap> gaps;
    int unanswered = 0; // applicable, relevant, pending items
    qint64 findingsWithoutEvidence = 0;
    bool authorisation = false;
    bool team = false;
    bool ready() const { return gaps.isEmpty(); }
    // Everything missing, counted whole (the gaps name at most a limit of each).
    qint64 missingCount() const { return (authorisation ? 0 : 1) + (team ? 0 : 1) + unanswered + findingsWithoutEvidence; }
    // {"ready":bool,"missing":[{"kind","object","detail"}],"unanswered":n,"findings_without_evidence":n,"authorisation":bool}
    QJsonObject toJson() const;
};

// What is missing, from the inspection's details, the evaluated checklist and
// the findings summary (all in memory or one query: cheap enough for every
// answer saved). At most `listLimit` unanswered items and findings are named
// one by one; the counts are always complete.
Readiness assessReadiness(const InspectionMeta &meta, const QList<catalog::ItemStatus> &items, const FindingSummary &findings,
                          const QString &lang, int listLimit = 50);

} // namespace ab::findings
