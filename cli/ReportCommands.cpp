// report: render an inspection's documents (report, rectification notice,
// on-site record) to PDF or HTML and record them in the inspection.
#include "cli/CliContext.h"
#include "cli/SigningOptions.h"

#include "core/report/FontSet.h"
#include "core/report/ReportIssuer.h"
#include "core/report/pdf/ReportSigning.h"
#include "core/util/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};
} // namespace

int runReport(const QStringList &args)
{
    Context ctx(QStringLiteral("report"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addOption({QStringLiteral("out"), Tr::tr("Where to write the document (replaced if it exists)."), Tr::tr("OUT")});
    p.addOption({QStringLiteral("kind"),
                 Tr::tr("report (inspection report), notice (rectification notice) or record (on-site record); default report."),
                 Tr::tr("KIND")});
    p.addOption({QStringLiteral("format"), Tr::tr("pdf or html; default pdf."), Tr::tr("FORMAT")});
    p.addOption({QStringLiteral("number"), Tr::tr("The document number as printed (default: the next of its kind)."), Tr::tr("TEXT")});
    p.addOption({QStringLiteral("date"), Tr::tr("The date of issue (default: today); deadlines count from it."), Tr::tr("YYYY-MM-DD")});
    p.addOption({QStringLiteral("issuer"), Tr::tr("The inspecting body named at the head of the document."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("place"), Tr::tr("Where the document is issued (default: the inspection's location)."), Tr::tr("PLACE")});
    p.addOption({QStringLiteral("representative"),
                 Tr::tr("A representative of the inspected organisation, for the on-site record (repeatable)."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("deadline-days"), Tr::tr("Days to rectify a finding without its own deadline (default 30)."), Tr::tr("N")});
    SigningOptions::add(p);
    if (auto rc = ctx.parse(Tr::tr("Render a document of the inspection (PDF or HTML) and record it in the inspection; with --sign or "
                                   "--pkcs11, prepared and signed into its first signature field."),
                            1, 1))
        return *rc;

    report::ReportOptions options;
    options.lang = p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang")) : Language::current();
    if (!report::documentLanguages().contains(options.lang))
        return ctx.usage(Tr::tr("--lang must be zh_CN, vi or en."));
    if (p.isSet(QStringLiteral("kind")) && !report::parseKind(p.value(QStringLiteral("kind")), &options.kind))
        return ctx.usage(Tr::tr("unknown --kind \"%1\"; use report, notice or record.").arg(p.value(QStringLiteral("kind"))));
    report::Format format = report::Format::Pdf;
    if (p.isSet(QStringLiteral("format")) && !report::parseFormat(p.value(QStringLiteral("format")), &format))
        return ctx.usage(Tr::tr("unknown --format \"%1\"; use pdf or html.").arg(p.value(QStringLiteral("format"))));
    if (!p.isSet(QStringLiteral("out")) || p.value(QStringLiteral("out")).isEmpty())
        return ctx.usage(Tr::tr("--out is required: where to write the document."));
    const bool sign = SigningOptions::requested(p);
    if (auto v = SigningOptions::validate(p); !v)
        return ctx.usage(v.error().message);
    if (sign && format != report::Format::Pdf)
        return ctx.usage(Tr::tr("Only a PDF can be signed: leave out --format html, or --sign and --pkcs11."));
    if (p.isSet(QStringLiteral("date"))) {
        options.issueDate = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.issueDate.isValid() || p.value(QStringLiteral("date")).size() != 10)
            return ctx.usage(Tr::tr("--date takes a date as YYYY-MM-DD."));
    }
    if (p.isSet(QStringLiteral("deadline-days"))) {
        bool ok = false;
        options.deadlineDays = p.value(QStringLiteral("deadline-days")).toInt(&ok);
        if (!ok || options.deadlineDays < 1 || options.deadlineDays > 3650)
            return ctx.usage(Tr::tr("--deadline-days takes a number of days from 1 to 3650."));
    }
    options.number = p.value(QStringLiteral("number")).trimmed();
    options.issuer = p.value(QStringLiteral("issuer")).trimmed();
    options.place = p.value(QStringLiteral("place")).trimmed();
    options.representatives = p.values(QStringLiteral("representative"));

    // Where it goes, checked before the work (QSaveFile checks again at the end).
    const QFileInfo outInfo(p.value(QStringLiteral("out")));
    if (!outInfo.absoluteDir().exists())
        return ctx.fail(makeError(ErrorCode::Io, Tr::tr("Cannot write %1: the folder %2 does not exist.")
                                                     .arg(outInfo.filePath(), QDir::toNativeSeparators(outInfo.absolutePath()))));
    if (outInfo.isDir())
        return ctx.fail(makeError(ErrorCode::Io, Tr::tr("Cannot write %1: it is a folder.").arg(outInfo.filePath())));
    // The fonts first: a missing one is a clear message before any work.
    if (format == report::Format::Pdf) {
        auto fonts = report::FontSet::forLanguage(options.lang);
        if (!fonts)
            return ctx.fail(fonts.error());
    }
    // Read-write when the file allows it, so the document is recorded; a
    // read-only file is still rendered.
    const QString path = ctx.positional().value(0);
    const bool writable = QFileInfo(path).isWritable();
    auto f = ctx.openInspection(writable ? InspectionFile::Mode::ReadWrite : InspectionFile::Mode::ReadOnly);
    if (!f)
        return ctx.fail(f.error());
    // The key after the inspection (both passphrases checked before any
    // work) and before rendering: a wrong one writes nothing.
    std::unique_ptr<crypto::SigningKey> key;
    if (sign) {
        auto loaded = SigningOptions::load(p);
        if (!loaded)
            return ctx.fail(loaded.error());
        key = std::move(loaded).value();
        if (auto usable = key->checkUsableAt(QDateTime::currentDateTime()); !usable)
            return ctx.fail(usable.error());
    }
    report::pdf::SignOptions signOptions;
    signOptions.lang = options.lang;
    signOptions.location = options.place;
    const QString label = Tr::tr("Rendering");
    auto issued = report::ReportIssuer::issue(
        **f, options, format, p.value(QStringLiteral("out")),
        [&](qint64 done, qint64 total) {
            ctx.progress(label, done, total);
            return true;
        },
        key ? report::pdf::ReportSigning::finisher(*key, signOptions) : report::ReportIssuer::PdfFinisher{});
    ctx.endProgress();
    if (!issued)
        return ctx.fail(issued.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), issued->path},
                                  {QStringLiteral("kind"), report::kindName(options.kind)},
                                  {QStringLiteral("lang"), options.lang},
                                  {QStringLiteral("format"), report::formatName(format)},
                                  {QStringLiteral("number"), issued->number},
                                  {QStringLiteral("pages"), issued->pages},
                                  {QStringLiteral("sha256"), issued->sha256},
                                  {QStringLiteral("size"), double(issued->size)},
                                  {QStringLiteral("recorded"), issued->recorded},
                                  {QStringLiteral("report_id"), double(issued->reportId)},
                                  {QStringLiteral("not_recorded"), issued->notRecorded},
                                  {QStringLiteral("signatures"), issued->signatures}});
    } else {
        if (issued->pages > 0)
            ctx.out() << Tr::tr("Wrote %1 (%2, %n page(s)), SHA-256 %3.", nullptr, issued->pages)
                             .arg(issued->path, issued->number, issued->sha256)
                      << Qt::endl;
        else
            ctx.out() << Tr::tr("Wrote %1 (%2), SHA-256 %3.").arg(issued->path, issued->number, issued->sha256) << Qt::endl;
        for (const QJsonValue &v : issued->signatures) {
            const QJsonObject sig = v.toObject();
            ctx.out() << Tr::tr("Signed by %1 in field %2 at %3 (certificate SHA-256 %4).")
                             .arg(sig.value(QStringLiteral("signer")).toString(), sig.value(QStringLiteral("field")).toString(),
                                  sig.value(QStringLiteral("signed_at")).toString(),
                                  sig.value(QStringLiteral("certificate_sha256")).toString())
                      << Qt::endl;
        }
        if (issued->recorded)
            ctx.out() << Tr::tr("Recorded in the inspection as document %1.").arg(issued->reportId) << Qt::endl;
    }
    if (!issued->recorded)
        ctx.warn(Tr::tr("The document was not recorded in the inspection: %1.").arg(issued->notRecorded));
    return Success;
}

} // namespace ab::cli
