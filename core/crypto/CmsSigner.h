#pragma once

#include "core/crypto/ContentStream.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>

namespace ab::crypto {

class SigningKey;

// Detached CAdES signatures (CMS SignedData, RFC 5652 / ETSI EN 319 122):
// SHA-256, the signer's certificate and chain, and the signed attributes
// content-type, message-digest, signing-time and ESS signing-certificate-v2
// (which binds the signature to this one certificate).
class CmsSigner final {
public:
    // DER of the ContentInfo. The content is streamed, never held whole.
    static Result<QByteArray> signDetached(const SigningKey &key, const ContentStream &content, const QDateTime &signingTime);

    // Upper bound of the DER size for this key, for space reserved ahead
    // of signing (the PDF /Contents placeholder).
    static int estimateSize(const SigningKey &key);
};

} // namespace ab::crypto
