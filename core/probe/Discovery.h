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

// The SSDP / WS-Discovery group.
inline constexpr const char *kDiscoveryGroup = "239.255.255.250";
bool isDiscoveryGroup(const QHostAddress &address);
// True when the scope names the group itself (an entry that is exactly
// 239.255.255.250, on all ports or on 1900 or 3702). A block that merely
// contains it (239.0.0.0/8, 0.0.0.0/0) does not count: multicast reaches
// whatever listens on the segment, so it must be authorised by name.
bool scopeNamesDiscoveryGroup(const Scope &scope);

// What a multicast discovery did, for the run's summary.
struct MulticastSummary {
    QStringList sentTo;        // "239.255.255.250:3702", "239.255.255.250:1900"
    int repliesInScope = 0;    // datagrams read from senders inside the scope
    int droppedOutOfScope = 0; // datagrams discarded without being read
};

// Multicast discovery: the Probe to 239.255.255.250:3702 and the M-SEARCH to
// 239.255.255.250:1900, each sent ONLY when the scope gate allows that group
// and port, with TTL 1; replies from sources outside the scope are dropped
// unread (a zero-length read once the sender is known). Each answering
// device becomes a "ws-discovery" or "ssdp" service (as for the unicast
// probes) with one transcript: the request and that device's replies.
// Neither port allowed: ErrorCode::Usage, nothing sent. The caller decides
// whether the scope names the group explicitly (scopeNamesDiscoveryGroup).
Result<ProbeOutcome> discoverMulticast(ProbeContext &ctx, int timeoutMs = 3000, MulticastSummary *summary = nullptr);

} // namespace ab::probe
