#include "core/probe/web/WebClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ab::probe::web {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::web::WebClient)
};
} // namespace

ParseOptions parseOptions(const ProbeContext &ctx, bool bodyUntilClose)
{
    ParseOptions o;
    o.maxBodyBytes = ctx.limits().maxResponseBytes;
    o.maxHeaderBytes = qMin<qsizetype>(32 * 1024, qMax<qint64>(4096, ctx.limits().maxResponseBytes));
    o.bodyUntilClose = bodyUntilClose;
    o.chunked = bodyUntilClose;
    return o;
}

Result<HttpResponse> readResponse(ProbeContext &ctx, Stream &s, ParseOptions o, Transcript *t, int totalMs, bool skipInformational)
{
    const int total = totalMs < 0 ? ctx.limits().exchangeTimeoutMs : totalMs;
    const int io = ctx.limits().ioTimeoutMs;
    QElapsedTimer timer;
    timer.start();
    qint64 lastData = 0;
    // Never read more than the reply may hold, so the transcript stays bounded too.
    const qint64 rawCap = o.maxHeaderBytes + o.maxBodyBytes + o.maxBodyBytes / 8 + 16 * 1024;
    qint64 raw = 0;
    auto parser = std::make_unique<ResponseParser>(o);
    for (;;) {
        const qint64 elapsed = timer.elapsed();
        const bool overall = elapsed >= total;
        const bool idle = elapsed - lastData >= io;
        if (overall || idle) {
            const QString why = overall ? Tr::tr("no complete response within %1 ms").arg(total)
                                        : Tr::tr("no data for %1 ms").arg(io);
            if (!parser->headersDone()) {
                if (t)
                    t->note(QStringLiteral("gave up: %1").arg(why));
                return makeError(ErrorCode::Io, Tr::tr("No complete reply: %1.").arg(why));
            }
            parser->finish(why);
            HttpResponse r = parser->take();
            if (t)
                t->note(QStringLiteral("cut: %1").arg(why));
            s.close(); // the rest of the reply is unwanted; the connection cannot be reused
            return r;
        }
        if (raw >= rawCap) { // framing overhead (tiny chunks) or a header at its cap
            const QString why = Tr::tr("more than %1 bytes").arg(rawCap);
            if (!parser->headersDone())
                return makeError(ErrorCode::BadInput, Tr::tr("No complete reply: %1.").arg(why));
            parser->finish(why);
            if (t)
                t->note(QStringLiteral("cut: %1").arg(why));
            s.close();
            return parser->take();
        }
        const int wait = int(qMin<qint64>(total - elapsed, io - (elapsed - lastData)));
        auto chunk = s.read(qMax(1, wait), qMin<qint64>(64 * 1024, rawCap - raw));
        if (!chunk) {
            if (chunk.error().code == ErrorCode::Cancelled || !parser->headersDone())
                return chunk.error();
            parser->finish(chunk.error().message);
            return parser->take();
        }
        ResponseParser::State st = ResponseParser::State::NeedMore;
        if (chunk->isEmpty()) {
            if (s.isOpen())
                continue; // nothing yet
            st = parser->finish();
        } else {
            lastData = timer.elapsed();
            raw += chunk->size();
            st = parser->feed(*chunk);
        }
        if (st == ResponseParser::State::Error) {
            if (t)
                t->note(QStringLiteral("unparsable reply: %1").arg(parser->error()));
            s.close();
            return makeError(ErrorCode::BadInput, Tr::tr("The device's reply is not a valid response: %1.").arg(parser->error()));
        }
        if (st == ResponseParser::State::Done) {
            const QByteArray rest = parser->leftover();
            HttpResponse r = parser->take();
            if (r.bodyCut) {
                if (t)
                    t->note(QStringLiteral("cut: %1").arg(r.cutReason));
                s.close();
                return r;
            }
            if (skipInformational && r.status >= 100 && r.status < 200) {
                parser = std::make_unique<ResponseParser>(o);
                if (!rest.isEmpty() && parser->feed(rest) == ResponseParser::State::Done) {
                    s.unread(parser->leftover());
                    return parser->take();
                }
                continue;
            }
            if (!rest.isEmpty())
                s.unread(rest);
            return r;
        }
        if (!s.isOpen() && chunk->isEmpty())
            return makeError(ErrorCode::Io, Tr::tr("the device closed the connection"));
    }
}

WebSession::WebSession(ProbeContext &ctx, Endpoint to, bool tls, Transcript *t, QString sni)
    : m_ctx(ctx), m_to(std::move(to)), m_tls(tls), m_t(t), m_sni(std::move(sni))
{
}

Result<HttpResponse> WebSession::exchange(const QByteArray &request, const ParseOptions &o, bool keepOpen)
{
    if (m_stream && !m_stream->isOpen())
        m_stream.reset();
    if (!m_stream) {
        auto s = openStream(m_ctx, m_to, m_tls, m_t, m_sni);
        if (!s) {
            if (m_t)
                m_t->note(QStringLiteral("connect failed: %1").arg(s.error().message));
            return s.error();
        }
        m_stream = std::move(*s);
        m_tlsInfo = m_stream->describe();
    }
    if (auto sent = m_stream->send(request); !sent) {
        m_stream.reset();
        return sent.error();
    }
    auto r = readResponse(m_ctx, *m_stream, o, m_t);
    if (!keepOpen || !r)
        m_stream.reset();
    return r;
}

void WebSession::close() { m_stream.reset(); }

QByteArray hostHeader(const Endpoint &e, quint16 defaultPort)
{
    QByteArray h = e.address.protocol() == QAbstractSocket::IPv6Protocol ? '[' + e.address.toString().toLatin1() + ']'
                                                                          : e.address.toString().toLatin1();
    if (e.port != defaultPort)
        h += ':' + QByteArray::number(e.port);
    return h;
}

QString lockoutSignal(const HttpResponse &r)
{
    switch (r.status) {
    case 423: return QStringLiteral("status 423 (locked)");
    case 429: return QStringLiteral("status 429 (too many requests)");
    case 503: return QStringLiteral("status 503 (unavailable)");
    case 403: return QStringLiteral("status 403 after authentication failures");
    default: break;
    }
    const QString body = QString::fromUtf8(r.body.left(16 * 1024)).toLower();
    static const char *const words[] = {"locked", "lockout", "lock out", "too many", "try again later", "<lockstatus>lock<",
                                        "\u9501\u5b9a" /* 锁定 */, "kh\u00f3a" /* khóa */};
    for (const char *w : words)
        if (body.contains(QString::fromUtf8(w)))
            return QStringLiteral("reply says \"%1\" (status %2)").arg(QString::fromUtf8(w)).arg(r.status);
    return {};
}

Attempt judgeReply(const Result<HttpResponse> &r, const std::function<bool(const HttpResponse &)> &accepted)
{
    if (!r)
        return {Attempt::Verdict::Failed, r.error().message};
    if (accepted(*r))
        return {Attempt::Verdict::Accepted, {}};
    const QString sig = lockoutSignal(*r);
    if (!sig.isEmpty())
        return {Attempt::Verdict::Lockout, sig};
    return {Attempt::Verdict::Rejected, {}};
}

LoginRun tryPairs(ProbeContext &ctx, const Endpoint &e, const QString &service, const QList<CredentialPair> &pairs, LockoutPolicy &policy,
                  const std::function<Attempt(const CredentialPair &)> &attempt, Transcript &t)
{
    LoginRun run;
    run.result.endpoint = e;
    run.result.service = service;
    int skipped = 0;
    for (const CredentialPair &p : pairs) {
        if (ctx.cancelled())
            break;
        if (policy.lockedOut(e, service))
            break;
        if (!policy.mayTry(e, service, p.user)) {
            ++skipped;
            continue;
        }
        ++run.result.tried;
        t.note(QStringLiteral("attempt %1: user \"%2\", password %3 (%4)")
                   .arg(run.result.tried)
                   .arg(p.user, maskSecret(p.password), p.vendor.isEmpty() ? QStringLiteral("generic list") : p.vendor));
        const Attempt a = attempt(p);
        if (a.verdict == Attempt::Verdict::Accepted) {
            run.result.accepted = true;
            run.result.user = p.user;
            run.result.maskedPassword = maskSecret(p.password);
            run.result.blankOrAnonymous = p.password.isEmpty();
            run.winner = p;
            t.note(QStringLiteral("accepted"));
            break;
        }
        if (a.verdict == Attempt::Verdict::Lockout || a.verdict == Attempt::Verdict::Failed) {
            const QString sig = a.verdict == Attempt::Verdict::Failed ? QStringLiteral("no usable answer mid-run: %1").arg(a.signal) : a.signal;
            if (!ctx.cancelled()) {
                policy.recordLockout(e, service, sig);
                run.result.lockoutSignal = sig;
                t.note(QStringLiteral("stopped: %1").arg(sig));
            }
            break;
        }
        t.note(QStringLiteral("rejected"));
    }
    if (skipped > 0) {
        run.stoppedByPolicy = true;
        t.note(QStringLiteral("%1 pair(s) not tried: the per-account attempt budget is spent").arg(skipped));
    }
    return run;
}

QString vendorHint(const Service &s)
{
    const QString v = s.facts.value(QStringLiteral("vendor")).toString();
    return (v.isEmpty() ? s.product : v).toLower();
}

void addLoginOutcome(ProbeOutcome &out, const LoginRun &run, Transcript t)
{
    const int idx = out.addTranscript(std::move(t));
    if (run.result.accepted)
        out.observations.append(credentialObservation(run.result, !run.winner.vendor.isEmpty(), {idx}));
}

} // namespace ab::probe::web
