// finding add/edit/merge/from-answer, and readiness: findings by hand and
// what is still missing before a report can be issued.
#include "cli/CliContext.h"

#include "core/catalog/Questionnaire.h"
#include "core/findings/FindingService.h"
#include "core/findings/Readiness.h"
#include "core/inspection/Assets.h"
#include "core/inspection/RecordTable.h"
#include "core/util/Language.h"

#include <QCoreApplication>
#include <QDate>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

using findings::FindingChanges;
using findings::FindingService;

void addFindingOptions(QCommandLineParser &p, bool editing)
{
    p.addOption({QStringLiteral("title"), Tr::tr("What is wrong, in one line."), Tr::tr("TEXT")});
    p.addOption({QStringLiteral("severity"), Tr::tr("high, medium, low or info."), Tr::tr("SEVERITY")});
    p.addOption({QStringLiteral("item"), Tr::tr("The checklist item it concerns, e.g. INT-04 ('' for none)."), Tr::tr("ITEM_ID")});
    p.addOption(
        {QStringLiteral("asset"), Tr::tr("The device (and port) it concerns, as devices lists it ('' for none)."), Tr::tr("ADDR[:PORT]")});
    p.addOption({QStringLiteral("evidence"),
                 editing ? Tr::tr("An evidence id that proves it (repeatable; replaces the list, '' empties it).")
                         : Tr::tr("An evidence id that proves it (repeatable)."),
                 Tr::tr("ID")});
    p.addOption({QStringLiteral("detail"), Tr::tr("What was seen, and where."), Tr::tr("TEXT")});
    p.addOption({QStringLiteral("recommendation"), Tr::tr("What the operator should do about it."), Tr::tr("TEXT")});
    p.addOption(
        {QStringLiteral("deadline"),
         Tr::tr("Rectification deadline YYYY-MM-DD ('' for the report's default of %n days).", nullptr, findings::DefaultDeadlineDays),
         Tr::tr("DATE")});
    if (editing)
        p.addOption({QStringLiteral("status"), Tr::tr("open, resolved or dismissed."), Tr::tr("STATUS")});
}

// The options as changes; only what is given is changed.
Result<FindingChanges> changesFrom(const QCommandLineParser &p, const FindingService &service, bool editing)
{
    FindingChanges c;
    auto text = [&](const char *name, std::optional<QString> &into) {
        if (p.isSet(QLatin1String(name)))
            into = p.value(QLatin1String(name));
    };
    text("title", c.title);
    text("severity", c.severity);
    text("item", c.item);
    text("detail", c.detail);
    text("recommendation", c.recommendation);
    text("deadline", c.deadline);
    if (editing)
        text("status", c.status);
    if (p.isSet(QStringLiteral("evidence"))) {
        QList<qint64> ids;
        for (const QString &v : p.values(QStringLiteral("evidence"))) {
            if (v.trimmed().isEmpty())
                continue;
            bool ok = false;
            const qint64 id = v.toLongLong(&ok);
            if (!ok || id <= 0)
                return makeError(ErrorCode::Usage, Tr::tr("--evidence takes an evidence id, as printed by evidence list."));
            if (!ids.contains(id))
                ids.append(id);
        }
        c.evidence = ids;
    }
    if (p.isSet(QStringLiteral("asset"))) {
        const QString asset = p.value(QStringLiteral("asset"));
        if (asset.trimmed().isEmpty()) {
            c.deviceId = 0;
            c.port = 0;
        } else {
            auto resolved = service.resolveAsset(asset);
            if (!resolved)
                return resolved.error();
            c.deviceId = resolved->first;
            c.port = resolved->second;
        }
    }
    return c;
}

Result<qint64> findingId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Usage, Tr::tr("\"%1\" is not a finding id, as printed by findings.").arg(text));
    return id;
}

QString addressOf(InspectionFile &file, qint64 deviceId)
{
    if (deviceId == 0)
        return {};
    auto d = RecordTable(file, QStringLiteral("device")).get(deviceId);
    return d ? d->value(QStringLiteral("address")).toString() : QString();
}

int printFinding(const Context &ctx, InspectionFile &file, const FindingRecord &f, const QString &said)
{
    if (ctx.json())
        ctx.printJson(AssetStore::toJson(f, addressOf(file, f.deviceId)));
    else
        ctx.out() << said << Qt::endl;
    return Success;
}

int findingAdd(const QStringList &args)
{
    Context ctx(QStringLiteral("finding add"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    addFindingOptions(p, false);
    if (auto rc = ctx.parse(Tr::tr("Record a finding by hand."), 1, 1))
        return *rc;
    if (!p.isSet(QStringLiteral("title")) || !p.isSet(QStringLiteral("severity")))
        return ctx.usage(Tr::tr("--title and --severity are required."));
    auto f = ctx.openInspection(InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    FindingService service(**f);
    auto c = changesFrom(p, service, false);
    if (!c)
        return ctx.fail(c.error());
    FindingRecord r;
    r.title = c->title.value_or(QString());
    r.severity = c->severity.value_or(QString());
    r.item = c->item.value_or(QString());
    r.deviceId = c->deviceId.value_or(0);
    r.port = c->port.value_or(0);
    r.evidence = c->evidence.value_or(QList<qint64>());
    r.detail = c->detail.value_or(QString());
    r.recommendation = c->recommendation.value_or(QString());
    r.deadline = c->deadline.value_or(QString());
    auto added = service.add(r);
    if (!added)
        return ctx.fail(added.error());
    return printFinding(ctx, **f, *added, Tr::tr("Finding %1 added.").arg(added->id));
}

int findingEdit(const QStringList &args)
{
    Context ctx(QStringLiteral("finding edit"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The finding, as printed by findings."));
    addFindingOptions(p, true);
    if (auto rc = ctx.parse(Tr::tr("Change a finding; only the options given change."), 2, 2))
        return *rc;
    auto id = findingId(ctx.positional().at(1));
    if (!id)
        return ctx.fail(id.error());
    auto f = ctx.openInspection(InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    FindingService service(**f);
    auto c = changesFrom(p, service, true);
    if (!c)
        return ctx.fail(c.error());
    auto edited = service.edit(*id, *c);
    if (!edited)
        return ctx.fail(edited.error());
    return printFinding(ctx, **f, *edited, Tr::tr("Finding %1 updated.").arg(edited->id));
}

int findingMerge(const QStringList &args)
{
    Context ctx(QStringLiteral("finding merge"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addPositionalArgument(QStringLiteral("KEEP_ID"), Tr::tr("The finding that stays."));
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("Duplicates merged into it (kept, with status merged)."), QStringLiteral("ID..."));
    if (auto rc = ctx.parse(Tr::tr("Merge duplicate findings into one: it keeps the union of their evidence and details; the others "
                                   "stay, marked merged."),
                            3))
        return *rc;
    auto keep = findingId(ctx.positional().at(1));
    if (!keep)
        return ctx.fail(keep.error());
    QList<qint64> others;
    for (const QString &s : ctx.positional().mid(2)) {
        auto id = findingId(s);
        if (!id)
            return ctx.fail(id.error());
        others.append(*id);
    }
    auto f = ctx.openInspection(InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    auto merged = FindingService(**f).merge(*keep, others);
    if (!merged)
        return ctx.fail(merged.error());
    QStringList ids;
    for (qint64 id : std::as_const(others))
        ids.append(QString::number(id));
    return printFinding(ctx, **f, *merged, Tr::tr("Merged %1 into finding %2.").arg(ids.join(QStringLiteral(", "))).arg(*keep));
}

int findingFromAnswer(const QStringList &args)
{
    Context ctx(QStringLiteral("finding from-answer"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addPositionalArgument(QStringLiteral("ITEM_ID"), Tr::tr("A checklist item answered non-compliant or partial."));
    if (auto rc = ctx.parse(Tr::tr("Record a finding from a non-compliant or partial answer: the item's text (in --lang) as title, its "
                                   "severity, its remediation as recommendation, the answer's evidence."),
                            2, 2))
        return *rc;
    auto f = ctx.openInspection(InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    auto made = FindingService(**f).fromAnswer(ctx.positional().at(1), Language::current());
    if (!made)
        return ctx.fail(made.error());
    return printFinding(ctx, **f, *made, Tr::tr("Finding %1 added from the answer to %2.").arg(made->id).arg(made->item));
}
} // namespace

int runFinding(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return findingAdd(rest);
    if (sub == QLatin1String("edit"))
        return findingEdit(rest);
    if (sub == QLatin1String("merge"))
        return findingMerge(rest);
    if (sub == QLatin1String("from-answer"))
        return findingFromAnswer(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream(stdout) << Tr::tr(
            "Usage: auditbench-cli finding add|edit|merge|from-answer FILE ...\n"
            "  add FILE --title T --severity high|medium|low|info [--item ID] [--asset ADDR[:PORT]] [--evidence ID]...\n"
            "      [--detail T] [--recommendation T] [--deadline DATE] [--json]\n"
            "  edit FILE ID [the same options] [--status open|resolved|dismissed] [--json]\n"
            "  merge FILE KEEP_ID ID... [--json]\n"
            "  from-answer FILE ITEM_ID [--json]\n");
        return Success;
    }
    QTextStream(stderr) << Tr::tr("auditbench-cli finding: use add, edit, merge or from-answer (see auditbench-cli finding --help).")
                        << Qt::endl;
    return Usage;
}

int runReadiness(const QStringList &args)
{
    Context ctx(QStringLiteral("readiness"), args);
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    if (auto rc = ctx.parse(Tr::tr("What is still missing before a report can be issued: unanswered items, findings without evidence, "
                                   "the authorisation document. Exit 1 while anything is missing."),
                            1, 1))
        return *rc;
    auto f = ctx.openInspection(InspectionFile::Mode::ReadOnly);
    if (!f)
        return ctx.fail(f.error());
    auto q = catalog::Questionnaire::load(**f);
    if (!q)
        return ctx.fail(q.error());
    auto summary = FindingService(**f).summary();
    if (!summary)
        return ctx.fail(summary.error());
    const findings::Readiness r = findings::assessReadiness((*f)->meta(), q->evaluate(), *summary, Language::current(), 1000);
    if (ctx.json()) {
        ctx.printJson(r.toJson());
    } else if (r.ready()) {
        ctx.out() << Tr::tr("Ready: every applicable item is answered, every finding has evidence, the authorisation is recorded.")
                  << Qt::endl;
    } else {
        for (const findings::ReadinessGap &g : r.gaps)
            ctx.out() << findings::ReadinessGap::kindName(g.kind) << '\t' << g.object << '\t' << g.text << '\n';
        ctx.out().flush();
    }
    return r.ready() ? Success : Problem;
}

} // namespace ab::cli
