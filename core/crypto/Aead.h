#pragma once

#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ab::crypto {

// AES-256-GCM with a random 96-bit nonce per message. A sealed message is
// nonce (12) || ciphertext || tag (16). The associated data binds a message
// to its place, so a chunk moved elsewhere fails authentication.
class Aead final {
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int Overhead = NonceSize + TagSize;

    static QByteArray seal(const SecureBytes &key, QByteArrayView plaintext, QByteArrayView aad);
    // Empty optional when the message was altered, moved or the key is wrong.
    static std::optional<QByteArray> open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView aad);
    // Same, decrypting into a caller-owned buffer to avoid reallocations.
    static bool open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView aad, QByteArray &plaintext);
};

QByteArray randomBytes(int size);
// Random key material generated straight into a wiped-on-destruction buffer.
SecureBytes randomKey(int size);

} // namespace ab::crypto
