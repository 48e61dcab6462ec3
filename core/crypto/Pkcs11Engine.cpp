// The only file that touches OpenSSL's ENGINE API (deprecated in 3.0, still
// the way Debian's libp11 reaches tokens): the deprecation warnings are
// silenced here and nowhere else.
#define OPENSSL_SUPPRESS_DEPRECATED 1

#include "core/crypto/Pkcs11Engine.h"

#include "core/crypto/Aead.h"
#include "core/crypto/Hash.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <mutex>

#include <openssl/crypto.h>
#include <openssl/engine.h>
#include <openssl/err.h>
#include <openssl/ui.h>

namespace ab::crypto {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::crypto::Pkcs11)
};

// PKCS#11 return values libp11 passes on as OpenSSL reason codes.
constexpr unsigned long CkrPinIncorrect = 0xA0;
constexpr unsigned long CkrPinInvalid = 0xA1;
constexpr unsigned long CkrPinLenRange = 0xA2;
constexpr unsigned long CkrPinExpired = 0xA3;
constexpr unsigned long CkrPinLocked = 0xA4;
constexpr unsigned long CkrTokenNotPresent = 0xE0;

enum class Failure { Other, WrongPin, PinLocked, PinExpired, NoToken, Module };

// What the error queue says went wrong, then cleared: the user gets our
// sentence, never OpenSSL's stack.
Failure drainFailure()
{
    Failure f = Failure::Other;
    unsigned long e = 0;
    while ((e = ERR_get_error()) != 0) {
        const unsigned long reason = ERR_GET_REASON(e);
        const char *text = ERR_reason_error_string(e);
        const QByteArray t = text ? QByteArray(text).toLower() : QByteArray();
        if (reason == CkrPinIncorrect || reason == CkrPinInvalid || reason == CkrPinLenRange || t.contains("pin incorrect"))
            f = Failure::WrongPin;
        else if (reason == CkrPinLocked || t.contains("pin locked"))
            f = Failure::PinLocked;
        else if (reason == CkrPinExpired && f == Failure::Other)
            f = Failure::PinExpired;
        else if (reason == CkrTokenNotPresent && f == Failure::Other)
            f = Failure::NoToken;
        else if (f == Failure::Other && t.contains("module"))
            f = Failure::Module;
    }
    return f;
}

// libp11 asks through a UI method when it has no PIN; ours never answers,
// so nothing ever prompts on the terminal behind the caller's back.
UI_METHOD *silentUi()
{
    static UI_METHOD *method = [] {
        UI_METHOD *m = UI_create_method("auditbench-no-prompt");
        UI_method_set_reader(m, [](UI *, UI_STRING *) { return 0; });
        return m;
    }();
    return method;
}

// libp11 keeps its module loaded and the token logged in for the life of
// the process: the keys it hands out are cached with a reference on the
// engine, so the engine never finishes, and a logged-in token skips the
// login. One engine per process therefore, with its module fixed by the
// first successful load; and since a later load would accept any PIN, we
// remember (as a MAC under a random per-process key, never the PIN itself)
// which PIN opened each token and refuse a different one ourselves.
struct ProcessEngine {
    std::mutex mutex;
    std::shared_ptr<engine_st> engine;
    QString module;
    bool moduleLoaded = false; // a key was loaded: the module can no longer change
    QHash<QString, QByteArray> pinMacs;
    QByteArray macKey;
};

ProcessEngine &processEngine()
{
    // Never destroyed: at exit the token module's own statics may already be
    // gone, and finishing the engine then would call into a dead library.
    // The process ending closes the token session anyway.
    static ProcessEngine *state = new ProcessEngine;
    return *state;
}

QByteArray pinMac(ProcessEngine &state, const QString &token, const QByteArray &pin)
{
    if (state.macKey.isEmpty())
        state.macKey = randomBytes(32);
    QByteArray message = token.toUtf8();
    message.append('\0');
    message.append(pin);
    QByteArray mac = hmacSha256(reinterpret_cast<const unsigned char *>(state.macKey.constData()), state.macKey.size(), message);
    cleanse(message);
    return mac;
}

QString percentDecoded(const QString &s)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(s.toUtf8()));
}

QString attribute(const QString &uri, const QString &name)
{
    const QString path = uri.mid(7).section(QLatin1Char('?'), 0, 0);
    for (const QString &part : path.split(QLatin1Char(';')))
        if (part.section(QLatin1Char('='), 0, 0) == name)
            return percentDecoded(part.section(QLatin1Char('='), 1));
    return {};
}

} // namespace

QString Pkcs11Engine::defaultModule()
{
    for (const char *p :
         {"/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so", "/usr/lib/aarch64-linux-gnu/p11-kit-proxy.so", "/usr/lib/p11-kit-proxy.so"})
        if (QFileInfo::exists(QString::fromLatin1(p)))
            return QString::fromLatin1(p);
    return QStringLiteral("p11-kit-proxy.so");
}

Result<QString> Pkcs11Engine::objectUri(const QString &uri, const QString &type)
{
    if (!uri.startsWith(QLatin1String("pkcs11:")))
        return makeError(ErrorCode::Usage, Tr::tr("\"%1\" is not a PKCS#11 URI; it must start with pkcs11: (for example "
                                                  "pkcs11:token=MyToken;object=MyKey).")
                                               .arg(uri));
    QString path = uri.mid(7);
    QString query;
    if (const qsizetype q = path.indexOf(QLatin1Char('?')); q >= 0) {
        query = path.mid(q + 1);
        path.truncate(q);
    }
    for (const QString &part : query.split(QLatin1Char('&'), Qt::SkipEmptyParts))
        if (part.startsWith(QLatin1String("pin-value")) || part.startsWith(QLatin1String("pin-source")))
            return makeError(ErrorCode::Usage, Tr::tr("The PKCS#11 URI must not carry the PIN (it would be visible to other users); "
                                                      "give it with --pin-file FILE or AUDITBENCH_PIN instead."));
    QStringList kept;
    bool names = false;
    for (const QString &part : path.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        if (key == QLatin1String("type") || key.startsWith(QLatin1String("pin-")))
            continue;
        names = names || key == QLatin1String("object") || key == QLatin1String("id");
        kept << part;
    }
    if (!names)
        return makeError(ErrorCode::Usage, Tr::tr("The PKCS#11 URI \"%1\" names no key: add object=LABEL or id=ID "
                                                  "(p11tool --list-privkeys --login shows them).")
                                               .arg(uri));
    kept << QStringLiteral("type=") + type;
    const QString module = query.isEmpty() ? QString() : QStringLiteral("?") + query;
    return QString(QStringLiteral("pkcs11:") + kept.join(QLatin1Char(';')) + module);
}

Result<Pkcs11Engine::Identity> Pkcs11Engine::load(const QString &uri, const QString &module, const QByteArray &pin, bool findCertificate)
{
    auto keyUri = objectUri(uri, QStringLiteral("private"));
    if (!keyUri)
        return keyUri.error();
    const QString modulePath = module.isEmpty() ? defaultModule() : module;
    if (!QFileInfo(modulePath).isFile())
        return makeError(ErrorCode::BadInput, Tr::tr("The PKCS#11 module %1 does not exist; give the token's module with --pkcs11-module "
                                                     "PATH (p11-kit-proxy needs the package p11-kit).")
                                                  .arg(modulePath));
    // Only a shared library is handed to the loader (which would complain on
    // stderr about anything else).
    if (QFile module(modulePath); !module.open(QIODevice::ReadOnly) || module.read(4) != QByteArray("\x7f"
                                                                                                    "ELF",
                                                                                                    4))
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is not a PKCS#11 module (not a shared library); give the token's module with "
                                                     "--pkcs11-module PATH.")
                                                  .arg(modulePath));
    if (pin.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("No PIN for the token: use --pin-file FILE or AUDITBENCH_PIN."));
    const QString token = attribute(uri, QStringLiteral("token"));
    const QString tokenName = token.isEmpty() ? uri : token;

    ProcessEngine &state = processEngine();
    const std::lock_guard lock(state.mutex);
    if (state.moduleLoaded && state.module != modulePath)
        return makeError(ErrorCode::BadInput, Tr::tr("The PKCS#11 module %1 is already in use by this program; start it again to use "
                                                     "%2 instead.")
                                                  .arg(state.module, modulePath));
    // Login is per token; without a token name, per key.
    const QString loginKey = token.isEmpty() ? *keyUri : QStringLiteral("token=") + token;
    const QByteArray mac = pinMac(state, loginKey, pin);
    if (const auto known = state.pinMacs.constFind(loginKey); known != state.pinMacs.cend() && !equalConstantTime(*known, mac))
        return makeError(
            ErrorCode::WrongPassphrase,
            Tr::tr("The PIN for token \"%1\" is wrong; check it and try again (tokens lock after a few wrong tries).").arg(tokenName));

    ERR_clear_error();
    if (!state.engine) {
        ENGINE *e = ENGINE_by_id("pkcs11");
        if (!e) {
            ERR_clear_error();
            return makeError(ErrorCode::BadInput,
                             Tr::tr("PKCS#11 token support is missing: install the package libengine-pkcs11-openssl."));
        }
        ENGINE_ctrl_cmd_string(e, "QUIET", nullptr, 1); // libp11 would print its own errors on stderr
        if (ENGINE_init(e) != 1) {
            ENGINE_free(e);
            ERR_clear_error();
            return makeError(ErrorCode::BadInput,
                             Tr::tr("PKCS#11 token support could not be started; reinstall libengine-pkcs11-openssl."));
        }
        // Structural and functional references, both released at exit.
        state.engine = std::shared_ptr<engine_st>(e, [](ENGINE *x) {
            ENGINE_finish(x);
            ENGINE_free(x);
        });
    }
    engine_st *const engine = state.engine.get();
    if (!state.moduleLoaded) {
        const QByteArray modulePath8 = modulePath.toLocal8Bit();
        if (ENGINE_ctrl_cmd_string(engine, "MODULE_PATH", modulePath8.constData(), 0) != 1) {
            ERR_clear_error();
            return makeError(ErrorCode::BadInput, Tr::tr("The PKCS#11 module path %1 was refused.").arg(modulePath));
        }
        state.module = modulePath;
    }
    {
        // ENGINE_ctrl_cmd_string wants a C string; wipe our copy afterwards.
        QByteArray pinZ = pin;
        pinZ.append('\0');
        const bool set = ENGINE_ctrl_cmd_string(engine, "PIN", pinZ.constData(), 0) == 1;
        cleanse(pinZ);
        if (!set) {
            ERR_clear_error();
            return makeError(ErrorCode::BadInput, Tr::tr("The PKCS#11 engine refused the PIN; it may be too long."));
        }
    }
    const QByteArray keyUri8 = keyUri->toUtf8();
    ossl::PKey key(ENGINE_load_private_key(engine, keyUri8.constData(), silentUi(), nullptr));
    if (!key) {
        switch (drainFailure()) {
        case Failure::WrongPin:
            return makeError(
                ErrorCode::WrongPassphrase,
                Tr::tr("The PIN for token \"%1\" is wrong; check it and try again (tokens lock after a few wrong tries).").arg(tokenName));
        case Failure::PinLocked:
            return makeError(ErrorCode::BadInput, Tr::tr("The PIN of token \"%1\" is locked after too many wrong tries; unlock it with "
                                                         "the token's security officer PIN.")
                                                      .arg(tokenName));
        case Failure::PinExpired:
            return makeError(ErrorCode::BadInput,
                             Tr::tr("The PIN of token \"%1\" has expired; change it with the token's tools first.").arg(tokenName));
        case Failure::NoToken:
            return makeError(ErrorCode::BadInput, Tr::tr("Token \"%1\" is not present; insert it and try again.").arg(tokenName));
        case Failure::Module:
            return makeError(ErrorCode::BadInput, Tr::tr("The PKCS#11 module %1 could not be loaded; check that it is the module of "
                                                         "your token.")
                                                      .arg(modulePath));
        case Failure::Other:
            break;
        }
        return makeError(ErrorCode::BadInput, Tr::tr("No private key matching %1 was found (or the PIN was refused); check the token "
                                                     "label and the object name or id, e.g. with p11tool --list-all --login.")
                                                  .arg(uri));
    }
    state.moduleLoaded = true;
    state.pinMacs.insert(loginKey, mac);
    Identity id;
    id.engine = state.engine;
    id.key = std::move(key);
    id.tokenLabel = tokenName;
    if (findCertificate) {
        auto certUri = objectUri(uri, QStringLiteral("cert"));
        if (!certUri)
            return certUri.error();
        const QByteArray certUri8 = certUri->toUtf8();
        struct {
            const char *uri;
            X509 *cert;
        } params{certUri8.constData(), nullptr};
        if (ENGINE_ctrl_cmd(engine, "LOAD_CERT_CTRL", 0, &params, nullptr, 1) == 1 && params.cert)
            id.certificate.reset(params.cert);
        ERR_clear_error();
    }
    return id;
}

} // namespace ab::crypto
