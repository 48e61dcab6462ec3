#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace ab::crypto {

// Passphrase-based key derivation parameters, stored beside the wrapped key
// so that a later version can raise the cost without breaking old files.
struct KdfParams {
    QString algorithm = QStringLiteral("scrypt");
    quint64 n = 1ULL << 16; // 64 MiB with r = 8: memory-hard, ~0.2 s here
    quint32 r = 8;
    quint32 p = 1;
    QByteArray salt; // 16 random bytes

    static KdfParams fresh();
    QJsonObject toJson() const;
    static Result<KdfParams> fromJson(const QJsonObject &json);
};

// Derives a 256-bit key from the passphrase (UTF-8 bytes).
Result<SecureBytes> deriveKey(const QByteArray &passphrase, const KdfParams &params);

} // namespace ab::crypto
