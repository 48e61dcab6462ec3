#pragma once

#include "ui/BackgroundJobs.h"

#include <QBuffer>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;
template <typename T> class QFutureWatcher;

namespace ab::ui
{

class ImageView;
class InspectionSession;

// One evidence item viewed in place: its record (name, kind, size, who
// added it, SHA-256), whether its contents match that SHA-256, and the
// contents themselves — images (fitted or zoomed), PDFs (Qt PDF), text
// (transcripts, notes, JSON, XML: UTF-8, the first 256 KiB) — or, for
// anything else, the record and Export. The contents are decrypted on a
// pool thread (InspectionSession::readEvidence); nothing that fails its
// SHA-256 check is shown as the evidence.
class EvidenceViewer final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Empty, Loading, Image, Pdf, Text, Other, Failed };
    // What is decrypted and kept for viewing; larger items show their record.
    static constexpr qint64 MaxPreviewBytes = 64 << 20;
    static constexpr qint64 MaxTextBytes = 256 << 10;
    static constexpr int MaxImageSide = 8192;

    explicit EvidenceViewer(QWidget *parent = nullptr);
    ~EvidenceViewer() override;
    void setSession(InspectionSession *session);
    // Shows the item (0 clears); a read still running for another is cancelled.
    void showItem(qint64 id);
    void clear();
    // The Export… button (in the viewer window; the Evidence page has its own).
    void setExportVisible(bool visible);

    qint64 itemId() const { return m_id; }
    Mode mode() const { return m_mode; }
    QString checkText() const;
    QString title() const;
    QString noteText() const; // under the contents: "Showing the first 256 KiB…", "3 pages"…
    ImageView *imageView() const { return m_image; }
    QPdfDocument *pdfDocument() const { return m_pdf; }
    QPlainTextEdit *textView() const { return m_text; }

Q_SIGNALS:
    void exportRequested(qint64 id, const QString &name);
    void loaded(qint64 id); // the contents (or why they are not shown) are on screen

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void onRead(QFutureWatcher<std::shared_ptr<EvidenceContent>> *watcher);
    void present(EvidenceContent &content);
    bool presentPdf(const QByteArray &bytes);
    bool presentImage(const QByteArray &bytes);
    void presentText(const EvidenceContent &content);
    void presentOther(const QString &why);
    void showRecord(const EvidenceItem &item);
    void setCheck(bool good, const QString &text);
    void stopWatching();
    void closePdf();
    void retranslate();

    QPointer<InspectionSession> m_session;
    qint64 m_id = 0;
    Mode m_mode = Mode::Empty;
    EvidenceItem m_item;
    bool m_checked = false; // m_checkGood/m_checkError say what the read found
    bool m_checkGood = false;
    QString m_checkError;
    QString m_note;
    QFutureWatcher<std::shared_ptr<EvidenceContent>> *m_watcher = nullptr;
    QByteArray m_pdfBytes;
    QBuffer m_pdfBuffer;

    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_sha = nullptr;
    QLabel *m_check = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_zoomBar = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_actual = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    ImageView *m_image = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_pdfView = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_noteLabel = nullptr;
};

} // namespace ab::ui
