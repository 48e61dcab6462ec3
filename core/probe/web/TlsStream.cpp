#include "core/probe/web/TlsStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <poll.h>

#include <cerrno>

namespace ab::probe::web {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::web::TlsStream)
};

QString sslErrorText()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return Tr::tr("the TLS connection failed");
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}
} // namespace

TlsStream::TlsStream(ProbeContext &ctx, Conn conn, Transcript *t) : m_ctx(ctx), m_conn(std::move(conn)), m_transcript(t) {}

TlsStream::~TlsStream()
{
    if (m_ssl)
        SSL_free(m_ssl);
    if (m_sslCtx)
        SSL_CTX_free(m_sslCtx);
}

int TlsStream::waitIo(int sslError, int timeoutMs)
{
    const short ev = sslError == SSL_ERROR_WANT_WRITE ? POLLOUT : POLLIN;
    pollfd fds[2] = {{m_conn.fd(), ev, 0}, {m_ctx.cancelFd(), POLLIN, 0}};
    QElapsedTimer t;
    t.start();
    for (;;) {
        if (m_ctx.cancelled())
            return -1;
        const int left = int(qMax<qint64>(0, timeoutMs - t.elapsed()));
        const int r = ::poll(fds, m_ctx.cancelFd() >= 0 ? 2 : 1, left);
        if (r < 0 && errno == EINTR)
            continue;
        if (m_ctx.cancelled())
            return -1;
        return r > 0 && fds[0].revents ? 1 : 0;
    }
}

Result<std::unique_ptr<TlsStream>> TlsStream::start(ProbeContext &ctx, Conn conn, const QString &sni, Transcript *transcript)
{
    std::unique_ptr<TlsStream> s(new TlsStream(ctx, std::move(conn), transcript));
    const Endpoint to = s->m_conn.endpoint();
    s->m_conn.setTranscript(nullptr); // the ciphertext is noise; we record the plaintext
    s->m_sslCtx = SSL_CTX_new(TLS_client_method());
    if (!s->m_sslCtx)
        return makeError(ErrorCode::Io, Tr::tr("%1: TLS is not available: %2").arg(to.toString(), sslErrorText()));
    // Devices run old stacks: offer everything this OpenSSL still has, verify nothing.
    SSL_CTX_set_verify(s->m_sslCtx, SSL_VERIFY_NONE, nullptr);
    SSL_CTX_set_min_proto_version(s->m_sslCtx, 0);
    SSL_CTX_set_security_level(s->m_sslCtx, 0);
    SSL_CTX_set_cipher_list(s->m_sslCtx, "ALL:@SECLEVEL=0");
    SSL_CTX_set_options(s->m_sslCtx, SSL_OP_LEGACY_SERVER_CONNECT);
    s->m_ssl = SSL_new(s->m_sslCtx);
    if (!s->m_ssl || SSL_set_fd(s->m_ssl, s->m_conn.fd()) != 1)
        return makeError(ErrorCode::Io, Tr::tr("%1: TLS is not available: %2").arg(to.toString(), sslErrorText()));
    if (!sni.isEmpty())
        SSL_set_tlsext_host_name(s->m_ssl, sni.toUtf8().constData());
    QElapsedTimer t;
    t.start();
    const int total = ctx.limits().exchangeTimeoutMs;
    for (;;) {
        ERR_clear_error();
        const int r = SSL_connect(s->m_ssl);
        if (r == 1)
            break;
        const int err = SSL_get_error(s->m_ssl, r);
        if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE) {
            const QString why = sslErrorText();
            if (transcript)
                transcript->note(QStringLiteral("TLS handshake failed: %1").arg(why));
            return makeError(ErrorCode::Io, Tr::tr("%1: the TLS handshake failed: %2").arg(to.toString(), why));
        }
        const int w = s->waitIo(err, int(qMax<qint64>(0, qMin<qint64>(total - t.elapsed(), ctx.limits().ioTimeoutMs))));
        if (w < 0)
            return makeError(ErrorCode::Cancelled, Tr::tr("Probing was stopped."));
        if (w == 0) {
            if (transcript)
                transcript->note(QStringLiteral("TLS handshake: no answer in time"));
            return makeError(ErrorCode::Io, Tr::tr("%1: the TLS handshake got no answer in time.").arg(to.toString()));
        }
    }
    s->m_open = true;
    s->m_version = QString::fromLatin1(SSL_get_version(s->m_ssl));
    s->m_cipher = QString::fromLatin1(SSL_CIPHER_get_name(SSL_get_current_cipher(s->m_ssl)));
    if (transcript)
        transcript->note(QStringLiteral("TLS established: %1 %2; plaintext follows").arg(s->m_version, s->m_cipher));
    return s;
}

QString TlsStream::describe() const { return m_version + QLatin1Char(' ') + m_cipher; }

Result<void> TlsStream::send(const QByteArray &data)
{
    if (!isOpen())
        return makeError(ErrorCode::Io, Tr::tr("%1: connection closed").arg(m_conn.endpoint().toString()));
    qsizetype off = 0;
    QElapsedTimer t;
    t.start();
    while (off < data.size()) {
        ERR_clear_error();
        size_t written = 0;
        const int r = SSL_write_ex(m_ssl, data.constData() + off, size_t(data.size() - off), &written);
        if (r == 1) {
            off += qsizetype(written);
            continue;
        }
        const int err = SSL_get_error(m_ssl, r);
        if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE) {
            m_open = false;
            return makeError(ErrorCode::Io, Tr::tr("%1: %2").arg(m_conn.endpoint().toString(), sslErrorText()));
        }
        const int w = waitIo(err, int(qMax<qint64>(0, m_ctx.limits().ioTimeoutMs - t.elapsed())));
        if (w < 0)
            return makeError(ErrorCode::Cancelled, Tr::tr("Probing was stopped."));
        if (w == 0)
            return makeError(ErrorCode::Io, Tr::tr("%1: no answer in time.").arg(m_conn.endpoint().toString()));
    }
    if (m_transcript)
        m_transcript->sent(data);
    return {};
}

Result<QByteArray> TlsStream::readRaw(int timeoutMs, qint64 max)
{
    QByteArray buf(int(qBound<qint64>(1, max, qint64(64 * 1024))), Qt::Uninitialized);
    QElapsedTimer t;
    t.start();
    for (;;) {
        ERR_clear_error();
        size_t got = 0;
        const int r = SSL_read_ex(m_ssl, buf.data(), size_t(buf.size()), &got);
        if (r == 1) {
            buf.truncate(qsizetype(got));
            if (m_transcript)
                m_transcript->received(buf);
            return buf;
        }
        const int err = SSL_get_error(m_ssl, r);
        if (err == SSL_ERROR_ZERO_RETURN || err == SSL_ERROR_SYSCALL || err == SSL_ERROR_SSL) {
            // close_notify, or the peer just dropped the TCP connection
            if (m_transcript && err != SSL_ERROR_ZERO_RETURN)
                m_transcript->note(QStringLiteral("TLS connection ended without close_notify"));
            ERR_clear_error();
            close();
            return QByteArray();
        }
        const int left = int(qMax<qint64>(0, timeoutMs - t.elapsed()));
        const int w = waitIo(err, left);
        if (w < 0)
            return makeError(ErrorCode::Cancelled, Tr::tr("Probing was stopped."));
        if (w == 0)
            return QByteArray(); // nothing yet
    }
}

void TlsStream::close()
{
    if (m_open && m_ssl)
        SSL_shutdown(m_ssl); // best effort, non-blocking
    m_open = false;
    m_conn.close();
}

} // namespace ab::probe::web
