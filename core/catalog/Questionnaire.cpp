#include "core/catalog/Questionnaire.h"

#include "core/inspection/CatalogPin.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ab::catalog {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::catalog::Questionnaire)
};

const QStringList ComplianceValues{QStringLiteral("compliant"), QStringLiteral("partial"), QStringLiteral("noncompliant"),
                                   QStringLiteral("na")};

// JSON answer value -> expression value (null, bool, double, string, list).
QVariant toExpressionValue(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble();
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList list;
        for (const QJsonValue &x : v.toArray())
            list.append(x.toString());
        return list;
    }
    return {};
}
} // namespace

QString itemStateName(ItemState state)
{
    switch (state) {
    case ItemState::Pending:
        return QStringLiteral("pending");
    case ItemState::Answered:
        return QStringLiteral("answered");
    case ItemState::NotApplicable:
        return QStringLiteral("not_applicable");
    case ItemState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

Result<Questionnaire> Questionnaire::load(InspectionFile &file)
{
    auto pinned = CatalogPin(file).get();
    if (!pinned)
        return pinned.error();
    Result<Catalog> catalog = pinned->has_value() ? Catalog::parse((*pinned)->json, QStringLiteral("%1 %2").arg((*pinned)->id, (*pinned)->version))
                                                  : Catalog::shipped(file.meta().regime);
    if (!catalog)
        return catalog.error();
    Questionnaire q(file, std::move(catalog).value(), pinned->has_value());
    auto answers = AnswerStore(file).all();
    if (!answers)
        return answers.error();
    q.m_answers = std::move(answers).value();
    return q;
}

Expression::Context Questionnaire::context(const std::function<QVariant(const QString &)> &answerOf) const
{
    const InspectionMeta &meta = m_file->meta();
    int maxLevel = 0, minLevel = 0;
    for (const SystemInfo &s : meta.systems) {
        maxLevel = std::max(maxLevel, s.level);
        minLevel = minLevel == 0 ? s.level : std::min(minLevel, s.level);
    }
    Expression::Context ctx;
    ctx.variable = [=](const QString &name) -> std::optional<QVariant> {
        if (name == QLatin1String("max_level"))
            return double(maxLevel);
        if (name == QLatin1String("min_level"))
            return double(minLevel);
        if (name == QLatin1String("system_count"))
            return double(meta.systems.size());
        if (name == QLatin1String("regime"))
            return meta.regime;
        return std::nullopt;
    };
    ctx.answer = answerOf;
    ctx.answered = [answerOf](const QString &id) { return answerOf(id).isValid(); };
    return ctx;
}

QList<ItemStatus> Questionnaire::evaluate() const
{
    // Items are judged on demand with memoisation, so skip logic may point
    // either way in the catalog; cycles were refused when it was loaded. An
    // answer to an item that is itself ruled out counts as no answer.
    QMap<QString, ItemStatus> done;
    std::function<const ItemStatus &(const Item &)> judge;
    std::function<QVariant(const QString &)> answerOf = [&](const QString &id) -> QVariant {
        const Item *it = m_catalog.item(id);
        if (!it)
            return {};
        const ItemStatus &s = judge(*it);
        return s.state == ItemState::Answered || (s.answer && s.state == ItemState::NotApplicable && s.answer->value == QJsonValue(QStringLiteral("na")))
                   ? toExpressionValue(s.answer->value)
                   : QVariant();
    };
    const Expression::Context ctx = context(answerOf);
    judge = [&](const Item &item) -> const ItemStatus & {
        if (auto it = done.constFind(item.id); it != done.cend())
            return *it;
        ItemStatus s;
        s.item = &item;
        auto answer = m_answers.constFind(item.id);
        if (answer != m_answers.cend())
            s.answer = *answer;
        auto check = [&](const std::optional<Expression> &e, ItemState ifFalse) {
            if (!e || s.state != ItemState::Pending)
                return;
            auto r = e->test(ctx);
            if (!r)
                s.problem = r.error().message; // reported, and the item stays asked
            else if (!*r)
                s.state = ifFalse;
        };
        check(item.applies, ItemState::NotApplicable);
        check(item.relevantIf, ItemState::Skipped);
        if (s.state == ItemState::Pending && s.answer) {
            const QJsonValue v = s.answer->value;
            if (item.answerType == AnswerType::Compliance) {
                const QString c = v.toString();
                s.state = c == QLatin1String("na") ? ItemState::NotApplicable : ItemState::Answered;
                if (c != QLatin1String("na"))
                    s.compliance = m_catalog.scoring().values.value(c, 0);
            } else {
                s.state = ItemState::Answered;
                if (item.compliantIf) {
                    Expression::Context own = ctx;
                    const QVariant value = toExpressionValue(v);
                    const auto outer = ctx.variable;
                    own.variable = [outer, value](const QString &name) -> std::optional<QVariant> {
                        if (name == QLatin1String("value"))
                            return value;
                        return outer(name);
                    };
                    auto r = item.compliantIf->test(own);
                    if (r)
                        s.compliance = *r ? 1.0 : 0.0;
                    else
                        s.problem = r.error().message;
                }
            }
        }
        return *done.insert(item.id, s);
    };
    QList<ItemStatus> out;
    for (const Item &item : m_catalog.items())
        out.append(judge(item));
    return out;
}

Score Questionnaire::score() const
{
    const ScoringRules &rules = m_catalog.scoring();
    Score sc;
    sc.scale = rules.scale;
    QMap<QString, SectionScore> sections;
    QMap<QString, double> earned;
    double allEarned = 0, allWeight = 0;
    for (const Section &s : m_catalog.sections())
        sections.insert(s.id, SectionScore{s.id, s.title, 0, 0, 0, 0, 0, 0});
    QSet<QString> notMet; // answered, scored, below full compliance
    for (const ItemStatus &st : evaluate()) {
        if (st.state == ItemState::Answered && st.compliance && *st.compliance < 1.0)
            notMet.insert(st.item->id);
        SectionScore &sec = sections[st.item->section];
        if (st.state == ItemState::NotApplicable || st.state == ItemState::Skipped)
            continue;
        ++sec.applicable;
        ++sc.applicable;
        if (st.state == ItemState::Pending) {
            ++sec.pending;
            ++sc.pending;
            continue;
        }
        ++sec.answered;
        ++sc.answered;
        if (!st.compliance)
            continue; // recorded, not scored (text, dates without a rule)
        const double c = *st.compliance;
        sec.weight += st.item->weight;
        earned[sec.id] += st.item->weight * c;
        allWeight += st.item->weight;
        allEarned += st.item->weight * c;
        if (c < 1.0) {
            ++sec.noncompliant;
            sc.noncompliantBySeverity[st.item->severity] += 1;
            const double full = rules.deductions.value(st.item->severity);
            sc.deductions += c > 0 ? full * rules.partialDeduction : full;
        }
    }
    for (const Section &s : m_catalog.sections()) {
        SectionScore sec = sections.value(s.id);
        sec.score = sec.weight > 0 ? rules.scale * earned.value(s.id) / sec.weight : 0;
        sc.sections.append(sec);
    }
    for (const Counter &counter : rules.counters)
        sc.counters.append({counter, int(std::count_if(counter.items.cbegin(), counter.items.cend(),
                                                       [&](const QString &id) { return notMet.contains(id); }))});
    const double base = allWeight > 0 ? rules.scale * allEarned / allWeight : 0;
    sc.total = std::max(0.0, base - sc.deductions);
    return sc;
}

QJsonObject Score::toJson(const QString &lang) const
{
    auto round2 = [](double d) { return std::round(d * 100) / 100; };
    QJsonArray secs;
    for (const SectionScore &s : sections)
        secs.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("title"), s.title.text(lang)},
                                // null, not 0, when nothing in the section is scored yet
                                {QStringLiteral("score"), s.weight > 0 ? QJsonValue(round2(s.score)) : QJsonValue()},
                                {QStringLiteral("max"), scale},
                                {QStringLiteral("answered"), s.answered},
                                {QStringLiteral("applicable"), s.applicable},
                                {QStringLiteral("pending"), s.pending},
                                {QStringLiteral("noncompliant"), s.noncompliant}});
    QJsonObject bySeverity;
    for (const QString &sev : {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("info")})
        bySeverity.insert(sev, noncompliantBySeverity.value(sev));
    QJsonObject counterJson;
    for (const auto &[counter, n] : counters)
        counterJson.insert(counter.id, QJsonObject{{QStringLiteral("title"), counter.title.text(lang)}, {QStringLiteral("count"), n}});
    return QJsonObject{{QStringLiteral("total"), round2(total)},
                       {QStringLiteral("counters"), counterJson},
                       {QStringLiteral("max"), scale},
                       {QStringLiteral("percent"), scale > 0 ? round2(100 * total / scale) : 0},
                       {QStringLiteral("deductions"), round2(deductions)},
                       {QStringLiteral("answered"), answered},
                       {QStringLiteral("applicable"), applicable},
                       {QStringLiteral("pending"), pending},
                       {QStringLiteral("by_section"), secs},
                       {QStringLiteral("by_severity"), bySeverity}};
}

Result<QJsonValue> Questionnaire::parseValue(const Item &item, const QString &input)
{
    const QString text = input.trimmed();
    auto bad = [&](const QString &expected) -> Result<QJsonValue> {
        return makeError(ErrorCode::Usage, Tr::tr("\"%1\" is not a valid answer to %2: expected %3.").arg(input, item.id, expected));
    };
    switch (item.answerType) {
    case AnswerType::Compliance:
        if (!ComplianceValues.contains(text))
            return bad(QStringLiteral("compliant, partial, noncompliant or na"));
        return QJsonValue(text);
    case AnswerType::YesNo:
        if (text != QLatin1String("yes") && text != QLatin1String("no"))
            return bad(QStringLiteral("yes or no"));
        return QJsonValue(text);
    case AnswerType::Number: {
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return bad(Tr::tr("a number"));
        return QJsonValue(d);
    }
    case AnswerType::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10)
            return bad(Tr::tr("a date as YYYY-MM-DD"));
        return QJsonValue(text);
    }
    case AnswerType::Choice:
    case AnswerType::MultiChoice: {
        QStringList ids;
        for (const Choice &c : item.choices)
            ids.append(c.id);
        const QStringList picked = item.answerType == AnswerType::Choice ? QStringList{text} : text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        QJsonArray list;
        QSet<QString> seen;
        for (const QString &p : picked) {
            const QString id = p.trimmed();
            if (!ids.contains(id) || seen.contains(id))
                return bad(Tr::tr("one of %1").arg(ids.join(QStringLiteral(", "))));
            seen.insert(id);
            list.append(id);
        }
        if (list.isEmpty())
            return bad(Tr::tr("one of %1").arg(ids.join(QStringLiteral(", "))));
        return item.answerType == AnswerType::Choice ? list.first() : QJsonValue(list);
    }
    case AnswerType::Text:
        if (text.isEmpty())
            return bad(Tr::tr("some text"));
        return QJsonValue(input);
    }
    return bad(QString());
}

Result<Answer> Questionnaire::answer(const QString &itemId, const QString &valueText, const QString &note, const QList<qint64> &evidence,
                                     const QString &overrideReason)
{
    const Item *item = m_catalog.item(itemId);
    if (!item)
        return makeError(ErrorCode::Usage, Tr::tr("Catalog %1 has no item %2.").arg(m_catalog.id(), itemId));
    auto value = parseValue(*item, valueText);
    if (!value)
        return value.error();
    const auto previous = m_answers.constFind(itemId);
    if (previous != m_answers.cend() && previous->source == QLatin1String("probe") && overrideReason.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("%1 was answered by a probe; give a reason to override it.").arg(itemId));
    Answer a;
    a.item = itemId;
    a.value = *value;
    a.note = note;
    a.source = QStringLiteral("inspector");
    a.overrideReason = previous != m_answers.cend() && previous->source == QLatin1String("probe") ? overrideReason : QString();
    a.evidence = evidence;
    return store(a);
}

Result<Answer> Questionnaire::answerFromProbe(const QString &itemId, const QJsonValue &value, const QString &note, const QList<qint64> &evidence)
{
    if (!m_catalog.item(itemId))
        return makeError(ErrorCode::Usage, Tr::tr("Catalog %1 has no item %2.").arg(m_catalog.id(), itemId));
    const auto previous = m_answers.constFind(itemId);
    if (previous != m_answers.cend() && previous->source == QLatin1String("inspector") && !previous->overrideReason.isEmpty())
        return *previous; // an inspector's reasoned override stands over later probe runs
    Answer a;
    a.item = itemId;
    a.value = value;
    a.note = note;
    a.source = QStringLiteral("probe");
    a.evidence = evidence;
    return store(a);
}

Result<Answer> Questionnaire::store(Answer a)
{
    if (!m_file->isWritable())
        return makeError(ErrorCode::Usage, Tr::tr("The inspection is open read-only; answers cannot be changed."));
    if (auto sealed = m_file->checkWrite(QStringLiteral("answer.set")); !sealed)
        return sealed.error();
    sql::Transaction tx(m_file->database());
    if (auto r = tx.begin(); !r)
        return r.error();
    if (!m_pinned) {
        // A file from before pinning follows the catalog it is first answered with.
        if (auto r = CatalogPin(*m_file).pin(m_catalog.pin()); !r)
            return r.error();
    }
    auto stored = AnswerStore(*m_file).put(std::move(a));
    if (!stored)
        return stored;
    if (auto r = tx.commit(); !r)
        return r.error();
    m_pinned = true;
    m_answers.insert(stored->item, *stored);
    return stored;
}

} // namespace ab::catalog
