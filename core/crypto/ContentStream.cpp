#include "core/crypto/ContentStream.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ab::crypto {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::crypto::ContentStream)
};
} // namespace

void ContentStream::addDevice(QIODevice *device, qint64 offset, qint64 length)
{
    if (length > 0)
        m_pieces.append(Piece{device, {}, offset, length});
}

void ContentStream::addBytes(const QByteArray &bytes, qint64 offset, qint64 length)
{
    const qint64 available = qMax<qint64>(0, bytes.size() - offset);
    const qint64 n = length < 0 ? available : qMin(length, available);
    if (n > 0)
        m_pieces.append(Piece{nullptr, bytes, offset, n});
}

qint64 ContentStream::size() const
{
    qint64 total = 0;
    for (const Piece &p : m_pieces)
        total += p.length;
    return total;
}

Result<void> ContentStream::read(const Sink &sink) const
{
    QByteArray buffer;
    for (const Piece &p : m_pieces) {
        if (!p.device) {
            if (!sink(QByteArrayView(p.bytes).sliced(p.offset, p.length)))
                return makeError(ErrorCode::Cancelled, Tr::tr("Reading was stopped."));
            continue;
        }
        if (!p.device->seek(p.offset))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read the file: %1.").arg(p.device->errorString()));
        buffer.resize(qMin(ChunkSize, p.length));
        for (qint64 left = p.length; left > 0;) {
            const qint64 got = p.device->read(buffer.data(), qMin<qint64>(left, buffer.size()));
            if (got <= 0)
                return makeError(ErrorCode::Io, Tr::tr("The file ended or could not be read before the signed bytes did."));
            if (!sink(QByteArrayView(buffer.constData(), got)))
                return makeError(ErrorCode::Cancelled, Tr::tr("Reading was stopped."));
            left -= got;
        }
    }
    return {};
}

} // namespace ab::crypto
