#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

class QIODevice;

namespace ab::crypto {

// The bytes a detached signature covers, as pieces read in order: ranges
// of a file (never loaded whole) and bytes in memory. A 50 MB PDF is signed
// and verified through a 1 MiB buffer.
class ContentStream final {
public:
    static constexpr qint64 ChunkSize = 1 << 20;
    using Sink = std::function<bool(QByteArrayView)>; // false stops the read

    // The device is borrowed and must stay open while the stream is read.
    void addDevice(QIODevice *device, qint64 offset, qint64 length);
    // Shares bytes (implicitly, no copy); length -1 means to the end.
    void addBytes(const QByteArray &bytes, qint64 offset = 0, qint64 length = -1);

    qint64 size() const;
    // Io error when a device cannot be read as far as a piece claims.
    Result<void> read(const Sink &sink) const;

private:
    struct Piece {
        QIODevice *device = nullptr;
        QByteArray bytes;
        qint64 offset = 0;
        qint64 length = 0;
    };
    QList<Piece> m_pieces;
};

} // namespace ab::crypto
