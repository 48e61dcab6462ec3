// export: a consistent copy of an inspection for a supervisor, sealed with
// the team leader's key file or token.
#include "cli/CliContext.h"
#include "cli/SigningOptions.h"

#include "core/seal/InspectionExporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};
} // namespace

int runExport(const QStringList &args)
{
    Context ctx(QStringLiteral("export"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("The copy to write (OUT.inspection)."));
    const QString sealOption = QStringLiteral("seal");
    SigningOptions::add(p, sealOption);
    p.addOption({QStringLiteral("force"), Tr::tr("Replace OUT if it exists (never the inspection itself).")});
    if (auto rc =
            ctx.parse(Tr::tr("Write a copy of the inspection for a supervisor; with --seal or --pkcs11, sealed: a signed manifest of the "
                             "custody chain head, the evidence hashes and the inspection details that verify checks on the copy."),
                      2, 2))
        return *rc;
    if (auto r = SigningOptions::validate(p, sealOption); !r)
        return ctx.fail(r.error());
    const QString source = ctx.positional().value(0);
    const QString target = ctx.positional().value(1);
    const bool force = p.isSet(QStringLiteral("force"));
    // Cheap refusals first: nothing is opened, nothing asked for.
    if (auto r = InspectionExporter::checkTarget(source, target, force); !r)
        return ctx.fail(r.error());

    auto f = ctx.openInspection(InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    std::unique_ptr<crypto::SigningKey> key;
    if (SigningOptions::requested(p, sealOption)) {
        auto loaded = SigningOptions::load(p, sealOption);
        if (!loaded)
            return ctx.fail(loaded.error());
        key = std::move(loaded).value();
    }
    ExportOptions options;
    options.target = target;
    options.overwrite = force;
    options.key = key.get();
    InspectionExporter exporter(**f);
    std::optional<InspectionExporter::Stage> shown;
    auto result = exporter.run(options, [&](InspectionExporter::Stage stage, qint64 done, qint64 total) {
        if (shown != stage)
            ctx.endProgress(); // each stage its own bar
        shown = stage;
        ctx.progress(stage == InspectionExporter::Stage::Copying     ? Tr::tr("copying")
                     : stage == InspectionExporter::Stage::Verifying ? Tr::tr("verifying")
                                                                     : Tr::tr("sealing"),
                     done, total);
        return true;
    });
    ctx.endProgress();
    if (!result)
        return ctx.fail(result.error());
    if (!result->sealed)
        ctx.warn(
            Tr::tr("%1 is a plain copy, not sealed: verify on it checks its custody log but no seal. Use --seal KEY.p12 or --pkcs11 URI "
                   "to seal it.")
                .arg(QFileInfo(result->path).fileName()));
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("file"), result->path},
                      {QStringLiteral("sealed"), result->sealed},
                      {QStringLiteral("size"), double(result->bytes)},
                      {QStringLiteral("export_entry"), double(result->exportEntry)}};
        if (result->sealed) {
            o.insert(QStringLiteral("seal_id"), double(result->sealId));
            o.insert(QStringLiteral("signer"), key->certificate().displayName());
            o.insert(QStringLiteral("sealed_at"), result->manifest.sealedAt.toString(Qt::ISODate));
            o.insert(QStringLiteral("chain"), QJsonObject{{QStringLiteral("seq"), double(result->manifest.chainSeq)},
                                                          {QStringLiteral("hash"), result->manifest.chainHash}});
            o.insert(QStringLiteral("evidence"), double(result->manifest.evidence.size()));
        }
        ctx.printJson(o);
        return Success;
    }
    if (result->sealed)
        ctx.out() << Tr::tr("Sealed copy %1 written (%2): %3 evidence items and custody head %4 (entry %5) signed by %6.")
                         .arg(result->path, formatSize(result->bytes))
                         .arg(result->manifest.evidence.size())
                         .arg(result->manifest.chainHash)
                         .arg(result->manifest.chainSeq)
                         .arg(key->certificate().displayName())
                  << Qt::endl;
    else
        ctx.out() << Tr::tr("Copy %1 written (%2).").arg(result->path, formatSize(result->bytes)) << Qt::endl;
    return Success;
}

} // namespace ab::cli
