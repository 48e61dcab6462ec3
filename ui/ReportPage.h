#pragma once

#include "core/report/LaidOutDocument.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportOptions.h"
#include "ui/ReportJobs.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace ab::ui
{

class DialogProvider;
class InspectionSession;
class ReportPreview;

// The Report tab of "Score and report": what to issue (kind, language,
// number, date, place, issuer, representatives, default deadline, as the
// report command's options have them, pre-filled from the inspection), a
// paged preview laid out on a pool thread, and the ways out: Export PDF…,
// Export HTML…, Print…, Print preview…, Sign and export… (a PKCS#12 file or
// a PKCS#11 token), each issued document recorded in the inspection and
// listed below; and Verify a PDF… against the open inspection.
// ReportPageActions.cpp holds the exports, printing, signing and checking.
class ReportPage final : public QWidget
{
    Q_OBJECT
public:
    ReportPage(DialogProvider *dialogs, QWidget *parent = nullptr);
    ~ReportPage() override;

    void setSession(InspectionSession *session); // nullptr when closed
    report::ReportOptions options() const;
    // Work on a pool thread (a preview layout, an export, a check) is running.
    bool isBusy() const;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *languageBox() const { return m_lang; }
    QLineEdit *numberEdit() const { return m_number; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *placeEdit() const { return m_place; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QLineEdit *representativesEdit() const { return m_representatives; }
    ReportPreview *preview() const { return m_preview; }
    QTableWidget *issuedTable() const { return m_issued; }
    QPlainTextEdit *verificationView() const { return m_verification; }
    QPushButton *exportPdfButton() const { return m_exportPdf; }
    QPushButton *signButton() const { return m_sign; }
    QLabel *noticeLabel() const { return m_notice; }

public Q_SLOTS:
    void updatePreview();
    void exportPdf();
    void exportHtml();
    void print();
    void printPreview();
    void signAndExport();
    void verifyPdf();
    // The same for a given file (a PDF dropped on the page).
    void verifyPdfFile(const QString &path);
    void reloadIssued();

Q_SIGNALS:
    void busyChanged(bool busy);
    void previewReady();
    // A document was written (and recorded, when the inspection allows).
    void documentIssued(const QString &path);
    // The last export or check has ended, whatever its outcome.
    void actionFinished();
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void fillFromInspection();
    void scheduleUpdate();
    void onLayoutFinished();
    // Fonts (GUI thread), then the document for the current options.
    std::optional<report::ReportDocument> prepareDocument(const QString &title);
    QString suggestedName(const report::ReportDocument &doc, const QString &extension) const;
    // ReportPageActions.cpp
    void startPdf(const report::ReportDocument &doc, const QString &path, std::optional<SigningKeyRequest> key);
    void askKeyAndSign(const report::ReportDocument &doc, const QString &path, const QString &error);
    void onPdfFinished();
    void onCheckFinished();
    void writeIssued(const report::ReportDocument &doc, report::Format format, const QByteArray &bytes, const QString &path, int pages,
                     const QJsonArray &signatures, const QString &title);
    void fail(const QString &title, const QString &message);
    void updateEnabled();

    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    QComboBox *m_kind = nullptr;
    QComboBox *m_lang = nullptr;
    QLineEdit *m_number = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_representatives = nullptr;
    QSpinBox *m_deadlineDays = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_printPreview = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_issuedHeading = nullptr;
    QTableWidget *m_issued = nullptr;
    QLabel *m_verificationHeading = nullptr;
    QPlainTextEdit *m_verification = nullptr;
    ReportPreview *m_preview = nullptr;
    QTimer *m_updateTimer = nullptr;
    QList<QLabel *> m_formLabels;
    QString m_nextNumber; // what an empty Number gives, from the last preview

    // The preview's document and the options it was made for.
    std::shared_ptr<const report::LaidOutDocument> m_laid;
    bool m_layoutAgain = false;
    QFutureWatcher<LayoutOutcome> m_layoutWatcher;
    // The export running on the pool and what to do with its bytes.
    struct PendingPdf {
        report::ReportDocument doc;
        QString path;
        bool sign = false;
    };
    std::optional<PendingPdf> m_pendingPdf;
    QFutureWatcher<PdfOutcome> m_pdfWatcher;
    QFutureWatcher<PdfCheckOutcome> m_checkWatcher;
};

} // namespace ab::ui
