#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace ab::crypto {

// Incremental SHA-256 over OpenSSL's EVP interface (uses SHA-NI when present).
class Sha256 final {
public:
    Sha256();
    ~Sha256();
    Q_DISABLE_COPY_MOVE(Sha256)

    void add(QByteArrayView data);
    void add(const char *data, qsizetype size) { add(QByteArrayView(data, size)); }
    QByteArray result(); // raw 32 bytes; the object is reset afterwards

    static QByteArray hash(QByteArrayView data);
    static QByteArray hashHex(QByteArrayView data) { return hash(data).toHex(); }

private:
    struct Deleter {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Deleter> m_ctx;
};

// HMAC-SHA-256; used to bind the custody chain head to the file key.
QByteArray hmacSha256(const unsigned char *key, qsizetype keyLen, QByteArrayView data);

// Constant-time comparison for MACs and tags.
bool equalConstantTime(QByteArrayView a, QByteArrayView b);

} // namespace ab::crypto
