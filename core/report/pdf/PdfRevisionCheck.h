#pragma once

#include "core/report/pdf/PdfObject.h"
#include "core/util/Result.h"

#include <QSet>
#include <QStringList>

namespace ab::report::pdf {

class PdfDocument;

// What the revisions after a signature changed, beyond what signing itself
// changes. Allowed: new objects; a signature field gaining its /V (one of
// the document's signatures) and appearance; the form listing new signature
// fields and raising /SigFlags; a page (or its /Annots array) listing new
// signature widgets; the catalog gaining the form or /DSS. Anything else —
// page content, resources, other annotations, metadata, a deleted object —
// is reported, one sentence per object.
class PdfRevisionCheck final {
public:
    static Result<QStringList> changesAfter(const PdfDocument &doc, qint64 boundary, const QSet<PdfRef> &signatures);
};

} // namespace ab::report::pdf
