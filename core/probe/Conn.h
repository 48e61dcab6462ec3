#pragma once

#include "core/probe/ProbeContext.h"
#include "core/probe/ProbeTypes.h"
#include "core/util/Result.h"

#include <QByteArray>

namespace ab::probe {

// A TCP connection for one protocol exchange, used from a worker thread:
// blocking calls with deadlines, every wait also woken by Stop, every byte
// recorded in the transcript, every read capped. Connecting asks the scope
// gate first; a refused endpoint gets ErrorCode::Usage and no packet.
class Conn final {
public:
    static Result<Conn> connect(ProbeContext &ctx, const Endpoint &to, Transcript *transcript, int timeoutMs = -1);

    Conn() = default;
    Conn(Conn &&other) noexcept;
    Conn &operator=(Conn &&other) noexcept;
    ~Conn();
    Q_DISABLE_COPY(Conn)

    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    const Endpoint &endpoint() const { return m_to; }
    Transcript *transcript() const { return m_transcript; }
    // Stops recording (e.g. while TLS owns the socket and records plaintext itself).
    void setTranscript(Transcript *t) { m_transcript = t; }

    Result<void> send(const QByteArray &data);
    // Whatever arrives within timeoutMs (at most max bytes); empty when the peer closed.
    Result<QByteArray> readSome(int timeoutMs = -1, qint64 max = 64 * 1024);
    // Reads until `delimiter` is seen (inclusive), the peer closes, the
    // deadline passes or maxBytes is reached; whatever came is returned in
    // `out` even on timeout. ok() only when the delimiter was seen.
    Result<void> readUntil(const QByteArray &delimiter, QByteArray &out, int timeoutMs = -1, qint64 maxBytes = -1);
    // Reads exactly n bytes (or fails).
    Result<QByteArray> readExactly(qint64 n, int timeoutMs = -1);
    // Waits until readable: true when data (or EOF) is there, false on timeout.
    Result<bool> waitReadable(int timeoutMs);
    void close();

    // Buffered bytes already read past a delimiter.
    QByteArray &pending() { return m_pending; }

private:
    Conn(ProbeContext *ctx, int fd, Endpoint to, Transcript *t);
    ProbeContext *m_ctx = nullptr;
    int m_fd = -1;
    Endpoint m_to;
    Transcript *m_transcript = nullptr;
    QByteArray m_pending;
    bool m_slotHeld = false;
};

// One UDP request/response exchange (SNMP, SIP over UDP, SSDP/WS-Discovery
// unicast). Asks the gate, respects the rate limit; collects every datagram
// that arrives from the endpoint within the timeout (at most maxReplies).
Result<QList<QByteArray>> udpExchange(ProbeContext &ctx, const Endpoint &to, const QByteArray &request, Transcript *transcript,
                                      int timeoutMs = -1, int maxReplies = 1);

// Refusal message for an out-of-scope endpoint (translated), shared by all callers.
Error outOfScope(const Endpoint &e);

} // namespace ab::probe
