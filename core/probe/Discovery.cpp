#include "core/probe/Discovery.h"

#include "core/probe/Conn.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QUrl>
#include <QUuid>
#include <QXmlStreamReader>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <optional>

namespace ab::probe
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::Discovery)
};

Error bad(const QString &what)
{
    return makeError(ErrorCode::BadInput, what);
}

QStringList words(const QString &text)
{
    QStringList out = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (out.size() > kWsdMaxItems)
        out.resize(kWsdMaxItems);
    return out;
}

// "onvif://www.onvif.org/<kind>/<value>" -> value, percent-decoded; empty when another kind.
QString onvifScope(const QString &scope, QLatin1String kind)
{
    const QString prefix = QStringLiteral("onvif://www.onvif.org/") + kind + QLatin1Char('/');
    if (!scope.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    return QUrl::fromPercentEncoding(scope.mid(prefix.size()).toUtf8()).trimmed();
}
} // namespace

Result<WsDiscoveryReply> parseProbeMatches(const QByteArray &xml)
{
    if (xml.size() > kDiscoveryMaxBytes)
        return bad(Tr::tr("The WS-Discovery reply is larger than %1 bytes.").arg(kDiscoveryMaxBytes));
    QXmlStreamReader r(xml);
    WsDiscoveryReply out;
    bool sawProbeMatches = false;
    std::optional<WsDiscoveryMatch> cur;
    bool inReference = false;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType t = r.readNext();
        if (t == QXmlStreamReader::DTD || t == QXmlStreamReader::EntityReference)
            return bad(Tr::tr("The WS-Discovery reply carries a document type declaration; refused."));
        if (t == QXmlStreamReader::EndElement) {
            if (r.name() == QLatin1String("ProbeMatch") && cur) {
                for (const QString &s : std::as_const(cur->scopes)) {
                    if (const QString v = onvifScope(s, QLatin1String("name")); !v.isEmpty() && cur->name.isEmpty())
                        cur->name = v;
                    if (const QString v = onvifScope(s, QLatin1String("hardware")); !v.isEmpty() && cur->hardware.isEmpty())
                        cur->hardware = v;
                    if (const QString v = onvifScope(s, QLatin1String("location")); !v.isEmpty())
                        cur->location += (cur->location.isEmpty() ? QString() : QStringLiteral(", ")) + v;
                }
                out.matches.append(*cur);
                cur.reset();
            } else if (r.name() == QLatin1String("EndpointReference")) {
                inReference = false;
            }
            continue;
        }
        if (t != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = r.name();
        if (name == QLatin1String("ProbeMatches")) {
            sawProbeMatches = true;
        } else if (name == QLatin1String("RelatesTo")) {
            out.relatesTo = r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == QLatin1String("ProbeMatch")) {
            if (!sawProbeMatches || cur)
                return bad(Tr::tr("The WS-Discovery reply is malformed (a ProbeMatch out of place)."));
            if (out.matches.size() >= kWsdMaxMatches)
                return bad(Tr::tr("The WS-Discovery reply holds more than %1 matches.").arg(kWsdMaxMatches));
            cur.emplace();
        } else if (cur) {
            if (name == QLatin1String("EndpointReference"))
                inReference = true;
            else if (name == QLatin1String("Address") && inReference)
                cur->endpointReference = r.readElementText(QXmlStreamReader::SkipChildElements).trimmed().left(512);
            else if (name == QLatin1String("Types"))
                cur->types += words(r.readElementText(QXmlStreamReader::SkipChildElements));
            else if (name == QLatin1String("Scopes"))
                cur->scopes += words(r.readElementText(QXmlStreamReader::SkipChildElements));
            else if (name == QLatin1String("XAddrs"))
                cur->xaddrs += words(r.readElementText(QXmlStreamReader::SkipChildElements));
            else if (name == QLatin1String("MetadataVersion")) {
                bool ok = false;
                const int v = r.readElementText(QXmlStreamReader::SkipChildElements).trimmed().toInt(&ok);
                cur->metadataVersion = ok ? v : -1;
            }
            for (QStringList *l : {&cur->types, &cur->scopes, &cur->xaddrs})
                if (l->size() > kWsdMaxItems)
                    l->resize(kWsdMaxItems);
        }
    }
    if (r.hasError())
        return bad(Tr::tr("The WS-Discovery reply is not well-formed XML: %1").arg(r.errorString()));
    if (!sawProbeMatches)
        return bad(Tr::tr("The reply is not a WS-Discovery ProbeMatches message."));
    return out;
}

QByteArray wsDiscoveryProbe(const QString &messageId)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                             "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\""
                             " xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\""
                             " xmlns:d=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\""
                             " xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\">"
                             "<s:Header>"
                             "<a:Action s:mustUnderstand=\"1\">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>"
                             "<a:MessageID>") +
           messageId.toHtmlEscaped().toUtf8() +
           QByteArrayLiteral("</a:MessageID>"
                             "<a:ReplyTo><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>"
                             "<a:To s:mustUnderstand=\"1\">urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To>"
                             "</s:Header>"
                             "<s:Body><d:Probe><d:Types>dn:NetworkVideoTransmitter</d:Types></d:Probe></s:Body>"
                             "</s:Envelope>");
}

Result<SsdpResponse> parseSsdpResponse(const QByteArray &datagram)
{
    if (datagram.size() > kDiscoveryMaxBytes)
        return bad(Tr::tr("The SSDP reply is larger than %1 bytes.").arg(kDiscoveryMaxBytes));
    const QList<QByteArray> lines = datagram.split('\n');
    auto line = [&](qsizetype i) {
        QByteArray l = lines.at(i);
        if (l.endsWith('\r'))
            l.chop(1);
        return l;
    };
    SsdpResponse out;
    const QByteArray first = line(0);
    if (first.startsWith("HTTP/1.")) {
        const QList<QByteArray> parts = first.split(' ');
        bool ok = false;
        const int status = parts.size() >= 2 && parts.at(1).size() == 3 ? parts.at(1).toInt(&ok) : 0;
        if (!ok || status < 100 || status > 599)
            return bad(Tr::tr("The SSDP reply has no valid status line."));
        out.status = status;
    } else if (first == "NOTIFY * HTTP/1.1" || first == "NOTIFY * HTTP/1.0") {
        out.method = QStringLiteral("NOTIFY");
    } else {
        return bad(Tr::tr("The reply is not an SSDP message."));
    }
    int count = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray l = line(i);
        if (l.isEmpty())
            break;
        if (++count > kSsdpMaxHeaders)
            return bad(Tr::tr("The SSDP reply has more than %1 headers.").arg(kSsdpMaxHeaders));
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue; // not a header: ignored, but counted
        const QString name = QString::fromLatin1(l.left(colon)).trimmed().toUpper();
        const QString value = QString::fromUtf8(l.mid(colon + 1)).trimmed().left(1024);
        out.headers.append({name, value});
        if (name == QLatin1String("SERVER"))
            out.server = value;
        else if (name == QLatin1String("LOCATION"))
            out.location = value;
        else if (name == QLatin1String("ST") || (name == QLatin1String("NT") && out.st.isEmpty()))
            out.st = value;
        else if (name == QLatin1String("USN"))
            out.usn = value;
    }
    return out;
}

QByteArray ssdpMSearch(const QString &host, quint16 port, const QString &searchTarget, int mx)
{
    return "M-SEARCH * HTTP/1.1\r\nHOST: " + host.toLatin1() + ':' + QByteArray::number(port) +
           "\r\nMAN: \"ssdp:discover\"\r\nMX: " + QByteArray::number(qBound(1, mx, 5)) + "\r\nST: " + searchTarget.toLatin1() +
           "\r\nUSER-AGENT: AuditBench/1 UPnP/1.1\r\n\r\n";
}

namespace
{

// Replies from one device to a Probe -> services (one per distinct endpoint reference).
void addWsdServices(ProbeOutcome &out, const Endpoint &at, const QList<QByteArray> &replies, const QString &messageId, Transcript t)
{
    QList<WsDiscoveryMatch> matches;
    QStringList seen;
    for (const QByteArray &d : replies) {
        auto r = parseProbeMatches(d);
        if (!r) {
            t.note(QStringLiteral("ignored reply: ") + r.error().message);
            continue;
        }
        if (r->relatesTo != messageId)
            t.note(QStringLiteral("reply relates to \"%1\", not to our probe").arg(r->relatesTo.left(100)));
        for (const WsDiscoveryMatch &m : std::as_const(r->matches)) {
            const QString key = m.endpointReference.isEmpty() ? m.xaddrs.join(QLatin1Char(' ')) : m.endpointReference;
            if (seen.contains(key))
                continue;
            seen.append(key);
            matches.append(m);
        }
    }
    const int ti = out.addTranscript(std::move(t));
    for (const WsDiscoveryMatch &m : std::as_const(matches)) {
        Service s;
        s.endpoint = at;
        s.transport = QStringLiteral("udp");
        s.name = QStringLiteral("ws-discovery");
        s.product = m.name.isEmpty() ? m.hardware : m.name;
        if (!m.hardware.isEmpty() && !s.product.contains(m.hardware))
            s.product += QLatin1Char(' ') + m.hardware;
        s.product = s.product.left(256);
        s.banner = m.types.join(QLatin1Char(' ')).left(256);
        s.facts.insert(QStringLiteral("endpointReference"), m.endpointReference);
        s.facts.insert(QStringLiteral("types"), m.types);
        s.facts.insert(QStringLiteral("scopes"), m.scopes);
        s.facts.insert(QStringLiteral("xaddrs"), m.xaddrs);
        if (!m.name.isEmpty())
            s.facts.insert(QStringLiteral("name"), m.name);
        if (!m.hardware.isEmpty())
            s.facts.insert(QStringLiteral("hardware"), m.hardware);
        if (!m.location.isEmpty())
            s.facts.insert(QStringLiteral("location"), m.location);
        if (m.metadataVersion >= 0)
            s.facts.insert(QStringLiteral("metadataVersion"), m.metadataVersion);
        s.transcripts = {ti};
        out.services.append(s);
    }
}

// Replies from one device to an M-SEARCH -> one "ssdp" service and the ssdp-open check.
void addSsdpService(ProbeOutcome &out, const Endpoint &at, const QList<QByteArray> &replies, Transcript t)
{
    QList<SsdpResponse> ok;
    for (const QByteArray &d : replies) {
        auto r = parseSsdpResponse(d);
        if (!r) {
            t.note(QStringLiteral("ignored reply: ") + r.error().message);
            continue;
        }
        if (r->status != 200) {
            t.note(QStringLiteral("ignored reply with status %1").arg(r->status));
            continue;
        }
        ok.append(*r);
    }
    const int ti = out.addTranscript(std::move(t));
    if (ok.isEmpty())
        return;
    Service s;
    s.endpoint = at;
    s.transport = QStringLiteral("udp");
    s.name = QStringLiteral("ssdp");
    QStringList locations, targets, usns;
    for (const SsdpResponse &r : std::as_const(ok)) {
        if (s.product.isEmpty() && !r.server.isEmpty())
            s.product = r.server.left(256);
        if (!r.location.isEmpty() && !locations.contains(r.location))
            locations.append(r.location);
        if (!r.st.isEmpty() && !targets.contains(r.st))
            targets.append(r.st);
        if (!r.usn.isEmpty() && !usns.contains(r.usn))
            usns.append(r.usn);
    }
    s.banner = s.product;
    if (!s.product.isEmpty())
        s.facts.insert(QStringLiteral("server"), s.product);
    s.facts.insert(QStringLiteral("location"), locations);
    s.facts.insert(QStringLiteral("st"), targets);
    s.facts.insert(QStringLiteral("usn"), usns);
    s.transcripts = {ti};
    out.services.append(s);

    Observation o;
    o.check = QStringLiteral("ssdp-open");
    o.severity = Severity::Low;
    o.endpoint = at;
    o.title = QStringLiteral("SSDP (UPnP discovery) answers on %1").arg(at.toString());
    o.detail = QStringLiteral("The device answers an SSDP M-SEARCH on UDP port %1").arg(at.port);
    if (!s.product.isEmpty())
        o.detail += QStringLiteral("; SERVER: %1").arg(s.product);
    if (!locations.isEmpty())
        o.detail += QStringLiteral("; LOCATION: %1").arg(locations.join(QStringLiteral(", ")).left(512));
    o.detail +=
        QStringLiteral(". UPnP announces the device's model and services to anyone on the network and may expose control interfaces.");
    o.remediation = QStringLiteral(
        "Disable UPnP/SSDP on the device unless it is needed, and make sure UDP 1900 is never reachable from outside the local network.");
    o.transcripts = {ti};
    out.observations.append(o);
}

Transcript newTranscript(const QString &protocol, const Endpoint &to)
{
    Transcript t;
    t.protocol = protocol;
    t.transport = QStringLiteral("udp");
    t.endpoint = to;
    t.started = QDateTime::currentDateTimeUtc();
    return t;
}

QString newMessageId()
{
    return QStringLiteral("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<ProbeOutcome> probeWsDiscovery(ProbeContext &ctx, const Endpoint &to, int timeoutMs)
{
    const QString id = newMessageId();
    Transcript t = newTranscript(QStringLiteral("ws-discovery"), to);
    auto replies = udpExchange(ctx, to, wsDiscoveryProbe(id), &t, timeoutMs, 4);
    if (!replies)
        return replies.error();
    ProbeOutcome out;
    if (replies->isEmpty())
        t.note(QStringLiteral("no answer"));
    addWsdServices(out, to, *replies, id, std::move(t));
    return out;
}

Result<ProbeOutcome> probeSsdp(ProbeContext &ctx, const Endpoint &to, int timeoutMs)
{
    Transcript t = newTranscript(QStringLiteral("ssdp"), to);
    auto replies = udpExchange(ctx, to, ssdpMSearch(to.address.toString(), to.port), &t, timeoutMs, 8);
    if (!replies)
        return replies.error();
    ProbeOutcome out;
    if (replies->isEmpty())
        t.note(QStringLiteral("no answer"));
    addSsdpService(out, to, *replies, std::move(t));
    return out;
}

bool isDiscoveryGroup(const QHostAddress &address)
{
    return address == QHostAddress(QString::fromLatin1(kDiscoveryGroup));
}

bool scopeNamesDiscoveryGroup(const Scope &scope)
{
    const QHostAddress group(QString::fromLatin1(kDiscoveryGroup));
    for (const ScopeEntry &e : scope.entries())
        if (e.hostName.isEmpty() && e.net.first == group && e.net.second == 32 && (e.containsPort(3702) || e.containsPort(1900)))
            return true;
    return false;
}

Result<ProbeOutcome> discoverMulticast(ProbeContext &ctx, int timeoutMs, MulticastSummary *summary)
{
    const QHostAddress group(QString::fromLatin1(kDiscoveryGroup));
    const Endpoint wsd{group, 3702};
    const Endpoint ssdp{group, 1900};
    const QString id = newMessageId();
    // One socket per protocol, so a reply is attributed to the request it
    // came back to, whatever it looks like.
    struct Channel {
        Endpoint to;
        QByteArray payload;
        int fd = -1;
        struct Source {
            Endpoint at;
            QList<QByteArray> replies;
        };
        QList<Source> sources;
    };
    QList<Channel> channels;
    for (const Endpoint &e : {wsd, ssdp}) {
        if (!ctx.gate().allows(e.address, e.port)) {
            ctx.gate().recordRefusal(e);
            continue;
        }
        channels.append({e, e.port == 3702 ? wsDiscoveryProbe(id) : ssdpMSearch(group.toString(), 1900), -1, {}});
    }
    if (channels.isEmpty())
        return outOfScope(wsd);

    struct Closer {
        QList<Channel> &channels;
        ~Closer()
        {
            for (const Channel &c : std::as_const(channels))
                if (c.fd >= 0)
                    ::close(c.fd);
        }
    } closer{channels};
    for (Channel &c : channels) {
        c.fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (c.fd < 0)
            return makeError(ErrorCode::Io, Tr::tr("Cannot open a UDP socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        const unsigned char ttl = 1; // never past the local segment
        ::setsockopt(c.fd, IPPROTO_IP, IP_MULTICAST_TTL, &ttl, sizeof ttl);
    }
    for (const Channel &c : std::as_const(channels)) {
        if (!ctx.rate().acquire(ctx.cancelFlag()))
            return makeError(ErrorCode::Cancelled, Tr::tr("Probing was stopped."));
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(c.to.port);
        sin.sin_addr.s_addr = htonl(group.toIPv4Address());
        if (::sendto(c.fd, c.payload.constData(), size_t(c.payload.size()), 0, reinterpret_cast<sockaddr *>(&sin), sizeof sin) < 0)
            return makeError(ErrorCode::Io, Tr::tr("Multicast discovery to %1 failed: %2. Check that the network interface is up and has a "
                                                   "multicast route.")
                                                .arg(c.to.toString(), QString::fromLocal8Bit(std::strerror(errno))));
        if (summary)
            summary->sentTo.append(c.to.toString());
    }

    // Replies per in-scope source; a datagram from outside the scope is
    // discarded by a zero-length read once its sender is known: its bytes
    // are never copied out of the kernel, let alone parsed.
    int dropped = 0, kept = 0, received = 0;
    QElapsedTimer clock;
    clock.start();
    QByteArray buf(int(kDiscoveryMaxBytes) + 1, Qt::Uninitialized);
    // Caps: 256 replies kept in all; discarding is cheap, so a flood from
    // outside the scope can not end the wait for the devices inside it early.
    while (kept < 256 && received < 65536) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            break;
        QList<pollfd> fds;
        for (const Channel &c : std::as_const(channels))
            fds.append({c.fd, POLLIN, 0});
        if (ctx.cancelFd() >= 0)
            fds.append({ctx.cancelFd(), POLLIN, 0});
        const int r = ::poll(fds.data(), nfds_t(fds.size()), int(qMin<qint64>(left, 100)));
        if (ctx.cancelled())
            return makeError(ErrorCode::Cancelled, Tr::tr("Probing was stopped."));
        if (r <= 0)
            continue;
        for (qsizetype ci = 0; ci < channels.size(); ++ci) {
            if (!(fds[ci].revents & POLLIN))
                continue;
            Channel &c = channels[ci];
            sockaddr_storage ss{};
            socklen_t len = sizeof ss;
            if (::recvfrom(c.fd, nullptr, 0, MSG_PEEK, reinterpret_cast<sockaddr *>(&ss), &len) < 0)
                continue;
            ++received;
            const QHostAddress src(reinterpret_cast<const sockaddr *>(&ss));
            if (!ctx.gate().allows(src)) {
                [[maybe_unused]] const auto discarded = ::recv(c.fd, nullptr, 0, 0);
                ++dropped;
                continue;
            }
            const ssize_t n = ::recv(c.fd, buf.data(), size_t(buf.size()), MSG_TRUNC);
            if (n < 0)
                continue;
            ++kept;
            // A datagram larger than the parsers take is kept cut; the parser refuses it.
            const QByteArray d = buf.left(int(qMin<qint64>(n, buf.size())));
            const Endpoint at{src, c.to.port};
            qsizetype i = 0;
            while (i < c.sources.size() && !(c.sources[i].at == at))
                ++i;
            if (i == c.sources.size())
                c.sources.append({at, {}});
            if (c.sources[i].replies.size() < 16)
                c.sources[i].replies.append(d);
        }
    }
    if (summary) {
        summary->repliesInScope += kept;
        summary->droppedOutOfScope += dropped;
    }
    ProbeOutcome out;
    for (const Channel &c : std::as_const(channels)) {
        const bool isWsd = c.to.port == 3702;
        for (const Channel::Source &f : c.sources) {
            Transcript t = newTranscript(isWsd ? QStringLiteral("ws-discovery") : QStringLiteral("ssdp"), f.at);
            t.note(QStringLiteral("multicast request to %1 (TTL 1)").arg(c.to.toString()));
            t.sent(c.payload);
            for (const QByteArray &d : f.replies)
                t.received(d);
            if (dropped > 0)
                t.note(QStringLiteral("%1 replies from outside the scope were dropped unread").arg(dropped));
            if (isWsd)
                addWsdServices(out, f.at, f.replies, id, std::move(t));
            else
                addSsdpService(out, f.at, f.replies, std::move(t));
        }
    }
    return out;
}

} // namespace ab::probe
