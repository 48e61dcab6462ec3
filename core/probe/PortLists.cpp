#include "core/probe/PortLists.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace ab::probe
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::PortLists)
};

// Camera / NVR / IoT focused: what an inspection of a video surveillance
// network meets. TCP only (WS-Discovery 3702, SSDP 1900, SNMP 161 and
// Dahua's 37778 are UDP and are probed by their own steps).
constexpr quint16 kCamera[] = {
    21,    // FTP: firmware upload and snapshot upload on DVRs
    22,    // SSH
    23,    // Telnet: busybox shells on many IP cameras (Mirai's door)
    80,    // HTTP web UI
    81,    // HTTP alternative: port-forwarded web UIs of NVRs
    82,    // HTTP alternative
    83,    // HTTP alternative
    84,    // HTTP alternative
    85,    // HTTP alternative
    88,    // HTTP alternative used by several IPC brands
    443,   // HTTPS web UI
    554,   // RTSP video streams
    1883,  // MQTT (IoT hubs, cloud connectors)
    1935,  // RTMP streaming
    2000,  // DVR control / Cisco SCCP
    2020,  // ONVIF on TP-Link Tapo cameras
    5000,  // HTTP on Synology Surveillance Station and UPnP devices
    5060,  // SIP over TCP (GB/T 28181 video platforms)
    6668,  // Tuya smart devices' local protocol
    7001,  // HTTP / streaming alternative on some NVRs
    7547,  // TR-069 CWMP on gateways and routers
    8000,  // Hikvision SDK / iVMS server port
    8001,  // HTTP alternative
    8008,  // HTTP alternative
    8080,  // HTTP alternative
    8081,  // HTTP alternative
    8086,  // HTTP alternative on NVR port-forwards
    8088,  // HTTP alternative
    8089,  // HTTP alternative
    8443,  // HTTPS alternative
    8554,  // RTSP alternative
    8800,  // HTTP alternative
    8883,  // MQTT over TLS
    8899,  // ONVIF on many XiongMai-based and generic IPCs
    9000,  // Reolink client protocol / media port
    9010,  // HTTP alternative on some DVRs
    9527,  // XiongMai debug console
    9999,  // TP-Link Kasa smart-home protocol
    10554, // RTSP alternative (port-forwarded)
    34567, // XiongMai / XMEye DVR protocol
    37777, // Dahua private protocol (TCP)
    49152, // UPnP description server (libupnp / miniupnpd)
};

// nmap's 100 most frequent TCP ports, in nmap's order (most frequent first).
// Derived from nmap 7.93's /usr/share/nmap/nmap-services with
//   grep -v '^#' nmap-services | awk '$2 ~ /\/tcp$/ {split($2,a,"/"); print $3, a[1]}' |
//     sort -k1,1gr -k2,2n | head -100
// and checked equal to the "services" of `nmap -sT --top-ports 100 -oX -`.
constexpr quint16 kTop100[] = {
    80,   23,   443,   21,   22,   25,   3389,  110,  445,   139,  143,   53,    135,  3306,  8080, 1723, 111,  995,  993,   5900,
    1025, 587,  8888,  199,  1720, 465,  548,   113,  81,    6001, 10000, 514,   5060, 179,   1026, 2000, 8443, 8000, 32768, 554,
    26,   1433, 49152, 2001, 515,  8008, 49154, 1027, 5666,  646,  5000,  5631,  631,  49153, 8081, 2049, 88,   79,   5800,  106,
    2121, 1110, 49155, 6000, 513,  990,  5357,  427,  49156, 543,  544,   5101,  144,  7,     389,  8009, 3128, 444,  9999,  5009,
    7070, 5190, 3000,  5432, 1900, 3986, 13,    1029, 9,     5051, 6646,  49157, 1028, 873,   1755, 2717, 4899, 9100, 119,   37,
};
static_assert(std::size(kTop100) == 100);

template <std::size_t N> QList<quint16> toList(const quint16 (&a)[N])
{
    return QList<quint16>(std::begin(a), std::end(a));
}

bool parsePort(QStringView s, int &out)
{
    if (s.isEmpty() || s.size() > 5)
        return false;
    int v = 0;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    if (v < 1 || v > 65535)
        return false;
    out = v;
    return true;
}
} // namespace

QList<quint16> cameraPorts()
{
    return toList(kCamera);
}
QList<quint16> top100Ports()
{
    return toList(kTop100);
}

QList<quint16> allPorts()
{
    QList<quint16> out;
    out.reserve(65535);
    for (int p = 1; p <= 65535; ++p)
        out.append(quint16(p));
    return out;
}

QStringList portListNames()
{
    return {QStringLiteral("camera"), QStringLiteral("top100"), QStringLiteral("all")};
}

Result<QList<quint16>> parsePortList(const QString &spec)
{
    const QString text = spec.trimmed();
    if (text == QLatin1String("camera"))
        return cameraPorts();
    if (text == QLatin1String("top100"))
        return top100Ports();
    if (text == QLatin1String("all"))
        return allPorts();
    if (text.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("The port list is empty; give ports such as 80,443,8000-8100 or camera, top100, all."));
    QList<quint16> out;
    QList<bool> seen(65536, false);
    const auto items = QStringView(text).split(QLatin1Char(','));
    for (QStringView raw : items) {
        const QStringView item = raw.trimmed();
        const qsizetype dash = item.indexOf(QLatin1Char('-'));
        int lo = 0;
        int hi = 0;
        bool ok = false;
        if (dash < 0) {
            ok = parsePort(item, lo);
            hi = lo;
        } else {
            ok = parsePort(item.left(dash).trimmed(), lo) && parsePort(item.mid(dash + 1).trimmed(), hi) && lo <= hi;
        }
        if (!ok)
            return makeError(ErrorCode::Usage,
                             Tr::tr("\"%1\" is not a port or port range (1-65535, e.g. 80,443,8000-8100).").arg(item.toString()));
        for (int p = lo; p <= hi; ++p) {
            if (!seen[p]) {
                seen[p] = true;
                out.append(quint16(p));
            }
        }
    }
    return out;
}

QString portListToString(QList<quint16> ports)
{
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    QStringList parts;
    for (qsizetype i = 0; i < ports.size();) {
        qsizetype j = i;
        while (j + 1 < ports.size() && ports[j + 1] == ports[j] + 1)
            ++j;
        parts.append(j == i ? QString::number(ports[i]) : QString::number(ports[i]) + QLatin1Char('-') + QString::number(ports[j]));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace ab::probe
