#include "ui/ReportJobs.h"

#include "core/inspection/InspectionFile.h"
#include "core/report/DocumentLayout.h"
#include "core/report/ReportIssuer.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/pdf/ReportSigning.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace ab::ui::reportjobs
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::ui::ReportJobs)
};
} // namespace

LayoutOutcome layout(const report::ReportDocument &doc)
{
    LayoutOutcome out;
    auto laid = report::DocumentLayout::layout(doc);
    if (!laid)
        out.error = laid.error();
    else
        out.doc = std::make_shared<const report::LaidOutDocument>(std::move(laid).value());
    return out;
}

PdfOutcome renderPdf(const report::ReportDocument &doc, std::optional<SigningKeyRequest> keyRequest)
{
    PdfOutcome out;
    std::unique_ptr<crypto::SigningKey> key;
    if (keyRequest) {
        auto loaded = keyRequest->load();
        if (!loaded) {
            out.error = loaded.error();
            return out;
        }
        key = std::move(loaded).value();
        if (auto usable = key->checkUsableAt(QDateTime::currentDateTime()); !usable) {
            out.error = usable.error();
            return out;
        }
    }
    auto rendered = report::ReportIssuer::renderPdf(doc);
    if (!rendered) {
        out.error = rendered.error();
        return out;
    }
    out.pages = rendered->pageCount;
    if (!key) {
        // As the CLI writes it: the manifest embedded and the signature fields
        // empty, ready for sign-report.
        auto prepared = report::pdf::PdfPreparer::prepare(*rendered);
        if (!prepared)
            out.error = prepared.error();
        else
            out.pdf = std::move(prepared).value();
        return out;
    }
    report::pdf::SignOptions options;
    options.lang = doc.lang;
    auto finished = report::pdf::ReportSigning::prepareAndSign(*rendered, *key, options);
    if (!finished) {
        out.error = finished.error();
        return out;
    }
    out.pdf = std::move(finished->pdf);
    out.signatures = finished->signatures;
    return out;
}

PdfCheckOutcome checkPdf(const QString &path)
{
    PdfCheckOutcome out;
    out.path = path;
    auto verification = report::pdf::PdfVerifier::verifyFile(path);
    if (!verification) {
        out.error = verification.error();
        return out;
    }
    out.verification = std::move(verification).value();
    auto manifest = report::pdf::PdfPreparer::readManifestFile(path);
    if (manifest)
        out.manifest = *manifest;
    else
        out.manifestProblem = manifest.error().message;
    return out;
}

void sealedCopy(QPromise<SealedCopyOutcome> &promise, const InspectionFile &main, const QString &target,
                std::optional<SigningKeyRequest> keyRequest)
{
    promise.setProgressRange(0, 1000);
    SealedCopyOutcome out;
    std::unique_ptr<crypto::SigningKey> key;
    if (keyRequest) {
        promise.setProgressValueAndText(0, Tr::tr("Opening the signing key…"));
        auto loaded = keyRequest->load();
        if (!loaded) {
            out.error = loaded.error();
            promise.addResult(out);
            return;
        }
        key = std::move(loaded).value();
        out.signer = key->certificate().displayName();
    }
    auto handle = main.openAnother(InspectionFile::Mode::ReadWrite);
    if (!handle) {
        out.error = handle.error();
        promise.addResult(out);
        return;
    }
    ab::ExportOptions options;
    options.target = target;
    options.overwrite = true; // the save dialog asked already
    options.key = key.get();
    ab::InspectionExporter exporter(**handle);
    auto result = exporter.run(options, [&promise](ab::InspectionExporter::Stage stage, qint64 done, qint64 total) {
        // Copying is most of the work; verifying and sealing the rest.
        const int from = stage == ab::InspectionExporter::Stage::Copying     ? 0
                         : stage == ab::InspectionExporter::Stage::Verifying ? 600
                                                                             : 900;
        const int to = stage == ab::InspectionExporter::Stage::Copying     ? 600
                       : stage == ab::InspectionExporter::Stage::Verifying ? 900
                                                                           : 1000;
        const QString text = stage == ab::InspectionExporter::Stage::Copying     ? Tr::tr("Copying the inspection…")
                             : stage == ab::InspectionExporter::Stage::Verifying ? Tr::tr("Verifying the copy…")
                                                                                 : Tr::tr("Sealing the copy…");
        const int value = from + int(total > 0 ? (to - from) * std::clamp<qint64>(done, 0, total) / total : 0);
        promise.setProgressValueAndText(value, text);
        return !promise.isCanceled();
    });
    if (!result)
        out.error = result.error();
    else
        out.result = std::move(result).value();
    promise.addResult(out);
}

} // namespace ab::ui::reportjobs
