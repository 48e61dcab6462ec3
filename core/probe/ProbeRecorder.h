#pragma once

#include "core/probe/ProbeTypes.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ab {
class InspectionFile;
}

namespace ab::probe {

// What one probe run (or nmap import) added to the inspection.
struct RecordSummary {
    int devices = 0;
    int services = 0;
    int findings = 0;    // findings touched by this run (new or merged)
    int newFindings = 0;
    int evidence = 0;    // transcripts stored
    QStringList answered; // probe items answered from the results
    QJsonObject toJson() const;
};

// Starts a run: one probe_run row (status "running") in the custody log.
Result<qint64> beginRun(InspectionFile &file, const QString &source, const QStringList &targets, const QString &ports,
                        const QJsonObject &options);
// Ends it: status ("finished", "stopped", "failed") and the summary.
Result<void> finishRun(InspectionFile &file, qint64 runId, const QString &status, const QJsonObject &summary);
// A refused target, logged before anything is sent (custody action probe.refused).
Result<void> logRefusal(InspectionFile &file, const QStringList &targets, const QString &reason);

// Stores an outcome in one transaction: each transcript as an encrypted
// evidence item (kind "transcript"), devices and services (merged with what
// is known), observations as findings linked to their transcripts and to the
// catalog item whose `checks` name them. Then answers each probe item of the
// catalog whose checks were all evaluated (`evaluated`): non-compliant when an
// open finding names one of its checks, compliant otherwise; an inspector's
// reasoned override stands. A run over part of the scope (`wholeScope`
// false) only ever answers non-compliant: finding nothing on some hosts
// says nothing about the others.
// `sharedEvidence` (e.g. an imported nmap XML file) is linked to every service and finding.
Result<RecordSummary> recordOutcome(InspectionFile &file, qint64 runId, const ProbeOutcome &outcome, const QSet<QString> &evaluated,
                                    const QString &source = QStringLiteral("probe"), const QList<qint64> &sharedEvidence = {},
                                    bool wholeScope = true);

} // namespace ab::probe
