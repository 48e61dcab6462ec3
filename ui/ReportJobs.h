#pragma once

#include "core/report/LaidOutDocument.h"
#include "core/report/ReportDocument.h"
#include "core/report/pdf/PdfVerifier.h"
#include "core/seal/InspectionExporter.h"
#include "core/util/Result.h"
#include "ui/SigningKeyRequest.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>

#include <memory>
#include <optional>

namespace ab
{
class InspectionFile;
}

namespace ab::ui
{

struct LayoutOutcome {
    std::shared_ptr<const report::LaidOutDocument> doc;
    std::optional<Error> error;
};

// A PDF rendered (and, with a key, prepared and signed) ready to write.
struct PdfOutcome {
    QByteArray pdf;
    QJsonArray signatures;
    int pages = 0;
    std::optional<Error> error;
};

struct PdfCheckOutcome {
    QString path;
    std::optional<report::pdf::PdfVerification> verification;
    std::optional<QJsonObject> manifest;
    QString manifestProblem; // the file carries no readable manifest
    std::optional<Error> error;
};

struct SealedCopyOutcome {
    std::optional<ab::ExportResult> result;
    QString signer; // the certificate's name, when sealed
    std::optional<Error> error;
};

// The slow parts of the Report page and of Export sealed copy, for pool
// threads. None touches the GUI thread's inspection handle: documents are
// prepared on the GUI thread (with its handle and fonts) and handed over
// by value; the sealed copy opens its own handle on the worker.
namespace reportjobs
{
LayoutOutcome layout(const report::ReportDocument &doc);
// key: nullopt renders the plain PDF; a request opens the key (cleansing
// the secret) before any rendering, so a wrong passphrase fails at once.
PdfOutcome renderPdf(const report::ReportDocument &doc, std::optional<SigningKeyRequest> key);
PdfCheckOutcome checkPdf(const QString &path);
void sealedCopy(QPromise<SealedCopyOutcome> &promise, const InspectionFile &main, const QString &target,
                std::optional<SigningKeyRequest> key);
} // namespace reportjobs

} // namespace ab::ui
