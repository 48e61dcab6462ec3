#pragma once
// Private helpers shared by the line probes (not part of the public API).

#include "core/probe/Conn.h"
#include "core/probe/ProbeTypes.h"
#include "core/probe/line/LineParsers.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace ab::probe::line {

inline Observation makeObservation(const QString &check, Severity severity, const QString &title, const QString &detail, const Endpoint &e,
                                   const QString &remediation, QList<int> transcripts)
{
    Observation o;
    o.check = check;
    o.severity = severity;
    o.title = title;
    o.detail = detail;
    o.endpoint = e;
    o.remediation = remediation;
    o.transcripts = std::move(transcripts);
    return o;
}

// "banner-version-disclosure" (low) when `banner` names a product version.
inline std::optional<Observation> disclosureObservation(const QString &serviceName, const QString &banner, const QString &disclosed,
                                                        const Endpoint &e, QList<int> transcripts)
{
    if (disclosed.isEmpty())
        return std::nullopt;
    return makeObservation(QStringLiteral("banner-version-disclosure"), Severity::Low,
                           QStringLiteral("%1 banner discloses the software version").arg(serviceName.toUpper()),
                           QStringLiteral("The %1 banner at %2 reads \"%3\", naming \"%4\"; this tells an attacker which known "
                                          "vulnerabilities to try.")
                               .arg(serviceName, e.toString(), banner.left(160), disclosed),
                           e, QStringLiteral("Configure the service not to announce its product and version, or disable it."),
                           std::move(transcripts));
}

// The vendor hint for CredentialList::forService: whatever the probe saw.
inline QString vendorHint(const Service &s) { return (s.product + QLatin1Char(' ') + s.banner).toLower(); }

inline QString clientNonce()
{
    return QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffull, 16);
}

// Milliseconds left until `total` has passed on `t` (never negative).
inline int remaining(const QElapsedTimer &t, int total) { return int(qMax<qint64>(0, total - t.elapsed())); }

} // namespace ab::probe::line
