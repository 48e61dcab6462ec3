#include "core/catalog/Catalog.h"

#include "core/crypto/Hash.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ab::catalog {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::catalog::Catalog)
};

const QStringList Kinds{QStringLiteral("interview"), QStringLiteral("document"), QStringLiteral("probe")};
const QStringList Severities{QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("info")};
const QStringList Regimes{QStringLiteral("cn-miit"), QStringLiteral("vn-mic")};
const QStringList EvidenceKinds{QStringLiteral("document"), QStringLiteral("photo"), QStringLiteral("note"), QStringLiteral("transcript")};
const QStringList CatalogNames{QStringLiteral("max_level"), QStringLiteral("min_level"), QStringLiteral("system_count"),
                               QStringLiteral("regime")};
} // namespace

QString L10n::text(const QString &lang) const
{
    if (lang == QLatin1String("zh_CN") && !zh_CN.isEmpty())
        return zh_CN;
    if (lang == QLatin1String("vi") && !vi.isEmpty())
        return vi;
    return en;
}

QString answerTypeName(AnswerType type)
{
    switch (type) {
    case AnswerType::Compliance:
        return QStringLiteral("compliance");
    case AnswerType::YesNo:
        return QStringLiteral("yesno");
    case AnswerType::Text:
        return QStringLiteral("text");
    case AnswerType::Number:
        return QStringLiteral("number");
    case AnswerType::Date:
        return QStringLiteral("date");
    case AnswerType::Choice:
        return QStringLiteral("choice");
    case AnswerType::MultiChoice:
        return QStringLiteral("multichoice");
    }
    return {};
}

// Walks the JSON and stops at the first fault, naming the file, the item and
// the field, so whoever wrote the catalog can go straight to it.
class CatalogParser final {
public:
    CatalogParser(QString source) : m_source(std::move(source)) {}

    Result<Catalog> parse(const QByteArray &json)
    {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError)
            return fail(Tr::tr("%1: not valid JSON at byte %2 (%3).").arg(m_source).arg(pe.offset).arg(pe.errorString()));
        if (!doc.isObject())
            return fail(Tr::tr("%1: a catalog must be a JSON object.").arg(m_source));
        const QJsonObject o = doc.object();
        Catalog c;
        c.m_json = json;
        if (o.value(QStringLiteral("format")).toString() != QLatin1String(Catalog::Format))
            return topError(QStringLiteral("format"), Tr::tr("must be \"%1\"").arg(QLatin1String(Catalog::Format)));
        c.m_id = o.value(QStringLiteral("id")).toString();
        static const QRegularExpression idRe(QStringLiteral("^[a-z0-9-]{1,64}$"));
        if (!idRe.match(c.m_id).hasMatch())
            return topError(QStringLiteral("id"), Tr::tr("must be lower-case letters, digits and '-'"));
        c.m_version = o.value(QStringLiteral("version")).toString();
        if (c.m_version.trimmed().isEmpty())
            return topError(QStringLiteral("version"), Tr::tr("must not be empty"));
        c.m_regime = o.value(QStringLiteral("regime")).toString();
        if (!Regimes.contains(c.m_regime))
            return topError(QStringLiteral("regime"), Tr::tr("must be cn-miit or vn-mic"));
        if (!l10n(o.value(QStringLiteral("title")), c.m_title))
            return topError(QStringLiteral("title"), m_why);
        if (auto r = parseSources(o.value(QStringLiteral("sources")), c); !r)
            return r.error();
        if (auto r = parseSections(o.value(QStringLiteral("sections")), c); !r)
            return r.error();
        if (auto r = parseScoring(o.value(QStringLiteral("scoring")), c); !r)
            return r.error();
        if (auto r = parseItems(o.value(QStringLiteral("items")), c); !r)
            return r.error();
        if (auto r = checkReferences(c); !r)
            return r.error();
        return c;
    }

private:
    Error fail(const QString &message) const { return makeError(ErrorCode::BadInput, message); }
    Error topError(const QString &field, const QString &why) const
    {
        return fail(Tr::tr("%1: field '%2' %3.").arg(m_source, field, why));
    }
    Error itemError(const QString &item, const QString &field, const QString &why) const
    {
        return fail(Tr::tr("%1: item %2, field '%3' %4.").arg(m_source, item, field, why));
    }

    bool l10n(const QJsonValue &v, L10n &out)
    {
        if (!v.isObject()) {
            m_why = Tr::tr("must be an object with en, zh_CN and vi texts");
            return false;
        }
        const QJsonObject o = v.toObject();
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("vi")}) {
            if (o.value(lang).toString().trimmed().isEmpty()) {
                m_why = Tr::tr("has no %1 text").arg(lang);
                return false;
            }
        }
        out = {o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("zh_CN")).toString(), o.value(QStringLiteral("vi")).toString()};
        return true;
    }

    Result<void> parseSources(const QJsonValue &v, Catalog &c)
    {
        if (!v.isArray() || v.toArray().isEmpty())
            return topError(QStringLiteral("sources"), Tr::tr("must be a non-empty array"));
        QSet<QString> seen;
        for (const QJsonValue &x : v.toArray()) {
            const QJsonObject o = x.toObject();
            Source s;
            s.id = o.value(QStringLiteral("id")).toString();
            if (s.id.isEmpty() || seen.contains(s.id))
                return topError(QStringLiteral("sources"), s.id.isEmpty() ? Tr::tr("has a source without an id")
                                                                          : Tr::tr("has the id %1 twice").arg(s.id));
            seen.insert(s.id);
            if (!l10n(o.value(QStringLiteral("title")), s.title))
                return topError(QStringLiteral("sources[%1].title").arg(s.id), m_why);
            if (!o.value(QStringLiteral("verified")).isBool())
                return topError(QStringLiteral("sources[%1].verified").arg(s.id), Tr::tr("must be true or false"));
            s.verified = o.value(QStringLiteral("verified")).toBool();
            c.m_sources.append(s);
        }
        return {};
    }

    Result<void> parseSections(const QJsonValue &v, Catalog &c)
    {
        if (!v.isArray() || v.toArray().isEmpty())
            return topError(QStringLiteral("sections"), Tr::tr("must be a non-empty array"));
        QSet<QString> seen;
        for (const QJsonValue &x : v.toArray()) {
            const QJsonObject o = x.toObject();
            Section s;
            s.id = o.value(QStringLiteral("id")).toString();
            if (s.id.isEmpty() || seen.contains(s.id))
                return topError(QStringLiteral("sections"), s.id.isEmpty() ? Tr::tr("has a section without an id")
                                                                           : Tr::tr("has the id %1 twice").arg(s.id));
            seen.insert(s.id);
            if (!l10n(o.value(QStringLiteral("title")), s.title))
                return topError(QStringLiteral("sections[%1].title").arg(s.id), m_why);
            c.m_sections.append(s);
        }
        return {};
    }

    Result<void> parseScoring(const QJsonValue &v, Catalog &c)
    {
        const QJsonObject o = v.toObject();
        if (!v.isObject())
            return topError(QStringLiteral("scoring"), Tr::tr("must be an object"));
        c.m_scoring.scale = o.value(QStringLiteral("scale")).toDouble(-1);
        if (c.m_scoring.scale <= 0)
            return topError(QStringLiteral("scoring.scale"), Tr::tr("must be a number greater than 0"));
        const QJsonObject values = o.value(QStringLiteral("values")).toObject();
        for (const QString &k : {QStringLiteral("compliant"), QStringLiteral("partial"), QStringLiteral("noncompliant")}) {
            const double d = values.value(k).toDouble(-1);
            if (d < 0 || d > 1)
                return topError(QStringLiteral("scoring.values.%1").arg(k), Tr::tr("must be a number from 0 to 1"));
            c.m_scoring.values.insert(k, d);
        }
        const QJsonObject ded = o.value(QStringLiteral("deductions")).toObject();
        for (const QString &k : Severities) {
            const double d = ded.value(k).toDouble(-1);
            if (d < 0)
                return topError(QStringLiteral("scoring.deductions.%1").arg(k), Tr::tr("must be a number of 0 or more"));
            c.m_scoring.deductions.insert(k, d);
        }
        const QJsonValue counters = o.value(QStringLiteral("counters"));
        if (!counters.isUndefined() && !counters.isArray())
            return topError(QStringLiteral("scoring.counters"), Tr::tr("must be an array"));
        for (const QJsonValue &cv : counters.toArray()) {
            const QJsonObject co = cv.toObject();
            Counter counter;
            counter.id = co.value(QStringLiteral("id")).toString();
            static const QRegularExpression counterRe(QStringLiteral("^[a-z0-9_]{1,64}$"));
            if (!counterRe.match(counter.id).hasMatch()
                || std::any_of(c.m_scoring.counters.cbegin(), c.m_scoring.counters.cend(), [&](const Counter &x) { return x.id == counter.id; }))
                return topError(QStringLiteral("scoring.counters"), Tr::tr("has a missing, malformed or repeated id '%1'").arg(counter.id));
            if (!l10n(co.value(QStringLiteral("title")), counter.title))
                return topError(QStringLiteral("scoring.counters[%1].title").arg(counter.id), m_why);
            for (const QJsonValue &iv : co.value(QStringLiteral("items")).toArray())
                counter.items.append(iv.toString());
            if (counter.items.isEmpty())
                return topError(QStringLiteral("scoring.counters[%1].items").arg(counter.id), Tr::tr("must list at least one item"));
            c.m_scoring.counters.append(counter);
        }
        c.m_scoring.partialDeduction = o.value(QStringLiteral("partial_deduction")).toDouble(-1);
        if (c.m_scoring.partialDeduction < 0 || c.m_scoring.partialDeduction > 1)
            return topError(QStringLiteral("scoring.partial_deduction"), Tr::tr("must be a number from 0 to 1"));
        return {};
    }

    Result<std::optional<Expression>> expression(const QJsonObject &o, const QString &item, const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return std::optional<Expression>();
        if (!v.isString())
            return itemError(item, field, Tr::tr("must be an expression in a string"));
        auto e = Expression::parse(v.toString());
        if (!e)
            return itemError(item, field, Tr::tr("is not a valid expression: %1").arg(e.error().message));
        QStringList allowed = CatalogNames;
        if (field == QLatin1String("compliant_if"))
            allowed.append(QStringLiteral("value"));
        for (const QString &name : e->referencedNames())
            if (!allowed.contains(name))
                return itemError(item, field, Tr::tr("uses the unknown name '%1'").arg(name));
        return std::optional<Expression>(std::move(e).value());
    }

    Result<void> parseItems(const QJsonValue &v, Catalog &c)
    {
        if (!v.isArray() || v.toArray().isEmpty())
            return topError(QStringLiteral("items"), Tr::tr("must be a non-empty array"));
        static const QRegularExpression itemRe(QStringLiteral("^[A-Z]{2,5}-[0-9]{2,3}[A-Z0-9-]*$"));
        static const QRegularExpression choiceRe(QStringLiteral("^[a-z0-9-]{1,64}$"));
        static const QMap<QString, AnswerType> types{
            {QStringLiteral("compliance"), AnswerType::Compliance}, {QStringLiteral("yesno"), AnswerType::YesNo},
            {QStringLiteral("text"), AnswerType::Text},             {QStringLiteral("number"), AnswerType::Number},
            {QStringLiteral("date"), AnswerType::Date},             {QStringLiteral("choice"), AnswerType::Choice},
            {QStringLiteral("multichoice"), AnswerType::MultiChoice}};
        int n = 0;
        for (const QJsonValue &x : v.toArray()) {
            ++n;
            const QJsonObject o = x.toObject();
            Item it;
            it.id = o.value(QStringLiteral("id")).toString();
            const QString name = it.id.isEmpty() ? QStringLiteral("#%1").arg(n) : it.id;
            if (!itemRe.match(it.id).hasMatch())
                return itemError(name, QStringLiteral("id"), Tr::tr("must look like INT-04"));
            if (c.m_index.contains(it.id))
                return itemError(name, QStringLiteral("id"), Tr::tr("is used by two items"));
            it.section = o.value(QStringLiteral("section")).toString();
            if (!c.section(it.section))
                return itemError(name, QStringLiteral("section"), Tr::tr("names no section of this catalog"));
            it.kind = o.value(QStringLiteral("kind")).toString();
            if (!Kinds.contains(it.kind))
                return itemError(name, QStringLiteral("kind"), Tr::tr("must be interview, document or probe"));
            for (const auto &[field, target] : {std::pair{QStringLiteral("text"), &it.text}, std::pair{QStringLiteral("guidance"), &it.guidance},
                                                std::pair{QStringLiteral("remediation"), &it.remediation}})
                if (!l10n(o.value(field), *target))
                    return itemError(name, field, m_why);
            const QJsonArray clauses = o.value(QStringLiteral("clauses")).toArray();
            if (clauses.isEmpty())
                return itemError(name, QStringLiteral("clauses"), Tr::tr("must list at least one clause"));
            for (const QJsonValue &cv : clauses) {
                const QJsonObject co = cv.toObject();
                Clause cl{co.value(QStringLiteral("source")).toString(), co.value(QStringLiteral("ref")).toString(),
                          co.value(QStringLiteral("verified")).toBool(true)};
                if (!c.source(cl.source))
                    return itemError(name, QStringLiteral("clauses"), Tr::tr("cites the unknown source '%1'").arg(cl.source));
                if (!co.value(QStringLiteral("verified")).isBool())
                    return itemError(name, QStringLiteral("clauses"), Tr::tr("needs verified: true or false on every clause"));
                it.clauses.append(cl);
            }
            const QJsonObject answer = o.value(QStringLiteral("answer")).toObject();
            const QString type = answer.value(QStringLiteral("type")).toString();
            if (!types.contains(type))
                return itemError(name, QStringLiteral("answer.type"), Tr::tr("must be one of %1").arg(types.keys().join(QStringLiteral(", "))));
            it.answerType = types.value(type);
            if (it.answerType == AnswerType::Choice || it.answerType == AnswerType::MultiChoice) {
                const QJsonArray choices = answer.value(QStringLiteral("choices")).toArray();
                if (choices.size() < 2)
                    return itemError(name, QStringLiteral("answer.choices"), Tr::tr("must offer at least two choices"));
                QSet<QString> ids;
                for (const QJsonValue &chv : choices) {
                    Choice ch;
                    ch.id = chv.toObject().value(QStringLiteral("id")).toString();
                    if (!choiceRe.match(ch.id).hasMatch() || ids.contains(ch.id))
                        return itemError(name, QStringLiteral("answer.choices"), Tr::tr("has a missing, malformed or repeated id '%1'").arg(ch.id));
                    ids.insert(ch.id);
                    if (!l10n(chv.toObject().value(QStringLiteral("label")), ch.label))
                        return itemError(name, QStringLiteral("answer.choices[%1].label").arg(ch.id), m_why);
                    it.choices.append(ch);
                }
            }
            auto applies = expression(o, name, QStringLiteral("applies"));
            auto relevant = expression(o, name, QStringLiteral("relevant_if"));
            auto compliant = expression(o, name, QStringLiteral("compliant_if"));
            if (!applies)
                return applies.error();
            if (!relevant)
                return relevant.error();
            if (!compliant)
                return compliant.error();
            it.applies = *applies;
            it.relevantIf = *relevant;
            it.compliantIf = *compliant;
            if (it.answerType == AnswerType::Compliance && it.compliantIf)
                return itemError(name, QStringLiteral("compliant_if"), Tr::tr("makes no sense for a compliance answer"));
            for (const QJsonValue &ev : o.value(QStringLiteral("evidence")).toArray()) {
                if (!EvidenceKinds.contains(ev.toString()))
                    return itemError(name, QStringLiteral("evidence"), Tr::tr("lists the unknown evidence kind '%1'").arg(ev.toString()));
                it.evidence.append(ev.toString());
            }
            it.weight = o.value(QStringLiteral("weight")).toDouble(-1);
            if (!(it.weight > 0) || it.weight > 1000)
                return itemError(name, QStringLiteral("weight"), Tr::tr("must be a number greater than 0"));
            it.severity = o.value(QStringLiteral("severity")).toString();
            if (!Severities.contains(it.severity))
                return itemError(name, QStringLiteral("severity"), Tr::tr("must be high, medium, low or info"));
            for (const QJsonValue &ck : o.value(QStringLiteral("checks")).toArray())
                it.checks.append(ck.toString());
            if (it.kind == QLatin1String("probe") && it.checks.isEmpty())
                return itemError(name, QStringLiteral("checks"), Tr::tr("must name the probe checks that answer a probe item"));
            it.requiresAuthorisation = o.value(QStringLiteral("requires_authorisation")).toBool(false);
            c.m_index.insert(it.id, c.m_items.size());
            c.m_items.append(std::move(it));
        }
        return {};
    }

    // Every answer() names an item that exists, and skip logic never loops.
    Result<void> checkReferences(const Catalog &c)
    {
        for (const Counter &counter : c.scoring().counters)
            for (const QString &id : counter.items)
                if (!c.item(id))
                    return topError(QStringLiteral("scoring.counters[%1].items").arg(counter.id),
                                    Tr::tr("names the item %1, which does not exist").arg(id));
        QMap<QString, QStringList> edges;
        for (const Item &it : c.items()) {
            for (const auto &[field, e] : {std::pair{QStringLiteral("applies"), &it.applies}, std::pair{QStringLiteral("relevant_if"), &it.relevantIf},
                                           std::pair{QStringLiteral("compliant_if"), &it.compliantIf}}) {
                if (!e->has_value())
                    continue;
                for (const QString &ref : (*e)->referencedItems()) {
                    if (!c.item(ref))
                        return itemError(it.id, field, Tr::tr("refers to the item %1, which does not exist").arg(ref));
                    if (ref == it.id)
                        return itemError(it.id, field, Tr::tr("refers to the item itself"));
                    edges[it.id].append(ref);
                }
            }
        }
        // Depth-first search for a cycle: 0 unvisited, 1 on the path, 2 done.
        QMap<QString, int> state;
        QStringList path;
        std::function<std::optional<QStringList>(const QString &)> visit = [&](const QString &id) -> std::optional<QStringList> {
            state[id] = 1;
            path.append(id);
            for (const QString &next : edges.value(id)) {
                if (state.value(next) == 1) {
                    QStringList cycle = path.mid(path.indexOf(next));
                    cycle.append(next);
                    return cycle;
                }
                if (state.value(next) == 0)
                    if (auto c = visit(next))
                        return c;
            }
            path.removeLast();
            state[id] = 2;
            return std::nullopt;
        };
        for (const Item &it : c.items())
            if (state.value(it.id) == 0)
                if (auto cycle = visit(it.id))
                    return itemError(cycle->first(), QStringLiteral("relevant_if"),
                                     Tr::tr("is part of a cycle of references: %1").arg(cycle->join(QStringLiteral(" → "))));
        return {};
    }

    QString m_source;
    QString m_why;
};

Result<Catalog> Catalog::parse(const QByteArray &json, const QString &sourceName)
{
    if (json.size() > 16 * 1024 * 1024)
        return makeError(ErrorCode::BadInput, Tr::tr("%1: a catalog larger than 16 MiB is refused.").arg(sourceName));
    return CatalogParser(sourceName).parse(json);
}

Result<Catalog> Catalog::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, Tr::tr("Cannot read the catalog %1: %2.").arg(path, f.errorString()));
    if (f.size() > 16 * 1024 * 1024)
        return makeError(ErrorCode::BadInput, Tr::tr("%1: a catalog larger than 16 MiB is refused.").arg(path));
    return parse(f.readAll(), path);
}

QStringList Catalog::shippedIds()
{
    return {QStringLiteral("cn-miit"), QStringLiteral("vn-mic")};
}

Result<Catalog> Catalog::shipped(const QString &id)
{
    if (!shippedIds().contains(id))
        return makeError(ErrorCode::BadInput, Tr::tr("There is no shipped catalog \"%1\" (shipped: %2).").arg(id, shippedIds().join(QStringLiteral(", "))));
    return load(QStringLiteral(":/catalogs/%1.json").arg(id));
}

Result<Catalog> Catalog::resolve(const QString &idOrPath)
{
    if (shippedIds().contains(idOrPath))
        return shipped(idOrPath);
    return load(idOrPath);
}

const Item *Catalog::item(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_items.at(*it);
}

const Section *Catalog::section(const QString &id) const
{
    for (const Section &s : m_sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Source *Catalog::source(const QString &id) const
{
    for (const Source &s : m_sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString Catalog::sha256() const
{
    return QString::fromLatin1(crypto::Sha256::hashHex(m_json));
}

} // namespace ab::catalog
