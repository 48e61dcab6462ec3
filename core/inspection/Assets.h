#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ab {

class InspectionFile;

// A device seen on the site network (by address), with what it runs.
struct DeviceRecord {
    qint64 id = 0;
    QString address;
    QString hostname, mac, vendor, model, firmware;
    QString firstSeen, lastSeen;
    qint64 runId = 0;
};

struct ServiceRecord {
    qint64 id = 0;
    qint64 deviceId = 0;
    QString transport = QStringLiteral("tcp");
    int port = 0;
    QString name;
    bool tls = false;
    QString product, version, banner;
    QJsonObject facts;
    QList<qint64> evidence; // transcript evidence items
    QString seenAt;
    qint64 runId = 0;
};

// A problem found: from a probe, an nmap import, an answer or by hand.
struct FindingRecord {
    qint64 id = 0;
    QString title;
    QString severity = QStringLiteral("medium"); // high | medium | low | info
    QString item;     // catalog item (e.g. PRB-03), may be empty
    QString check;    // probe check id (e.g. default-credentials), may be empty
    qint64 deviceId = 0;
    int port = 0;
    QString detail, cve, recommendation;
    QString deadline; // ISO date, empty = the report's default
    QList<qint64> evidence;
    QString status = QStringLiteral("open"); // open | resolved | dismissed | merged
    qint64 mergedInto = 0;                     // status merged: the finding that kept it
    QString source = QStringLiteral("manual"); // probe | nmap | answer | manual
    QString createdAt, createdBy;
    qint64 runId = 0;
};

// Devices, services and findings of an inspection. Writes need the caller's
// transaction (sql::Transaction) and go into the custody log (RecordTable).
class AssetStore final {
public:
    explicit AssetStore(InspectionFile &file) : m_file(file) {}

    // Finds the device by address or adds it; fills empty identity fields
    // (vendor, model, firmware, hostname, mac) from `seen`, updates last_seen.
    Result<DeviceRecord> upsertDevice(const DeviceRecord &seen);
    // Adds the service or updates it (same device, transport, port); evidence is merged.
    Result<ServiceRecord> upsertService(const ServiceRecord &seen);
    // Adds the finding, or merges it into an open one with the same check,
    // device, port and CVE (evidence merged, detail refreshed). `merged` tells which.
    Result<FindingRecord> addFinding(const FindingRecord &finding, bool *merged = nullptr);
    Result<FindingRecord> updateFinding(qint64 id, const QJsonObject &changes);

    Result<QList<DeviceRecord>> devices() const;
    Result<QList<ServiceRecord>> services(qint64 deviceId = 0) const; // 0 = all
    Result<QList<FindingRecord>> findings() const;
    Result<qint64> findingCount() const;

    // JSON as CLI.md gives it.
    static QJsonObject toJson(const DeviceRecord &d, const QList<ServiceRecord> &services);
    static QJsonObject toJson(const ServiceRecord &s);
    // {"id","title","severity","item","asset","evidence","check", ...}; asset = "address[:port]".
    static QJsonObject toJson(const FindingRecord &f, const QString &deviceAddress);

    static DeviceRecord deviceFrom(const QJsonObject &row);
    static ServiceRecord serviceFrom(const QJsonObject &row);
    static FindingRecord findingFrom(const QJsonObject &row);

private:
    InspectionFile &m_file;
};

// Canonical severity ordering (high first) and validation.
int severityRank(const QString &severity); // high 3, medium 2, low 1, info 0, unknown -1

} // namespace ab
