#include "core/crypto/CmsVerifier.h"

#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <utility>

namespace ab::crypto {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::crypto::CmsVerifier)
};

QString day(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QDateTime fromAsn1(const ASN1_TIME *t)
{
    struct tm tm {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

const ASN1_TYPE *signedAttribute(CMS_SignerInfo *si, int nid)
{
    const int at = CMS_signed_get_attr_by_NID(si, nid, -1);
    if (at < 0)
        return nullptr;
    X509_ATTRIBUTE *attr = CMS_signed_get_attr(si, at);
    return attr && X509_ATTRIBUTE_count(attr) == 1 ? X509_ATTRIBUTE_get0_type(attr, 0) : nullptr;
}

void checkSigningCertificate(CMS_SignerInfo *si, X509 *signer, STACK_OF(X509) * certs, CmsVerification &v)
{
    ossl::EssCert v1;
    ossl::EssCertV2 v2;
    if (const ASN1_TYPE *t = signedAttribute(si, NID_id_smime_aa_signingCertificateV2); t && t->type == V_ASN1_SEQUENCE) {
        const unsigned char *p = t->value.sequence->data;
        v2.reset(d2i_ESS_SIGNING_CERT_V2(nullptr, &p, t->value.sequence->length));
        v.signingCertificateV2 = v2 != nullptr;
    }
    if (const ASN1_TYPE *t = signedAttribute(si, NID_id_smime_aa_signingCertificate); t && t->type == V_ASN1_SEQUENCE) {
        const unsigned char *p = t->value.sequence->data;
        v1.reset(d2i_ESS_SIGNING_CERT(nullptr, &p, t->value.sequence->length));
    }
    const bool attrPresent = CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0 ||
                             CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificate, -1) >= 0;
    v.signingCertificatePresent = attrPresent;
    if (!attrPresent)
        return;
    // The signer first, as OSSL_ESS_check_signing_certs expects.
    ossl::X509Stack chain = ossl::newX509Stack();
    X509_up_ref(signer);
    sk_X509_push(chain.get(), signer);
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        X509 *c = sk_X509_value(certs, i);
        if (X509_cmp(c, signer) != 0) {
            X509_up_ref(c);
            sk_X509_push(chain.get(), c);
        }
    }
    v.signingCertificateMatches = (v1 || v2) && OSSL_ESS_check_signing_certs(v1.get(), v2.get(), chain.get(), 1) == 1;
    ERR_clear_error();
    if (!v.signingCertificateMatches)
        v.problems << Tr::tr("The signing-certificate attribute does not name the certificate that signed; the signature may have "
                             "been moved to another certificate.");
}

int ignoreLeafTime(int ok, X509_STORE_CTX *ctx)
{
    // The leaf's validity at signing time is judged separately (expired is
    // not untrusted); everything else about the chain stands as OpenSSL says.
    if (!ok && X509_STORE_CTX_get_error_depth(ctx) == 0) {
        const int e = X509_STORE_CTX_get_error(ctx);
        if (e == X509_V_ERR_CERT_HAS_EXPIRED || e == X509_V_ERR_CERT_NOT_YET_VALID)
            return 1;
    }
    return ok;
}

// The system's CA store, loaded once: set_default_paths parses the whole
// bundle, which costs milliseconds per signature otherwise. X509_STORE is
// safe to share between threads for verification.
X509_STORE *systemStore()
{
    static X509_STORE *store = [] {
        X509_STORE *s = X509_STORE_new();
        if (s) {
            X509_STORE_set_default_paths(s);
            X509_STORE_set_verify_cb(s, ignoreLeafTime);
        }
        ERR_clear_error();
        return s;
    }();
    return store;
}

// X509_verify_cert's verdict on the signer against one store.
std::pair<bool, int> verifyAgainst(X509_STORE *store, X509 *signer, STACK_OF(X509) * certs, const QDateTime &at)
{
    ossl::StoreCtx ctx(X509_STORE_CTX_new());
    if (!store || !ctx || X509_STORE_CTX_init(ctx.get(), store, signer, certs) != 1) {
        ERR_clear_error();
        return {false, X509_V_ERR_UNSPECIFIED};
    }
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), time_t(at.toSecsSinceEpoch()));
    const bool ok = X509_verify_cert(ctx.get()) == 1;
    const int err = X509_STORE_CTX_get_error(ctx.get());
    ERR_clear_error();
    return {ok, err};
}

void checkTrust(X509 *signer, STACK_OF(X509) * certs, const CmsVerifyOptions &options, CmsVerification &v)
{
    std::pair<bool, int> verdict{false, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY};
    if (options.systemStore)
        verdict = verifyAgainst(systemStore(), signer, certs, v.signingTime);
    if (!verdict.first && !options.trustAnchors.isEmpty()) {
        ossl::Store anchors(X509_STORE_new());
        if (anchors) {
            for (const QByteArray &der : options.trustAnchors)
                if (ossl::X509Ptr anchor = ossl::fromDer(der))
                    X509_STORE_add_cert(anchors.get(), anchor.get());
            X509_STORE_set_verify_cb(anchors.get(), ignoreLeafTime);
        }
        const auto withAnchors = verifyAgainst(anchors.get(), signer, certs, v.signingTime);
        if (withAnchors.first || !options.systemStore)
            verdict = withAnchors;
    }
    const int err = verdict.second;
    if (verdict.first) {
        v.trust = CmsVerification::Trust::Trusted;
        v.trustDetail = Tr::tr("The certificate chains to a trusted certificate authority.");
        return;
    }
    switch (err) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        v.trust = CmsVerification::Trust::SelfSigned;
        v.trustDetail = Tr::tr("The certificate is self-signed: nobody else vouches for it; compare its SHA-256 fingerprint with the "
                               "signer's.");
        return;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        v.trust = CmsVerification::Trust::UnknownIssuer;
        v.trustDetail = Tr::tr("The certificate was issued by an authority this computer does not trust; add the authority's "
                               "certificate with --trust FILE to check it.");
        return;
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        v.trust = CmsVerification::Trust::Invalid;
        v.trustDetail = Tr::tr("A certificate of the issuing authority was not valid when the document was signed.");
        return;
    default:
        v.trust = CmsVerification::Trust::Invalid;
        v.trustDetail = Tr::tr("The certificate chain does not verify (a certificate in it is damaged or misused).");
        return;
    }
}

bool acceptableDigest(int nid)
{
    return nid == NID_sha256 || nid == NID_sha384 || nid == NID_sha512 || nid == NID_sha3_256 || nid == NID_sha3_384 || nid == NID_sha3_512;
}

} // namespace

QString CmsVerification::trustName(Trust t)
{
    switch (t) {
    case Trust::Trusted:
        return QStringLiteral("trusted");
    case Trust::SelfSigned:
        return QStringLiteral("self-signed");
    case Trust::UnknownIssuer:
        return QStringLiteral("unknown-issuer");
    case Trust::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

Result<CmsVerification> CmsVerifier::verifyDetached(QByteArrayView der, const ContentStream &content, const CmsVerifyOptions &options)
{
    CmsVerification v;
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    ERR_clear_error();
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    ossl::Cms cms(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        v.problems << Tr::tr("The signature value is not a CMS signature; it cannot be checked.");
        return v;
    }
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signers) != 1) {
        v.problems << Tr::tr("The signature holds %1 signers instead of one; it cannot be checked.").arg(sk_CMS_SignerInfo_num(signers));
        return v;
    }
    v.parsed = true;
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(signers, 0);
    if (ASN1_OCTET_STRING **embedded = CMS_get0_content(cms.get()); embedded && *embedded) {
        v.parsed = false;
        v.problems << Tr::tr("The signature carries its own content instead of signing the document's bytes.");
        return v;
    }

    ossl::X509Stack certs(CMS_get1_certs(cms.get()));
    if (!certs)
        certs = ossl::newX509Stack();
    X509 *signer = nullptr;
    for (int i = 0; i < sk_X509_num(certs.get()); ++i) {
        X509 *c = sk_X509_value(certs.get(), i);
        v.certificates << CertificateInfo::fromX509(c);
        if (!signer && CMS_SignerInfo_cert_cmp(si, c) == 0)
            signer = c;
    }

    // Signing time: the signed attribute, else what the document claims.
    if (const ASN1_TYPE *t = signedAttribute(si, NID_pkcs9_signingTime);
        t && (t->type == V_ASN1_UTCTIME || t->type == V_ASN1_GENERALIZEDTIME)) {
        v.signingTime = fromAsn1(t->value.utctime);
        v.signingTimeSigned = v.signingTime.isValid();
    }
    if (!v.signingTime.isValid())
        v.signingTime = options.claimedSigningTime;

    // The digest of the content, against the signed message-digest.
    X509_ALGOR *digestAlg = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlg, nullptr);
    const ASN1_OBJECT *digestObj = nullptr;
    if (digestAlg)
        X509_ALGOR_get0(&digestObj, nullptr, nullptr, digestAlg);
    const int digestNid = digestObj ? OBJ_obj2nid(digestObj) : NID_undef;
    const EVP_MD *md = digestNid != NID_undef ? EVP_get_digestbynid(digestNid) : nullptr;
    v.digestAlgorithm = digestNid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(digestNid)).toLower() : QString();
    if (!md) {
        v.problems << Tr::tr("The signature uses a digest algorithm this version does not know.");
    } else {
        v.weakDigest = !acceptableDigest(digestNid);
        if (v.weakDigest)
            v.problems << Tr::tr("The signature uses %1, which is too weak to be trusted any more.").arg(v.digestAlgorithm.toUpper());
        ossl::MdCtx ctx(EVP_MD_CTX_new());
        if (!ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1)
            return makeError(ErrorCode::Io, Tr::tr("The digest could not be computed (out of memory)."));
        auto read =
            content.read([&](QByteArrayView chunk) { return EVP_DigestUpdate(ctx.get(), chunk.data(), size_t(chunk.size())) == 1; });
        if (!read)
            return read.error();
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestLen = 0;
        EVP_DigestFinal_ex(ctx.get(), digest, &digestLen);
        const ASN1_TYPE *signedDigest = signedAttribute(si, NID_pkcs9_messageDigest);
        if (!signedDigest || signedDigest->type != V_ASN1_OCTET_STRING) {
            v.problems << Tr::tr("The signature has no signed message digest; it cannot be tied to the document.");
        } else {
            const ASN1_OCTET_STRING *s = signedDigest->value.octet_string;
            v.digestMatches = ASN1_STRING_length(s) == int(digestLen) && CRYPTO_memcmp(ASN1_STRING_get0_data(s), digest, digestLen) == 0;
            if (!v.digestMatches)
                v.problems << Tr::tr("The signed bytes have changed since they were signed (their digest no longer matches).");
        }
    }

    if (!signer) {
        v.problems << Tr::tr("The signer's certificate is not included in the signature, so it cannot be checked.");
        ERR_clear_error();
        return v;
    }
    v.signer = CertificateInfo::fromX509(signer);
    CMS_SignerInfo_set1_signer_cert(si, signer);
    if (CMS_signed_get_attr_count(si) <= 0) {
        v.problems << Tr::tr("The signature has no signed attributes; this kind of signature is not supported.");
    } else {
        v.signatureValid = CMS_SignerInfo_verify(si) == 1;
        if (!v.signatureValid)
            v.problems << Tr::tr("The signature value does not match: it was not made with this certificate's key, or it was altered.");
    }
    ERR_clear_error();
    checkSigningCertificate(si, signer, certs.get(), v);

    const QDateTime at = v.signingTime.isValid() ? v.signingTime : now;
    v.validAtSigning = v.signer.isValidAt(at);
    v.expiredNow = v.signer.hasExpiredAt(now);
    if (v.signer.hasExpiredAt(at))
        v.problems
            << Tr::tr("The signer's certificate had expired (%1) when the document was signed (%2).").arg(day(v.signer.notAfter), day(at));
    else if (!v.validAtSigning)
        v.problems << Tr::tr("The signer's certificate was not yet valid (from %1) when the document was signed (%2).")
                          .arg(day(v.signer.notBefore), day(at));
    checkTrust(signer, certs.get(), options, v);
    return v;
}

} // namespace ab::crypto
