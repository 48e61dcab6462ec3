#include "core/crypto/CertificateInfo.h"

#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonValue>
#include <QTimeZone>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace ab::crypto {

namespace {

void freeOpenSslString(void *p)
{
    OPENSSL_free(p);
}
using OpenSslChars = std::unique_ptr<void, ossl::Deleter<freeOpenSslString>>;
using BigNum = std::unique_ptr<BIGNUM, ossl::Deleter<BN_free>>;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::crypto::CertificateInfo)
};

QString nameEntry(const X509_NAME *name, int nid)
{
    const int at = X509_NAME_get_index_by_NID(name, nid, -1);
    if (at < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, value);
    if (len < 0)
        return {};
    const OpenSslChars owner(utf8);
    return QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
}

QString wholeName(const X509_NAME *name)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    // RFC 2253 order, but Chinese and Vietnamese names kept as UTF-8
    // instead of \UXXXX escapes, so a person can read them.
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(len));
}

QDateTime fromAsn1(const ASN1_TIME *t)
{
    struct tm tm {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

QString keyTypeOf(const EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA");
    case EVP_PKEY_EC: {
        char curve[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", curve, sizeof curve, &len) == 1) {
            const int nid = OBJ_sn2nid(curve);
            const char *nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
            return QStringLiteral("EC ") + QString::fromLatin1(nist ? nist : curve);
        }
        return QStringLiteral("EC");
    }
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    default:
        return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}

} // namespace

CertificateInfo CertificateInfo::fromX509(x509_st *cert)
{
    CertificateInfo info;
    if (!cert)
        return info;
    info.der = ossl::toDer(cert);
    if (info.der.isEmpty())
        return info;
    const X509_NAME *subject = X509_get_subject_name(cert);
    const X509_NAME *issuer = X509_get_issuer_name(cert);
    info.subject = wholeName(subject);
    info.commonName = nameEntry(subject, NID_commonName);
    info.organization = nameEntry(subject, NID_organizationName);
    info.issuer = wholeName(issuer);
    info.issuerCommonName = nameEntry(issuer, NID_commonName);
    if (const BigNum bn{ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr)}) {
        if (char *hex = BN_bn2hex(bn.get())) {
            const OpenSslChars owner(hex);
            info.serial = QString::fromLatin1(hex).toLower();
        }
    }
    info.notBefore = fromAsn1(X509_get0_notBefore(cert));
    info.notAfter = fromAsn1(X509_get0_notAfter(cert));
    info.selfSigned = X509_self_signed(cert, 1) == 1;
    const uint32_t usage = X509_get_key_usage(cert);
    info.signingUsage = usage == UINT32_MAX || (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) != 0;
    if (const EVP_PKEY *key = X509_get0_pubkey(cert)) {
        info.keyType = keyTypeOf(key);
        info.keyBits = EVP_PKEY_get_bits(key);
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    if (X509_digest(cert, EVP_sha256(), md, &mdLen) == 1)
        info.sha256Fingerprint = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(mdLen)).toHex());
    return info;
}

CertificateInfo CertificateInfo::fromDer(const QByteArray &der)
{
    ossl::X509Ptr cert = ossl::fromDer(der);
    return cert ? fromX509(cert.get()) : CertificateInfo{};
}

CertificateInfo CertificateInfo::fromPemOrDer(const QByteArray &bytes)
{
    ossl::Bio bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    ossl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return cert ? fromX509(cert.get()) : fromDer(bytes);
}

QJsonObject CertificateInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("subject"), subject},
                       {QStringLiteral("common_name"), commonName},
                       {QStringLiteral("organization"), organization},
                       {QStringLiteral("issuer"), issuer},
                       {QStringLiteral("issuer_common_name"), issuerCommonName},
                       {QStringLiteral("serial"), serial},
                       {QStringLiteral("not_before"), isoUtc(notBefore)},
                       {QStringLiteral("not_after"), isoUtc(notAfter)},
                       {QStringLiteral("self_signed"), selfSigned},
                       {QStringLiteral("key_type"), keyType},
                       {QStringLiteral("key_bits"), keyBits},
                       {QStringLiteral("sha256"), sha256Fingerprint}};
}

Result<QByteArray> readCertificateFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the certificate %1: %2.").arg(path, f.errorString()));
    // A certificate is a few KiB; a larger file is not one.
    const QByteArray data = f.read(1 << 20);
    QByteArray der = data;
    if (const qsizetype begin = data.indexOf("-----BEGIN CERTIFICATE-----"); begin >= 0) {
        const qsizetype start = data.indexOf('\n', begin) + 1;
        const qsizetype end = data.indexOf("-----END CERTIFICATE-----", start);
        der = start > 0 && end > start ? QByteArray::fromBase64(data.mid(start, end - start)) : QByteArray();
    }
    if (CertificateInfo::fromDer(der).isNull())
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is not a certificate (PEM or DER).").arg(path));
    return der;
}

QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace ab::crypto
