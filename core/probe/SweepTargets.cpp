#include "core/probe/Sweep.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace ab::probe
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::Sweep)
};

constexpr qint64 kMaxTargetAddresses = 65536;

Error badTarget(const QString &t)
{
    return makeError(ErrorCode::Usage,
                     Tr::tr("\"%1\" is not an IP address, CIDR block or IPv4 range (names are resolved before the sweep).").arg(t));
}

Error tooLarge(const QString &t, qint64 n)
{
    return makeError(ErrorCode::Usage,
                     Tr::tr("\"%1\" holds %2 addresses; one target may hold at most 65,536 (e.g. a /16). Split it.").arg(t).arg(n));
}

bool parseV4(const QString &s, quint32 &out)
{
    QHostAddress a;
    if (s.contains(QLatin1Char(':')) || !a.setAddress(s) || a.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    // QHostAddress accepts "10.1" and "167772161"; a target must be dotted quad.
    if (s.count(QLatin1Char('.')) != 3)
        return false;
    out = a.toIPv4Address();
    return true;
}

// One target -> addresses, appended to `out`.
Result<void> expandOne(const QString &t, QList<QHostAddress> &out)
{
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        QString addrText = t.left(slash);
        const QString prefixText = t.mid(slash + 1);
        bool ok = false;
        const int prefix = prefixText.toInt(&ok);
        if (!ok || prefixText.isEmpty() || !prefixText.at(0).isDigit())
            return badTarget(t);
        if (addrText.startsWith(QLatin1Char('[')) && addrText.endsWith(QLatin1Char(']')))
            addrText = addrText.mid(1, addrText.size() - 2);
        QHostAddress base;
        if (addrText.contains(QLatin1Char(':'))) {
            if (!base.setAddress(addrText) || base.protocol() != QAbstractSocket::IPv6Protocol || prefix < 0 || prefix > 128)
                return badTarget(t);
            const int hostBits = 128 - prefix;
            if (hostBits > 16)
                return tooLarge(t, hostBits >= 63 ? std::numeric_limits<qint64>::max() : (qint64(1) << hostBits));
            Q_IPV6ADDR a = base.toIPv6Address();
            // Clear the host bits (at most the last 16, i.e. bytes 14-15).
            const quint32 count = quint32(1) << hostBits;
            quint32 low = (quint32(a[14]) << 8) | a[15];
            low &= ~(count - 1) & 0xffffu;
            for (quint32 i = 0; i < count; ++i) {
                const quint32 v = low + i;
                a[14] = quint8(v >> 8);
                a[15] = quint8(v);
                out.append(QHostAddress(a));
            }
            return {};
        }
        quint32 v4 = 0;
        if (!parseV4(addrText, v4) || prefix < 0 || prefix > 32)
            return badTarget(t);
        const qint64 count = qint64(1) << (32 - prefix);
        if (count > kMaxTargetAddresses)
            return tooLarge(t, count);
        const quint32 net = prefix == 0 ? 0 : (v4 & (0xffffffffu << (32 - prefix)));
        // Network and broadcast addresses included, as nmap does.
        for (qint64 i = 0; i < count; ++i)
            out.append(QHostAddress(quint32(net + quint32(i))));
        return {};
    }
    const qsizetype dash = t.indexOf(QLatin1Char('-'));
    if (dash >= 0 && !t.contains(QLatin1Char(':'))) {
        quint32 lo = 0;
        quint32 hi = 0;
        if (!parseV4(t.left(dash), lo))
            return badTarget(t);
        const QString end = t.mid(dash + 1);
        if (end.contains(QLatin1Char('.'))) {
            if (!parseV4(end, hi))
                return badTarget(t);
        } else {
            bool ok = false;
            const int last = end.toInt(&ok);
            if (!ok || end.isEmpty() || !end.at(0).isDigit() || last < 0 || last > 255)
                return badTarget(t);
            hi = (lo & 0xffffff00u) | quint32(last);
        }
        if (hi < lo)
            return badTarget(t);
        const qint64 count = qint64(hi) - qint64(lo) + 1;
        if (count > kMaxTargetAddresses)
            return tooLarge(t, count);
        for (qint64 v = lo; v <= hi; ++v)
            out.append(QHostAddress(quint32(v)));
        return {};
    }
    QString a = t;
    if (a.startsWith(QLatin1Char('[')) && a.endsWith(QLatin1Char(']')))
        a = a.mid(1, a.size() - 2);
    QHostAddress addr;
    if (a.contains(QLatin1Char(':'))) {
        if (!addr.setAddress(a) || addr.protocol() != QAbstractSocket::IPv6Protocol)
            return badTarget(t);
    } else {
        quint32 v4 = 0;
        if (!parseV4(a, v4))
            return badTarget(t);
        addr = QHostAddress(v4);
    }
    out.append(addr);
    return {};
}
} // namespace

Result<QList<QHostAddress>> expandTargets(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    const QStringList targets = text.split(sep, Qt::SkipEmptyParts);
    if (targets.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("No target given; give addresses such as 192.168.1.10 or 192.168.1.0/24."));
    QList<QHostAddress> all;
    for (const QString &t : targets) {
        QList<QHostAddress> one;
        if (auto r = expandOne(t, one); !r)
            return r.error();
        all += one;
    }
    QList<QHostAddress> out;
    out.reserve(all.size());
    QSet<QHostAddress> seen;
    for (const QHostAddress &a : std::as_const(all))
        if (!seen.contains(a)) {
            seen.insert(a);
            out.append(a);
        }
    return out;
}

} // namespace ab::probe
