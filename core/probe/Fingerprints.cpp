#include "core/probe/Fingerprints.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace ab::probe
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::Fingerprints)
};

constexpr int MaxPatternChars = 512;
constexpr int MaxTextChars = 4000;
constexpr int MaxListItems = 64;
// Values a rule looks at are already capped by the probes; this bounds a
// regular expression's work on anything a user file might point at.
constexpr int MaxValueChars = 4096;

const QRegularExpression::PatternOptions PatternFlags =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Where a rule is in its file, for error messages.
struct Where {
    QString file;
    QString rule; // id or "#n"
    Error error(const QString &field, const QString &what) const
    {
        return makeError(ErrorCode::BadInput, Tr::tr("%1: rule %2, field \"%3\": %4").arg(file, rule, field, what));
    }
};

Result<QRegularExpression> regex(const Where &w, const QString &field, const QJsonValue &v, int captures = -1)
{
    if (!v.isString() || v.toString().isEmpty())
        return w.error(field, Tr::tr("must be a non-empty string."));
    const QString p = v.toString();
    if (p.size() > MaxPatternChars)
        return w.error(field, Tr::tr("pattern longer than %1 characters.").arg(MaxPatternChars));
    QRegularExpression re(p, PatternFlags);
    if (!re.isValid())
        return w.error(field, Tr::tr("invalid regular expression (%1 at offset %2).").arg(re.errorString()).arg(re.patternErrorOffset()));
    if (captures >= 0 && re.captureCount() != captures)
        return w.error(field, Tr::tr("needs exactly %1 capture group(s), has %2.").arg(captures).arg(re.captureCount()));
    re.optimize();
    return re;
}

Result<QString> source(const Where &w, const QString &field, const QJsonValue &v)
{
    if (!v.isString() || !fingerprintSources().contains(v.toString()))
        return w.error(field, Tr::tr("must be one of: %1.").arg(fingerprintSources().join(QStringLiteral(", "))));
    return v.toString();
}

Result<FingerprintField> field(const Where &w, const QString &name, const QJsonValue &v)
{
    if (!v.isObject())
        return w.error(name, Tr::tr("must be an object with \"source\" and \"pattern\"."));
    const QJsonObject o = v.toObject();
    auto s = source(w, name + QStringLiteral(".source"), o.value(QStringLiteral("source")));
    if (!s)
        return s.error();
    auto re = regex(w, name + QStringLiteral(".pattern"), o.value(QStringLiteral("pattern")));
    if (!re)
        return re.error();
    return FingerprintField{*s, *re};
}

Result<VersionCondition> versionCondition(const Where &w, const QString &name, const QJsonValue &v)
{
    if (!v.isObject())
        return w.error(name, Tr::tr("must be an object (or an array of objects)."));
    const QJsonObject o = v.toObject();
    VersionCondition c;
    auto s = source(w, name + QStringLiteral(".field"), o.value(QStringLiteral("field")));
    if (!s)
        return s.error();
    c.field = *s;
    auto re = regex(w, name + QStringLiteral(".extract"), o.value(QStringLiteral("extract")), 1);
    if (!re)
        return re.error();
    c.extract = *re;
    for (const auto &[key, target] : {std::pair{QStringLiteral("below"), &c.below}, std::pair{QStringLiteral("at_least"), &c.atLeast}}) {
        const QJsonValue b = o.value(key);
        if (b.isUndefined())
            continue;
        if (!b.isString() || versionSegments(b.toString()).isEmpty())
            return w.error(name + QLatin1Char('.') + key, Tr::tr("must be a version string with at least one number."));
        *target = b.toString();
    }
    if (c.below.isEmpty() && c.atLeast.isEmpty())
        return w.error(name, Tr::tr("needs \"below\" and/or \"at_least\"."));
    if (!c.below.isEmpty() && !c.atLeast.isEmpty() && compareVersions(c.atLeast, c.below) >= 0)
        return w.error(name, Tr::tr("\"at_least\" must be lower than \"below\"."));
    return c;
}

Result<LocalizedText> localized(const Where &w, const QString &name, const QJsonValue &v)
{
    if (!v.isObject())
        return w.error(name, Tr::tr("must be an object with \"en\" (and optionally \"zh_CN\", \"vi\")."));
    const QJsonObject o = v.toObject();
    LocalizedText t;
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString *target = it.key() == QLatin1String("en")      ? &t.en
                          : it.key() == QLatin1String("zh_CN") ? &t.zh_CN
                          : it.key() == QLatin1String("vi")    ? &t.vi
                                                               : nullptr;
        if (!target)
            return w.error(name + QLatin1Char('.') + it.key(), Tr::tr("unknown language (use en, zh_CN, vi)."));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty() || it.value().toString().size() > MaxTextChars)
            return w.error(name + QLatin1Char('.') + it.key(),
                           Tr::tr("must be a non-empty string of at most %1 characters.").arg(MaxTextChars));
        *target = it.value().toString();
    }
    if (t.en.isEmpty())
        return w.error(name + QStringLiteral(".en"), Tr::tr("the English text is required."));
    return t;
}

Result<QStringList> stringList(const Where &w, const QString &name, const QJsonValue &v, const QRegularExpression &each, bool required)
{
    if (v.isUndefined() && !required)
        return QStringList();
    if (!v.isArray() || (required && v.toArray().isEmpty()) || v.toArray().size() > MaxListItems)
        return w.error(name, Tr::tr("must be an array of 1 to %1 strings.").arg(MaxListItems));
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        if (!s.isString() || !each.match(s.toString()).hasMatch())
            return w.error(name, Tr::tr("\"%1\" is not a valid entry.").arg(s.toString().left(80)));
        out.append(s.toString());
    }
    return out;
}

const QSet<QString> &knownRuleKeys()
{
    static const QSet<QString> keys{QStringLiteral("id"),         QStringLiteral("product"), QStringLiteral("match"),
                                    QStringLiteral("unless"),     QStringLiteral("cve"),     QStringLiteral("severity"),
                                    QStringLiteral("confidence"), QStringLiteral("title"),   QStringLiteral("remediation"),
                                    QStringLiteral("references"), QStringLiteral("notes")};
    return keys;
}

Result<FingerprintRule> parseRule(const QString &file, int index, const QJsonValue &v)
{
    Where w{file, QStringLiteral("#%1").arg(index)};
    if (!v.isObject())
        return w.error(QStringLiteral("rules"), Tr::tr("each rule must be an object."));
    const QJsonObject o = v.toObject();
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,99}$"));
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString() || !idRe.match(id.toString()).hasMatch())
        return w.error(QStringLiteral("id"), Tr::tr("must be 1-100 characters of a-z, 0-9, '.', '_', '-'."));
    FingerprintRule r;
    r.id = id.toString();
    r.file = file;
    w.rule = r.id;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!knownRuleKeys().contains(it.key()))
            return w.error(it.key(), Tr::tr("unknown field."));
    const QJsonValue product = o.value(QStringLiteral("product"));
    if (!product.isString() || product.toString().trimmed().isEmpty() || product.toString().size() > 200)
        return w.error(QStringLiteral("product"), Tr::tr("must be a non-empty string of at most 200 characters."));
    r.product = product.toString();

    const QJsonValue match = o.value(QStringLiteral("match"));
    if (!match.isObject())
        return w.error(QStringLiteral("match"), Tr::tr("must be an object."));
    const QJsonObject m = match.toObject();
    for (auto it = m.begin(); it != m.end(); ++it)
        if (it.key() != QLatin1String("source") && it.key() != QLatin1String("pattern") && it.key() != QLatin1String("version") &&
            it.key() != QLatin1String("and"))
            return w.error(QStringLiteral("match.") + it.key(), Tr::tr("unknown field."));
    auto f = field(w, QStringLiteral("match"),
                   QJsonObject{{QStringLiteral("source"), m.value(QStringLiteral("source"))},
                               {QStringLiteral("pattern"), m.value(QStringLiteral("pattern"))}});
    if (!f)
        return f.error();
    r.match = *f;
    const QJsonValue version = m.value(QStringLiteral("version"));
    if (version.isArray()) {
        const QJsonArray a = version.toArray();
        if (a.isEmpty() || a.size() > 8)
            return w.error(QStringLiteral("match.version"), Tr::tr("must hold 1 to 8 conditions."));
        for (const QJsonValue &c : a) {
            auto vc = versionCondition(w, QStringLiteral("match.version"), c);
            if (!vc)
                return vc.error();
            r.versions.append(*vc);
        }
    } else if (!version.isUndefined()) {
        auto vc = versionCondition(w, QStringLiteral("match.version"), version);
        if (!vc)
            return vc.error();
        r.versions.append(*vc);
    }
    const QJsonValue also = m.value(QStringLiteral("and"));
    if (!also.isUndefined()) {
        if (!also.isArray() || also.toArray().isEmpty() || also.toArray().size() > 8)
            return w.error(QStringLiteral("match.and"), Tr::tr("must be an array of 1 to 8 {\"source\", \"pattern\"} objects."));
        for (const QJsonValue &u : also.toArray()) {
            auto af = field(w, QStringLiteral("match.and"), u);
            if (!af)
                return af.error();
            r.also.append(*af);
        }
    }
    const QJsonValue unless = o.value(QStringLiteral("unless"));
    if (!unless.isUndefined()) {
        if (!unless.isArray() || unless.toArray().size() > MaxListItems)
            return w.error(QStringLiteral("unless"), Tr::tr("must be an array of {\"source\", \"pattern\"} objects."));
        for (const QJsonValue &u : unless.toArray()) {
            auto uf = field(w, QStringLiteral("unless"), u);
            if (!uf)
                return uf.error();
            r.unless.append(*uf);
        }
    }
    static const QRegularExpression cveRe(QStringLiteral("^CVE-\\d{4}-\\d{4,7}$"));
    auto cve = stringList(w, QStringLiteral("cve"), o.value(QStringLiteral("cve")), cveRe, true);
    if (!cve)
        return cve.error();
    r.cve = *cve;
    // Exactly the four names (severityFromName also takes aliases).
    const QString severity = o.value(QStringLiteral("severity")).toString();
    bool ok = false;
    r.severity = severityFromName(severity, &ok);
    if (!ok || severity != severityName(r.severity))
        return w.error(QStringLiteral("severity"), Tr::tr("must be one of info, low, medium, high."));
    const QString confidence = o.value(QStringLiteral("confidence")).toString();
    if (confidence != QLatin1String("version") && confidence != QLatin1String("banner"))
        return w.error(QStringLiteral("confidence"), Tr::tr("must be \"version\" or \"banner\"."));
    r.confidence = confidence;
    auto title = localized(w, QStringLiteral("title"), o.value(QStringLiteral("title")));
    if (!title)
        return title.error();
    r.title = *title;
    auto remediation = localized(w, QStringLiteral("remediation"), o.value(QStringLiteral("remediation")));
    if (!remediation)
        return remediation.error();
    r.remediation = *remediation;
    static const QRegularExpression urlRe(QStringLiteral("^https://[^\\s]{4,500}$"));
    auto refs = stringList(w, QStringLiteral("references"), o.value(QStringLiteral("references")), urlRe, true);
    if (!refs)
        return refs.error();
    r.references = *refs;
    const QJsonValue notes = o.value(QStringLiteral("notes"));
    if (!notes.isUndefined() && (!notes.isString() || notes.toString().size() > MaxTextChars))
        return w.error(QStringLiteral("notes"), Tr::tr("must be a string of at most %1 characters.").arg(MaxTextChars));
    return r;
}

bool conditionHolds(const VersionCondition &c, const Service &s, QString *found)
{
    const QString value = fingerprintSourceValue(s, c.field);
    if (value.isEmpty())
        return false;
    const QRegularExpressionMatch m = c.extract.match(value);
    if (!m.hasMatch() || m.captured(1).isEmpty())
        return false; // no version to compare: say nothing rather than guess
    const QString v = m.captured(1);
    if (versionSegments(v).isEmpty())
        return false;
    if (found)
        *found = v;
    if (!c.below.isEmpty() && compareVersions(v, c.below) >= 0)
        return false;
    if (!c.atLeast.isEmpty() && compareVersions(v, c.atLeast) < 0)
        return false;
    return true;
}
} // namespace

QString LocalizedText::text(const QString &language) const
{
    if (language.startsWith(QLatin1String("zh")) && !zh_CN.isEmpty())
        return zh_CN;
    if (language.startsWith(QLatin1String("vi")) && !vi.isEmpty())
        return vi;
    return en;
}

const QStringList &fingerprintSources()
{
    static const QStringList sources{
        QStringLiteral("http.server"),    QStringLiteral("http.title"),      QStringLiteral("banner"),
        QStringLiteral("onvif.firmware"), QStringLiteral("onvif.model"),     QStringLiteral("onvif.manufacturer"),
        QStringLiteral("snmp.sysdescr"),  QStringLiteral("ssh.banner"),      QStringLiteral("ftp.banner"),
        QStringLiteral("rtsp.server"),    QStringLiteral("service.product"), QStringLiteral("service.version"),
        QStringLiteral("service.name")};
    return sources;
}

QString fingerprintSourceValue(const Service &s, const QString &source)
{
    QString v;
    if (source == QLatin1String("banner"))
        v = s.banner;
    else if (source == QLatin1String("service.product"))
        v = s.product;
    else if (source == QLatin1String("service.version"))
        v = s.version;
    else if (source == QLatin1String("service.name"))
        v = s.name;
    else
        v = s.facts.value(source).toString();
    return v.left(MaxValueChars);
}

QList<qint64> versionSegments(const QString &version)
{
    QList<qint64> out;
    const QString v = version.left(200);
    qsizetype i = 0;
    while (i < v.size() && !v.at(i).isDigit())
        ++i;
    auto tokenChar = [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
    };
    while (i < v.size() && tokenChar(v.at(i)) && out.size() < 12) {
        if (!v.at(i).isDigit()) {
            ++i;
            continue;
        }
        qint64 n = 0;
        int digits = 0;
        while (i < v.size() && v.at(i).isDigit()) {
            if (digits < 15) // longer numbers saturate: no overflow, still ordered
                n = n * 10 + v.at(i).digitValue();
            ++digits;
            ++i;
        }
        out.append(n);
    }
    return out;
}

int compareVersions(const QString &a, const QString &b)
{
    const QList<qint64> x = versionSegments(a);
    const QList<qint64> y = versionSegments(b);
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
        const qint64 p = i < x.size() ? x.at(i) : 0;
        const qint64 q = i < y.size() ? y.at(i) : 0;
        if (p != q)
            return p < q ? -1 : 1;
    }
    return 0;
}

// Qt's JSON reader takes an invalid escape such as "\d" as a plain "d";
// in a rule's pattern that silently turns "\d+" into "d+" and the rule
// never fires. JSON allows only \" \\ \/ \b \f \n \r \t \uXXXX: anything
// else is refused, naming the line.
static Result<void> strictEscapes(const QByteArray &json, const QString &source)
{
    bool inString = false;
    int line = 1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n')
            ++line;
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\') {
            const char n = i + 1 < json.size() ? json.at(i + 1) : '\0';
            if (!QByteArrayView("\"\\/bfnrtu").contains(n) || n == '\0')
                return makeError(ErrorCode::BadInput, Tr::tr("%1, line %2: invalid escape \"\\%3\" in a string; a backslash in a pattern is "
                                                             "written \\\\ in JSON (\"\\\\d+\" for \\d+).")
                                                          .arg(source)
                                                          .arg(line)
                                                          .arg(QChar::fromLatin1(n)));
            ++i; // the escaped character (an escaped quote does not end the string)
        }
    }
    return {};
}

Result<Fingerprints> Fingerprints::fromJson(const QByteArray &json, const QString &source)
{
    if (json.size() > MaxFileBytes)
        return makeError(ErrorCode::BadInput, Tr::tr("%1: fingerprint file larger than 4 MiB.").arg(source));
    if (auto r = strictEscapes(json, source); !r)
        return r.error();
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::BadInput, Tr::tr("%1: not a JSON object (%2).").arg(source, pe.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("auditbench-fingerprints"))
        return makeError(ErrorCode::BadInput, Tr::tr("%1: \"format\" must be \"auditbench-fingerprints\".").arg(source));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("%1: unsupported fingerprint format version (this program reads version 1).").arg(source));
    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isArray())
        return makeError(ErrorCode::BadInput, Tr::tr("%1: \"rules\" must be an array.").arg(source));
    const QJsonArray a = rules.toArray();
    if (a.size() > MaxRules)
        return makeError(ErrorCode::BadInput, Tr::tr("%1: more than %2 rules.").arg(source).arg(MaxRules));
    Fingerprints fp;
    for (int i = 0; i < a.size(); ++i) {
        auto r = parseRule(source, i + 1, a.at(i));
        if (!r)
            return r.error();
        if (fp.rule(r->id))
            return makeError(ErrorCode::BadInput, Tr::tr("%1: rule %2, field \"id\": duplicate id.").arg(source, r->id));
        fp.m_rules.append(std::move(*r));
    }
    return fp;
}

Result<Fingerprints> Fingerprints::loadBuiltIn()
{
    Fingerprints all;
    const QDir dir(QStringLiteral(":/fingerprints"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read the built-in fingerprint file %1.").arg(name));
        auto fp = fromJson(f.readAll(), name);
        if (!fp)
            return fp.error();
        if (auto r = all.append(*fp); !r)
            return r.error();
    }
    return all;
}

Result<Fingerprints> Fingerprints::load(const QString &userDir)
{
    auto all = loadBuiltIn();
    if (!all || userDir.isEmpty() || !QDir(userDir).exists())
        return all;
    const QDir dir(userDir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read the fingerprint file %1.").arg(f.fileName()));
        auto fp = fromJson(f.read(MaxFileBytes + 1), f.fileName());
        if (!fp)
            return fp.error();
        if (auto r = all->append(*fp); !r)
            return r.error();
    }
    return all;
}

Result<void> Fingerprints::append(const Fingerprints &other)
{
    if (m_rules.size() + other.m_rules.size() > MaxRules)
        return makeError(ErrorCode::BadInput, Tr::tr("More than %1 fingerprint rules in total.").arg(MaxRules));
    for (const FingerprintRule &r : other.m_rules)
        if (const FingerprintRule *mine = rule(r.id))
            return makeError(ErrorCode::BadInput,
                             Tr::tr("%1: rule %2, field \"id\": already defined in %3.").arg(r.file, r.id, mine->file));
    m_rules += other.m_rules;
    return {};
}

const FingerprintRule *Fingerprints::rule(const QString &id) const
{
    for (const FingerprintRule &r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

QList<Observation> matchFingerprints(const Fingerprints &fingerprints, const Service &service)
{
    QList<Observation> out;
    for (const FingerprintRule &r : fingerprints.rules()) {
        const QString value = fingerprintSourceValue(service, r.match.source);
        if (value.isEmpty() || !r.match.pattern.match(value).hasMatch())
            continue;
        const bool allAlso = std::all_of(r.also.cbegin(), r.also.cend(), [&](const FingerprintField &f) {
            const QString v = fingerprintSourceValue(service, f.source);
            return !v.isEmpty() && f.pattern.match(v).hasMatch();
        });
        if (!allAlso)
            continue;
        QStringList versions;
        bool holds = true;
        for (const VersionCondition &c : r.versions) {
            QString v;
            if (!conditionHolds(c, service, &v)) {
                holds = false;
                break;
            }
            versions.append(QStringLiteral("%1 %2").arg(c.field, v));
        }
        if (!holds)
            continue;
        bool fixed = false;
        for (const FingerprintField &u : r.unless) {
            const QString uv = fingerprintSourceValue(service, u.source);
            if (!uv.isEmpty() && u.pattern.match(uv).hasMatch()) {
                fixed = true;
                break;
            }
        }
        if (fixed)
            continue;
        Observation o;
        o.check = QStringLiteral("vulnerable-firmware");
        o.severity = r.severity;
        o.title = r.title.en;
        o.endpoint = service.endpoint;
        o.cve = r.cve.join(QStringLiteral(", "));
        o.remediation = r.remediation.en;
        QString detail = QStringLiteral("rule %1: %2 matched %3 \"%4\"").arg(r.id, r.product, r.match.source, value.left(200));
        if (!versions.isEmpty())
            detail += QStringLiteral("; version ") + versions.join(QStringLiteral(", "));
        detail += r.confidence == QLatin1String("version")
                      ? QStringLiteral("; confidence: version (a version-based finding: verify on the device)")
                      : QStringLiteral("; confidence: banner (the banner alone identifies it)");
        o.detail = detail;
        o.transcripts = service.transcripts;
        out.append(std::move(o));
    }
    return out;
}

} // namespace ab::probe
