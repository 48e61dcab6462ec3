#pragma once

#include "core/report/ReportTypes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ab::report::pdf {

class PdfDocument;

// Turns a rendered document into one ready for signing, by one incremental
// update on top of the renderer's bytes: the manifest tying it to the
// inspection becomes the embedded file auditbench-manifest.json (in the
// EmbeddedFiles name tree and in the catalog's /AF), and every signature
// slot becomes an empty signature field Signature1..n with a widget on its
// page and rectangle, the slot's role in /TU. Signers then fill the fields
// in turn (PdfSigner), so what they sign already contains the manifest.
class PdfPreparer final {
public:
    static inline const QString ManifestName = QStringLiteral("auditbench-manifest.json");
    static constexpr qint64 MaxManifestBytes = 16 << 20;

    static Result<QByteArray> prepare(const RenderedPdf &rendered);
    // The embedded manifest of the document as it now stands.
    static Result<QJsonObject> readManifest(const QByteArray &pdf);
    static Result<QJsonObject> readManifestFile(const QString &path);
    // ErrorCode::Problem when the document carries none.
    static Result<QJsonObject> readManifest(const PdfDocument &doc);
};

} // namespace ab::report::pdf
