#include "core/crypto/SigningKey.h"

#include "core/crypto/Pkcs11Engine.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/provider.h>

namespace ab::crypto {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::crypto::SigningKey)
};

// Key files are a few KiB; anything far bigger is not one.
constexpr qint64 MaxKeyFileSize = 4 << 20;

Result<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the %1 %2: %3.").arg(what, path, f.errorString()));
    if (f.size() > MaxKeyFileSize)
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is too large to be a %2.").arg(path, what));
    return f.readAll();
}

QString day(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

SigningKey::~SigningKey() = default;

int SigningKey::maxSignatureSize() const
{
    return m_key ? EVP_PKEY_get_size(m_key.get()) : 0;
}

Result<void> SigningKey::adopt(ossl::PKey key, ossl::X509Ptr cert, ossl::X509Stack chain)
{
    if (X509_check_private_key(cert.get(), key.get()) != 1) {
        ERR_clear_error();
        return makeError(ErrorCode::BadInput, Tr::tr("The certificate in %1 does not belong to its private key; export the key "
                                                     "together with its own certificate.")
                                                  .arg(m_source));
    }
    m_key = std::move(key);
    m_cert = std::move(cert);
    m_chain = chain ? std::move(chain) : ossl::newX509Stack();
    m_info = CertificateInfo::fromX509(m_cert.get());
    // The file may list the signer's own certificate again among its CA
    // certificates; keep each certificate once, the signer's first.
    for (int i = sk_X509_num(m_chain.get()) - 1; i >= 0; --i) {
        X509 *c = sk_X509_value(m_chain.get(), i);
        if (X509_cmp(c, m_cert.get()) == 0) {
            sk_X509_delete(m_chain.get(), i);
            X509_free(c);
        }
    }
    for (int i = 0; i < sk_X509_num(m_chain.get()); ++i)
        m_chainInfo << CertificateInfo::fromX509(sk_X509_value(m_chain.get(), i));
    return {};
}

Result<std::unique_ptr<SigningKey>> SigningKey::fromPkcs12(const QString &path, const QByteArray &passphrase)
{
    const QString name = QFileInfo(path).fileName();
    auto bytes = readSmallFile(path, Tr::tr("key file"));
    if (!bytes)
        return bytes.error();
    const auto *p = reinterpret_cast<const unsigned char *>(bytes->constData());
    ossl::Pkcs12 p12(d2i_PKCS12(nullptr, &p, long(bytes->size())));
    if (!p12) {
        ERR_clear_error();
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is not a PKCS#12 key file (.p12 or .pfx); export the signing key and its "
                                                     "certificate to one.")
                                                  .arg(name));
    }
    const auto wrongPassphrase = [&] {
        ERR_clear_error();
        return makeError(ErrorCode::WrongPassphrase,
                         Tr::tr("The passphrase for the key file %1 is wrong; check it and try again.").arg(name));
    };
    QByteArray passZ = passphrase;
    passZ.append('\0');
    const char *pass = passZ.constData();
    if (PKCS12_mac_present(p12.get())) {
        bool macOk = PKCS12_verify_mac(p12.get(), pass, -1) == 1;
        if (!macOk && passphrase.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0) == 1) {
            macOk = true;
            pass = nullptr; // exported with "no password" rather than an empty one
        }
        if (!macOk) {
            cleanse(passZ);
            return wrongPassphrase();
        }
    }
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    bool parsed = PKCS12_parse(p12.get(), pass, &key, &cert, &ca) == 1;
    if (!parsed) {
        // Files exported by older tools (RC2-40, some 3DES variants) need
        // OpenSSL's legacy provider; load it only for them, keeping the default.
        ERR_clear_error();
        if (OSSL_PROVIDER_try_load(nullptr, "legacy", 1))
            parsed = PKCS12_parse(p12.get(), pass, &key, &cert, &ca) == 1;
    }
    cleanse(passZ);
    if (!parsed) {
        if (!PKCS12_mac_present(p12.get()))
            return wrongPassphrase(); // nothing else tells a wrong passphrase apart
        ERR_clear_error();
        return makeError(ErrorCode::BadInput, Tr::tr("The key file %1 could not be decrypted: it uses an encryption this version cannot "
                                                     "read; export it again with AES (openssl pkcs12 -export does by default).")
                                                  .arg(name));
    }
    ossl::PKey keyHolder(key);
    ossl::X509Ptr certHolder(cert);
    ossl::X509Stack chainHolder(ca);
    if (!keyHolder)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The key file %1 holds no private key; export the key together with its certificate.").arg(name));
    if (!certHolder)
        return makeError(ErrorCode::BadInput, Tr::tr("The key file %1 holds no certificate for its key; export the key together with "
                                                     "its certificate.")
                                                  .arg(name));
    std::unique_ptr<SigningKey> k(new SigningKey);
    k->m_source = name;
    if (auto r = k->adopt(std::move(keyHolder), std::move(certHolder), std::move(chainHolder)); !r)
        return r.error();
    return k;
}

Result<std::unique_ptr<SigningKey>> SigningKey::fromPkcs11(const Pkcs11Location &location, const QByteArray &pin)
{
    ossl::X509Ptr fileCert;
    if (!location.certificateFile.isEmpty()) {
        auto bytes = readSmallFile(location.certificateFile, Tr::tr("certificate file"));
        if (!bytes)
            return bytes.error();
        ossl::Bio bio(BIO_new_mem_buf(bytes->constData(), int(bytes->size())));
        fileCert.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!fileCert)
            fileCert = ossl::fromDer(*bytes);
        ERR_clear_error();
        if (!fileCert)
            return makeError(ErrorCode::BadInput, Tr::tr("%1 is not a certificate (PEM or DER).").arg(location.certificateFile));
    }
    auto id = Pkcs11Engine::load(location.uri, location.module, pin, !fileCert);
    if (!id)
        return id.error();
    ossl::X509Ptr cert = fileCert ? std::move(fileCert) : std::move(id->certificate);
    std::unique_ptr<SigningKey> k(new SigningKey);
    k->m_source = Tr::tr("token \"%1\"").arg(id->tokenLabel);
    if (!cert)
        return makeError(ErrorCode::BadInput, Tr::tr("The %1 holds no certificate for this key; store it on the token with the same id "
                                                     "or label, or give it with --pkcs11-cert FILE.")
                                                  .arg(k->m_source));
    k->m_engine = id->engine;
    if (auto r = k->adopt(std::move(id->key), std::move(cert), {}); !r)
        return r.error();
    return k;
}

Result<void> SigningKey::checkUsableAt(const QDateTime &when) const
{
    const QString who = m_info.displayName();
    if (m_info.hasExpiredAt(when))
        return makeError(
            ErrorCode::BadInput,
            Tr::tr("The certificate of %1 in %2 expired on %3; renew it before signing.").arg(who, m_source, day(m_info.notAfter)));
    if (!m_info.isValidAt(when))
        return makeError(ErrorCode::BadInput, Tr::tr("The certificate of %1 in %2 is not valid before %3; check the computer's clock.")
                                                  .arg(who, m_source, day(m_info.notBefore)));
    if (!m_info.signingUsage)
        return makeError(ErrorCode::BadInput, Tr::tr("The certificate of %1 in %2 is not meant for digital signatures (its key usage "
                                                     "forbids it); use a signing certificate.")
                                                  .arg(who, m_source));
    return {};
}

} // namespace ab::crypto
