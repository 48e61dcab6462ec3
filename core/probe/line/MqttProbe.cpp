// MQTT 3.1.1: CONNECT (clean session, so nothing of ours stays on the
// broker), read CONNACK, DISCONNECT. Never SUBSCRIBE or PUBLISH: reading or
// writing a device's topics is not a non-intrusive check.
#include "core/probe/line/LineCommon.h"
#include "core/probe/line/LineProbes.h"

#include <QCoreApplication>

namespace ab::probe {

using namespace line;

namespace {
const QString Svc = QStringLiteral("mqtt");

enum class Result_ { Connack, Closed, Silent, Malformed, ConnectFailed };

struct Exchange_ {
    Result_ result = Result_::ConnectFailed;
    mqtt::Connack ack;
    QString error;
};

Exchange_ connectOnce(ProbeContext &ctx, const Endpoint &e, const std::optional<QByteArray> &user, const std::optional<QByteArray> &password,
                      Transcript *t)
{
    Exchange_ x;
    auto c = Conn::connect(ctx, e, t);
    if (!c) {
        x.error = c.error().message;
        return x;
    }
    const QByteArray id = "auditbench-" + clientNonce().toLatin1();
    if (!c->send(mqtt::encodeConnect(id, user, password))) {
        x.result = Result_::Closed;
        return x;
    }
    QByteArray buf;
    QElapsedTimer timer;
    timer.start();
    const int total = qMin(ctx.limits().exchangeTimeoutMs, ctx.limits().ioTimeoutMs);
    for (;;) {
        qsizetype used = 0;
        const ParseStatus st = mqtt::parseConnack(buf, &x.ack, &used);
        if (st == ParseStatus::Complete) {
            x.result = Result_::Connack;
            if (x.ack.returnCode == 0)
                (void)c->send(mqtt::encodeDisconnect());
            return x;
        }
        if (st != ParseStatus::NeedMore) {
            x.result = Result_::Malformed;
            return x;
        }
        if (!c->isOpen()) {
            x.result = Result_::Closed;
            return x;
        }
        const int left = remaining(timer, total);
        if (left == 0) {
            x.result = Result_::Silent;
            return x;
        }
        auto chunk = c->readSome(left, 16);
        if (!chunk) {
            x.result = chunk.error().code == ErrorCode::Io && c->isOpen() ? Result_::Silent : Result_::Closed;
            x.error = chunk.error().message;
            return x;
        }
        buf += *chunk;
    }
}
} // namespace

ProbeOutcome probeMqtt(ProbeContext &ctx, const Endpoint &e)
{
    ProbeOutcome out;
    Transcript t;
    t.protocol = Svc;
    const Exchange_ x = connectOnce(ctx, e, std::nullopt, std::nullopt, &t);
    if (x.result == Result_::ConnectFailed)
        return out;
    if (x.result != Result_::Connack) {
        t.note(x.result == Result_::Silent      ? QStringLiteral("no CONNACK in time")
               : x.result == Result_::Malformed ? QStringLiteral("not an MQTT CONNACK")
                                                : QStringLiteral("closed without CONNACK"));
        out.addTranscript(std::move(t));
        return out;
    }
    t.note(QStringLiteral("CONNACK %1: %2").arg(x.ack.returnCode).arg(mqtt::connackText(x.ack.returnCode)));
    const int ti = out.addTranscript(std::move(t));
    Service s;
    s.endpoint = e;
    s.name = Svc;
    s.transcripts = {ti};
    s.facts.insert(QStringLiteral("mqtt.protocol"), QStringLiteral("3.1.1"));
    s.facts.insert(QStringLiteral("mqtt.connack"), x.ack.returnCode);
    const bool anonymous = x.ack.returnCode == 0;
    s.facts.insert(QStringLiteral("mqtt.auth"), anonymous                                               ? QStringLiteral("none")
                                                : (x.ack.returnCode == 4 || x.ack.returnCode == 5) ? QStringLiteral("required")
                                                                                                   : mqtt::connackText(x.ack.returnCode));
    if (anonymous) {
        CredentialResult r;
        r.endpoint = e;
        r.service = Svc;
        r.maskedPassword = maskSecret(QString());
        r.accepted = true;
        r.blankOrAnonymous = true;
        r.tried = 1;
        out.observations.append(credentialObservation(r, false, {ti}));
    }
    out.services.append(std::move(s));
    return out;
}

ProbeOutcome checkMqttCredentials(ProbeContext &ctx, const Service &service, const CredentialList &credentials, LockoutPolicy &policy)
{
    ProbeOutcome out;
    const Endpoint e = service.endpoint;
    Transcript t;
    t.protocol = Svc;
    CredentialResult result;
    result.endpoint = e;
    result.service = Svc;
    std::optional<CredentialPair> hit;
    bool everConnected = false;
    for (const CredentialPair &p : credentials.forService(Svc, vendorHint(service))) {
        if (ctx.cancelled() || policy.lockedOut(e, Svc))
            break;
        if (p.user.isEmpty() || !policy.mayTry(e, Svc, p.user))
            continue;
        ++result.tried;
        t.note(QStringLiteral("attempt %1: user %2, password %3").arg(result.tried).arg(p.user, maskSecret(p.password)));
        const Exchange_ x = connectOnce(ctx, e, p.user.toUtf8(), p.password.toUtf8(), &t);
        if (x.result == Result_::Connack) {
            everConnected = true;
            t.note(QStringLiteral("CONNACK %1: %2").arg(x.ack.returnCode).arg(mqtt::connackText(x.ack.returnCode)));
            if (x.ack.returnCode == 0) {
                hit = p;
                break;
            }
            if (x.ack.returnCode == 4 || x.ack.returnCode == 5)
                continue;
            break; // protocol refused or server unavailable: nothing more to learn
        }
        if (everConnected && (x.result == Result_::ConnectFailed || x.result == Result_::Closed)) {
            result.lockoutSignal = QStringLiteral("connection refused or closed without CONNACK after earlier attempts");
            policy.recordLockout(e, Svc, result.lockoutSignal);
            t.note(QStringLiteral("lockout signal; stopping"));
        } else {
            t.note(x.error.isEmpty() ? QStringLiteral("no CONNACK; stopping") : x.error);
        }
        break;
    }
    if (t.exchanges.isEmpty())
        return out;
    const int ti = out.addTranscript(std::move(t));
    if (hit) {
        result.user = hit->user;
        result.maskedPassword = maskSecret(hit->password);
        result.accepted = true;
        result.blankOrAnonymous = hit->password.isEmpty();
        out.observations.append(credentialObservation(result, !hit->vendor.isEmpty(), {ti}));
    }
    return out;
}

} // namespace ab::probe
