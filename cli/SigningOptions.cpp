#include "cli/SigningOptions.h"

#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

const QString KeyPassFile = QStringLiteral("key-passphrase-file");
const QString Pkcs11 = QStringLiteral("pkcs11");
const QString Pkcs11Module = QStringLiteral("pkcs11-module");
const QString PinFile = QStringLiteral("pin-file");

QByteArray firstLine(QByteArray data)
{
    if (const qsizetype nl = data.indexOf('\n'); nl >= 0)
        data.truncate(nl);
    if (data.endsWith('\r'))
        data.chop(1);
    return data;
}

// Reads one line from the terminal with echo off; nullopt when there is none.
std::optional<QByteArray> promptHidden(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios old{};
    if (!isatty(fd) || tcgetattr(fd, &old) != 0) {
        std::fclose(tty);
        return std::nullopt;
    }
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    tcsetattr(fd, TCSAFLUSH, &quiet);
    QByteArray line(1024, '\0');
    const bool ok = std::fgets(line.data(), int(line.size()), tty) != nullptr;
    tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!ok) {
        crypto::cleanse(line);
        return std::nullopt;
    }
    QByteArray out = firstLine(QByteArray(line.constData()));
    crypto::cleanse(line);
    return out;
}
} // namespace

void SigningOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption({m_keyFile, Tr::tr("Sign with this PKCS#12 key file (.p12/.pfx)."), Tr::tr("KEY.p12")});
    parser.addOption(
        {KeyPassFile, Tr::tr("Read the key file's passphrase from FILE (else AUDITBENCH_KEY_PASSPHRASE, else a prompt)."), Tr::tr("FILE")});
    parser.addOption(
        {Pkcs11, Tr::tr("Sign with the key on a PKCS#11 token (RFC 7512 URI, e.g. pkcs11:token=Team;object=leader)."), Tr::tr("URI")});
    parser.addOption({Pkcs11Module, Tr::tr("The token's PKCS#11 module (default: p11-kit-proxy)."), Tr::tr("PATH")});
    parser.addOption({PinFile, Tr::tr("Read the token PIN from FILE (else AUDITBENCH_PIN, else a prompt)."), Tr::tr("FILE")});
}

bool SigningOptions::requested(const QCommandLineParser &parser) const
{
    return parser.isSet(m_keyFile) || parser.isSet(Pkcs11);
}

Result<void> SigningOptions::validate(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_keyFile) && parser.isSet(Pkcs11))
        return makeError(ErrorCode::Usage, Tr::tr("use either --%1 KEY.p12 or --pkcs11 URI, not both.").arg(m_keyFile));
    if (parser.isSet(KeyPassFile) && !parser.isSet(m_keyFile))
        return makeError(ErrorCode::Usage, Tr::tr("--key-passphrase-file goes with --%1 KEY.p12.").arg(m_keyFile));
    if ((parser.isSet(PinFile) || parser.isSet(Pkcs11Module)) && !parser.isSet(Pkcs11))
        return makeError(ErrorCode::Usage, Tr::tr("--pin-file and --pkcs11-module go with --pkcs11 URI."));
    return {};
}

Result<QByteArray> SigningOptions::secret(const QCommandLineParser &parser, const QString &fileOption, const char *env,
                                          const QString &prompt)
{
    if (parser.isSet(fileOption)) {
        const QString path = parser.value(fileOption);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2.").arg(path, f.errorString()));
        QByteArray data = f.read(4096);
        QByteArray out = firstLine(data);
        crypto::cleanse(data);
        return out;
    }
    if (qEnvironmentVariableIsSet(env))
        return qgetenv(env);
    if (auto typed = promptHidden(prompt))
        return *typed;
    return makeError(ErrorCode::Usage, fileOption == PinFile ? Tr::tr("No PIN for the token: use --pin-file FILE or AUDITBENCH_PIN.")
                                                             : Tr::tr("No passphrase for the key file: use --key-passphrase-file FILE or "
                                                                      "AUDITBENCH_KEY_PASSPHRASE."));
}

Result<std::unique_ptr<crypto::SigningKey>> SigningOptions::load(const QCommandLineParser &parser) const
{
    if (auto r = validate(parser); !r)
        return r.error();
    if (parser.isSet(m_keyFile)) {
        const QString path = parser.value(m_keyFile);
        auto pass = secret(parser, KeyPassFile, "AUDITBENCH_KEY_PASSPHRASE", Tr::tr("Passphrase of %1: ").arg(path));
        if (!pass)
            return pass.error();
        auto key = crypto::SigningKey::fromPkcs12(path, *pass);
        crypto::cleanse(pass.value());
        return key;
    }
    if (parser.isSet(Pkcs11)) {
        crypto::SigningKey::Pkcs11Location where;
        where.uri = parser.value(Pkcs11);
        where.module = parser.value(Pkcs11Module);
        auto pin = secret(parser, PinFile, "AUDITBENCH_PIN", Tr::tr("PIN of the token: "));
        if (!pin)
            return pin.error();
        auto key = crypto::SigningKey::fromPkcs11(where, *pin);
        crypto::cleanse(pin.value());
        return key;
    }
    return makeError(ErrorCode::Usage, Tr::tr("No signing key: use --%1 KEY.p12 or --pkcs11 URI.").arg(m_keyFile));
}

} // namespace ab::cli
