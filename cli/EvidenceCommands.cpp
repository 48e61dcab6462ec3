// evidence add/list/export and verify.
#include "cli/CliContext.h"

#include "core/crypto/CertificateInfo.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/Verifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

int evidenceAdd(const QStringList &args)
{
    Context ctx(QStringLiteral("evidence add"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Files or folders to import."), QStringLiteral("PATH..."));
    p.addOption({QStringLiteral("kind"), Tr::tr("document, photo, note or transcript (default: from the file name)."), Tr::tr("KIND")});
    p.addOption({QStringLiteral("item"), Tr::tr("The checklist item the evidence supports."), Tr::tr("ITEM_ID")});
    p.addOption({QStringLiteral("note"), Tr::tr("A note kept with the evidence."), Tr::tr("TEXT")});
    if (auto rc = ctx.parse(Tr::tr("Import files as evidence (streamed, hashed, encrypted)."), 2))
        return *rc;
    const QString kind = p.value(QStringLiteral("kind"));
    if (!kind.isEmpty() && !EvidenceItem::kinds().contains(kind))
        return ctx.usage(Tr::tr("unknown --kind \"%1\"; use document, photo, note or transcript.").arg(kind));

    // Check every path before touching the inspection: a bad one changes nothing.
    auto plan = planImport(ctx.positional().mid(1));
    if (!plan)
        return ctx.fail(plan.error());
    for (const QString &s : plan->skipped)
        ctx.warn(Tr::tr("skipped %1").arg(s));
    if (plan->files.isEmpty())
        return ctx.fail(makeError(ErrorCode::Usage, Tr::tr("There is nothing to import.")));

    auto f = ctx.openInspection(InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    InspectionFile &file = **f;
    QList<ImportRequest> requests;
    for (const QString &path : std::as_const(plan->files))
        requests.append({path, QString(), kind, p.value(QStringLiteral("item")), p.value(QStringLiteral("note"))});
    QJsonArray added;
    int failures = 0;
    Error lastError;
    auto r = EvidenceStore(file).importBatch(
        requests,
        [&](qint64 done, qint64 total) {
            ctx.progress(Tr::tr("importing"), done, total);
            return true;
        },
        [&](const EvidenceItem &item) {
            added.append(item.toJson());
            if (!ctx.json())
                ctx.out() << item.id << '\t' << item.sha256 << '\t' << item.name << Qt::endl;
        },
        [&](const QString &, const Error &error) {
            ++failures;
            lastError = error;
            ctx.warn(Tr::tr("not added: %1").arg(error.message));
        });
    ctx.endProgress();
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json())
        ctx.printJson(added);
    if (failures > 0)
        return exitCodeFor(lastError.code);
    return Success;
}

int evidenceList(const QStringList &args)
{
    Context ctx(QStringLiteral("evidence list"), args);
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    if (auto rc = ctx.parse(Tr::tr("List the evidence items."), 1, 1))
        return *rc;
    auto f = ctx.openInspection(InspectionFile::Mode::ReadOnly);
    if (!f)
        return ctx.fail(f.error());
    auto items = EvidenceStore(**f).list();
    if (!items)
        return ctx.fail(items.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &e : *items)
            a.append(e.toJson());
        ctx.printJson(a);
        return Success;
    }
    for (const auto &e : *items)
        ctx.out() << e.id << '\t' << e.sha256 << '\t' << e.size << '\t' << e.kind << '\t'
                  << (e.item.isEmpty() ? QStringLiteral("-") : e.item) << '\t' << e.addedAt.toString(Qt::ISODate) << '\t' << e.addedBy
                  << '\t' << e.name << '\n';
    ctx.out().flush();
    return Success;
}

int evidenceExport(const QStringList &args)
{
    Context ctx(QStringLiteral("evidence export"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addPositionalArgument(QStringLiteral("ID"), Tr::tr("The evidence id."));
    p.addPositionalArgument(QStringLiteral("OUTPATH"), Tr::tr("Where to write the original bytes."));
    if (auto rc = ctx.parse(Tr::tr("Write an evidence item's original bytes out (checked against its SHA-256)."), 3, 3))
        return *rc;
    bool ok = false;
    const qint64 id = ctx.positional().at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(Tr::tr("ID must be a positive number, as printed by evidence list."));
    auto f = ctx.openInspection(InspectionFile::Mode::ReadOnly);
    if (!f)
        return ctx.fail(f.error());
    EvidenceStore store(**f);
    auto item = store.get(id);
    if (!item)
        return ctx.fail(item.error());
    const QString out = ctx.positional().at(2);
    auto r = store.exportTo(id, out, [&](qint64 done, qint64 total) {
        ctx.progress(item->name, done, total);
        return true;
    });
    ctx.endProgress();
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json())
        ctx.printJson(
            QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("sha256"), item->sha256}, {QStringLiteral("path"), out}});
    else
        ctx.out() << Tr::tr("Wrote %1 (%2, sha256 %3).").arg(out, formatSize(item->size), item->sha256) << Qt::endl;
    return Success;
}
} // namespace

int runEvidence(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return evidenceAdd(rest);
    if (sub == QLatin1String("list"))
        return evidenceList(rest);
    if (sub == QLatin1String("export"))
        return evidenceExport(rest);
    QTextStream err(stderr);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        QTextStream(stdout) << Tr::tr("Usage: auditbench-cli evidence add|list|export FILE ...\n"
                                      "  add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]\n"
                                      "  list FILE [--json]\n"
                                      "  export FILE ID OUTPATH\n");
        return Success;
    }
    err << Tr::tr("auditbench-cli evidence: use add, list or export (see auditbench-cli evidence --help).") << Qt::endl;
    return Usage;
}

int runVerify(const QStringList &args)
{
    Context ctx(QStringLiteral("verify"), args);
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    ctx.parser().addOption({QStringLiteral("trust"),
                            Tr::tr("Also trust this certificate (PEM or DER) when judging a seal's signer (repeatable)."), Tr::tr("CERT")});
    if (auto rc = ctx.parse(Tr::tr("Re-hash every evidence item, walk the custody chain, check the schema and, on a sealed copy, the seal."), 1, 1))
        return *rc;
    crypto::CmsVerifyOptions trust;
    for (const QString &path : ctx.parser().values(QStringLiteral("trust"))) {
        auto der = crypto::readCertificateFile(path);
        if (!der)
            return ctx.fail(der.error());
        trust.trustAnchors.append(*der);
    }
    auto f = ctx.openInspection(InspectionFile::Mode::ReadOnly);
    if (!f)
        return ctx.fail(f.error());
    Verifier v(**f);
    v.setSealTrust(trust);
    auto report = v.run([&](qint64 done, qint64 total) {
        ctx.progress(Tr::tr("verifying"), done, total);
        return true;
    });
    ctx.endProgress();
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.printJson(report->toJson());
        return report->intact() ? Success : Problem;
    }
    QTextStream &out = ctx.out();
    for (const SealStatus &seal : std::as_const(report->seals)) {
        out << Tr::tr("Seal %1: sealed by %2 at %3 with the certificate of %4 (%5); signature %6; %7.")
                   .arg(seal.sealId)
                   .arg(seal.sealedBy, crypto::isoUtc(seal.sealedAt), seal.signer, crypto::CmsVerification::trustName(seal.trust),
                        seal.signatureValid ? Tr::tr("valid") : Tr::tr("INVALID"),
                        seal.intact() ? Tr::tr("nothing changed since sealing") : Tr::tr("BROKEN: %n change(s) since sealing", nullptr, int(seal.changedAfterSeal.size())))
            << '\n';
        if (seal.trust != crypto::CmsVerification::Trust::Trusted && !seal.trustDetail.isEmpty())
            out << QStringLiteral("  ") << seal.trustDetail << '\n';
    }
    if (report->intact()) {
        out << Tr::tr("Intact: %1 evidence items (%2) re-hashed, %3 custody entries chained, head %4.")
                   .arg(report->evidenceChecked)
                   .arg(formatSize(report->bytesChecked))
                   .arg(report->custodyRows)
                   .arg(report->chainHead)
            << Qt::endl;
    } else {
        out << Tr::tr("NOT INTACT: %n problem(s) found.", nullptr, int(report->problems.size())) << '\n';
        for (const auto &pr : report->problems)
            out << pr.kind << '\t' << pr.object << '\t' << pr.detail << '\n';
        out.flush();
    }
    return report->intact() ? Success : Problem;
}

} // namespace ab::cli
