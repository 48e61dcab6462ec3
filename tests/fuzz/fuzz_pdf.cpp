// The PDF reader, preparer and verifier on arbitrary bytes: never a crash,
// never unbounded work; and a document the preparer accepts reads back with
// the manifest and the signature field it was given.
#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfForm.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/pdf/PdfVerifier.h"

#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace ab::report::pdf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    auto doc = PdfDocument::fromBytes(in);
    if (!doc)
        return 0;
    (void)(*doc)->pages();
    (void)PdfForm::fields(**doc);
    (void)PdfPreparer::readManifest(**doc);
    (void)PdfVerifier::verify(**doc);

    ab::report::RenderedPdf r;
    r.pdf = in;
    r.manifest = QJsonObject{{QStringLiteral("format"), QStringLiteral("auditbench-report-manifest/1")}, {QStringLiteral("fuzz"), 1}};
    r.slots.append({-1, QRectF(10, 10, 100, 40), QStringLiteral("leader"), {}});
    auto prepared = PdfPreparer::prepare(r);
    if (!prepared)
        return 0;
    if (!prepared->startsWith(in))
        std::abort(); // an update must never rewrite earlier bytes
    auto manifest = PdfPreparer::readManifest(*prepared);
    if (!manifest || *manifest != r.manifest)
        std::abort();
    auto again = PdfDocument::fromBytes(*prepared);
    if (!again)
        std::abort();
    auto fields = PdfForm::fields(**again);
    if (!fields)
        std::abort();
    bool found = false;
    for (const PdfField &f : *fields)
        found = found || (f.isSignature && f.tooltip == QLatin1String("leader") && f.value.isNull());
    if (!found)
        std::abort();
    return 0;
}
