#include "core/crypto/Aead.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace ab::crypto {

namespace {
struct CtxFree {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

const unsigned char *u(const char *p) { return reinterpret_cast<const unsigned char *>(p); }
unsigned char *u(char *p) { return reinterpret_cast<unsigned char *>(p); }
} // namespace

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    if (RAND_bytes(u(out.data()), size) != 1)
        qFatal("OpenSSL random generator failed"); // never continue with a weak nonce or key
    return out;
}

SecureBytes randomKey(int size)
{
    SecureBytes key(size);
    if (RAND_bytes(key.data(), size) != 1)
        qFatal("OpenSSL random generator failed");
    return key;
}

QByteArray Aead::seal(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad)
{
    Q_ASSERT(key.size() == KeySize);
    QByteArray out(NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    if (RAND_bytes(u(out.data()), NonceSize) != 1)
        qFatal("OpenSSL random generator failed");
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), u(out.data())) == 1;
    if (ok && !aad.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(aad.data()), int(aad.size())) == 1;
    if (ok && !plaintext.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), u(out.data()) + NonceSize, &len, u(plaintext.data()), int(plaintext.size())) == 1;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), nullptr, &len) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, u(out.data()) + NonceSize + plaintext.size()) == 1;
    if (!ok)
        qFatal("AES-256-GCM encryption failed");
    return out;
}

bool Aead::open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView aad, QByteArray &plaintext)
{
    if (key.size() != KeySize || sealed.size() < Overhead)
        return false;
    const qsizetype n = sealed.size() - Overhead;
    plaintext.resize(n);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok = EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), u(sealed.data())) == 1;
    if (ok && !aad.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad.data()), int(aad.size())) == 1;
    if (ok && n > 0)
        ok = EVP_DecryptUpdate(ctx.get(), u(plaintext.data()), &len, u(sealed.data()) + NonceSize, int(n)) == 1;
    QByteArray tag(sealed.data() + NonceSize + n, TagSize);
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1;
    ok = ok && EVP_DecryptFinal_ex(ctx.get(), nullptr, &len) == 1;
    if (!ok)
        plaintext.fill('\0');
    return ok;
}

std::optional<QByteArray> Aead::open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView aad)
{
    QByteArray out;
    if (!open(key, sealed, aad, out))
        return std::nullopt;
    return out;
}

} // namespace ab::crypto
