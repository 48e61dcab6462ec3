// SNMP v1/v2c: a GetRequest for sysDescr.0, sysObjectID.0 and sysName.0
// with each community of the "snmp" list. Any GetResponse carrying our
// request id proves the community is accepted (even with an error status).
#include "core/probe/line/LineCommon.h"
#include "core/probe/line/LineProbes.h"
#include "core/probe/line/SnmpBer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace ab::probe {

using namespace line;

namespace {
const QString Svc = QStringLiteral("snmp");
const QString SysDescr = QStringLiteral("1.3.6.1.2.1.1.1.0");
const QString SysObjectId = QStringLiteral("1.3.6.1.2.1.1.2.0");
const QString SysName = QStringLiteral("1.3.6.1.2.1.1.5.0");
constexpr int MaxRequestMs = 2000; // agents answer in milliseconds; silence means a wrong community

struct Answer {
    snmp::Message message;
    snmp::Version version = snmp::Version::V2c;
};

std::optional<Answer> ask(ProbeContext &ctx, const Endpoint &e, snmp::Version v, const QByteArray &community, Transcript *t,
                          bool *unreachable)
{
    const qint32 rid = qint32(QRandomGenerator::global()->bounded(1, std::numeric_limits<qint32>::max()));
    auto request = snmp::encodeGet(v, community, rid, {SysDescr, SysObjectId, SysName});
    if (!request)
        return std::nullopt;
    t->note(QStringLiteral("GetRequest %1, community %2").arg(v == snmp::Version::V1 ? QStringLiteral("v1") : QStringLiteral("v2c"),
                                                                maskSecret(QString::fromUtf8(community))));
    const qsizetype before = t->exchanges.size();
    auto replies = udpExchange(ctx, e, *request, t, qMin(ctx.limits().ioTimeoutMs, MaxRequestMs), 1);
    if (!replies)
        return std::nullopt;
    if (t->exchanges.size() > before && t->exchanges.last().data == "port unreachable")
        *unreachable = true;
    for (const QByteArray &d : *replies) {
        auto m = snmp::decode(d);
        if (!m) {
            t->note(m.error().message);
            continue;
        }
        if (m->pduType != snmp::GetResponsePdu || m->requestId != rid)
            continue;
        return Answer{*m, v};
    }
    return std::nullopt;
}
} // namespace

QString snmpCommunityAccount(const QString &community)
{
    return QStringLiteral("community:")
        + QString::fromLatin1(QCryptographicHash::hash(community.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

ProbeOutcome probeSnmp(ProbeContext &ctx, const Endpoint &e, const CredentialList &credentials, LockoutPolicy &policy)
{
    ProbeOutcome out;
    Transcript t;
    t.protocol = Svc;
    t.transport = QStringLiteral("udp");
    std::optional<Answer> answer;
    QString community;
    int tried = 0;
    bool unreachable = false;
    for (const CredentialPair &p : credentials.forService(Svc)) {
        if (ctx.cancelled() || unreachable || policy.lockedOut(e, Svc))
            break;
        // A community is both account and password: one attempt covers v2c and v1.
        if (p.password.isEmpty() || !policy.mayTry(e, Svc, snmpCommunityAccount(p.password)))
            continue;
        ++tried;
        const QByteArray c = p.password.toUtf8();
        answer = ask(ctx, e, snmp::Version::V2c, c, &t, &unreachable);
        if (!answer && !unreachable && !ctx.cancelled())
            answer = ask(ctx, e, snmp::Version::V1, c, &t, &unreachable);
        if (answer) {
            community = p.password;
            break;
        }
    }
    if (t.exchanges.isEmpty())
        return out;
    if (!answer)
        t.note(unreachable ? QStringLiteral("port unreachable: no SNMP agent") : QStringLiteral("no answer to any community tried"));
    const int ti = out.addTranscript(std::move(t));
    if (!answer)
        return out;
    Service s;
    s.endpoint = e;
    s.transport = QStringLiteral("udp");
    s.name = Svc;
    s.transcripts = {ti};
    const QString versionName = answer->version == snmp::Version::V1 ? QStringLiteral("v1") : QStringLiteral("v2c");
    s.facts.insert(QStringLiteral("snmp.version"), versionName);
    s.facts.insert(QStringLiteral("snmp.community"), maskSecret(community));
    if (answer->message.errorStatus != 0)
        s.facts.insert(QStringLiteral("snmp.errorStatus"), answer->message.errorStatus);
    for (const snmp::VarBind &vb : answer->message.varBinds) {
        if (vb.isException())
            continue;
        if (vb.oid == SysDescr) {
            s.banner = printableBanner(vb.text().toUtf8());
            s.facts.insert(QStringLiteral("snmp.sysDescr"), s.banner);
        } else if (vb.oid == SysObjectId) {
            s.facts.insert(QStringLiteral("snmp.sysObjectID"), vb.text());
        } else if (vb.oid == SysName) {
            s.facts.insert(QStringLiteral("snmp.sysName"), printableBanner(vb.text().toUtf8()));
        }
    }
    if (!s.banner.isEmpty()) {
        s.product = s.banner.left(128);
        static const QRegularExpression versionRe(QStringLiteral("\\b[vV]?(\\d+\\.\\d+(?:\\.\\d+)*[\\w.+~-]*)"));
        const auto m = versionRe.match(s.banner);
        if (m.hasMatch())
            s.version = m.captured(0);
    }
    out.observations.append(makeObservation(
        QStringLiteral("snmp-default-community"), Severity::High, QStringLiteral("SNMP answers a default community"),
        QStringLiteral("%1 answered SNMP %2 with community %3 (after %4 communit%5 tried)%6. Anyone on the network can read the "
                       "device's configuration and, with a write community, change it. Write access was not tested.")
            .arg(e.toString(), versionName, maskSecret(community))
            .arg(tried)
            .arg(tried == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
            .arg(s.banner.isEmpty() ? QString() : QStringLiteral("; sysDescr \"%1\"").arg(s.banner.left(120))),
        e, QStringLiteral("Disable SNMP v1/v2c or set a long random community restricted to the management station; prefer SNMPv3 with "
                          "authentication and privacy."),
        {ti}));
    out.services.append(std::move(s));
    return out;
}

} // namespace ab::probe
