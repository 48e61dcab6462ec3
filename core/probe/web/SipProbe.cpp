#include "core/probe/web/DigestAuth.h"
#include "core/probe/web/WebClient.h"
#include "core/probe/web/WebProbes.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace ab::probe::web {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::web::SipProbe)
};

// GB/T 28181 device id: 8-digit centre code (34020000 is the standard's own
// example), 2-digit industry, 3-digit type (132 = IP camera), 1-digit network
// and a 6-digit serial. Ours ends in 999999 to stand out in a platform's logs.
const QByteArray DeviceId = QByteArrayLiteral("34020000001320999999");
const QByteArray Domain = QByteArrayLiteral("3402000000");

QByteArray randomToken(int bytes = 8)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b.toHex();
}

struct SipRequest {
    QByteArray method;
    QByteArray callId = randomToken() + "@auditbench";
    QByteArray fromTag = randomToken(4);
};

QByteArray build(const SipRequest &q, const Endpoint &e, const QByteArray &transport, const QByteArray &sentBy, int cseq)
{
    const QByteArray host = hostHeader(e, 0);
    const QByteArray ruri = "sip:" + host;
    QByteArray r = q.method + ' ' + ruri + " SIP/2.0\r\n";
    r += "Via: SIP/2.0/" + transport + ' ' + sentBy + ";rport;branch=z9hG4bK" + randomToken() + "\r\n";
    r += "Max-Forwards: 70\r\n";
    r += "From: <sip:" + DeviceId + '@' + Domain + ">;tag=" + q.fromTag + "\r\n";
    if (q.method == "REGISTER")
        r += "To: <sip:" + DeviceId + '@' + Domain + ">\r\n"; // no Contact: a query, RFC 3261 §10.2.3
    else
        r += "To: <" + ruri + ">\r\nAccept: application/sdp\r\n";
    r += "Call-ID: " + q.callId + "\r\n";
    r += "CSeq: " + QByteArray::number(cseq) + ' ' + q.method + "\r\n";
    r += "User-Agent: AuditBench\r\nContent-Length: 0\r\n\r\n";
    return r;
}

bool answers(const HttpResponse &r, const SipRequest &q)
{
    return r.protocol == "SIP/2.0" && r.header("CSeq").endsWith(q.method) && r.header("Call-ID") == q.callId;
}

// One SIP transaction: the final response (provisional ones skipped).
class SipClient final {
public:
    SipClient(ProbeContext &ctx, const Endpoint &e, bool tcp, Transcript *t) : m_ctx(ctx), m_e(e), m_tcp(tcp), m_t(t) {}

    Result<HttpResponse> transact(const SipRequest &q)
    {
        ParseOptions o = parseOptions(m_ctx, false);
        o.chunked = false;
        o.maxBodyBytes = qMin<qint64>(o.maxBodyBytes, 64 * 1024);
        if (!m_tcp) {
            // No Via address of ours is known here: "rport" asks for the answer
            // to come back to the datagram's source (RFC 3581).
            const QByteArray req = build(q, m_e, "UDP", "auditbench.invalid", ++m_cseq);
            std::optional<HttpResponse> provisional;
            bool anyReply = false;
            // One reply is enough unless it is provisional; then one
            // retransmission (same transaction) collects the final answer.
            for (int round = 1; round <= 2; ++round) {
                auto replies = udpExchange(m_ctx, m_e, req, m_t, m_ctx.limits().ioTimeoutMs, round);
                if (!replies)
                    return replies.error();
                anyReply = anyReply || !replies->isEmpty();
                for (const QByteArray &d : *replies) {
                    auto r = parseResponse(d, o);
                    if (!r || !answers(*r, q))
                        continue;
                    if (r->status >= 200)
                        return *r;
                    provisional = *r;
                }
                if (!provisional)
                    break;
            }
            if (provisional)
                return *provisional;
            return makeError(ErrorCode::Io, !anyReply ? Tr::tr("%1: no SIP answer.").arg(m_e.toString())
                                                      : Tr::tr("%1: no SIP response to our request.").arg(m_e.toString()));
        }
        if (!m_stream || !m_stream->isOpen()) {
            auto c = Conn::connect(m_ctx, m_e, m_t);
            if (!c)
                return c.error();
            Conn conn = std::move(*c);
            sockaddr_storage ss{};
            socklen_t len = sizeof ss;
            char buf[INET6_ADDRSTRLEN] = {};
            if (::getsockname(conn.fd(), reinterpret_cast<sockaddr *>(&ss), &len) == 0) {
                if (ss.ss_family == AF_INET) {
                    const auto *sin = reinterpret_cast<const sockaddr_in *>(&ss);
                    ::inet_ntop(AF_INET, &sin->sin_addr, buf, sizeof buf);
                    m_sentBy = QByteArray(buf) + ':' + QByteArray::number(ntohs(sin->sin_port));
                } else if (ss.ss_family == AF_INET6) {
                    const auto *sin6 = reinterpret_cast<const sockaddr_in6 *>(&ss);
                    ::inet_ntop(AF_INET6, &sin6->sin6_addr, buf, sizeof buf);
                    m_sentBy = '[' + QByteArray(buf) + "]:" + QByteArray::number(ntohs(sin6->sin6_port));
                }
            }
            m_stream = std::make_unique<ConnStream>(std::move(conn));
        }
        const QByteArray req = build(q, m_e, "TCP", m_sentBy.isEmpty() ? QByteArrayLiteral("auditbench.invalid") : m_sentBy, ++m_cseq);
        if (auto s = m_stream->send(req); !s)
            return s.error();
        for (int i = 0; i < 4; ++i) { // skip responses to something else
            auto r = readResponse(m_ctx, *m_stream, o, m_t);
            if (!r || answers(*r, q))
                return r;
        }
        return makeError(ErrorCode::Io, Tr::tr("%1: no SIP response to our request.").arg(m_e.toString()));
    }

private:
    ProbeContext &m_ctx;
    Endpoint m_e;
    bool m_tcp;
    Transcript *m_t;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_sentBy;
    int m_cseq = 0;
};

} // namespace

ProbeOutcome probeSip(ProbeContext &ctx, const Endpoint &e, const QString &transport)
{
    ProbeOutcome out;
    const bool tcp = transport.compare(QLatin1String("tcp"), Qt::CaseInsensitive) == 0;
    Transcript t;
    t.protocol = QStringLiteral("sip");
    t.transport = tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
    SipClient sip(ctx, e, tcp, &t);
    SipRequest options{"OPTIONS"};
    auto opt = sip.transact(options);
    if (!opt) {
        t.note(QStringLiteral("OPTIONS: %1").arg(opt.error().message));
        if (opt.error().code == ErrorCode::Cancelled) {
            out.addTranscript(std::move(t));
            return out;
        }
    }
    SipRequest reg{"REGISTER"};
    auto rr = sip.transact(reg);
    if (!opt && !rr) {
        t.note(QStringLiteral("REGISTER: %1").arg(rr.error().message));
        out.addTranscript(std::move(t));
        return out;
    }
    Service s;
    s.endpoint = e;
    s.transport = t.transport;
    s.name = QStringLiteral("sip");
    const HttpResponse &any = opt ? *opt : *rr;
    QByteArray agent = any.header("Server");
    if (agent.isEmpty())
        agent = any.header("User-Agent");
    if (agent.isEmpty() && rr) {
        agent = rr->header("Server");
        if (agent.isEmpty())
            agent = rr->header("User-Agent");
    }
    s.banner = QString::fromLatin1(agent.left(256)).simplified();
    auto [product, version] = productVersion(agent);
    const QString vendor = knownVendor(s.banner);
    s.product = product.isEmpty() ? vendor : product;
    s.version = version;
    if (!vendor.isEmpty())
        s.facts.insert(QStringLiteral("vendor"), vendor);
    if (opt) {
        s.facts.insert(QStringLiteral("status.options"), opt->status);
        if (opt->hasHeader("Allow"))
            s.facts.insert(QStringLiteral("methods"), QString::fromLatin1(opt->header("Allow").left(256)));
    }
    bool accepted = false;
    if (rr) {
        s.facts.insert(QStringLiteral("status.register"), rr->status);
        if (rr->status == 401 || rr->status == 407) {
            const QList<AuthChallenge> cs = parseChallenges(rr->headerValues(rr->status == 401 ? "WWW-Authenticate" : "Proxy-Authenticate"));
            s.facts.insert(QStringLiteral("register"), QStringLiteral("challenged"));
            s.facts.insert(QStringLiteral("auth"), schemeNames(cs));
            const AuthChallenge best = preferredChallenge(cs);
            if (!best.realm().isEmpty())
                s.facts.insert(QStringLiteral("sip.realm"), QString::fromUtf8(best.realm().left(128)));
        } else if (rr->status >= 200 && rr->status < 300) {
            accepted = true;
            s.facts.insert(QStringLiteral("register"), QStringLiteral("accepted"));
        } else if (rr->status == 403) {
            s.facts.insert(QStringLiteral("register"), QStringLiteral("refused"));
        } else {
            s.facts.insert(QStringLiteral("register"), QString::number(rr->status));
        }
    }
    const int idx = out.addTranscript(std::move(t));
    s.transcripts = {idx};
    if (accepted) {
        Observation o;
        o.check = QStringLiteral("sip-register-no-challenge");
        o.severity = Severity::High;
        o.title = QStringLiteral("SIP registrar accepts REGISTER without authentication");
        o.detail = QStringLiteral("REGISTER from device id %1 over %2 was answered %3 without a Digest challenge.")
                       .arg(QString::fromLatin1(DeviceId), s.transport.toUpper())
                       .arg(rr->status);
        o.endpoint = e;
        o.remediation = QStringLiteral("Require Digest authentication for every REGISTER (GB/T 28181 §9.1 registration with authentication).");
        o.transcripts = {idx};
        out.observations.append(o);
    }
    out.services.append(s);
    return out;
}

} // namespace ab::probe::web
