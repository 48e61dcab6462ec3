#include "core/probe/ServiceDispatch.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/probe/Conn.h"
#include "core/probe/Credentials.h"
#include "core/probe/Discovery.h"
#include "core/probe/Fingerprints.h"
#include "core/probe/PortLists.h"
#include "core/probe/ProbeRecorder.h"
#include "core/probe/Sweep.h"
#include "core/probe/TlsAudit.h"
#include "core/probe/line/LineProbes.h"
#include "core/probe/web/WebProbes.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <condition_variable>
#include <deque>
#include <thread>

namespace ab::probe
{

using web::checkHttpCredentials;
using web::checkOnvifCredentials;
using web::checkRtspCredentials;
using web::probeHttp;
using web::probeOnvif;
using web::probeRtsp;
using web::probeSip;

namespace
{
const QSet<quint16> HttpPorts{80,   81,   82,   83,   84,   85,   88,   2000, 5000, 7001, 8000, 8001,
                              8008, 8080, 8081, 8086, 8088, 8089, 8800, 8899, 9000, 9010, 9527, 49152};
const QSet<quint16> HttpsPorts{443, 4443, 7443, 8443, 9443};
const QSet<quint16> RtspPorts{554, 8554, 10554};
const QSet<quint16> TelnetPorts{23, 2323, 9527};

// Several looks at one port (HTTP + TLS audit + ONVIF) become one service:
// the most specific name wins, facts and transcripts are merged.
void mergeSameEndpoint(ProbeOutcome &o)
{
    auto rank = [](const Service &s) {
        const QString &name = s.name;
        if (name == QLatin1String("unknown"))
            return 0;
        if (name == QLatin1String("tls"))
            return 1;
        // A web server that answers every path with 401 is not an ONVIF device
        // until a SOAP answer (time, device information or a SOAP fault) says so.
        if (name == QLatin1String("onvif") && !s.facts.contains(QStringLiteral("onvif.time")) &&
            !s.facts.contains(QStringLiteral("manufacturer")) && !s.facts.contains(QStringLiteral("fault")))
            return 1;
        if (name == QLatin1String("http") || name == QLatin1String("https"))
            return 2;
        return 3; // onvif, rtsp, ssh, ...
    };
    QList<Service> merged;
    for (Service &s : o.services) {
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&](const Service &m) { return m.endpoint == s.endpoint && m.transport == s.transport; });
        if (it == merged.end()) {
            merged.append(s);
            continue;
        }
        Service &m = *it;
        const bool takeName = rank(s) > rank(m);
        if (takeName) {
            m.name = s.name;
            if (!s.product.isEmpty())
                m.product = s.product;
            if (!s.version.isEmpty())
                m.version = s.version;
        }
        if (m.product.isEmpty())
            m.product = s.product;
        if (m.version.isEmpty())
            m.version = s.version;
        if (m.banner.isEmpty())
            m.banner = s.banner;
        m.tls = m.tls || s.tls;
        for (auto f = s.facts.cbegin(); f != s.facts.cend(); ++f)
            if (!m.facts.contains(f.key()))
                m.facts.insert(f.key(), f.value());
        for (int t : s.transcripts)
            if (!m.transcripts.contains(t))
                m.transcripts.append(t);
    }
    o.services = merged;
}

bool hasService(const ProbeOutcome &o)
{
    return !o.services.isEmpty();
}
} // namespace

// What listens on an open TCP port: by its usual port first, then by what it says.
ProbeOutcome identifyTcp(ProbeContext &ctx, const Endpoint &e)
{
    ProbeOutcome out;
    const quint16 p = e.port;
    if (p == 21)
        out.merge(probeFtp(ctx, e));
    else if (p == 22)
        out.merge(probeSsh(ctx, e));
    else if (TelnetPorts.contains(p))
        out.merge(probeTelnet(ctx, e));
    else if (RtspPorts.contains(p))
        out.merge(probeRtsp(ctx, e));
    else if (p == 1883)
        out.merge(probeMqtt(ctx, e));
    else if (p == 5060)
        out.merge(probeSip(ctx, e, QStringLiteral("tcp")));
    else if (HttpsPorts.contains(p) || p == 8883) {
        out.merge(auditTls(ctx, e));
        if (p != 8883)
            out.merge(probeHttp(ctx, e, true));
    } else if (HttpPorts.contains(p))
        out.merge(probeHttp(ctx, e, false));

    if (!hasService(out) && !ctx.cancelled()) {
        // Not what the port suggests: listen for a greeting first.
        Transcript t;
        t.protocol = QStringLiteral("banner");
        QByteArray banner;
        if (auto c = Conn::connect(ctx, e, &t)) {
            auto got = c->readSome(1500, 4096);
            if (got)
                banner = *got;
        }
        if (banner.startsWith("SSH-"))
            out.merge(probeSsh(ctx, e));
        else if (banner.startsWith("220"))
            out.merge(probeFtp(ctx, e));
        else if (!banner.isEmpty() && static_cast<unsigned char>(banner.at(0)) == 0xff)
            out.merge(probeTelnet(ctx, e));
        else if (banner.isEmpty()) {
            out.merge(probeHttp(ctx, e, false));
            if (!hasService(out) && !ctx.cancelled()) {
                out.merge(auditTls(ctx, e));
                if (hasService(out))
                    out.merge(probeHttp(ctx, e, true));
            }
            if (!hasService(out) && !ctx.cancelled())
                out.merge(probeRtsp(ctx, e));
            if (!hasService(out) && !ctx.cancelled())
                out.merge(probeMqtt(ctx, e)); // a CONNECT and DISCONNECT, nothing published
        }
        if (!hasService(out)) {
            Service s;
            s.endpoint = e;
            s.name = QStringLiteral("unknown");
            s.banner = QString::fromUtf8(banner.left(256)).trimmed();
            s.transcripts.append(out.addTranscript(std::move(t)));
            out.services.append(s);
        }
    }
    // A web server may be an ONVIF device; a TLS web server gets the TLS audit.
    bool web = false, tlsWeb = false, audited = false;
    for (const Service &s : std::as_const(out.services)) {
        web = web || s.name == QLatin1String("http") || s.name == QLatin1String("https");
        tlsWeb = tlsWeb || s.name == QLatin1String("https") || (s.name == QLatin1String("http") && s.tls);
        audited = audited || s.name == QLatin1String("tls");
    }
    if (web && !ctx.cancelled())
        out.merge(probeOnvif(ctx, e, tlsWeb));
    if (tlsWeb && !audited && !ctx.cancelled())
        out.merge(auditTls(ctx, e));
    mergeSameEndpoint(out);
    return out;
}

// The web endpoints a discovery reply names (WS-Discovery XAddrs, SSDP
// LOCATION) that the gate allows: literal addresses only, so a name in a
// reply can never send the probe anywhere it was not told to go.
QList<Endpoint> advertisedEndpoints(const Service &s, const ScopeGate &gate)
{
    QStringList urls;
    if (s.name == QLatin1String("ws-discovery"))
        urls = s.facts.value(QStringLiteral("xaddrs")).toStringList();
    else if (s.name == QLatin1String("ssdp"))
        urls = s.facts.value(QStringLiteral("location")).toStringList();
    QList<Endpoint> out;
    for (const QString &text : std::as_const(urls).mid(0, 16)) {
        const QUrl url(text, QUrl::StrictMode);
        const bool tls = url.scheme() == QLatin1String("https");
        if (!url.isValid() || (!tls && url.scheme() != QLatin1String("http")))
            continue;
        const QHostAddress address(url.host());
        const int port = url.port(tls ? 443 : 80);
        if (address.isNull() || port <= 0 || port > 65535 || !gate.allows(address, port))
            continue;
        const Endpoint e{address, quint16(port)};
        if (!out.contains(e))
            out.append(e);
    }
    return out;
}

ProbeOutcome checkCredentials(ProbeContext &ctx, const Service &s, const CredentialList &list, LockoutPolicy &policy)
{
    const QString &n = s.name;
    if (n == QLatin1String("http") || n == QLatin1String("https")) {
        ProbeOutcome o = checkHttpCredentials(ctx, s, list, policy);
        return o;
    }
    if (n == QLatin1String("onvif")) {
        ProbeOutcome o = checkOnvifCredentials(ctx, s, list, policy);
        o.merge(checkHttpCredentials(ctx, s, list, policy));
        return o;
    }
    if (n == QLatin1String("rtsp"))
        return checkRtspCredentials(ctx, s, list, policy);
    if (n == QLatin1String("ftp"))
        return checkFtpCredentials(ctx, s, list, policy);
    if (n == QLatin1String("telnet"))
        return checkTelnetCredentials(ctx, s, list, policy);
    if (n == QLatin1String("ssh"))
        return checkSshCredentials(ctx, s, list, policy);
    if (n == QLatin1String("mqtt"))
        return checkMqttCredentials(ctx, s, list, policy);
    return {};
}

} // namespace ab::probe
