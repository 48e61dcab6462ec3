#include "core/crypto/CmsSigner.h"

#include "core/crypto/OpenSslPtr.h"
#include "core/crypto/SigningKey.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace ab::crypto {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::crypto::CmsSigner)
};

using Asn1Time = std::unique_ptr<ASN1_TIME, ossl::Deleter<ASN1_TIME_free>>;
} // namespace

int CmsSigner::estimateSize(const SigningKey &key)
{
    int certs = key.certificate().der.size();
    for (const CertificateInfo &c : key.chain())
        certs += c.der.size();
    // Certificates, the signature value, and the SignedData frame with its
    // attributes (about 600 bytes) plus room to spare.
    return certs + key.maxSignatureSize() + 2048;
}

Result<QByteArray> CmsSigner::signDetached(const SigningKey &key, const ContentStream &content, const QDateTime &signingTime)
{
    const auto failed = [&] {
        ERR_clear_error();
        return makeError(ErrorCode::BadInput, key.onToken() ? Tr::tr("The %1 refused to sign; check that the token is still inserted and "
                                                                     "unlocked, then try again.")
                                                                  .arg(key.source())
                                                            : Tr::tr("Signing with the key from %1 failed; the key may be damaged or of "
                                                                     "a kind that cannot sign.")
                                                                  .arg(key.source()));
    };
    constexpr unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    ossl::Cms cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms)
        return failed();
    // CMS_CADES adds ESS signing-certificate-v2 (SHA-256 of the certificate
    // with issuer and serial); PAdES requires it.
    CMS_SignerInfo *si = CMS_add1_signer(cms.get(), key.x509(), key.privateKey(), EVP_sha256(), flags | CMS_CADES);
    if (!si)
        return failed();
    // Our time, not OpenSSL's "now": it must match the PDF's /M entry.
    Asn1Time when(ASN1_TIME_set(nullptr, time_t(signingTime.toSecsSinceEpoch())));
    if (!when || CMS_signed_add1_attr_by_NID(si, NID_pkcs9_signingTime, when->type, when.get(), -1) != 1)
        return failed();
    for (int i = 0; i < sk_X509_num(key.extraCertificates()); ++i)
        if (CMS_add1_cert(cms.get(), sk_X509_value(key.extraCertificates(), i)) != 1)
            return failed();

    ossl::Bio data(CMS_dataInit(cms.get(), nullptr));
    if (!data)
        return failed();
    bool writeOk = true;
    auto read = content.read([&](QByteArrayView chunk) {
        for (qsizetype done = 0; done < chunk.size();) {
            const int n = BIO_write(data.get(), chunk.data() + done, int(qMin<qsizetype>(chunk.size() - done, 1 << 30)));
            if (n <= 0) {
                writeOk = false;
                return false;
            }
            done += n;
        }
        return true;
    });
    if (!writeOk)
        return failed();
    if (!read)
        return read.error();
    if (CMS_dataFinal(cms.get(), data.get()) != 1)
        return failed();
    const int len = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (len <= 0)
        return failed();
    QByteArray der(len, '\0');
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_CMS_ContentInfo(cms.get(), &p);
    return der;
}

} // namespace ab::crypto
