#pragma once

#include "core/crypto/CertificateInfo.h"
#include "core/crypto/ContentStream.h"
#include "core/util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace ab::crypto {

// Everything a check of one detached CMS signature found out. The integrity
// verdict (valid) is kept apart from trust: a self-signed certificate makes
// a signature untrusted, not invalid.
struct CmsVerification {
    enum class Trust { Trusted, SelfSigned, UnknownIssuer, Invalid };

    bool parsed = false;            // a CMS SignedData we could read
    bool signatureValid = false;    // the certificate's key signed the attributes
    bool digestMatches = false;     // the content hashes to the signed message-digest
    bool weakDigest = false;        // SHA-1, MD5...
    QString digestAlgorithm;        // e.g. sha256
    QDateTime signingTime;          // the signed signing-time, else the caller's claimed time
    bool signingTimeSigned = false; // whether signingTime came from a signed attribute
    CertificateInfo signer;         // null when the signature does not carry it
    QList<CertificateInfo> certificates;
    bool signingCertificatePresent = false; // ESS signing-certificate or -v2
    bool signingCertificateV2 = false;
    bool signingCertificateMatches = false;
    bool validAtSigning = false; // the signer's certificate was valid at signingTime
    bool expiredNow = false;     // ... and has expired since (normal for old documents)
    Trust trust = Trust::Invalid;
    QString trustDetail;  // one sentence on the chain
    QStringList problems; // sentences, translated

    // Intact: made by the certificate's key over exactly this content.
    bool valid() const
    {
        return parsed && signatureValid && digestMatches && !weakDigest && (!signingCertificatePresent || signingCertificateMatches);
    }
    static QString trustName(Trust t); // trusted | self-signed | unknown-issuer | invalid
};

struct CmsVerifyOptions {
    QList<QByteArray> trustAnchors; // extra trusted certificates (DER), e.g. the organisation's CA
    bool systemStore = true;        // also trust the system's CA store
    QDateTime claimedSigningTime;   // used when the signature has no signing-time (PDF /M)
    QDateTime now;                  // empty: the current time
};

class CmsVerifier final {
public:
    // Io error only when the content cannot be read; anything wrong with the
    // signature itself is reported in the result.
    static Result<CmsVerification> verifyDetached(QByteArrayView der, const ContentStream &content, const CmsVerifyOptions &options = {});
};

} // namespace ab::crypto
