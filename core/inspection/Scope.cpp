#include "core/inspection/Scope.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::Scope)
};

// QHostAddress also takes inet_aton shorthands ("10.0.0" is 10.0.0.0,
// "167772161" is 10.0.0.1); a scope must mean exactly what was typed, so an
// IPv4 address is accepted only as four decimal octets.
bool strictIPv4(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i)
        if (m.captured(i).toInt() > 255)
            return false;
    return true;
}

bool parsePorts(const QString &text, QList<QPair<int, int>> &out)
{
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QStringList range = part.split(QLatin1Char('-'));
        if (range.size() > 2)
            return false;
        bool ok1 = false, ok2 = false;
        const int lo = range[0].trimmed().toInt(&ok1);
        const int hi = range.size() == 2 ? range[1].trimmed().toInt(&ok2) : lo;
        if (!ok1 || (range.size() == 2 && !ok2) || lo < 1 || hi > 65535 || lo > hi)
            return false;
        out.append({lo, hi});
    }
    return !out.isEmpty();
}
} // namespace

bool ScopeEntry::containsAddress(const QHostAddress &address) const
{
    if (!hostName.isEmpty())
        return false; // names are resolved and checked by the probe layer
    return address.isInSubnet(net);
}

bool ScopeEntry::containsPort(int port) const
{
    if (ports.isEmpty())
        return true;
    for (const auto &r : ports)
        if (port >= r.first && port <= r.second)
            return true;
    return false;
}

Result<ScopeEntry> Scope::parseEntry(const QString &input)
{
    const QString text = input.trimmed();
    ScopeEntry e;
    QString target = text;
    QString ports;
    // "[v6]:ports", "v4:ports", "name:ports"; a bare IPv6 address has several colons.
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return makeError(ErrorCode::Usage, Tr::tr("Scope entry \"%1\" has an unclosed '['.").arg(text));
        target = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return makeError(ErrorCode::Usage, Tr::tr("Scope entry \"%1\" is not CIDR, HOST or HOST:PORTS.").arg(text));
            ports = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        target = text.section(QLatin1Char(':'), 0, 0);
        ports = text.section(QLatin1Char(':'), 1);
    }
    if (target.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("Scope entry is empty."));
    if (!ports.isEmpty() || text.endsWith(QLatin1Char(':'))) {
        if (!parsePorts(ports, e.ports))
            return makeError(ErrorCode::Usage, Tr::tr("Scope entry \"%1\" has an invalid port list (use e.g. 80,443,8000-8100).").arg(text));
    }
    QString canonicalTarget;
    const bool v6Target = target.contains(QLatin1Char(':'));
    if (target.contains(QLatin1Char('/'))) {
        e.net = QHostAddress::parseSubnet(target);
        if (e.net.first.isNull() || (!v6Target && !strictIPv4(target.section(QLatin1Char('/'), 0, 0))))
            return makeError(ErrorCode::Usage, Tr::tr("Scope entry \"%1\" is not a valid CIDR block.").arg(text));
        canonicalTarget = e.net.first.toString() + QLatin1Char('/') + QString::number(e.net.second);
    } else {
        QHostAddress addr;
        // A name never ends in an all-numeric label (RFC 3696), so
        // "256.1.1.1" or "10.0.0.1.5" is a mistyped address, not a host.
        static const QRegularExpression numericTail(QStringLiteral("(^|\\.)[0-9]+$"));
        if (!v6Target && target.contains(numericTail) && !strictIPv4(target))
            return makeError(ErrorCode::Usage, Tr::tr("Scope entry \"%1\" is not a valid IPv4 address (use four numbers 0-255).").arg(text));
        if (addr.setAddress(target)) {
            e.net = {addr, addr.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
            canonicalTarget = addr.toString();
        } else {
            static const QRegularExpression hostRe(QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
            if (!hostRe.match(target).hasMatch())
                return makeError(ErrorCode::Usage, Tr::tr("Scope entry \"%1\" is neither an address, a CIDR block nor a host name.").arg(text));
            e.hostName = target.toLower();
            canonicalTarget = e.hostName;
        }
    }
    const bool v6 = canonicalTarget.contains(QLatin1Char(':'));
    e.text = ports.isEmpty() ? canonicalTarget
                             : (v6 ? QLatin1Char('[') + canonicalTarget + QLatin1Char(']') : canonicalTarget) + QLatin1Char(':') + ports.remove(QLatin1Char(' '));
    return e;
}

Result<Scope> Scope::parse(const QStringList &entries)
{
    Scope s;
    for (const QString &text : entries) {
        auto e = parseEntry(text);
        if (!e)
            return e.error();
        s.m_entries.append(std::move(e).value());
    }
    return s;
}

QStringList Scope::toStringList() const
{
    QStringList out;
    for (const auto &e : m_entries)
        out.append(e.text);
    return out;
}

bool Scope::allows(const QHostAddress &address, int port) const
{
    for (const auto &e : m_entries)
        if (e.containsAddress(address) && (port < 0 || e.containsPort(port)))
            return true;
    return false;
}

} // namespace ab
