#pragma once

#include "core/probe/ProbeTypes.h"
#include "core/util/Result.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ab::probe
{

// Vulnerability fingerprints are data: resources/fingerprints/*.json (built
// in, under :/fingerprints) plus any *.json in a user folder. The format is
// documented in docs/fingerprint-format.md. Matching is version-only and
// non-intrusive: it reads what the service probes already recorded.

// Text in the three report languages; "en" is required.
struct LocalizedText {
    QString en;
    QString zh_CN;
    QString vi;
    // The text for a language code ("zh_CN", "vi", "en"), English as fallback.
    QString text(const QString &language) const;
};

// Where a rule looks: a Service fact key ("http.server", "onvif.firmware",
// ...) or "banner" / "service.product" / "service.version" / "service.name".
struct FingerprintField {
    QString source;
    QRegularExpression pattern; // case-insensitive
};

// "The version taken from `field` by `extract` (one capture group) is
// >= atLeast and < below" (either bound may be empty, not both).
struct VersionCondition {
    QString field;
    QRegularExpression extract;
    QString below;
    QString atLeast;
};

struct FingerprintRule {
    QString id;
    QString product;
    FingerprintField match;
    QList<FingerprintField> also;     // further fields that must all match ("and")
    QList<VersionCondition> versions; // all must hold
    QList<FingerprintField> unless;   // any match means "fixed build" (e.g. a distro backport)
    QStringList cve;
    Severity severity = Severity::Medium;
    QString confidence; // "version": a version-based finding the inspector verifies
    LocalizedText title;
    LocalizedText remediation;
    QStringList references;
    QString file; // which file the rule came from
};

class Fingerprints final
{
public:
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
    static constexpr int MaxRules = 5000; // per file and in total

    // Strict: every error names the file, the rule and the field.
    static Result<Fingerprints> fromJson(const QByteArray &json, const QString &source);
    static Result<Fingerprints> loadBuiltIn();
    // Built-in rules plus every *.json in userDir (ids must stay unique).
    static Result<Fingerprints> load(const QString &userDir);

    Result<void> append(const Fingerprints &other);
    const QList<FingerprintRule> &rules() const { return m_rules; }
    const FingerprintRule *rule(const QString &id) const;

private:
    QList<FingerprintRule> m_rules;
};

// Every rule that matches the service, as "vulnerable-firmware" observations
// (severity from the rule, CVEs joined with ", ", English title and
// remediation; the detail starts with "rule <id>:" so the UI can look the
// rule up and translate).
QList<Observation> matchFingerprints(const Fingerprints &fingerprints, const Service &service);

// The value a rule source names in a service ("" when absent).
QString fingerprintSourceValue(const Service &service, const QString &source);
// The sources a rule may name.
const QStringList &fingerprintSources();

// Numeric segments of a version: the first run of [0-9A-Za-z._-] that starts
// with a digit, split into its digit groups. "V5.4.5 build 170124" -> 5,4,5;
// "9.2p1" -> 9,2,1; "1.4.69" -> 1,4,69. Empty when there is no digit.
QList<qint64> versionSegments(const QString &version);
// -1, 0, 1 comparing segment by segment (a missing segment counts as 0).
int compareVersions(const QString &a, const QString &b);

} // namespace ab::probe
