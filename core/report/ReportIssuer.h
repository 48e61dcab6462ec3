#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "core/report/ReportTypes.h"
#include "core/util/Result.h"

#include <QJsonArray>

#include <functional>

namespace ab
{
class InspectionFile;
}

namespace ab::report
{

struct IssuedDocument {
    QString path;
    Format format = Format::Pdf;
    QString number;
    QString sha256; // of the bytes written
    qint64 size = 0;
    int pages = 0; // 0 for HTML (the browser paginates)
    bool recorded = false;
    qint64 reportId = 0;
    QString notRecorded;   // why it was not recorded (read-only or sealed inspection)
    QJsonArray signatures; // as recorded (FinishedPdf::signatures)
};

// Issuing a document end to end, for the CLI and the GUI: collect the data
// (on the inspection's thread), build, lay out and render (any thread; slow
// work reports progress and can be cancelled), write through QSaveFile,
// and record it in the inspection's `report` table — and so in the custody
// log — with what it carries.
class ReportIssuer final
{
public:
    // Where signing plugs in: takes the rendered PDF (its slots and
    // manifest) and returns the bytes to write, prepared and signed, with
    // the signatures to record.
    using PdfFinisher = std::function<Result<FinishedPdf>(const RenderedPdf &)>;

    // The document for the options, from the inspection.
    static Result<ReportDocument> prepare(InspectionFile &file, const ReportOptions &options, const Progress &progress = {});
    // Lays out and renders to PDF.
    static Result<RenderedPdf> renderPdf(const ReportDocument &doc, const Progress &progress = {});

    // Everything: prepare, render, finish (PDF; without a finisher the PDF is
    // still prepared: manifest embedded, signature fields empty), write to
    // outPath, record.
    static Result<IssuedDocument> issue(InspectionFile &file, const ReportOptions &options, Format format, const QString &outPath,
                                        const Progress &progress = {}, const PdfFinisher &finish = {});
    // The last step alone, for a GUI that previewed and rendered already:
    // writes bytes (the document's PDF, signed or not, or its HTML) through
    // QSaveFile and records them, both or neither. `pages` is what the
    // record reports back (0 for HTML).
    static Result<IssuedDocument> write(InspectionFile &file, const ReportDocument &doc, Format format, const QByteArray &bytes,
                                        const QString &outPath, int pages = 0, const QJsonArray &signatures = {});

    // Why this inspection cannot record a document now (open read-only,
    // sealed for a supervisor), or an empty string.
    static QString whyNotRecordable(InspectionFile &file);
    // One row in `report` (and its custody entry) in the caller's transaction.
    static Result<qint64> record(InspectionFile &file, const ReportDocument &doc, Format format, const QByteArray &bytes,
                                 const QJsonArray &signatures = {});
};

} // namespace ab::report
