#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace ab::probe::web {

// One HTTP, RTSP or SIP response: they share the status line and header
// syntax ("HTTP/1.1 200 OK", "RTSP/1.0 401 Unauthorized", "SIP/2.0 100 Trying").
struct HttpResponse {
    QByteArray protocol; // "HTTP/1.1", "RTSP/1.0", "SIP/2.0"
    int status = 0;
    QByteArray reason;
    QList<std::pair<QByteArray, QByteArray>> headers; // in order, values trimmed
    QByteArray body;
    bool bodyCut = false; // the body was cut at the byte cap, the deadline or the peer's close
    QString cutReason;

    QByteArray header(const QByteArray &name) const; // first value, name case-insensitive; empty when absent
    QList<QByteArray> headerValues(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

struct ParseOptions {
    int maxHeaders = 100;
    qsizetype maxHeaderBytes = 32 * 1024; // status line + headers, and chunk trailers
    qint64 maxBodyBytes = 256 * 1024;     // more is cut (bodyCut) and the rest is not read
    // HTTP: a response without Content-Length or chunking lasts until the
    // peer closes. RTSP and SIP: no Content-Length means no body.
    bool bodyUntilClose = true;
    bool chunked = true;  // honour Transfer-Encoding: chunked (HTTP only)
    bool noBody = false;  // e.g. the answer to HEAD
};

// An incremental, bounded response parser: feed() what arrives, finish()
// when the peer closed. Never holds more than the caps allow.
class ResponseParser final {
public:
    enum class State { NeedMore, Done, Error };
    explicit ResponseParser(ParseOptions o = {}) : m_opt(o) {}

    State feed(const QByteArray &data);
    // The peer closed (or the caller gave up): an until-close body ends
    // here; anything else still incomplete is cut or an error.
    State finish(const QString &why = QString());
    State state() const { return m_state; }
    bool headersDone() const { return m_phase != Phase::Head; }
    const HttpResponse &response() const { return m_resp; }
    HttpResponse take() { return std::move(m_resp); }
    QString error() const { return m_error; }
    // Bytes after a complete response (the next response on a kept-open connection).
    QByteArray leftover() const { return m_state == State::Done ? m_buf : QByteArray(); }

private:
    enum class Phase { Head, Length, Chunked, ChunkData, ChunkCrlf, Trailer, UntilClose, Finished };
    State fail(const QString &why);
    State done();
    State parseHead(qsizetype end, qsizetype sepLen);
    State step();
    bool appendBody(const QByteArray &bytes);

    ParseOptions m_opt;
    State m_state = State::NeedMore;
    Phase m_phase = Phase::Head;
    QByteArray m_buf;
    HttpResponse m_resp;
    QString m_error;
    qint64 m_remaining = 0; // Length / ChunkData
    qsizetype m_trailerBytes = 0;
};

// One-shot: the whole input is one response and its end is the peer's close
// (a UDP datagram, a fuzz input).
Result<HttpResponse> parseResponse(const QByteArray &data, const ParseOptions &o = {});

// The text inside <title>, decoded by the charset of the Content-Type header
// or a <meta> tag (UTF-8, GBK/GB2312/GB18030, Big5, Latin-1...), whitespace
// simplified, at most 200 characters. Empty when there is none.
QString htmlTitle(const QByteArray &body, const QByteArray &contentType = {});
// The charset named in a Content-Type value or in the HTML's <meta>, lower case.
QByteArray htmlCharset(const QByteArray &body, const QByteArray &contentType);
QString decodeText(const QByteArray &bytes, const QByteArray &charset);

} // namespace ab::probe::web
