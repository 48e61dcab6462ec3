#pragma once

#include "core/crypto/SigningKey.h"
#include "core/util/Result.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace ab::cli {

// The options that name a signing key, the same for every command that signs
// (report and sign-report: --sign; export: --seal):
//   --sign KEY.p12 [--key-passphrase-file F]
//   --pkcs11 URI [--pkcs11-module PATH] [--pkcs11-cert FILE] [--pin-file F]
// The key passphrase comes from --key-passphrase-file or
// AUDITBENCH_KEY_PASSPHRASE, the PIN from --pin-file or AUDITBENCH_PIN; when
// neither is given and stdin is a terminal, they are asked for without echo.
// Never from an argument (arguments are visible in ps).
class SigningOptions final {
public:
    static void add(QCommandLineParser &parser, const QString &keyOption = QStringLiteral("sign"));
    // Whether the command line asks for a signature at all.
    static bool requested(const QCommandLineParser &parser, const QString &keyOption = QStringLiteral("sign"));
    // Usage errors for contradictory or orphan options (a PIN file without a
    // token, both sources); nothing is read or asked for. load() checks it too.
    static Result<void> validate(const QCommandLineParser &parser, const QString &keyOption = QStringLiteral("sign"));
    // Usage errors (both or neither source, stray options, no passphrase);
    // WrongPassphrase for a wrong passphrase or PIN; BadInput for a file or
    // token that holds no usable key.
    static Result<std::unique_ptr<crypto::SigningKey>> load(const QCommandLineParser &parser,
                                                            const QString &keyOption = QStringLiteral("sign"));

    // A secret from FILE (one line), else from the environment variable, else
    // from the terminal; allowEmpty for key files exported without a passphrase.
    // `missing` is the whole sentence for when none of the three is there.
    static Result<QByteArray> secret(const QCommandLineParser &parser, const QString &fileOption, const char *envVar, const QString &prompt,
                                     const QString &missing, bool allowEmpty);
};

} // namespace ab::cli
