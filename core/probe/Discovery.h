#pragma once

#include "core/probe/ProbeContext.h"
#include "core/probe/ProbeTypes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ab::probe
{

// WS-Discovery (ONVIF device discovery, SOAP over UDP 3702) and SSDP (UPnP,
// UDP 1900). The parsers are pure functions over one datagram, capped:
// more than kDiscoveryMaxBytes, more than kSsdpMaxHeaders headers, a DTD or
// more than kWsdMaxMatches matches are refused as ErrorCode::BadInput.
inline constexpr qsizetype kDiscoveryMaxBytes = 64 * 1024;
inline constexpr int kSsdpMaxHeaders = 64;
inline constexpr int kWsdMaxMatches = 32;
inline constexpr int kWsdMaxItems = 128; // types, scopes or XAddrs per match

struct WsDiscoveryMatch {
    QString endpointReference; // e.g. "urn:uuid:..."
    QStringList types;         // as sent, e.g. "dn:NetworkVideoTransmitter", "tds:Device"
    QStringList scopes;        // e.g. "onvif://www.onvif.org/name/HIKVISION%20DS-2CD2142FWD-I"
    QStringList xaddrs;        // device service URLs (may name addresses outside the scope: not probed from here)
    int metadataVersion = -1;
    // From the onvif:// scopes, percent-decoded; several location scopes are joined with ", ".
    QString name;
    QString hardware;
    QString location;
};

struct WsDiscoveryReply {
    QString relatesTo; // the MessageID of the Probe this answers
    QList<WsDiscoveryMatch> matches;
};

// A ProbeMatches message -> its matches. Not a ProbeMatches: BadInput.
Result<WsDiscoveryReply> parseProbeMatches(const QByteArray &xml);

// A Probe for dn:NetworkVideoTransmitter with the given MessageID ("uuid:...").
QByteArray wsDiscoveryProbe(const QString &messageId);

struct SsdpResponse {
    int status = 0; // 200 for a search reply; 0 for a NOTIFY
    QString method; // "NOTIFY" for an announcement, else empty
    QString server;
    QString location;
    QString st; // search target (NT for a NOTIFY)
    QString usn;
    QList<QPair<QString, QString>> headers; // all of them, in order, names upper-cased
};

// One SSDP datagram (an HTTP-over-UDP search reply, or a NOTIFY) -> fields.
Result<SsdpResponse> parseSsdpResponse(const QByteArray &datagram);

// An M-SEARCH for `searchTarget` addressed to host:port (a unicast device or the group).
QByteArray ssdpMSearch(const QString &host, quint16 port, const QString &searchTarget = QStringLiteral("ssdp:all"), int mx = 1);

// Unicast WS-Discovery Probe to one endpoint (normally port 3702) through
// udpExchange(): a "ws-discovery" Service (transport "udp") per answer,
// product from the name/hardware scopes, facts types/scopes/xaddrs/name/
// hardware/location. No answer: an empty outcome with its transcript.
Result<ProbeOutcome> probeWsDiscovery(ProbeContext &ctx, const Endpoint &to, int timeoutMs = 1500);

// Unicast SSDP M-SEARCH to one endpoint (normally port 1900): an "ssdp"
// Service (product/banner = SERVER, facts location/st/usn) and the check
// "ssdp-open" (Severity::Low) when it answers.
Result<ProbeOutcome> probeSsdp(ProbeContext &ctx, const Endpoint &to, int timeoutMs = 1500);

// Multicast discovery: the Probe to 239.255.255.250:3702 and the M-SEARCH to
// 239.255.255.250:1900, each sent ONLY when the scope gate allows that group
// and port (the scope must name it explicitly), with TTL 1; replies from
// sources outside the scope are dropped unread. Neither allowed:
// ErrorCode::Usage, nothing sent. Never used by the tests.
Result<ProbeOutcome> discoverMulticast(ProbeContext &ctx, int timeoutMs = 3000);

} // namespace ab::probe
