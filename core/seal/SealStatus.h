#pragma once

#include "core/crypto/CertificateInfo.h"
#include "core/crypto/CmsVerifier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ab
{

// One thing that differs from what a seal covers: named like a verify
// problem (object, kind, detail), with the custody entry that did it when
// the change went through AuditBench (0 when it was made behind its back).
struct SealChange {
    QString object; // evidence:3, answer:INT-04, finding:2, seal:1, custody:17, inspection
    QString kind;   // altered | missing | extra | corrupt
    QString detail;
    qint64 custodySeq = 0;
    QJsonObject toJson() const;
};

// What verify found out about one seal, as a banner shows it: who sealed
// it, when, whether the signature holds, whom it is trusted as, and what
// changed after it.
struct SealStatus {
    qint64 sealId = 0;
    QString signer;                      // the holder's name (CN) as the signature's certificate gives it
    crypto::CertificateInfo certificate; // of the signature; null when it could not be read
    QDateTime sealedAt;
    QString sealedBy; // the AuditBench user who sealed it
    qint64 chainSeq = 0;
    QString chainHead;
    bool signatureValid = false; // the certificate's key signed exactly this manifest
    crypto::CmsVerification::Trust trust = crypto::CmsVerification::Trust::Invalid;
    QString trustDetail;
    QList<SealChange> changedAfterSeal;

    bool intact() const { return signatureValid && changedAfterSeal.isEmpty(); }
    // {"sealed":true,"seal_id","signer","sealed_at","sealed_by","signature_valid","trust",...,"changed_after_seal":[...]}
    QJsonObject toJson() const;
};

} // namespace ab
