#pragma once

#include "core/probe/Conn.h"
#include "core/util/Result.h"

#include <QByteArray>

#include <memory>

namespace ab::probe::web {

// A byte stream for one protocol exchange: plain TCP (Conn) or TLS over it.
// Reads never block past their timeout; an empty read while open() means
// "nothing yet", an empty read after the peer closed leaves isOpen() false.
class Stream {
public:
    virtual ~Stream() = default;
    virtual Result<void> send(const QByteArray &data) = 0;
    Result<QByteArray> read(int timeoutMs, qint64 max = 64 * 1024);
    virtual bool isOpen() const = 0;
    virtual void close() = 0;
    // Gives back bytes read past the end of one response.
    void unread(const QByteArray &bytes) { m_pending.prepend(bytes); }
    // Notes (e.g. the TLS version and cipher) go to the transcript too.
    virtual QString describe() const { return {}; }

protected:
    virtual Result<QByteArray> readRaw(int timeoutMs, qint64 max) = 0;

private:
    QByteArray m_pending;
};

class ConnStream final : public Stream {
public:
    explicit ConnStream(Conn conn) : m_conn(std::move(conn)) {}
    Result<void> send(const QByteArray &data) override { return m_conn.send(data); }
    bool isOpen() const override { return m_conn.isOpen(); }
    void close() override { m_conn.close(); }

protected:
    Result<QByteArray> readRaw(int timeoutMs, qint64 max) override;

private:
    Conn m_conn;
};

// Connects (through the scope gate) and, when tls, runs the TLS handshake;
// `sni` names the server for TLS (empty: none).
Result<std::unique_ptr<Stream>> openStream(ProbeContext &ctx, const Endpoint &to, bool tls, Transcript *transcript,
                                           const QString &sni = {});

} // namespace ab::probe::web
