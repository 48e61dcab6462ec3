#pragma once

#include "core/report/pdf/PdfObject.h"
#include "core/util/Result.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace ab::report::pdf {

class PdfDocument;
class PdfIncrementalWriter;

// A terminal form field with its widget, as the signer and verifier see it.
struct PdfField {
    PdfRef ref;      // the field dictionary
    PdfRef widget;   // its widget annotation (the same object for a merged field/widget)
    QString name;    // fully qualified (parent.child)
    QString tooltip; // /TU: for our signature fields, the signer's role
    bool isSignature = false;
    PdfRef value; // /V: the signature dictionary; null while unsigned
    QRectF rect;  // the widget's /Rect in user space
    PdfRef page;  // the widget's /P, when given
};

// The interactive form (/AcroForm): reading its fields, and adding fields
// and signature flags within one incremental update.
class PdfForm final {
public:
    static constexpr int MaxFields = 10000;

    static Result<QList<PdfField>> fields(const PdfDocument &doc, qint64 asOf = -1);
    // Lists the (already written) field in /AcroForm /Fields, creating the
    // form when there is none, and its widget in the page's /Annots.
    static Result<void> addField(const PdfDocument &doc, PdfIncrementalWriter &writer, PdfRef field, PdfRef widget, PdfRef page);
    // /SigFlags 3: signatures exist, append only.
    static Result<void> markSigned(const PdfDocument &doc, PdfIncrementalWriter &writer);
    // The first of stem1, stem2... no field is called yet.
    static QString freeName(const QList<PdfField> &fields, const QString &stem);

private:
    // The form as an object of its own (moved out of the catalog, or new).
    static Result<PdfRef> editableAcroForm(const PdfDocument &doc, PdfIncrementalWriter &writer);
};

} // namespace ab::report::pdf
