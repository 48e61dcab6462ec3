#pragma once

#include "core/util/Result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace ab {

// One authorised target: an address, a CIDR block or a host name, with an
// optional port list. Parsed strictly, because it decides what may be probed.
struct ScopeEntry {
    QString text;                   // normalised form, as stored
    QPair<QHostAddress, int> net;   // address and prefix length (null when a host name)
    QString hostName;               // set when the target is a name
    QList<QPair<int, int>> ports;   // inclusive ranges; empty = every port

    bool containsAddress(const QHostAddress &address) const;
    bool containsPort(int port) const;
};

class Scope final {
public:
    static Result<ScopeEntry> parseEntry(const QString &text);
    static Result<Scope> parse(const QStringList &entries);

    const QList<ScopeEntry> &entries() const { return m_entries; }
    QStringList toStringList() const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    // True when the address (and port, if >= 0) lies inside some entry.
    bool allows(const QHostAddress &address, int port = -1) const;

private:
    QList<ScopeEntry> m_entries;
};

} // namespace ab
