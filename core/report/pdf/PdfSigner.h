#pragma once

#include "core/crypto/CertificateInfo.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ab::crypto {
class SigningKey;
}

namespace ab::report::pdf {

struct SignOptions {
    QString reason;
    QString location;
    QString lang;          // of the visible block; empty: the manifest's, else en
    QString displayName;   // instead of the certificate's CN
    QString organisation;  // instead of the certificate's O
    QDateTime signingTime; // empty: now (tests and re-runs may fix it)
};

struct SignResult {
    QString field; // the field that was filled (or added)
    bool visible = false;
    QDateTime signedAt;
    crypto::CertificateInfo signer;
    qint64 size = 0;  // of the signed file
    qint64 added = 0; // bytes this signature added
};

// Adds one PAdES signature (ISO 32000-1 12.8, ETSI EN 319 142-1 B-B) by its
// own incremental update: fills the first empty signature field (or adds an
// invisible one on the last page when none is left) with /Type /Sig,
// /Filter /Adobe.PPKLite, /SubFilter /ETSI.CAdES.detached, /M, a /ByteRange
// over the whole file but the /Contents hole, and the detached CMS in
// /Contents; a visible field gets the appearance SignatureAppearance draws.
// The document is streamed from its file; only the update is built in memory.
class PdfSigner final {
public:
    static Result<QByteArray> sign(const QByteArray &pdf, const crypto::SigningKey &key, const SignOptions &options);
    // Writes through QSaveFile; outPath may be inPath.
    static Result<SignResult> signFile(const QString &inPath, const QString &outPath, const crypto::SigningKey &key,
                                       const SignOptions &options);
};

} // namespace ab::report::pdf
