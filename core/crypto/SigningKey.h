#pragma once

#include "core/crypto/CertificateInfo.h"
#include "core/crypto/OpenSslPtr.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <memory>

struct engine_st;

namespace ab::crypto {

// A signing identity: a private key, its certificate and the certificates
// that vouch for it. From a PKCS#12 file (.p12/.pfx) or a PKCS#11 token,
// where the key never leaves the token.
class SigningKey final {
public:
    struct Pkcs11Location {
        QString uri;             // RFC 7512, e.g. pkcs11:token=Team;object=leader
        QString module;          // empty: p11-kit-proxy
        QString certificateFile; // PEM/DER; empty: the certificate on the token with the same id/label
    };

    // passphrase: the raw bytes the file was protected with.
    static Result<std::unique_ptr<SigningKey>> fromPkcs12(const QString &path, const QByteArray &passphrase);
    static Result<std::unique_ptr<SigningKey>> fromPkcs11(const Pkcs11Location &location, const QByteArray &pin);

    ~SigningKey();
    Q_DISABLE_COPY_MOVE(SigningKey)

    const CertificateInfo &certificate() const { return m_info; }
    // The other certificates the file or caller supplied, nearest issuer first.
    const QList<CertificateInfo> &chain() const { return m_chainInfo; }
    // Where the key lives, for messages: the file name or the token label.
    QString source() const { return m_source; }
    bool onToken() const { return m_engine != nullptr; }
    // Upper bound of one signature value in bytes (RSA modulus, DER ECDSA).
    int maxSignatureSize() const;
    // BadInput with a sentence when the certificate is not valid at `when`
    // (expired or not yet valid) or not meant for signing.
    Result<void> checkUsableAt(const QDateTime &when) const;

    // Borrowed handles for the CMS code; valid as long as this object.
    EVP_PKEY *privateKey() const { return m_key.get(); }
    X509 *x509() const { return m_cert.get(); }
    STACK_OF(X509) * extraCertificates() const { return m_chain.get(); }

private:
    SigningKey() = default;
    Result<void> adopt(ossl::PKey key, ossl::X509Ptr cert, ossl::X509Stack chain);

    std::shared_ptr<engine_st> m_engine; // declared first: destroyed after the key
    ossl::PKey m_key;
    ossl::X509Ptr m_cert;
    ossl::X509Stack m_chain;
    CertificateInfo m_info;
    QList<CertificateInfo> m_chainInfo;
    QString m_source;
};

} // namespace ab::crypto
