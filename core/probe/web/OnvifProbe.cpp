#include "core/probe/web/DigestAuth.h"
#include "core/probe/web/Soap.h"
#include "core/probe/web/WebClient.h"
#include "core/probe/web/WebProbes.h"

#include <QHash>
#include <QRandomGenerator>

namespace ab::probe::web {

namespace {

const QByteArray DevicePath = QByteArrayLiteral("/onvif/device_service");

QByteArray soapPost(const Endpoint &e, bool tls, const QByteArray &operation, const QByteArray &envelope,
                    const QByteArray &authorization = {})
{
    QByteArray r = "POST " + DevicePath + " HTTP/1.1\r\nHost: " + hostHeader(e, tls ? 443 : 80)
        + "\r\nUser-Agent: AuditBench\r\nContent-Type: application/soap+xml; charset=utf-8; action=\"http://www.onvif.org/ver10/device/wsdl/"
        + operation + "\"\r\nContent-Length: " + QByteArray::number(envelope.size()) + "\r\nConnection: close\r\n";
    if (!authorization.isEmpty())
        r += "Authorization: " + authorization + "\r\n";
    return r + "\r\n" + envelope;
}

std::optional<SoapReply> soapOf(const Result<HttpResponse> &r)
{
    if (!r || r->body.isEmpty())
        return std::nullopt;
    auto s = parseSoap(r->body);
    if (!s)
        return std::nullopt;
    return *s;
}

QByteArray randomNonce()
{
    quint32 n[4];
    QRandomGenerator::system()->fillRange(n);
    return QByteArray(reinterpret_cast<const char *>(n), sizeof n);
}

void putDeviceInformation(Service &s, const DeviceInformation &d)
{
    const QString product = QString(d.manufacturer + QLatin1Char(' ') + d.model).trimmed();
    if (!product.isEmpty())
        s.product = product;
    if (!d.firmwareVersion.isEmpty())
        s.version = d.firmwareVersion;
    s.facts.insert(QStringLiteral("manufacturer"), d.manufacturer);
    s.facts.insert(QStringLiteral("model"), d.model);
    s.facts.insert(QStringLiteral("firmware"), d.firmwareVersion);
    s.facts.insert(QStringLiteral("serial"), d.serialNumber);
    s.facts.insert(QStringLiteral("hardwareId"), d.hardwareId);
    const QString vendor = knownVendor(d.manufacturer);
    s.facts.insert(QStringLiteral("vendor"), vendor.isEmpty() ? d.manufacturer : vendor);
}

} // namespace

ProbeOutcome probeOnvif(ProbeContext &ctx, const Endpoint &e, bool tls)
{
    ProbeOutcome out;
    Transcript t;
    t.protocol = QStringLiteral("onvif");
    WebSession session(ctx, e, tls, &t);
    const ParseOptions opts = parseOptions(ctx, true);
    auto r1 = session.exchange(soapPost(e, tls, "GetSystemDateAndTime", onvifDeviceRequest("GetSystemDateAndTime")), opts);
    const auto time = soapOf(r1);
    const bool challenged1 = r1 && r1->status == 401;
    if (!time && !challenged1) {
        t.note(QStringLiteral("no SOAP answer at %1: not an ONVIF device service").arg(QString::fromLatin1(DevicePath)));
        out.addTranscript(std::move(t));
        return out;
    }
    Service s;
    s.endpoint = e;
    s.name = QStringLiteral("onvif");
    s.tls = tls;
    s.banner = QString::fromLatin1(r1->header("Server").left(256)).simplified();
    if (!session.tlsDescription().isEmpty())
        s.facts.insert(QStringLiteral("tls"), session.tlsDescription());
    if (time) {
        const QDateTime dt = systemDateAndTime(*time);
        if (dt.isValid()) {
            s.facts.insert(QStringLiteral("onvif.time"), dt.toString(Qt::ISODate));
            s.facts.insert(QStringLiteral("onvif.clockOffsetSec"), QDateTime::currentDateTimeUtc().secsTo(dt));
        }
    }
    auto r2 = session.exchange(soapPost(e, tls, "GetDeviceInformation", onvifDeviceRequest("GetDeviceInformation")), opts);
    const auto info = soapOf(r2);
    bool open = false;
    if (r2 && r2->status == 200 && info && !deviceInformation(*info).isEmpty()) {
        open = true;
        putDeviceInformation(s, deviceInformation(*info));
        s.facts.insert(QStringLiteral("auth"), QStringLiteral("none"));
    } else if (r2 && r2->status == 401) {
        s.facts.insert(QStringLiteral("auth"), schemeNames(parseChallenges(r2->headerValues("WWW-Authenticate"))));
    } else if (info && info->fault) {
        s.facts.insert(QStringLiteral("auth"), QStringLiteral("ws-usernametoken"));
        s.facts.insert(QStringLiteral("fault"), (info->faultSubcode.isEmpty() ? info->faultCode : info->faultSubcode).left(128));
    }
    const int idx = out.addTranscript(std::move(t));
    s.transcripts = {idx};
    if (open) {
        Observation o;
        o.check = QStringLiteral("onvif-no-auth");
        o.severity = Severity::High;
        o.title = QStringLiteral("ONVIF device information available without authentication");
        o.detail = QStringLiteral("GetDeviceInformation answered without credentials: %1, firmware %2.")
                       .arg(s.product, s.version.isEmpty() ? QStringLiteral("?") : s.version);
        o.endpoint = e;
        o.remediation = QStringLiteral("Enable ONVIF user authentication (WS-UsernameToken/Digest) for every request but GetSystemDateAndTime.");
        o.transcripts = {idx};
        out.observations.append(o);
    }
    out.services.append(s);
    return out;
}

ProbeOutcome checkOnvifCredentials(ProbeContext &ctx, const Service &svc, const CredentialList &list, LockoutPolicy &policy)
{
    ProbeOutcome out;
    const Endpoint e = svc.endpoint;
    const bool tls = svc.tls;
    Transcript t;
    t.protocol = QStringLiteral("onvif");
    t.note(QStringLiteral("credential check (lockout-safe: at most %1 attempt(s) per account)").arg(ctx.limits().attemptsPerAccount));
    WebSession session(ctx, e, tls, &t);
    const ParseOptions opts = parseOptions(ctx, true);
    const QByteArray plain = onvifDeviceRequest("GetDeviceInformation");
    auto first = session.exchange(soapPost(e, tls, "GetDeviceInformation", plain), opts);
    const auto isInfo = [](const HttpResponse &x) {
        const auto s = parseSoap(x.body);
        return x.status == 200 && s && !deviceInformation(*s).isEmpty();
    };
    if (!first || isInfo(*first)) {
        t.note(first ? QStringLiteral("device information is returned without credentials; nothing to check")
                     : QStringLiteral("no answer: %1").arg(first.error().message));
        out.addTranscript(std::move(t));
        return out;
    }
    const QList<CredentialPair> pairs = list.forService(QStringLiteral("onvif"), vendorHint(svc));
    AuthChallenge challenge;
    if (first->status == 401)
        challenge = preferredChallenge(parseChallenges(first->headerValues("WWW-Authenticate")));
    std::function<Attempt(const CredentialPair &)> attempt;
    QHash<QByteArray, quint32> ncByNonce;
    if (!challenge.scheme.isEmpty()) {
        t.note(QStringLiteral("answering the HTTP %1 challenge").arg(QString::fromLatin1(challenge.scheme)));
        attempt = [&](const CredentialPair &p) -> Attempt {
            QByteArray auth;
            if (challenge.isDigest()) {
                const quint32 nc = ++ncByNonce[challenge.nonce()];
                auth = digestAuthorization(challenge, {p.user, p.password, "POST", DevicePath, randomCnonce(), nc, plain});
            } else {
                auth = basicAuthorization(p.user, p.password);
            }
            auto r = session.exchange(soapPost(e, tls, "GetDeviceInformation", plain, auth), opts);
            if (r && r->status == 401) {
                const AuthChallenge next = preferredChallenge(parseChallenges(r->headerValues("WWW-Authenticate")));
                if (next.scheme == challenge.scheme)
                    challenge = next;
            }
            return judgeReply(r, isInfo);
        };
    } else {
        // WS-UsernameToken; Created follows the device's clock, which devices check.
        const qint64 offset = svc.facts.value(QStringLiteral("onvif.clockOffsetSec")).toLongLong();
        t.note(QStringLiteral("answering with a WS-UsernameToken (clock offset %1 s)").arg(offset));
        attempt = [&, offset](const CredentialPair &p) -> Attempt {
            const QByteArray header = wsUsernameToken(p.user, p.password, randomNonce(), QDateTime::currentDateTimeUtc().addSecs(offset));
            auto r = session.exchange(soapPost(e, tls, "GetDeviceInformation", onvifDeviceRequest("GetDeviceInformation", header)), opts);
            return judgeReply(r, isInfo);
        };
    }
    const LoginRun run = tryPairs(ctx, e, QStringLiteral("onvif"), pairs, policy, attempt, t);
    addLoginOutcome(out, run, std::move(t));
    return out;
}

} // namespace ab::probe::web
