#include "core/probe/web/DigestAuth.h"
#include "core/probe/web/WebClient.h"
#include "core/probe/web/WebProbes.h"

#include <QHash>

namespace ab::probe::web {

namespace {

constexpr int MaxDescribes = 4;

// RTSP over one kept-open connection, reopened when the device closes it.
class RtspClient final {
public:
    RtspClient(ProbeContext &ctx, const Endpoint &e, Transcript *t) : m_ctx(ctx), m_e(e), m_session(ctx, e, false, t) {}

    QByteArray url(const QByteArray &path) const { return "rtsp://" + hostHeader(m_e, 554) + path; }

    Result<HttpResponse> request(const QByteArray &method, const QByteArray &uri, const QByteArray &authorization = {})
    {
        QByteArray r = method + ' ' + uri + " RTSP/1.0\r\nCSeq: " + QByteArray::number(++m_cseq) + "\r\nUser-Agent: AuditBench\r\n";
        if (method == "DESCRIBE")
            r += "Accept: application/sdp\r\n";
        if (!authorization.isEmpty())
            r += "Authorization: " + authorization + "\r\n";
        r += "\r\n";
        ParseOptions o = parseOptions(m_ctx, false);
        o.maxBodyBytes = qMin<qint64>(o.maxBodyBytes, 64 * 1024); // an SDP is small
        auto res = m_session.exchange(r, o, true);
        if (!res && res.error().code == ErrorCode::Io && m_used && !m_ctx.cancelled()) {
            m_used = false; // the device closed the kept-open connection: once more on a new one
            return request(method, uri, authorization);
        }
        m_used = bool(res);
        return res;
    }

private:
    ProbeContext &m_ctx;
    Endpoint m_e;
    WebSession m_session;
    int m_cseq = 0;
    bool m_used = false;
};

bool isSdp(const HttpResponse &r)
{
    return r.header("Content-Type").toLower().contains("sdp") || r.body.startsWith("v=0");
}

QList<QByteArray> describePaths(const QString &vendor)
{
    QList<QByteArray> paths = {"/", "/Streaming/Channels/101", "/cam/realmonitor?channel=1&subtype=0", "/live"};
    const QByteArray first = vendor.contains(QLatin1String("hikvision")) ? QByteArrayLiteral("/Streaming/Channels/101")
        : vendor.contains(QLatin1String("dahua"))                        ? QByteArrayLiteral("/cam/realmonitor?channel=1&subtype=0")
                                                                         : QByteArray();
    if (!first.isEmpty()) {
        paths.removeAll(first);
        paths.prepend(first);
    }
    return paths.mid(0, MaxDescribes);
}

} // namespace

ProbeOutcome probeRtsp(ProbeContext &ctx, const Endpoint &e)
{
    ProbeOutcome out;
    Transcript t;
    t.protocol = QStringLiteral("rtsp");
    RtspClient rtsp(ctx, e, &t);
    auto opt = rtsp.request("OPTIONS", rtsp.url("/"));
    if (!opt || !opt->protocol.startsWith("RTSP/")) {
        if (opt)
            t.note(QStringLiteral("not RTSP: %1").arg(QString::fromLatin1(opt->protocol)));
        out.addTranscript(std::move(t));
        return out;
    }
    Service s;
    s.endpoint = e;
    s.name = QStringLiteral("rtsp");
    const QByteArray server = (opt->header("Server").isEmpty() ? opt->header("User-Agent") : opt->header("Server")).left(256);
    s.banner = QString::fromLatin1(server).simplified();
    auto [product, version] = productVersion(server);
    const QString vendor = knownVendor(s.banner);
    s.product = product.isEmpty() ? vendor : product;
    s.version = version;
    if (!vendor.isEmpty())
        s.facts.insert(QStringLiteral("vendor"), vendor);
    if (opt->hasHeader("Public"))
        s.facts.insert(QStringLiteral("methods"), QString::fromLatin1(opt->header("Public").left(256)));
    s.facts.insert(QStringLiteral("status.options"), opt->status);

    bool open = false;
    QByteArray openPath;
    for (const QByteArray &path : describePaths(vendor.toLower())) {
        if (ctx.cancelled())
            break;
        auto d = rtsp.request("DESCRIBE", rtsp.url(path));
        if (!d)
            break;
        if (d->status == 200 && isSdp(*d)) {
            open = true;
            openPath = path;
            s.facts.insert(QStringLiteral("auth"), QStringLiteral("none"));
            s.facts.insert(QStringLiteral("stream.path"), QString::fromLatin1(path));
            break;
        }
        if (d->status == 401) {
            const QList<AuthChallenge> cs = parseChallenges(d->headerValues("WWW-Authenticate"));
            s.facts.insert(QStringLiteral("auth"), schemeNames(cs));
            s.facts.insert(QStringLiteral("auth.path"), QString::fromLatin1(path));
            const AuthChallenge best = preferredChallenge(cs);
            if (!best.realm().isEmpty())
                s.facts.insert(QStringLiteral("auth.realm"), QString::fromUtf8(best.realm().left(128)));
            break;
        }
    }
    const int idx = out.addTranscript(std::move(t));
    s.transcripts = {idx};
    if (open) {
        Observation o;
        o.check = QStringLiteral("rtsp-no-auth");
        o.severity = Severity::High;
        o.title = QStringLiteral("RTSP stream available without authentication");
        o.detail = QStringLiteral("DESCRIBE %1 answered 200 with a session description, without credentials.")
                       .arg(QString::fromLatin1(rtsp.url(openPath)));
        o.endpoint = e;
        o.remediation = QStringLiteral("Require authentication (Digest) for every RTSP stream.");
        o.transcripts = {idx};
        out.observations.append(o);
    }
    if (!version.isEmpty()) {
        Observation o;
        o.check = QStringLiteral("banner-version-disclosure");
        o.severity = Severity::Low;
        o.title = QStringLiteral("The RTSP server discloses its software version");
        o.detail = QStringLiteral("Server header: %1").arg(s.banner);
        o.endpoint = e;
        o.remediation = QStringLiteral("Configure the server not to announce its product and version.");
        o.transcripts = {idx};
        out.observations.append(o);
    }
    out.services.append(s);
    return out;
}

ProbeOutcome checkRtspCredentials(ProbeContext &ctx, const Service &svc, const CredentialList &list, LockoutPolicy &policy)
{
    ProbeOutcome out;
    const Endpoint e = svc.endpoint;
    Transcript t;
    t.protocol = QStringLiteral("rtsp");
    t.note(QStringLiteral("credential check (lockout-safe: at most %1 attempt(s) per account)").arg(ctx.limits().attemptsPerAccount));
    RtspClient rtsp(ctx, e, &t);
    const QString path = svc.facts.value(QStringLiteral("auth.path"), QStringLiteral("/")).toString();
    const QByteArray uri = rtsp.url(path.toLatin1());
    auto first = rtsp.request("DESCRIBE", uri);
    AuthChallenge challenge;
    if (first && first->status == 401)
        challenge = preferredChallenge(parseChallenges(first->headerValues("WWW-Authenticate")));
    if (challenge.scheme.isEmpty()) {
        t.note(first ? QStringLiteral("no usable authentication challenge (status %1)").arg(first->status)
                     : QStringLiteral("no answer: %1").arg(first.error().message));
        out.addTranscript(std::move(t));
        return out;
    }
    QHash<QByteArray, quint32> ncByNonce;
    const auto attempt = [&](const CredentialPair &p) -> Attempt {
        QByteArray auth;
        if (challenge.isDigest()) {
            const quint32 nc = ++ncByNonce[challenge.nonce()];
            auth = digestAuthorization(challenge, {p.user, p.password, "DESCRIBE", uri, randomCnonce(), nc, {}});
        } else {
            auth = basicAuthorization(p.user, p.password);
        }
        auto r = rtsp.request("DESCRIBE", uri, auth);
        if (r && r->status == 401) {
            const AuthChallenge next = preferredChallenge(parseChallenges(r->headerValues("WWW-Authenticate")));
            if (next.scheme == challenge.scheme)
                challenge = next;
        }
        return judgeReply(r, [](const HttpResponse &x) { return x.status == 200; });
    };
    const LoginRun run = tryPairs(ctx, e, QStringLiteral("rtsp"), list.forService(QStringLiteral("rtsp"), vendorHint(svc)), policy, attempt, t);
    addLoginOutcome(out, run, std::move(t));
    return out;
}

} // namespace ab::probe::web
