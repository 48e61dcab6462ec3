#pragma once

#include "core/crypto/SigningKey.h"
#include "core/util/Result.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace ab::cli
{

// The signing-key options shared by the commands that sign (report, sign-report,
// export): a PKCS#12 file (--sign, or --seal for export) with its passphrase
// from --key-passphrase-file, AUDITBENCH_KEY_PASSPHRASE or a prompt without
// echo on a terminal; or a PKCS#11 token (--pkcs11 URI [--pkcs11-module PATH])
// with its PIN from --pin-file, AUDITBENCH_PIN or the same prompt. Never from
// an argument.
class SigningOptions final
{
public:
    explicit SigningOptions(QString keyFileOption = QStringLiteral("sign")) : m_keyFile(std::move(keyFileOption)) {}

    void addTo(QCommandLineParser &parser) const;
    // Whether a key file or a token was named.
    bool requested(const QCommandLineParser &parser) const;
    // Usage error for contradictory or orphan options.
    Result<void> validate(const QCommandLineParser &parser) const;
    // Loads the key (asks for the secret when needed). Wrong passphrase or PIN: WrongPassphrase / BadInput.
    Result<std::unique_ptr<crypto::SigningKey>> load(const QCommandLineParser &parser) const;

private:
    // The first line of file, else the environment variable, else a prompt on the terminal.
    static Result<QByteArray> secret(const QCommandLineParser &parser, const QString &fileOption, const char *env, const QString &prompt);
    QString m_keyFile;
};

} // namespace ab::cli
