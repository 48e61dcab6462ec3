#pragma once

#include "core/crypto/SigningKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ab::ui
{

// The signing key a person chose in the signing-key dialog: a PKCS#12 file
// and its passphrase, or a PKCS#11 token (URI, module, certificate file) and
// its PIN. The secret is cleansed by load(), or by the destructor when it
// was never used; it is never logged or shown.
struct SigningKeyRequest final {
    enum class Source { File, Token };
    Source source = Source::File;
    QString keyFile;   // PKCS#12
    QString tokenUri;  // pkcs11:…
    QString module;    // empty: p11-kit-proxy
    QString tokenCert; // empty: the token's own
    QByteArray secret; // passphrase or PIN

    SigningKeyRequest() = default;
    SigningKeyRequest(const SigningKeyRequest &other) = default;
    SigningKeyRequest &operator=(const SigningKeyRequest &other) = default;
    // Moves leave no copy of the secret behind.
    SigningKeyRequest(SigningKeyRequest &&other) noexcept = default;
    SigningKeyRequest &operator=(SigningKeyRequest &&other) noexcept = default;
    ~SigningKeyRequest();

    // Where the key lives, for messages ("leader.p12", "the token").
    QString describe() const;
    // Opens the key and cleanses the secret, whatever the outcome. Meant
    // for a worker thread (a token may take seconds).
    Result<std::unique_ptr<crypto::SigningKey>> load();
};

} // namespace ab::ui
