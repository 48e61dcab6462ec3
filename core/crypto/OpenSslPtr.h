#pragma once

// RAII for the OpenSSL objects the signing code holds: each pointer type frees
// with its own function, so no path (error or not) leaks or double-frees.
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <QByteArray>

#include <memory>

namespace ab::crypto::ossl {

template <auto Free> struct Deleter {
    template <typename T> void operator()(T *p) const { Free(p); }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using EssCertV2 = std::unique_ptr<ESS_SIGNING_CERT_V2, Deleter<ESS_SIGNING_CERT_V2_free>>;
using EssCert = std::unique_ptr<ESS_SIGNING_CERT, Deleter<ESS_SIGNING_CERT_free>>;

inline void freeX509Stack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
using X509Stack = std::unique_ptr<STACK_OF(X509), Deleter<freeX509Stack>>;

inline X509Stack newX509Stack()
{
    return X509Stack(sk_X509_new_null());
}

// DER of a certificate; empty when it cannot be encoded.
inline QByteArray toDer(const X509 *cert)
{
    const int len = i2d_X509(cert, nullptr);
    if (len <= 0)
        return {};
    QByteArray der(len, '\0');
    auto *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(cert, &p);
    return der;
}

inline X509Ptr fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())));
}

} // namespace ab::crypto::ossl
