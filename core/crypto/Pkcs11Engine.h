#pragma once

#include "core/crypto/OpenSslPtr.h"
#include "core/util/Result.h"

#include <QString>

#include <memory>

struct engine_st;

namespace ab::crypto {

// A private key that stays on a PKCS#11 token (USB key, smart card, SoftHSM)
// and its certificate, reached through libp11's OpenSSL engine. The ENGINE
// API is deprecated in OpenSSL 3.0 but is what Debian ships for tokens; it is
// confined to Pkcs11Engine.cpp.
class Pkcs11Engine final {
public:
    static QString defaultModule(); // p11-kit-proxy: every module the system registers

    struct Identity {
        std::shared_ptr<engine_st> engine; // must outlive the key
        ossl::PKey key;
        ossl::X509Ptr certificate; // null when the token holds none for the key
        QString tokenLabel;
    };
    // uri is an RFC 7512 pkcs11: URI naming the key (token=..;object=..|id=..).
    // The PIN goes to the engine as a control string, never into a URI or argv.
    // With findCertificate, the certificate with the same id/label is read too.
    static Result<Identity> load(const QString &uri, const QString &module, const QByteArray &pin, bool findCertificate);

    // The URI of the same object with type=private / type=cert; refuses a
    // URI that carries a PIN (pin-value / pin-source).
    static Result<QString> objectUri(const QString &uri, const QString &type);
};

} // namespace ab::crypto
