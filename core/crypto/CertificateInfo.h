#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct x509_st;

namespace ab::crypto {

// What a person needs to know about a certificate, read once from its DER:
// whose it is, who vouches for it, when it is valid and what key it holds.
struct CertificateInfo {
    QString subject;          // the whole name, RFC 2253, UTF-8 kept readable
    QString commonName;       // CN of the subject
    QString organization;     // O of the subject
    QString issuer;           // the whole issuer name
    QString issuerCommonName; // CN of the issuer
    QString serial;           // hex, as certificate viewers print it
    QDateTime notBefore;      // UTC
    QDateTime notAfter;       // UTC
    bool selfSigned = false;  // issued by its own key
    bool signingUsage = true; // key usage allows digital signatures (or is absent)
    QString keyType;          // RSA, EC P-256, Ed25519...
    int keyBits = 0;
    QString sha256Fingerprint; // lowercase hex of the DER's SHA-256
    QByteArray der;

    bool isNull() const { return der.isEmpty(); }
    bool isValidAt(const QDateTime &when) const { return when >= notBefore && when <= notAfter; }
    bool hasExpiredAt(const QDateTime &when) const { return when > notAfter; }
    // The name to show for the holder: CN, else the whole subject.
    QString displayName() const { return commonName.isEmpty() ? subject : commonName; }

    static CertificateInfo fromX509(x509_st *cert);
    static CertificateInfo fromDer(const QByteArray &der); // null when it does not parse
    static CertificateInfo fromPemOrDer(const QByteArray &bytes);
    QJsonObject toJson() const;
};

// A time as certificates and signatures carry it, in UTC, seconds precision.
QString isoUtc(const QDateTime &when);

// A certificate as DER from a PEM or DER file (a trust anchor the user names):
// Io when it cannot be read, BadInput when it holds no certificate.
Result<QByteArray> readCertificateFile(const QString &path);

} // namespace ab::crypto
