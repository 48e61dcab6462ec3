#pragma once

#include "core/probe/ProbeTypes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ab::probe
{

// nmap's XML output (-oX), imported as evidence and assets. Pure parsing, no
// network. The file comes from elsewhere, so it is hostile input: no DTD or
// entity expansion, sizes and element counts capped, every string bounded.

struct NmapScript {
    QString id;
    QString output; // cut at NmapLimits::maxScriptOutput
};

struct NmapPort {
    QString protocol; // "tcp" | "udp" | "sctp"
    quint16 port = 0;
    QString state; // "open", "closed", "filtered", "open|filtered", ...
    QString reason;
    QString serviceName;
    QString product;
    QString version;
    QString extraInfo;
    QString tunnel; // "ssl" when nmap saw TLS under the service
    QString method; // "probed" | "table"
    QStringList cpe;
    QList<NmapScript> scripts;
};

struct NmapAddress {
    QString address;
    QString type;   // "ipv4" | "ipv6" | "mac"
    QString vendor; // MAC vendor, when nmap knows it
};

struct NmapHost {
    QString status; // "up" | "down" | "unknown"
    QString statusReason;
    QList<NmapAddress> addresses;
    QStringList hostnames;
    QList<NmapPort> ports;
    QList<NmapScript> hostScripts;
    QString ipAddress() const; // the first ipv4/ipv6 address, or empty
    QString macAddress() const;
    QString macVendor() const;
};

struct NmapScan {
    QString scanner;   // "nmap"
    QString version;   // "7.93"
    QString args;      // the command line nmap recorded
    QDateTime started; // UTC
    QDateTime finished;
    QList<NmapHost> hosts;
    bool scriptsTruncated = false; // some script output was cut
};

struct NmapLimits {
    qint64 maxBytes = 256LL * 1024 * 1024;
    qint64 maxElements = 5'000'000;
    int maxHosts = 65536;
    int maxPortsPerHost = 70000; // tcp + udp
    int maxScriptsPerPort = 64;
    int maxScriptOutput = 16 * 1024;
    int maxAttributeChars = 64 * 1024; // any one attribute value
    int maxDepth = 64;
};

// Errors name the line and column. A DOCTYPE is accepted only when it
// declares nothing (nmap writes a bare <!DOCTYPE nmaprun>); entity
// declarations are refused.
Result<NmapScan> parseNmapXml(const QByteArray &xml, const NmapLimits &limits = {});

// The open ports of hosts that are up, as probe Services: name from nmap's
// service name ("https" when nmap saw an ssl tunnel under http), product,
// version, banner "product version (extrainfo)", facts "nmap.*" (service,
// method, extrainfo, cpe, reason, tunnel, script.<id>).
QList<Service> toServices(const NmapScan &scan);

} // namespace ab::probe
