#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ab {

struct SystemInfo {
    QString name;
    int level = 1; // security level 1..5 (Order No. 11 / Decree 85/2016)
    bool operator==(const SystemInfo &) const = default;
};

// What the inspection is about. Stored as JSON in the file and recorded whole
// in the custody log, so verify can tell when it was changed behind our back.
struct InspectionMeta {
    QString id;            // UUID, fixed at creation
    QString regime;        // cn-miit | vn-mic
    QString organisation;
    QList<SystemInfo> systems;
    QStringList inspectors;
    QStringList scope;     // normalised Scope entries
    QString location;
    QString catalogId;
    QString catalogVersion;
    QDateTime createdAt;   // UTC
    QString startDate;     // ISO dates of the on-site work (empty: not set)
    QString endDate;
    // The evidence item (kind document) that authorises the inspection, 0 when
    // none is recorded yet. Files written before it existed read as 0.
    qint64 authorisationEvidence = 0;

    static QStringList regimes() { return {QStringLiteral("cn-miit"), QStringLiteral("vn-mic")}; }
    static Result<SystemInfo> parseSystem(const QString &text); // "NAME:LEVEL"

    // The team leader signs the report: the last inspector named.
    QString teamLeader() const { return inspectors.isEmpty() ? QString() : inspectors.constLast(); }

    Result<void> validate() const;
    QJsonObject toJson() const;
    static Result<InspectionMeta> fromJson(const QJsonObject &json);
    bool operator==(const InspectionMeta &) const = default;
};

} // namespace ab
