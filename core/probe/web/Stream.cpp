#include "core/probe/web/Stream.h"

#include "core/probe/web/TlsStream.h"

namespace ab::probe::web {

Result<QByteArray> Stream::read(int timeoutMs, qint64 max)
{
    if (!m_pending.isEmpty()) {
        QByteArray out = m_pending.left(max);
        m_pending.remove(0, out.size());
        return out;
    }
    if (!isOpen())
        return QByteArray();
    return readRaw(timeoutMs, max);
}

Result<QByteArray> ConnStream::readRaw(int timeoutMs, qint64 max)
{
    auto ready = m_conn.waitReadable(qMax(0, timeoutMs));
    if (!ready)
        return ready.error();
    if (!*ready)
        return QByteArray();
    return m_conn.readSome(0, max);
}

Result<std::unique_ptr<Stream>> openStream(ProbeContext &ctx, const Endpoint &to, bool tls, Transcript *transcript, const QString &sni)
{
    auto conn = Conn::connect(ctx, to, transcript);
    if (!conn)
        return conn.error();
    if (!tls)
        return std::unique_ptr<Stream>(std::make_unique<ConnStream>(std::move(*conn)));
    auto t = TlsStream::start(ctx, std::move(*conn), sni, transcript);
    if (!t)
        return t.error();
    return std::unique_ptr<Stream>(std::move(*t));
}

} // namespace ab::probe::web
