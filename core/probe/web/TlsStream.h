#pragma once

#include "core/probe/web/Stream.h"

#include <memory>

#include <openssl/types.h>

namespace ab::probe::web {

// A TLS client over an already connected Conn, for talking to a device's
// HTTPS/ONVIF port: no certificate verification (an inspection meets
// self-signed device certificates; the TLS audit judges them separately),
// every protocol version the local OpenSSL still offers, SNI when given.
// The transcript gets the PLAINTEXT both ways plus a note of the
// negotiated version and cipher; the raw records are not kept.
class TlsStream final : public Stream {
public:
    static Result<std::unique_ptr<TlsStream>> start(ProbeContext &ctx, Conn conn, const QString &sni, Transcript *transcript);
    ~TlsStream() override;
    Q_DISABLE_COPY_MOVE(TlsStream)

    Result<void> send(const QByteArray &data) override;
    bool isOpen() const override { return m_open && m_conn.isOpen(); }
    void close() override;
    QString describe() const override;
    QString version() const { return m_version; }
    QString cipher() const { return m_cipher; }

protected:
    Result<QByteArray> readRaw(int timeoutMs, qint64 max) override;

private:
    TlsStream(ProbeContext &ctx, Conn conn, Transcript *t);
    // Waits for the fd as OpenSSL asked; 1 ready, 0 timeout, -1 cancelled.
    int waitIo(int sslError, int timeoutMs);

    ProbeContext &m_ctx;
    Conn m_conn;
    Transcript *m_transcript = nullptr;
    SSL_CTX *m_sslCtx = nullptr;
    SSL *m_ssl = nullptr;
    bool m_open = false;
    QString m_version;
    QString m_cipher;
};

} // namespace ab::probe::web
