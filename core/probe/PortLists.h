#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace ab::probe
{

// TCP port lists for the sweep. A spec is either a named list ("camera",
// "top100", "all") or ports and inclusive ranges: "80,443,8000-8100".
// Parsed strictly (1-65535, no empty items, low <= high); duplicates are
// dropped and the first occurrence's order kept. Errors: ErrorCode::Usage.
Result<QList<quint16>> parsePortList(const QString &spec);

// The named lists.
QList<quint16> cameraPorts(); // camera / NVR / IoT focused default (~40 TCP ports)
QList<quint16> top100Ports(); // nmap's 100 most frequent TCP ports
QList<quint16> allPorts();    // 1-65535
QStringList portListNames();  // "camera", "top100", "all"

// "80,443,8000-8100": the compact form of a port list (sorted, ranges merged).
QString portListToString(QList<quint16> ports);

} // namespace ab::probe
