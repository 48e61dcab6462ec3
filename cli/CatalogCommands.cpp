// answer, questions, score, and catalog check: the questionnaire from the command line.
#include "cli/CliContext.h"

#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/util/Language.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <memory>
#include <optional>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

QJsonArray clausesJson(const catalog::Catalog &c, const catalog::Item &item)
{
    QJsonArray out;
    for (const catalog::Clause &cl : item.clauses) {
        const catalog::Source *s = c.source(cl.source);
        out.append(QJsonObject{{QStringLiteral("source"), cl.source},
                               {QStringLiteral("title"), s ? s->title.text(Language::current()) : QString()},
                               {QStringLiteral("ref"), cl.ref},
                               {QStringLiteral("verified"), cl.verified && (!s || s->verified)}});
    }
    return out;
}

// The inspection and its questionnaire, opened together for one command.
struct Opened {
    std::unique_ptr<InspectionFile> file;
    std::optional<catalog::Questionnaire> questionnaire;
};

Result<Opened> openQuestionnaire(const Context &ctx, InspectionFile::Mode mode)
{
    auto f = ctx.openInspection(mode);
    if (!f)
        return f.error();
    Opened o{std::move(f).value(), std::nullopt};
    auto q = catalog::Questionnaire::load(*o.file);
    if (!q)
        return q.error();
    o.questionnaire.emplace(std::move(q).value());
    return o;
}
} // namespace

int runAnswer(const QStringList &args)
{
    Context ctx(QStringLiteral("answer"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addPositionalArgument(QStringLiteral("ITEM_ID"), Tr::tr("The checklist item, e.g. INT-04."));
    p.addPositionalArgument(QStringLiteral("VALUE"), Tr::tr("compliant|partial|noncompliant|na, or the item's own type: yes|no, a number, "
                                                            "YYYY-MM-DD, a choice id, comma-separated choice ids, text."));
    p.addOption({QStringLiteral("note"), Tr::tr("A note kept with the answer."), Tr::tr("TEXT")});
    p.addOption({QStringLiteral("evidence"), Tr::tr("An evidence id supporting the answer (repeatable)."), Tr::tr("ID")});
    p.addOption({QStringLiteral("override-reason"), Tr::tr("Why a probe's answer is being overridden."), Tr::tr("TEXT")});
    if (auto rc = ctx.parse(Tr::tr("Answer a checklist item."), 3, 3))
        return *rc;
    QList<qint64> evidence;
    for (const QString &e : p.values(QStringLiteral("evidence"))) {
        bool ok = false;
        const qint64 id = e.toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usage(Tr::tr("--evidence takes an evidence id, as printed by evidence list."));
        evidence.append(id);
    }
    auto opened = openQuestionnaire(ctx, InspectionFile::Mode::ReadWrite);
    if (!opened)
        return ctx.fail(opened.error());
    auto &q = opened->questionnaire;
    if (!evidence.isEmpty()) {
        const auto items = EvidenceStore(*opened->file).list();
        if (!items)
            return ctx.fail(items.error());
        for (qint64 id : std::as_const(evidence))
            if (std::none_of(items->cbegin(), items->cend(), [id](const EvidenceItem &e) { return e.id == id; }))
                return ctx.fail(makeError(ErrorCode::Usage, Tr::tr("There is no evidence item %1 in this inspection.").arg(id)));
    }
    const QStringList pos = ctx.positional();
    auto a = q->answer(pos.at(1), pos.at(2), p.value(QStringLiteral("note")), evidence, p.value(QStringLiteral("override-reason")));
    if (!a)
        return ctx.fail(a.error());
    if (ctx.json())
        ctx.printJson(a->record());
    else
        ctx.out() << Tr::tr("%1 answered: %2").arg(a->item, pos.at(2)) << Qt::endl;
    return Success;
}

int runQuestions(const QStringList &args)
{
    Context ctx(QStringLiteral("questions"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addOption({QStringLiteral("pending"), Tr::tr("Only the items still to answer.")});
    p.addOption({QStringLiteral("all"), Tr::tr("Also the items ruled out by level or skip logic.")});
    if (auto rc = ctx.parse(Tr::tr("The applicable checklist items (after levels and skip logic) with their state."), 1, 1))
        return *rc;
    auto opened = openQuestionnaire(ctx, InspectionFile::Mode::ReadOnly);
    if (!opened)
        return ctx.fail(opened.error());
    const auto &q = opened->questionnaire;
    const QString lang = Language::current();
    const bool pendingOnly = p.isSet(QStringLiteral("pending"));
    const bool all = p.isSet(QStringLiteral("all"));
    QJsonArray out;
    for (const catalog::ItemStatus &s : q->evaluate()) {
        const bool ruledOut = s.state == catalog::ItemState::Skipped || (s.state == catalog::ItemState::NotApplicable && !s.answer);
        if ((pendingOnly && s.state != catalog::ItemState::Pending) || (ruledOut && !all && !pendingOnly))
            continue;
        const catalog::Item &it = *s.item;
        if (ctx.json()) {
            QJsonObject o{{QStringLiteral("id"), it.id},
                          {QStringLiteral("section"), it.section},
                          {QStringLiteral("kind"), it.kind},
                          {QStringLiteral("text"), it.text.text(lang)},
                          {QStringLiteral("guidance"), it.guidance.text(lang)},
                          {QStringLiteral("answer_type"), catalog::answerTypeName(it.answerType)},
                          {QStringLiteral("state"), catalog::itemStateName(s.state)},
                          {QStringLiteral("severity"), it.severity},
                          {QStringLiteral("weight"), it.weight},
                          {QStringLiteral("clauses"), clausesJson(q->catalog(), it)},
                          {QStringLiteral("value"), s.answer ? s.answer->value : QJsonValue()}};
            if (!it.choices.isEmpty()) {
                QJsonArray choices;
                for (const catalog::Choice &c : it.choices)
                    choices.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("label"), c.label.text(lang)}});
                o.insert(QStringLiteral("choices"), choices);
            }
            if (s.compliance)
                o.insert(QStringLiteral("compliance"), *s.compliance);
            if (!s.problem.isEmpty())
                o.insert(QStringLiteral("problem"), s.problem);
            out.append(o);
        } else {
            const QString value =
                s.answer ? (s.answer->value.isArray() ? QStringLiteral("[...]") : s.answer->value.toVariant().toString()) : QString();
            ctx.out() << it.id << '\t' << catalog::itemStateName(s.state) << '\t' << (value.isEmpty() ? QStringLiteral("-") : value) << '\t'
                      << it.text.text(lang) << '\n';
        }
    }
    if (ctx.json())
        ctx.printJson(out);
    ctx.out().flush();
    return Success;
}

int runScore(const QStringList &args)
{
    Context ctx(QStringLiteral("score"), args);
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    if (auto rc = ctx.parse(Tr::tr("The quantitative score per section and in total, by the catalog's rules."), 1, 1))
        return *rc;
    auto opened = openQuestionnaire(ctx, InspectionFile::Mode::ReadOnly);
    if (!opened)
        return ctx.fail(opened.error());
    const auto &q = opened->questionnaire;
    const catalog::Score s = q->score();
    const QString lang = Language::current();
    if (ctx.json()) {
        QJsonObject o = s.toJson(lang);
        o.insert(QStringLiteral("catalog"),
                 QJsonObject{{QStringLiteral("id"), q->catalog().id()}, {QStringLiteral("version"), q->catalog().version()}});
        ctx.printJson(o);
        return Success;
    }
    QTextStream &out = ctx.out();
    out << Tr::tr("Score: %1 of %2 (%3 answered, %4 pending, deductions %5)")
               .arg(s.total, 0, 'f', 1)
               .arg(s.scale, 0, 'f', 0)
               .arg(s.answered)
               .arg(s.pending)
               .arg(s.deductions, 0, 'f', 1)
        << '\n';
    for (const catalog::SectionScore &sec : s.sections)
        out << QStringLiteral("  %1\t%2\t%3/%4\t")
                   .arg(sec.weight > 0 ? QStringLiteral("%1").arg(sec.score, 6, 'f', 1) : QStringLiteral("     -"))
                   .arg(sec.noncompliant)
                   .arg(sec.answered)
                   .arg(sec.applicable)
            << sec.title.text(lang) << '\n';
    out << Tr::tr("Not met by severity: high %1, medium %2, low %3, info %4")
               .arg(s.noncompliantBySeverity.value(QStringLiteral("high")))
               .arg(s.noncompliantBySeverity.value(QStringLiteral("medium")))
               .arg(s.noncompliantBySeverity.value(QStringLiteral("low")))
               .arg(s.noncompliantBySeverity.value(QStringLiteral("info")))
        << '\n';
    for (const auto &[counter, n] : s.counters)
        out << QStringLiteral("%1: %2").arg(counter.title.text(lang)).arg(n) << '\n';
    out.flush();
    return Success;
}

int runCatalog(const QStringList &args)
{
    if (args.value(0) != QLatin1String("check")) {
        QTextStream(stderr) << Tr::tr("auditbench-cli catalog: use \"catalog check PATH|ID\".") << Qt::endl;
        return args.value(0) == QLatin1String("--help") ? Success : Usage;
    }
    Context ctx(QStringLiteral("catalog check"), args.mid(1));
    ctx.parser().addPositionalArgument(QStringLiteral("PATH"), Tr::tr("A catalog file, or a shipped catalog id."));
    if (auto rc =
            ctx.parse(Tr::tr("Validate a checklist catalog (docs/catalog-format.md); exit 3 names the item and field at fault."), 1, 1))
        return *rc;
    auto c = catalog::Catalog::resolve(ctx.positional().first());
    if (!c)
        return ctx.fail(c.error());
    QMap<QString, int> kinds;
    for (const catalog::Item &it : c->items())
        kinds[it.kind] += 1;
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("id"), c->id()},
                                  {QStringLiteral("version"), c->version()},
                                  {QStringLiteral("regime"), c->regime()},
                                  {QStringLiteral("sha256"), c->sha256()},
                                  {QStringLiteral("items"), double(c->items().size())},
                                  {QStringLiteral("interview"), kinds.value(QStringLiteral("interview"))},
                                  {QStringLiteral("document"), kinds.value(QStringLiteral("document"))},
                                  {QStringLiteral("probe"), kinds.value(QStringLiteral("probe"))}});
    } else {
        ctx.out() << Tr::tr("Valid: %1 %2 (%3), %4 items: %5 interview, %6 document, %7 probe.")
                         .arg(c->id(), c->version(), c->regime())
                         .arg(c->items().size())
                         .arg(kinds.value(QStringLiteral("interview")))
                         .arg(kinds.value(QStringLiteral("document")))
                         .arg(kinds.value(QStringLiteral("probe")))
                  << Qt::endl;
    }
    return Success;
}

} // namespace ab::cli
