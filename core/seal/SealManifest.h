#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ab
{

class InspectionFile;

// One evidence item as a seal covers it.
struct SealedEvidence {
    qint64 id = 0;
    QString sha256;
    qint64 size = 0;
    QString name;
    QString kind;
    bool operator==(const SealedEvidence &) const = default;
};

// What a sealed copy's signature covers: the custody chain head, every
// evidence hash, the inspection details and the pinned catalog, with counts
// of what else the file holds. The signature is over canonicalBytes(), which
// the seal row stores verbatim: compact JSON, object keys in code-point
// order (QJsonObject keeps them sorted), integers as JSON numbers, UTF-8.
struct SealManifest {
    static QString formatName() { return QStringLiteral("auditbench-seal/1"); }

    QString inspectionId;
    QString fileId;     // hex
    QDateTime sealedAt; // UTC, seconds
    QString sealedBy;
    QJsonObject signer; // CertificateInfo::toJson() of the sealing certificate
    qint64 chainSeq = 0;
    QString chainHash;
    QJsonObject meta;                                 // the inspection record as stored
    QString catalogId, catalogVersion, catalogSha256; // empty when none is pinned
    QList<SealedEvidence> evidence;                   // by id
    qint64 answers = 0, findings = 0, devices = 0, reports = 0;

    // The contents of the file as it is now: everything but the seal facts
    // (sealed_at, sealed_by, signer), with the chain at its current head.
    static Result<SealManifest> describe(InspectionFile &file);

    QJsonObject toJson() const;
    QByteArray canonicalBytes() const;
    // BadInput when the bytes are not a manifest of this format.
    static Result<SealManifest> parse(const QByteArray &bytes);
};

} // namespace ab
