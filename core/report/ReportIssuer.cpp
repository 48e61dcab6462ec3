#include "core/report/ReportIssuer.h"

#include "core/crypto/Hash.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/SqlUtil.h"
#include "core/report/DocumentLayout.h"
#include "core/report/HtmlRenderer.h"
#include "core/report/PdfRenderer.h"
#include "core/report/ReportBuilder.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/ReportData.h"
#include "core/report/ReportTexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace ab::report
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::ReportIssuer)
};

// Maps a stage's progress into one overall scale of 1000.
Progress stage(const Progress &overall, qint64 from, qint64 to)
{
    if (!overall)
        return {};
    return [=](qint64 done, qint64 total) { return overall(from + (total > 0 ? (to - from) * done / total : 0), 1000); };
}
} // namespace

Result<ReportDocument> ReportIssuer::prepare(InspectionFile &file, const ReportOptions &options, const Progress &progress)
{
    if (!documentLanguages().contains(options.lang))
        return makeError(ErrorCode::Usage, Tr::tr("Documents are made in zh_CN, vi or en, not \"%1\".").arg(options.lang));
    auto texts = ReportTexts::shipped();
    if (!texts)
        return texts.error();
    auto data = ReportData::collect(file, options, progress);
    if (!data)
        return data.error();
    return ReportBuilder::build(*data, *texts);
}

Result<RenderedPdf> ReportIssuer::renderPdf(const ReportDocument &doc, const Progress &progress)
{
    auto laid = DocumentLayout::layout(doc, stage(progress, 0, 600));
    if (!laid)
        return laid.error();
    return PdfRenderer::render(*laid, stage(progress, 600, 1000));
}

QString ReportIssuer::whyNotRecordable(InspectionFile &file)
{
    if (!file.isWritable())
        return Tr::tr("the inspection is open read-only");
    if (file.schemaVersion() < 4)
        return Tr::tr("the inspection file is in an older format");
    auto seals = RecordTable(file, QStringLiteral("seal")).count();
    if (seals && *seals > 0)
        return Tr::tr("the inspection is sealed for the supervisor");
    return {};
}

Result<qint64> ReportIssuer::record(InspectionFile &file, const ReportDocument &doc, Format format, const QByteArray &bytes,
                                    const QJsonArray &signatures)
{
    const QJsonObject chain = doc.manifest.value(QStringLiteral("chain")).toObject();
    auto row = RecordTable(file, QStringLiteral("report"))
                   .add({{QStringLiteral("kind"), kindName(doc.kind)},
                         {QStringLiteral("lang"), doc.lang},
                         {QStringLiteral("format"), formatName(format)},
                         {QStringLiteral("number"), doc.number},
                         {QStringLiteral("sha256"), QString::fromLatin1(crypto::Sha256::hashHex(bytes))},
                         {QStringLiteral("size"), double(bytes.size())},
                         {QStringLiteral("signatures"), QString::fromUtf8(QJsonDocument(signatures).toJson(QJsonDocument::Compact))},
                         {QStringLiteral("chain_seq"), chain.value(QStringLiteral("seq"))},
                         {QStringLiteral("chain_head"), chain.value(QStringLiteral("hash"))},
                         {QStringLiteral("evidence_id"), 0},
                         {QStringLiteral("issued_at"), doc.manifest.value(QStringLiteral("issued_at"))},
                         {QStringLiteral("issued_by"), file.actor()}});
    if (!row)
        return row.error();
    return qint64(row->value(QStringLiteral("id")).toDouble());
}

Result<IssuedDocument> ReportIssuer::issue(InspectionFile &file, const ReportOptions &options, Format format, const QString &outPath,
                                           const Progress &progress, const PdfFinisher &finish)
{
    auto doc = prepare(file, options, stage(progress, 0, 100));
    if (!doc)
        return doc.error();
    QByteArray bytes;
    QJsonArray signatures;
    int pages = 0;
    if (format == Format::Pdf) {
        auto pdf = renderPdf(*doc, stage(progress, 100, 950));
        if (!pdf)
            return pdf.error();
        pages = pdf->pageCount;
        if (finish) {
            auto finished = finish(*pdf);
            if (!finished)
                return finished.error();
            bytes = std::move(finished->pdf);
            signatures = finished->signatures;
        } else {
            // Unsigned, still made ready: the manifest embedded (so that
            // verify-report --inspection ties it to this file) and the empty
            // signature fields beside the handwritten ones, for sign-report later.
            auto prepared = pdf::PdfPreparer::prepare(*pdf);
            if (!prepared)
                return prepared.error();
            bytes = std::move(prepared).value();
        }
    } else {
        bytes = HtmlRenderer::render(*doc);
    }
    auto written = write(file, *doc, format, bytes, outPath, pages, signatures);
    if (written && progress)
        progress(1000, 1000);
    return written;
}

Result<IssuedDocument> ReportIssuer::write(InspectionFile &file, const ReportDocument &doc, Format format, const QByteArray &bytes,
                                           const QString &outPath, int pages, const QJsonArray &signatures)
{
    IssuedDocument out;
    out.path = outPath;
    out.format = format;
    out.number = doc.number;
    out.pages = pages;
    out.sha256 = QString::fromLatin1(crypto::Sha256::hashHex(bytes));
    out.size = bytes.size();
    out.signatures = signatures;

    QSaveFile save(outPath);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2.").arg(outPath, save.errorString()));
    out.notRecorded = whyNotRecordable(file);
    if (!out.notRecorded.isEmpty()) {
        if (!save.commit())
            return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2.").arg(outPath, save.errorString()));
        return out;
    }
    // The row and the file together: no record of a document that was not
    // written, and the file only once its record is in the transaction.
    sql::Transaction tx(file.database());
    if (auto r = tx.begin(); !r)
        return r.error();
    auto id = record(file, doc, format, bytes, signatures);
    if (!id)
        return id.error();
    if (!save.commit()) {
        tx.rollback();
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2.").arg(outPath, save.errorString()));
    }
    if (auto r = tx.commit(); !r)
        return makeError(r.error().code,
                         Tr::tr("%1 was written, but recording it in the inspection failed: %2").arg(outPath, r.error().message));
    out.recorded = true;
    out.reportId = *id;
    return out;
}

} // namespace ab::report
