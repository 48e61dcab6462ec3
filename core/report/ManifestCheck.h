#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace ab {
class InspectionFile;
}

namespace ab::report {

// Ties a signed report to an inspection file through the manifest embedded
// in it (docs/report-signing.md): the same inspection, the custody row at
// the manifest's chain position with the manifest's hash, and every evidence
// item the report lists still there with the same SHA-256 and size. Items
// and custody rows added to the inspection afterwards are fine.
struct ManifestCheck {
    static inline const QString Format = QStringLiteral("auditbench-report-manifest/1");

    QStringList mismatches; // one sentence each, naming what differs
    int evidenceChecked = 0;
    bool matches() const { return mismatches.isEmpty(); }
    QJsonObject toJson() const;

    // An error only when the inspection cannot be read.
    static Result<ManifestCheck> run(const QJsonObject &manifest, InspectionFile &file);
};

} // namespace ab::report
