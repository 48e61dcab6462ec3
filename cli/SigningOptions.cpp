#include "cli/SigningOptions.h"

#include "core/crypto/Pkcs11Engine.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ab::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

const QString pkcs11Opt = QStringLiteral("pkcs11");
const QString moduleOpt = QStringLiteral("pkcs11-module");
const QString certOpt = QStringLiteral("pkcs11-cert");
const QString pinOpt = QStringLiteral("pin-file");
const QString passOpt = QStringLiteral("key-passphrase-file");

void stripLine(QByteArray &s)
{
    if (const qsizetype nl = s.indexOf('\n'); nl >= 0)
        s.truncate(nl);
    if (s.endsWith('\r'))
        s.chop(1);
}

// Reads one line from the terminal with echo off; restores the terminal
// whatever happens.
std::optional<QByteArray> promptHidden(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c; (c = std::fgetc(stdin)) != EOF && c != '\n' && line.size() < 4096;)
        line.append(char(c));
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputc('\n', stderr);
    stripLine(line);
    return line;
}
} // namespace

void SigningOptions::add(QCommandLineParser &parser, const QString &keyOption)
{
    parser.addOption({keyOption, Tr::tr("Sign with the key and certificate in this PKCS#12 file (.p12/.pfx)."), Tr::tr("KEY.p12")});
    parser.addOption(
        {passOpt, Tr::tr("Read the key file's passphrase from FILE (else AUDITBENCH_KEY_PASSPHRASE, else a prompt)."), Tr::tr("FILE")});
    parser.addOption(
        {pkcs11Opt, Tr::tr("Sign with a key on a PKCS#11 token (USB key, smart card), named by its pkcs11: URI."), Tr::tr("URI")});
    parser.addOption(
        {moduleOpt, Tr::tr("The token's PKCS#11 module (default: p11-kit-proxy, which loads every registered module)."), Tr::tr("PATH")});
    parser.addOption({certOpt, Tr::tr("The signer's certificate, when the token does not hold it beside the key."), Tr::tr("FILE")});
    parser.addOption({pinOpt, Tr::tr("Read the token PIN from FILE (else AUDITBENCH_PIN, else a prompt)."), Tr::tr("FILE")});
}

bool SigningOptions::requested(const QCommandLineParser &parser, const QString &keyOption)
{
    return parser.isSet(keyOption) || parser.isSet(pkcs11Opt);
}

Result<QByteArray> SigningOptions::secret(const QCommandLineParser &parser, const QString &fileOption, const char *envVar,
                                          const QString &prompt, const QString &missing, bool allowEmpty)
{
    if (parser.isSet(fileOption)) {
        const QString path = parser.value(fileOption);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2.").arg(path, f.errorString()));
        QByteArray s = f.read(4096);
        stripLine(s);
        if (s.isEmpty() && !allowEmpty)
            return makeError(ErrorCode::Usage, Tr::tr("The file %1 is empty.").arg(path));
        return s;
    }
    if (QByteArray s = qgetenv(envVar); !s.isEmpty())
        return s;
    if (auto typed = promptHidden(prompt))
        return *typed;
    return makeError(ErrorCode::Usage, missing);
}

Result<void> SigningOptions::validate(const QCommandLineParser &parser, const QString &keyOption)
{
    const bool file = parser.isSet(keyOption);
    const bool token = parser.isSet(pkcs11Opt);
    if (file && token)
        return makeError(ErrorCode::Usage, Tr::tr("Give either --%1 KEY.p12 or --pkcs11 URI, not both.").arg(keyOption));
    if (!token)
        for (const QString &o : {moduleOpt, certOpt, pinOpt})
            if (parser.isSet(o))
                return makeError(ErrorCode::Usage, Tr::tr("--%1 goes with --pkcs11 URI.").arg(o));
    if (!file && parser.isSet(passOpt))
        return makeError(ErrorCode::Usage, Tr::tr("--%1 goes with --%2 KEY.p12; a token takes --pin-file.").arg(passOpt, keyOption));
    return {};
}

Result<std::unique_ptr<crypto::SigningKey>> SigningOptions::load(const QCommandLineParser &parser, const QString &keyOption)
{
    if (auto r = validate(parser, keyOption); !r)
        return r.error();
    const bool file = parser.isSet(keyOption);
    if (!file && !parser.isSet(pkcs11Opt))
        return makeError(ErrorCode::Usage, Tr::tr("No signing key: give --%1 KEY.p12 or --pkcs11 URI.").arg(keyOption));
    if (file) {
        const QString path = parser.value(keyOption);
        if (!QFileInfo::exists(path))
            return makeError(ErrorCode::Io, Tr::tr("The key file %1 does not exist.").arg(path));
        const QString name = QFileInfo(path).fileName();
        auto pass = secret(parser, passOpt, "AUDITBENCH_KEY_PASSPHRASE", Tr::tr("Passphrase for %1: ").arg(name),
                           Tr::tr("No passphrase for %1: use --key-passphrase-file FILE or AUDITBENCH_KEY_PASSPHRASE (or run it in a "
                                  "terminal to be asked).")
                               .arg(name),
                           true);
        if (!pass)
            return pass.error();
        auto key = crypto::SigningKey::fromPkcs12(path, *pass);
        crypto::cleanse(pass.value());
        return key;
    }
    crypto::SigningKey::Pkcs11Location where{parser.value(pkcs11Opt), parser.value(moduleOpt), parser.value(certOpt)};
    // The URI is checked before anyone is asked for a PIN.
    if (auto uri = crypto::Pkcs11Engine::objectUri(where.uri, QStringLiteral("private")); !uri)
        return uri.error();
    auto pin = secret(parser, pinOpt, "AUDITBENCH_PIN", Tr::tr("PIN for the token: "),
                      Tr::tr("No PIN for the token: use --pin-file FILE or AUDITBENCH_PIN (or run it in a terminal to be asked)."), false);
    if (!pin)
        return pin.error();
    auto key = crypto::SigningKey::fromPkcs11(where, *pin);
    crypto::cleanse(pin.value());
    return key;
}

} // namespace ab::cli
