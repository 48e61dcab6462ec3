#include "ui/SigningKeyRequest.h"

#include "core/crypto/Pkcs11Engine.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ab::ui
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::ui::SigningKeyRequest)
};
} // namespace

SigningKeyRequest::~SigningKeyRequest()
{
    crypto::cleanse(secret);
}

QString SigningKeyRequest::describe() const
{
    return source == Source::File ? QFileInfo(keyFile).fileName() : Tr::tr("the token");
}

Result<std::unique_ptr<crypto::SigningKey>> SigningKeyRequest::load()
{
    Result<std::unique_ptr<crypto::SigningKey>> key = makeError(ErrorCode::Usage, Tr::tr("No signing key was chosen."));
    if (source == Source::File) {
        if (keyFile.isEmpty())
            key = makeError(ErrorCode::Usage, Tr::tr("Choose the key file (.p12 or .pfx) to sign with."));
        else if (!QFileInfo::exists(keyFile))
            key = makeError(ErrorCode::Io, Tr::tr("The key file %1 does not exist.").arg(keyFile));
        else
            key = crypto::SigningKey::fromPkcs12(keyFile, secret);
    } else if (auto uri = crypto::Pkcs11Engine::objectUri(tokenUri, QStringLiteral("private")); !uri) {
        key = uri.error();
    } else if (secret.isEmpty()) {
        key = makeError(ErrorCode::Usage, Tr::tr("Enter the token's PIN."));
    } else {
        key = crypto::SigningKey::fromPkcs11({tokenUri, module, tokenCert}, secret);
    }
    crypto::cleanse(secret);
    return key;
}

} // namespace ab::ui
