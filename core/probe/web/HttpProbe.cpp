#include "core/probe/web/DigestAuth.h"
#include "core/probe/web/WebClient.h"
#include "core/probe/web/WebProbes.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace ab::probe::web {

namespace {

QByteArray getRequest(const Endpoint &e, bool tls, const QByteArray &path, const QByteArray &authorization = {})
{
    QByteArray r = "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader(e, tls ? 443 : 80)
        + "\r\nUser-Agent: AuditBench\r\nAccept: */*\r\nConnection: close\r\n";
    if (!authorization.isEmpty())
        r += "Authorization: " + authorization + "\r\n";
    return r + "\r\n";
}

bool looksLikeLogin(const QByteArray &body, const QString &title)
{
    static const QRegularExpression pw(QStringLiteral("type\\s*=\\s*[\"']?password"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression t(QStringLiteral("log ?in|sign ?in|admin|\u767b\u5f55|\u767b\u9304|\u0111\u0103ng nh\u1eadp|web service|"
                                                     "netsurveillance|web client|configuration"),
                                      QRegularExpression::CaseInsensitiveOption);
    return pw.match(QString::fromLatin1(body.left(256 * 1024))).hasMatch() || t.match(title).hasMatch();
}

// Paths where cameras ask for HTTP authentication even when "/" is a
// JavaScript login page. Read-only queries.
QList<QByteArray> vendorAuthPaths(const QString &vendor)
{
    if (vendor.contains(QLatin1String("hikvision")) || vendor.contains(QLatin1String("ezviz")))
        return {"/ISAPI/Security/userCheck"};
    if (vendor.contains(QLatin1String("dahua")))
        return {"/cgi-bin/magicBox.cgi?action=getDeviceType"};
    if (vendor.contains(QLatin1String("axis")))
        return {"/axis-cgi/param.cgi?action=list&group=Brand"};
    return {};
}

} // namespace

std::pair<QString, QString> productVersion(const QByteArray &serverHeader)
{
    const QString s = QString::fromLatin1(serverHeader.left(256)).simplified();
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9_.+-]*(?: (?![vV]?\\d)[A-Za-z][A-Za-z0-9_+-]*)?)(?:[/ ][vV]?(\\d+(?:\\.\\d+)+[A-Za-z0-9.+_-]*|\\d+))?"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return {};
    QString product = m.captured(1);
    if (product.endsWith(QLatin1Char('-')))
        product.chop(1);
    return {product, m.captured(2)};
}

QString knownVendor(const QString &text)
{
    static const struct {
        const char *pattern;
        const char *vendor;
    } table[] = {
        {"hikvision|app-webs|dnvrs-webs|\\bds-[0-9]", "Hikvision"},
        {"dahua|\\bdh-(?:ipc|nvr|sd)", "Dahua"},
        {"uniview", "Uniview"},
        {"netsurveillance|xiongmai|xmeye", "Xiongmai"},
        {"axis communications|\\baxis\\b", "Axis"},
        {"hanwha|wisenet|samsung techwin", "Hanwha"},
        {"tp-link|tplink|\\btapo\\b", "TP-Link"},
        {"tiandy", "Tiandy"},
        {"ezviz", "EZVIZ"},
    };
    static const QList<std::pair<QRegularExpression, QString>> compiled = [] {
        QList<std::pair<QRegularExpression, QString>> out;
        for (const auto &e : table)
            out.append({QRegularExpression(QString::fromLatin1(e.pattern), QRegularExpression::CaseInsensitiveOption), QString::fromLatin1(e.vendor)});
        return out;
    }();
    const QString t = text.left(64 * 1024);
    for (const auto &[re, vendor] : compiled)
        if (re.match(t).hasMatch())
            return vendor;
    return {};
}

ProbeOutcome probeHttp(ProbeContext &ctx, const Endpoint &e, bool tls, const QString &path)
{
    ProbeOutcome out;
    Transcript t;
    t.protocol = tls ? QStringLiteral("https") : QStringLiteral("http");
    WebSession session(ctx, e, tls, &t);
    const QByteArray target = path.isEmpty() ? QByteArrayLiteral("/") : QUrl::toPercentEncoding(path, "/?&=:;%+,@!$'()*~");
    auto r = session.exchange(getRequest(e, tls, target), parseOptions(ctx, true));
    const QString tlsInfo = session.tlsDescription();
    if (!r) {
        const bool gotBytes = std::any_of(t.exchanges.cbegin(), t.exchanges.cend(),
                                          [](const Exchange &x) { return x.direction == Exchange::Direction::Received; });
        const int idx = out.addTranscript(std::move(t));
        if (gotBytes && r.error().code == ErrorCode::BadInput) {
            Service s;
            s.endpoint = e;
            s.name = QStringLiteral("unknown");
            s.tls = tls;
            s.facts.insert(QStringLiteral("error"), r.error().message);
            for (const Exchange &x : out.transcripts.at(idx).exchanges)
                if (x.direction == Exchange::Direction::Received) {
                    s.banner = QString::fromLatin1(x.data.left(256)).simplified();
                    break;
                }
            s.transcripts = {idx};
            out.services.append(s);
        }
        return out;
    }
    const HttpResponse &resp = *r;
    Service s;
    s.endpoint = e;
    s.name = tls ? QStringLiteral("https") : QStringLiteral("http");
    s.tls = tls;
    const QByteArray server = resp.header("Server").left(256);
    s.banner = QString::fromLatin1(server).simplified();
    s.facts.insert(QStringLiteral("status"), resp.status);
    if (!server.isEmpty())
        s.facts.insert(QStringLiteral("server"), s.banner);
    if (!tlsInfo.isEmpty())
        s.facts.insert(QStringLiteral("tls"), tlsInfo);
    const QString title = htmlTitle(resp.body, resp.header("Content-Type"));
    if (!title.isEmpty())
        s.facts.insert(QStringLiteral("title"), title);
    if (resp.bodyCut)
        s.facts.insert(QStringLiteral("cut"), resp.cutReason);

    auto [product, version] = productVersion(server);
    const QString vendor = knownVendor(s.banner + QLatin1Char('\n') + title + QLatin1Char('\n')
                                       + QString::fromLatin1(resp.body.left(16 * 1024)));
    if (!vendor.isEmpty())
        s.facts.insert(QStringLiteral("vendor"), vendor);
    s.product = product.isEmpty() ? vendor : product;
    s.version = version;

    // Authentication asked for on this path.
    QList<AuthChallenge> challenges;
    if (resp.status == 401) {
        challenges = parseChallenges(resp.headerValues("WWW-Authenticate"));
        s.facts.insert(QStringLiteral("auth"), schemeNames(challenges));
        s.facts.insert(QStringLiteral("auth.path"), QString::fromLatin1(target));
        const AuthChallenge best = preferredChallenge(challenges);
        if (!best.realm().isEmpty())
            s.facts.insert(QStringLiteral("auth.realm"), QString::fromUtf8(best.realm().left(128)));
    }
    // Redirects are noted, never followed.
    bool redirectHttps = false;
    QString location;
    if (resp.status >= 300 && resp.status < 400) {
        location = QString::fromLatin1(resp.header("Location").left(512));
        redirectHttps = location.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
        s.facts.insert(QStringLiteral("redirect"), location);
        s.facts.insert(QStringLiteral("redirect.https"), redirectHttps);
    }
    const bool login = (resp.status >= 200 && resp.status < 300 && looksLikeLogin(resp.body, title))
        || (!redirectHttps && location.contains(QLatin1String("login"), Qt::CaseInsensitive));
    s.facts.insert(QStringLiteral("login"), login);

    const int idx = out.addTranscript(std::move(t));
    s.transcripts = {idx};
    if (!version.isEmpty()) {
        Observation o;
        o.check = QStringLiteral("banner-version-disclosure");
        o.severity = Severity::Low;
        o.title = QStringLiteral("The web server discloses its software version");
        o.detail = QStringLiteral("Server header: %1").arg(s.banner);
        o.endpoint = e;
        o.remediation = QStringLiteral("Configure the server not to announce its product and version.");
        o.transcripts = {idx};
        out.observations.append(o);
    }
    if (!tls && std::any_of(challenges.cbegin(), challenges.cend(), [](const AuthChallenge &c) { return c.isBasic(); })) {
        Observation o;
        o.check = QStringLiteral("http-basic-cleartext");
        o.severity = Severity::Medium;
        o.title = QStringLiteral("HTTP Basic authentication over an unencrypted connection");
        o.detail = QStringLiteral("%1 on %2 asks for Basic credentials (realm \"%3\") over plain HTTP; the password crosses the network in clear text.")
                       .arg(QString::fromLatin1(target), e.toString(), s.facts.value(QStringLiteral("auth.realm")).toString());
        o.endpoint = e;
        o.remediation = QStringLiteral("Serve the interface over HTTPS only, and disable Basic authentication on plain HTTP.");
        o.transcripts = {idx};
        out.observations.append(o);
    }
    if (!tls && login) {
        Observation o;
        o.check = QStringLiteral("http-admin-cleartext");
        o.severity = Severity::Medium;
        o.title = QStringLiteral("Administration login page served over unencrypted HTTP");
        o.detail = location.isEmpty()
            ? QStringLiteral("%1 shows a login/administration page (title \"%2\") on plain HTTP without redirecting to HTTPS.")
                  .arg(e.toString(), title)
            : QStringLiteral("%1 redirects to the login page %2 on plain HTTP, not to HTTPS.").arg(e.toString(), location);
        o.endpoint = e;
        o.remediation = QStringLiteral("Redirect HTTP to HTTPS and serve the administration interface over HTTPS only.");
        o.transcripts = {idx};
        out.observations.append(o);
    }
    out.services.append(s);
    return out;
}

ProbeOutcome checkHttpCredentials(ProbeContext &ctx, const Service &svc, const CredentialList &list, LockoutPolicy &policy)
{
    ProbeOutcome out;
    const Endpoint e = svc.endpoint;
    const bool tls = svc.tls;
    Transcript t;
    t.protocol = tls ? QStringLiteral("https") : QStringLiteral("http");
    t.note(QStringLiteral("credential check (lockout-safe: at most %1 attempt(s) per account)").arg(ctx.limits().attemptsPerAccount));
    WebSession session(ctx, e, tls, &t);
    const ParseOptions opts = parseOptions(ctx, true);
    const QString vendor = vendorHint(svc);

    // Find a path that asks for HTTP authentication (at most 3 plain GETs).
    QList<QByteArray> paths;
    const QString known = svc.facts.value(QStringLiteral("auth.path")).toString();
    if (!known.isEmpty())
        paths.append(known.toLatin1());
    if (!paths.contains("/"))
        paths.append("/");
    paths += vendorAuthPaths(vendor);
    QByteArray path;
    AuthChallenge challenge;
    for (const QByteArray &p : paths.mid(0, 3)) {
        auto r = session.exchange(getRequest(e, tls, p), opts);
        if (!r)
            break;
        if (r->status != 401)
            continue;
        challenge = preferredChallenge(parseChallenges(r->headerValues("WWW-Authenticate")));
        if (!challenge.scheme.isEmpty()) {
            path = p;
            break;
        }
    }
    if (path.isEmpty()) {
        t.note(QStringLiteral("no HTTP Basic/Digest challenge found; form-based logins are not attempted"));
        out.addTranscript(std::move(t));
        return out;
    }
    t.note(QStringLiteral("answering %1 challenge on %2").arg(QString::fromLatin1(challenge.scheme), QString::fromLatin1(path)));
    QHash<QByteArray, quint32> ncByNonce;
    const auto attempt = [&](const CredentialPair &p) -> Attempt {
        QByteArray auth;
        if (challenge.isDigest()) {
            const quint32 nc = ++ncByNonce[challenge.nonce()];
            auth = digestAuthorization(challenge, {p.user, p.password, "GET", path, randomCnonce(), nc, {}});
        } else {
            auth = basicAuthorization(p.user, p.password);
        }
        auto r = session.exchange(getRequest(e, tls, path, auth), opts);
        if (r && r->status == 401) { // a fresh nonce for the next attempt
            const AuthChallenge next = preferredChallenge(parseChallenges(r->headerValues("WWW-Authenticate")));
            if (next.scheme == challenge.scheme)
                challenge = next;
        }
        return judgeReply(r, [](const HttpResponse &x) { return (x.status >= 200 && x.status < 400) || x.status == 404; });
    };
    const LoginRun run = tryPairs(ctx, e, QStringLiteral("http"), list.forService(QStringLiteral("http"), vendor), policy, attempt, t);
    addLoginOutcome(out, run, std::move(t));
    return out;
}

} // namespace ab::probe::web
