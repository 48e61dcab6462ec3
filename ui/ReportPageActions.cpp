// The Report page's ways out: exports, printing, signing, and checking a
// signed PDF against the open inspection.
#include "ui/ReportPage.h"

#include "core/inspection/InspectionFile.h"
#include "core/report/HtmlRenderer.h"
#include "core/report/ManifestCheck.h"
#include "core/report/PdfRenderer.h"
#include "core/report/ReportIssuer.h"
#include "ui/DialogProvider.h"
#include "ui/InspectionSession.h"
#include "ui/ReportPreview.h"
#include "ui/VerificationText.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QtConcurrent>

#include <memory>

namespace ab::ui
{

void ReportPage::fail(const QString &title, const QString &message)
{
    m_dialogs->message(this, DialogProvider::Severity::Critical, title, message);
    Q_EMIT actionFinished();
}

void ReportPage::updateEnabled()
{
    const bool open = m_session != nullptr;
    const bool exporting = m_pdfWatcher.isRunning();
    for (QPushButton *b : {m_exportPdf, m_exportHtml, m_sign})
        b->setEnabled(open && !exporting);
    // Printing paints the preview's document: only once it is laid out.
    m_print->setEnabled(open && m_laid && !m_layoutWatcher.isRunning());
    m_printPreview->setEnabled(m_print->isEnabled());
    m_verify->setEnabled(open && !m_checkWatcher.isRunning());
}

void ReportPage::writeIssued(const report::ReportDocument &doc, report::Format format, const QByteArray &bytes, const QString &path,
                             int pages, const QJsonArray &signatures, const QString &title)
{
    if (!m_session) {
        fail(title, tr("The inspection was closed before the document was written; nothing was written."));
        return;
    }
    auto written = report::ReportIssuer::write(m_session->file(), doc, format, bytes, path, pages, signatures);
    if (!written) {
        fail(title, written.error().message);
        return;
    }
    QStringList lines{tr("Wrote %1 (%2).").arg(QDir::toNativeSeparators(written->path), written->number)};
    for (const QJsonValue &v : signatures)
        lines << tr("Signed by %1 (certificate SHA-256 %2…).")
                     .arg(v.toObject().value(QStringLiteral("signer")).toString(),
                          v.toObject().value(QStringLiteral("certificate_sha256")).toString().left(16));
    lines << (written->recorded ? tr("Recorded in the inspection as document %1.").arg(written->reportId)
                                : tr("Not recorded in the inspection: %1.").arg(written->notRecorded));
    reloadIssued();
    // The next document of its kind takes the next number.
    updatePreview();
    Q_EMIT statusMessage(lines.first());
    Q_EMIT documentIssued(written->path);
    m_dialogs->message(this, DialogProvider::Severity::Information, title, lines.join(QLatin1Char('\n')));
    Q_EMIT actionFinished();
}

void ReportPage::exportPdf()
{
    const QString title = tr("Export PDF");
    auto doc = prepareDocument(title);
    if (!doc)
        return;
    m_dialogs->documentPath(this, true, title, suggestedName(*doc, QStringLiteral("pdf")), {tr("PDF documents (*.pdf)")},
                            [this, d = *doc](const QString &path) {
                                if (!path.isEmpty())
                                    startPdf(d, path, std::nullopt);
                                else
                                    Q_EMIT actionFinished();
                            });
}

void ReportPage::exportHtml()
{
    const QString title = tr("Export HTML");
    if (!m_session)
        return;
    auto doc = report::ReportIssuer::prepare(m_session->file(), options());
    if (!doc) {
        fail(title, doc.error().message);
        return;
    }
    m_dialogs->documentPath(this, true, title, suggestedName(*doc, QStringLiteral("html")), {tr("Web pages (*.html *.htm)")},
                            [this, title, d = *doc](const QString &path) {
                                if (path.isEmpty()) {
                                    Q_EMIT actionFinished();
                                    return;
                                }
                                writeIssued(d, report::Format::Html, report::HtmlRenderer::render(d), path, 0, {}, title);
                            });
}

void ReportPage::signAndExport()
{
    const QString title = tr("Sign and export");
    auto doc = prepareDocument(title);
    if (!doc)
        return;
    m_dialogs->documentPath(this, true, title, suggestedName(*doc, QStringLiteral("pdf")), {tr("PDF documents (*.pdf)")},
                            [this, d = *doc](const QString &path) {
                                if (path.isEmpty()) {
                                    Q_EMIT actionFinished();
                                    return;
                                }
                                askKeyAndSign(d, path, {});
                            });
}

void ReportPage::askKeyAndSign(const report::ReportDocument &doc, const QString &path, const QString &error)
{
    m_dialogs->signingKey(this, tr("Sign %1 with your key; the signature goes into its first signature field.").arg(doc.number), error,
                          [this, doc, path](std::optional<SigningKeyRequest> key) {
                              if (!key) {
                                  Q_EMIT actionFinished();
                                  return;
                              }
                              startPdf(doc, path, std::move(key));
                          });
}

void ReportPage::startPdf(const report::ReportDocument &doc, const QString &path, std::optional<SigningKeyRequest> key)
{
    if (m_pdfWatcher.isRunning()) {
        fail(tr("Export PDF"), tr("Another export is still running; try again when it has finished."));
        return;
    }
    m_pendingPdf = PendingPdf{doc, path, key.has_value()};
    Q_EMIT statusMessage(key ? tr("Signing %1…").arg(doc.number) : tr("Rendering %1…").arg(doc.number));
    m_pdfWatcher.setFuture(QtConcurrent::run([doc, k = std::move(key)]() mutable { return reportjobs::renderPdf(doc, std::move(k)); }));
    updateEnabled();
    Q_EMIT busyChanged(true);
}

void ReportPage::onPdfFinished()
{
    const PdfOutcome out = m_pdfWatcher.result();
    const std::optional<PendingPdf> pending = std::exchange(m_pendingPdf, std::nullopt);
    updateEnabled();
    Q_EMIT busyChanged(isBusy());
    if (!pending)
        return;
    const QString title = pending->sign ? tr("Sign and export") : tr("Export PDF");
    if (out.error) {
        // A wrong passphrase or PIN: ask again, saying so; nothing was written.
        if (pending->sign && out.error->code == ErrorCode::WrongPassphrase) {
            askKeyAndSign(pending->doc, pending->path, out.error->message);
            return;
        }
        fail(title, out.error->message);
        return;
    }
    writeIssued(pending->doc, report::Format::Pdf, out.pdf, pending->path, out.pages, out.signatures, title);
}

void ReportPage::print()
{
    if (!m_laid)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, printer, doc = m_laid](int result) {
        if (result != QDialog::Accepted)
            return;
        if (auto r = report::PdfRenderer::print(*doc, *printer); !r)
            fail(tr("Print"), r.error().message);
        else
            Q_EMIT statusMessage(tr("Sent %1 to the printer.").arg(doc->number));
    });
    dialog->open();
}

void ReportPage::printPreview()
{
    if (!m_laid)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("reportPrintPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, printer, doc = m_laid](QPrinter *p) {
        if (auto r = report::PdfRenderer::print(*doc, *p); !r)
            m_dialogs->message(this, DialogProvider::Severity::Critical, tr("Print preview"), r.error().message);
    });
    dialog->resize(std::max(width(), 800), std::max(height(), 600));
    dialog->open();
}

void ReportPage::verifyPdf()
{
    const QString title = tr("Verify a PDF");
    m_dialogs->documentPath(this, false, title, {}, {tr("PDF documents (*.pdf)")}, [this](const QString &path) {
        if (path.isEmpty() || m_checkWatcher.isRunning()) {
            Q_EMIT actionFinished();
            return;
        }
        verifyPdfFile(path);
    });
}

void ReportPage::verifyPdfFile(const QString &path)
{
    if (m_checkWatcher.isRunning())
        return;
    m_verification->setPlainText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_checkWatcher.setFuture(QtConcurrent::run([path] { return reportjobs::checkPdf(path); }));
    updateEnabled();
    Q_EMIT busyChanged(true);
}

void ReportPage::onCheckFinished()
{
    const PdfCheckOutcome out = m_checkWatcher.result();
    updateEnabled();
    Q_EMIT busyChanged(isBusy());
    const QString title = tr("Verify a PDF");
    if (out.error) {
        m_verification->setPlainText(out.error->message);
        fail(title, out.error->message);
        return;
    }
    // The manifest against the inspection on this thread's handle: it reads
    // rows, not evidence contents.
    std::optional<report::ManifestCheck> tie;
    QString manifestProblem = out.manifestProblem;
    QString inspectionName;
    if (m_session && out.manifest) {
        inspectionName = QFileInfo(m_session->file().path()).fileName();
        auto check = report::ManifestCheck::run(*out.manifest, m_session->file());
        if (!check)
            manifestProblem = check.error().message;
        else
            tie = *check;
    }
    const QString text = VerificationText::describe(*out.verification, tie, manifestProblem, inspectionName);
    const bool ok = VerificationText::ok(*out.verification, tie, manifestProblem);
    m_verification->setPlainText(QFileInfo(out.path).fileName() + QLatin1Char('\n') + text);
    m_dialogs->message(this, ok ? DialogProvider::Severity::Information : DialogProvider::Severity::Warning, title, text);
    Q_EMIT actionFinished();
}

} // namespace ab::ui
