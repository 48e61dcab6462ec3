#include "core/crypto/Kdf.h"

#include "core/crypto/Aead.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace ab::crypto {

KdfParams KdfParams::fresh()
{
    KdfParams p;
    p.salt = randomBytes(16);
    return p;
}

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{{QStringLiteral("alg"), algorithm},
                       {QStringLiteral("n"), double(n)},
                       {QStringLiteral("r"), double(r)},
                       {QStringLiteral("p"), double(p)},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}};
}

Result<KdfParams> KdfParams::fromJson(const QJsonObject &json)
{
    auto invalid = [] {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("ab::Kdf", "The key-derivation settings in this file are invalid or unsupported."));
    };
    // Judge the numbers as doubles first: casting an out-of-range double to an
    // integer is undefined, and 2^32 + 1 must not wrap round to 1.
    auto whole = [](const QJsonValue &v, double max, quint64 &out) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > max || d != double(quint64(d)))
            return false;
        out = quint64(d);
        return true;
    };
    KdfParams k;
    quint64 n = 0, r = 0, p = 0;
    k.algorithm = json.value(QStringLiteral("alg")).toString();
    if (!whole(json.value(QStringLiteral("n")), double(1ULL << 22), n) || !whole(json.value(QStringLiteral("r")), 32, r)
        || !whole(json.value(QStringLiteral("p")), 16, p))
        return invalid();
    k.n = n;
    k.r = quint32(r);
    k.p = quint32(p);
    k.salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1());
    // Bounds keep a hostile file from asking for terabytes of memory or hours
    // of work before the passphrase is even checked: scrypt needs 128*r*n
    // bytes (at most 512 MiB, well inside what deriveKey allows) and p times
    // that work (at most 4 GiB worth, ~64 times the default).
    const bool powerOfTwo = k.n >= 2 && (k.n & (k.n - 1)) == 0;
    const quint64 memory = 128 * k.n * k.r;
    if (k.algorithm != QLatin1String("scrypt") || !powerOfTwo || memory > (1ULL << 29) || memory * k.p > (1ULL << 32)
        || k.salt.size() < 16)
        return invalid();
    return k;
}

Result<SecureBytes> deriveKey(const QByteArray &passphrase, const KdfParams &params)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr), &EVP_KDF_free);
    if (!kdf)
        return makeError(ErrorCode::Io, QCoreApplication::translate("ab::Kdf", "OpenSSL does not provide scrypt."));
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    uint64_t n = params.n;
    uint32_t r = params.r, p = params.p;
    uint64_t maxmem = 1ULL << 30;
    QByteArray salt = params.salt;
    QByteArray pass = passphrase;
    pass.detach();
    OSSL_PARAM ps[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pass.data(), size_t(pass.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes key(32);
    const bool ok = EVP_KDF_derive(ctx.get(), key.data(), size_t(key.size()), ps) == 1;
    cleanse(pass);
    if (!ok)
        return makeError(ErrorCode::Io, QCoreApplication::translate("ab::Kdf", "Deriving the key from the passphrase failed (out of memory?)."));
    return key;
}

} // namespace ab::crypto
