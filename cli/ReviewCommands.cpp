// review and compare: the supervisor's side.
#include "cli/CliContext.h"

#include "core/seal/InspectionComparer.h"
#include "core/seal/ReviewStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

QString kindText(ReviewEntry::Kind kind)
{
    switch (kind) {
    case ReviewEntry::Kind::Approval:
        return Tr::tr("approval");
    case ReviewEntry::Kind::Rejection:
        return Tr::tr("rejection");
    case ReviewEntry::Kind::Comment:
        break;
    }
    return Tr::tr("comment");
}

int listReviews(Context &ctx, InspectionFile &file)
{
    ReviewStore store(file);
    auto entries = store.list();
    auto summary = store.summary();
    if (!entries || !summary)
        return ctx.fail(!entries ? entries.error() : summary.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const ReviewEntry &e : std::as_const(*entries))
            a.append(e.toJson());
        ctx.printJson(QJsonObject{{QStringLiteral("reviews"), a}, {QStringLiteral("summary"), summary->toJson()}});
        return Success;
    }
    QTextStream &out = ctx.out();
    if (entries->isEmpty())
        out << Tr::tr("No review yet.") << '\n';
    for (const ReviewEntry &e : std::as_const(*entries))
        out << e.id << '\t' << e.at.toUTC().toString(Qt::ISODate) << '\t' << e.by << '\t' << kindText(e.kind) << '\t'
            << (e.object.isEmpty() ? QStringLiteral("inspection") : e.object) << '\t' << e.text << '\n';
    out.flush();
    return Success;
}

// The passphrases for `compare`: --passphrase-file once (all files) or once
// per file in order, else AUDITBENCH_PASSPHRASE for all.
Result<QList<QByteArray>> comparePassphrases(const Context &ctx, const QCommandLineParser &p, qsizetype files)
{
    const QStringList paths = p.values(QStringLiteral("passphrase-file"));
    if (paths.isEmpty()) {
        auto one = ctx.passphrase();
        if (!one)
            return one.error();
        return QList<QByteArray>(files, *one);
    }
    if (paths.size() != 1 && paths.size() != files)
        return makeError(ErrorCode::Usage,
                         Tr::tr("Give --passphrase-file once (the same passphrase for every file) or once per file, in order."));
    QList<QByteArray> out;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read the passphrase file %1: %2.").arg(path, f.errorString()));
        QByteArray pass = f.read(4096);
        if (const qsizetype nl = pass.indexOf('\n'); nl >= 0)
            pass.truncate(nl);
        if (pass.endsWith('\r'))
            pass.chop(1);
        if (pass.isEmpty())
            return makeError(ErrorCode::Usage, Tr::tr("The passphrase file %1 is empty.").arg(path));
        out.append(pass);
    }
    while (out.size() < files)
        out.append(out.first());
    return out;
}
} // namespace

int runReview(const QStringList &args)
{
    Context ctx(QStringLiteral("review"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file (a sealed copy for approvals and rejections)."));
    p.addOption({QStringLiteral("comment"), Tr::tr("A review comment; with --approve or --reject, its text."), Tr::tr("TEXT")});
    p.addOption(
        {QStringLiteral("object"), Tr::tr("What the comment is about: evidence:N, finding:N, answer:ITEM or report:N."), Tr::tr("OBJ")});
    p.addOption({QStringLiteral("approve"), Tr::tr("Approve the sealed inspection.")});
    p.addOption({QStringLiteral("reject"), Tr::tr("Reject the sealed inspection (--comment gives the reason).")});
    p.addOption({QStringLiteral("list"), Tr::tr("List the review comments and decisions.")});
    if (auto rc = ctx.parse(
            Tr::tr("Add a supervisor's comment, approval or rejection (recorded in the custody log; a seal stays intact), or list them."),
            1, 1))
        return *rc;
    const bool approve = p.isSet(QStringLiteral("approve"));
    const bool reject = p.isSet(QStringLiteral("reject"));
    const bool list = p.isSet(QStringLiteral("list"));
    const bool comment = p.isSet(QStringLiteral("comment"));
    if (int(approve) + int(reject) + int(list) > 1)
        return ctx.usage(Tr::tr("use one of --comment, --approve, --reject or --list."));
    if (list && (comment || p.isSet(QStringLiteral("object"))))
        return ctx.usage(Tr::tr("--list takes no --comment or --object."));
    if (!list && !approve && !reject && !comment)
        return ctx.usage(Tr::tr("say what to record: --comment TEXT, --approve, --reject --comment TEXT, or --list."));
    if (reject && !comment)
        return ctx.usage(Tr::tr("--reject needs a reason: --comment TEXT."));
    if ((approve || reject) && p.isSet(QStringLiteral("object")))
        return ctx.usage(Tr::tr("--object goes with a comment; approvals and rejections are about the whole inspection."));

    auto f = ctx.openInspection(list ? InspectionFile::Mode::ReadOnly : InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    if (list)
        return listReviews(ctx, **f);
    ReviewStore store(**f);
    const QString text = p.value(QStringLiteral("comment"));
    auto entry = approve ? store.approve(text) : reject ? store.reject(text) : store.comment(text, p.value(QStringLiteral("object")));
    if (!entry)
        return ctx.fail(entry.error());
    if (ctx.json()) {
        ctx.printJson(entry->toJson());
        return Success;
    }
    const QString on = entry->object.isEmpty() ? QString() : Tr::tr(" on %1").arg(entry->object);
    if (entry->sealId > 0)
        ctx.out() << Tr::tr("Recorded %1 %2%3 by %4, after seal %5 (the seal stays intact).")
                         .arg(kindText(entry->kind))
                         .arg(entry->id)
                         .arg(on, entry->by)
                         .arg(entry->sealId)
                  << Qt::endl;
    else
        ctx.out() << Tr::tr("Recorded %1 %2%3 by %4.").arg(kindText(entry->kind)).arg(entry->id).arg(on, entry->by) << Qt::endl;
    return Success;
}

int runCompare(const QStringList &args)
{
    Context ctx(QStringLiteral("compare"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Two or more inspection files of the same site."),
                            QStringLiteral("FILE1 FILE2 [FILE...]"));
    p.addOption({QStringLiteral("all"), Tr::tr("Also list what the files agree on.")});
    if (auto rc = ctx.parse(
            Tr::tr("Show what differs between inspections of the same site: details, answers, findings, devices, services, evidence. "
                   "--passphrase-file once for all files or once per file, in order."),
            2))
        return *rc;
    const QStringList paths = ctx.positional();
    auto passes = comparePassphrases(ctx, p, paths.size());
    if (!passes)
        return ctx.fail(passes.error());
    std::vector<std::unique_ptr<InspectionFile>> files;
    QList<InspectionFile *> handles;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto f = InspectionFile::open(paths[i], (*passes)[i], InspectionFile::Mode::ReadOnly);
        if (!f) {
            for (QByteArray &pass : *passes)
                crypto::cleanse(pass);
            return ctx.fail(f.error());
        }
        handles.append(f->get());
        files.push_back(std::move(f).value());
    }
    for (QByteArray &pass : *passes)
        crypto::cleanse(pass);
    auto cmp = InspectionComparer::compare(handles);
    if (!cmp)
        return ctx.fail(cmp.error());
    const bool all = p.isSet(QStringLiteral("all"));
    if (ctx.json()) {
        ctx.printJson(cmp->toJson(!all));
        return Success;
    }
    QTextStream &out = ctx.out();
    for (qsizetype i = 0; i < cmp->files.size(); ++i)
        out << QStringLiteral("[%1] ").arg(i + 1) << cmp->files[i] << QStringLiteral("  (") << cmp->titles[i] << QStringLiteral(")\n");
    const qsizetype n = cmp->differenceCount();
    out << (n == 0 ? Tr::tr("No differences.") : Tr::tr("%n difference(s):", nullptr, int(n))) << '\n';
    for (const ComparisonRow &row : std::as_const(cmp->rows)) {
        const bool differs = row.differs();
        if (!differs && !all)
            continue;
        out << (differs ? QStringLiteral("* ") : QStringLiteral("  ")) << ComparisonRow::sectionName(row.section) << '\t' << row.label
            << '\n';
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            const ComparisonCell &c = row.cells[i];
            out << QStringLiteral("    [%1] ").arg(i + 1);
            if (!c.present)
                out << Tr::tr("(absent)");
            else
                out << c.value << (c.detail.isEmpty() ? QString() : QStringLiteral(" — ") + c.detail);
            out << '\n';
        }
    }
    out.flush();
    return Success;
}

} // namespace ab::cli
