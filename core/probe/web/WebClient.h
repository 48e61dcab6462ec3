#pragma once

#include "core/probe/Credentials.h"
#include "core/probe/web/HttpMessage.h"
#include "core/probe/web/Stream.h"

#include <functional>
#include <memory>

namespace ab::probe::web {

// Reads one response within totalMs (default: Limits::exchangeTimeoutMs) and
// at most Limits::maxResponseBytes of body. A device that keeps sending (an
// endless stream, a trickle) is cut at the cap or the deadline: the response
// comes back with bodyCut set and a "cut" note in the transcript.
// Informational (1xx) responses are skipped when skipInformational.
Result<HttpResponse> readResponse(ProbeContext &ctx, Stream &s, ParseOptions o, Transcript *t, int totalMs = -1,
                                  bool skipInformational = true);

// Request/response with one endpoint over TCP or TLS; reconnects when the
// previous connection was closed. One transcript for all its connections.
class WebSession final {
public:
    WebSession(ProbeContext &ctx, Endpoint to, bool tls, Transcript *t, QString sni = {});
    Q_DISABLE_COPY_MOVE(WebSession)
    // keepOpen: leave the connection open for the next request (RTSP).
    Result<HttpResponse> exchange(const QByteArray &request, const ParseOptions &o, bool keepOpen = false);
    void close();
    QString tlsDescription() const { return m_tlsInfo; }
    bool tls() const { return m_tls; }
    const Endpoint &endpoint() const { return m_to; }

private:
    ProbeContext &m_ctx;
    Endpoint m_to;
    bool m_tls;
    Transcript *m_t;
    QString m_sni;
    std::unique_ptr<Stream> m_stream;
    QString m_tlsInfo;
};

// "Host" header value: the address, and the port when not the scheme's default.
QByteArray hostHeader(const Endpoint &e, quint16 defaultPort);
// Default body/header caps from the context's limits.
ParseOptions parseOptions(const ProbeContext &ctx, bool bodyUntilClose);

// A lockout signal in a reply to a login attempt, or empty: 423, 429, 503,
// 403 after the device had asked for credentials, or a body saying the
// account is locked / too many attempts (English, Chinese, Vietnamese).
QString lockoutSignal(const HttpResponse &r);

// The credential loop shared by HTTP, RTSP and ONVIF: every attempt is
// reserved with LockoutPolicy::mayTry first; the loop stops at the first
// accepted pair, at a lockout signal (recorded in the policy) or when the
// device stops answering mid-run (recorded too).
struct Attempt {
    enum class Verdict { Accepted, Rejected, Lockout, Failed };
    Verdict verdict = Verdict::Rejected;
    QString signal; // for Lockout / Failed
};
struct LoginRun {
    CredentialResult result;
    CredentialPair winner; // when result.accepted
    bool stoppedByPolicy = false; // every remaining pair was over its budget
};
LoginRun tryPairs(ProbeContext &ctx, const Endpoint &e, const QString &service, const QList<CredentialPair> &pairs, LockoutPolicy &policy,
                  const std::function<Attempt(const CredentialPair &)> &attempt, Transcript &t);
// Attempt verdict of an HTTP-style reply: accepted by `accepted`, a lockout
// signal, else rejected; a transport error is Failed.
Attempt judgeReply(const Result<HttpResponse> &r, const std::function<bool(const HttpResponse &)> &accepted);

// The vendor hint for the credential lists: facts["vendor"], else the product.
QString vendorHint(const Service &s);

// Puts the outcome of a login run into `out`: the observation when a pair
// was accepted, and the transcript.
void addLoginOutcome(ProbeOutcome &out, const LoginRun &run, Transcript t);

} // namespace ab::probe::web
