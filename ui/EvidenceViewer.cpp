#include "ui/EvidenceViewer.h"

#include "core/inspection/InspectionFile.h"
#include "ui/EvidenceModel.h"
#include "ui/ImageView.h"
#include "ui/InspectionSession.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QToolButton>
#include <QVBoxLayout>

namespace ab::ui
{

namespace
{
enum Page { PlaceholderPage, ImagePage, PdfPage, TextPage };

// The first `max` bytes, cut before a UTF-8 sequence that would be split.
QByteArray utf8Prefix(const QByteArray &bytes, qint64 max)
{
    if (bytes.size() <= max)
        return bytes;
    qsizetype cut = qsizetype(max);
    while (cut > 0 && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    return bytes.left(cut);
}

bool looksLikeText(const EvidenceItem &item, const QByteArray &head)
{
    static const QStringList suffixes{QStringLiteral("txt"),  QStringLiteral("log"),  QStringLiteral("json"), QStringLiteral("xml"),
                                      QStringLiteral("csv"),  QStringLiteral("md"),   QStringLiteral("html"), QStringLiteral("htm"),
                                      QStringLiteral("conf"), QStringLiteral("cfg"),  QStringLiteral("ini"),  QStringLiteral("yaml"),
                                      QStringLiteral("yml"),  QStringLiteral("nmap"), QStringLiteral("pem"),  QStringLiteral("tsv")};
    if (item.kind == QLatin1String("note") || item.kind == QLatin1String("transcript") ||
        suffixes.contains(QFileInfo(item.name).suffix().toLower()))
        return true;
    // Otherwise by content: no NUL byte and valid UTF-8 at the start.
    const QByteArray probe = utf8Prefix(head, 8192);
    if (probe.isEmpty() || probe.contains('\0'))
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(probe);
    return !utf8.hasError() && !decoded.isEmpty();
}
} // namespace

EvidenceViewer::EvidenceViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evidenceViewer"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("viewerTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha = new QLabel(this);
    m_sha->setObjectName(QStringLiteral("viewerSha"));
    m_sha->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sha->setWordWrap(true);
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("viewerCheck"));
    m_check->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_cancel = new QPushButton(this);
    m_export = new QPushButton(this);
    m_export->hide();

    auto tool = [this](const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setAutoRaise(true);
        return b;
    };
    m_fit = tool(QStringLiteral("viewerFit"));
    m_fit->setCheckable(true);
    m_actual = tool(QStringLiteral("viewerActual"));
    m_zoomIn = tool(QStringLiteral("viewerZoomIn"));
    m_zoomOut = tool(QStringLiteral("viewerZoomOut"));
    m_zoomBar = new QWidget(this);
    auto *zoom = new QHBoxLayout(m_zoomBar);
    zoom->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : {m_fit, m_actual, m_zoomOut, m_zoomIn})
        zoom->addWidget(b);
    zoom->addStretch(1);

    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);
    m_image = new ImageView(m_stack);
    m_pdf = new QPdfDocument(this);
    m_pdfView = new QPdfView(m_stack);
    m_pdfView->setObjectName(QStringLiteral("viewerPdf"));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_pdf);
    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(QStringLiteral("viewerText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->addWidget(m_placeholder); // in Page order
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(m_text);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setWordWrap(true);

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check, 1);
    checkRow->addWidget(m_progress, 1);
    checkRow->addWidget(m_cancel);
    checkRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_sha);
    layout->addLayout(checkRow);
    layout->addWidget(m_zoomBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_noteLabel);

    connect(m_fit, &QToolButton::clicked, m_image, &ImageView::fitToWindow);
    connect(m_actual, &QToolButton::clicked, m_image, &ImageView::actualSize);
    connect(m_zoomIn, &QToolButton::clicked, m_image, &ImageView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_image, &ImageView::zoomOut);
    connect(m_image, &ImageView::zoomChanged, this, [this](double z, bool fitting) {
        m_fit->setChecked(fitting);
        if (m_mode == Mode::Image)
            m_noteLabel->setText(
                tr("%1 × %2 pixels, shown at %3%").arg(m_image->image().width()).arg(m_image->image().height()).arg(qRound(z * 100)));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_watcher)
            m_watcher->cancel();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_id > 0)
            Q_EMIT exportRequested(m_id, m_item.name);
    });
    retranslate();
    clear();
}

EvidenceViewer::~EvidenceViewer()
{
    stopWatching();
    // The view renders on a thread of its own from the document, which reads
    // from m_pdfBuffer: both go before the members they use are destroyed.
    closePdf();
    delete m_pdfView;
    m_pdfView = nullptr;
}

void EvidenceViewer::closePdf()
{
    m_pdfView->setDocument(nullptr);
    m_pdf->close();
    m_pdfBuffer.close();
    m_pdfBytes.clear();
}

void EvidenceViewer::setSession(InspectionSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    clear();
    m_session = session;
    if (session) {
        // An item asked for while a task wrote is read once the task is done.
        connect(session, &InspectionSession::busyChanged, this, [this](bool busy) {
            if (!busy && m_mode == Mode::Loading && !m_watcher && m_id > 0)
                start();
        });
    }
}

void EvidenceViewer::setExportVisible(bool visible)
{
    m_export->setVisible(visible);
}

void EvidenceViewer::stopWatching()
{
    if (!m_watcher)
        return;
    // The worker stops at its next chunk; its result, if any, is dropped with the watcher.
    disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

void EvidenceViewer::clear()
{
    stopWatching();
    m_id = 0;
    m_item = EvidenceItem();
    m_mode = Mode::Empty;
    m_checked = false;
    m_checkError.clear();
    m_note.clear();
    closePdf();
    m_image->clear();
    m_text->clear();
    m_stack->setCurrentIndex(PlaceholderPage);
    retranslate();
}

void EvidenceViewer::showItem(qint64 id)
{
    if (id == m_id && m_mode != Mode::Empty)
        return;
    clear();
    if (id <= 0 || !m_session)
        return;
    m_id = id;
    m_mode = Mode::Loading;
    start();
}

void EvidenceViewer::start()
{
    retranslate();
    if (!m_session)
        return;
    InspectionSession::EvidenceRead read = m_session->readEvidence(m_id, MaxPreviewBytes);
    if (read.isCanceled() && read.isFinished() && read.resultCount() == 0) {
        // A task is writing: try again when it is done (busyChanged).
        m_placeholder->setText(tr("Waiting for the running task to finish to decrypt this item…"));
        return;
    }
    m_watcher = new QFutureWatcher<std::shared_ptr<EvidenceContent>>(this);
    auto *w = m_watcher;
    connect(w, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(w, &QFutureWatcherBase::finished, this, [this, w] { onRead(w); });
    w->setFuture(read);
}

void EvidenceViewer::onRead(QFutureWatcher<std::shared_ptr<EvidenceContent>> *watcher)
{
    if (watcher != m_watcher)
        return;
    m_watcher = nullptr;
    watcher->deleteLater();
    const QFuture<std::shared_ptr<EvidenceContent>> f = watcher->future();
    if (f.isCanceled() || f.resultCount() == 0 || !f.result()) {
        m_mode = Mode::Other;
        m_placeholder->setText(tr("Not shown: decrypting was cancelled. Select the item again to view it."));
        m_stack->setCurrentIndex(PlaceholderPage);
        retranslate();
        Q_EMIT loaded(m_id);
        return;
    }
    // Moved out of the future's copy, so the bytes are held once.
    EvidenceContent content = std::move(*f.result());
    present(content);
    Q_EMIT loaded(m_id);
}

void EvidenceViewer::present(EvidenceContent &content)
{
    m_item = content.item;
    m_checked = true;
    m_checkGood = !content.error;
    m_checkError = content.error ? content.error->message : QString();
    m_note.clear();
    if (content.error) {
        m_mode = Mode::Failed;
        presentOther(content.item.id > 0 ? tr("The contents are not shown: they do not match what was recorded. Verify the inspection to "
                                              "see everything that changed.")
                                         : content.error->message);
        m_mode = Mode::Failed;
        retranslate();
        return;
    }
    const QByteArray &bytes = content.head;
    if (!content.complete) {
        if (looksLikeText(m_item, bytes)) {
            presentText(content);
        } else {
            presentOther(tr("This item is too large to preview here (%1; at most %2). Export it to open it with another program.")
                             .arg(formatSize(m_item.size), formatSize(MaxPreviewBytes)));
        }
    } else if (bytes.startsWith("%PDF-")) {
        if (!presentPdf(bytes))
            presentOther(tr("This PDF cannot be displayed (%1). Export it to open it with another program.").arg(m_note));
    } else if (presentImage(bytes)) {
        // shown
    } else if (looksLikeText(m_item, bytes)) {
        presentText(content);
    } else {
        presentOther(tr("There is no preview for this kind of file. Export it to open it with another program."));
    }
    retranslate();
}

bool EvidenceViewer::presentPdf(const QByteArray &bytes)
{
    // The document reads from the buffer for as long as it is shown.
    closePdf();
    m_pdfBytes = bytes;
    m_pdfBuffer.setBuffer(&m_pdfBytes);
    m_pdfBuffer.open(QIODevice::ReadOnly);
    m_pdf->load(&m_pdfBuffer);
    const auto status = m_pdf->status();
    if (status == QPdfDocument::Status::Error || (status == QPdfDocument::Status::Ready && m_pdf->pageCount() <= 0)) {
        switch (m_pdf->error()) {
        case QPdfDocument::Error::IncorrectPassword:
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            m_note = tr("it is protected by a password");
            break;
        default:
            m_note = tr("it is damaged or not a PDF");
            break;
        }
        closePdf();
        return false;
    }
    m_pdfView->setDocument(m_pdf);
    m_mode = Mode::Pdf;
    m_stack->setCurrentIndex(PdfPage);
    return true;
}

bool EvidenceViewer::presentImage(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return false;
    // A huge or hostile image is decoded smaller, never at any size it claims.
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > MaxImageSide || size.height() > MaxImageSide))
        reader.setScaledSize(size.scaled(MaxImageSide, MaxImageSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    m_mode = Mode::Image;
    m_stack->setCurrentIndex(ImagePage);
    m_image->setImage(image);
    return true;
}

void EvidenceViewer::presentText(const EvidenceContent &content)
{
    const QByteArray shown = utf8Prefix(content.head, MaxTextBytes);
    m_text->setPlainText(QString::fromUtf8(shown));
    m_mode = Mode::Text;
    m_stack->setCurrentIndex(TextPage);
    if (shown.size() < m_item.size)
        m_note =
            tr("Showing the first %1 KiB of %2. Export the item for the whole text.").arg(MaxTextBytes / 1024).arg(formatSize(m_item.size));
}

void EvidenceViewer::presentOther(const QString &why)
{
    m_mode = Mode::Other;
    m_placeholder->setText(why);
    m_stack->setCurrentIndex(PlaceholderPage);
}

QString EvidenceViewer::checkText() const
{
    return m_check->text();
}

QString EvidenceViewer::title() const
{
    return m_title->text();
}

QString EvidenceViewer::noteText() const
{
    return m_noteLabel->text();
}

void EvidenceViewer::setCheck(bool good, const QString &text)
{
    m_check->setText(text);
    m_check->setStyleSheet(good ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #8e0012; font-weight: bold;"));
}

void EvidenceViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvidenceViewer::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_export->setText(tr("E&xport…"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the image to the view"));
    m_actual->setText(tr("100%"));
    m_actual->setToolTip(tr("Show the image at its actual size"));
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    const bool loading = m_mode == Mode::Loading;
    m_progress->setVisible(loading && m_watcher);
    m_cancel->setVisible(loading && m_watcher);
    m_zoomBar->setVisible(m_mode == Mode::Image);
    m_export->setEnabled(m_id > 0 && m_checked && m_checkGood);
    if (m_mode == Mode::Empty) {
        m_title->setText(tr("No evidence item selected"));
        m_facts->setText(tr("Select an item in the list to view it here; double-click it to open it in a window of its own."));
        m_sha->clear();
        m_check->clear();
        m_placeholder->clear();
        m_noteLabel->clear();
        return;
    }
    if (loading) {
        m_title->setText(tr("Evidence #%1").arg(m_id));
        m_facts->clear();
        m_sha->clear();
        setCheck(true, tr("Decrypting and checking its SHA-256…"));
        if (m_watcher)
            m_placeholder->setText(tr("Decrypting…"));
        m_stack->setCurrentIndex(PlaceholderPage);
        m_noteLabel->clear();
        return;
    }
    if (m_item.id > 0)
        showRecord(m_item);
    if (m_checked)
        setCheck(m_checkGood, m_checkGood ? tr("✓ The content matches its SHA-256.")
                                          : tr("✗ The content does NOT match its SHA-256: %1").arg(m_checkError));
    if (m_mode == Mode::Pdf)
        m_noteLabel->setText(tr("%n page(s)", nullptr, m_pdf->pageCount()));
    else if (m_mode == Mode::Image)
        m_noteLabel->setText(tr("%1 × %2 pixels, shown at %3%")
                                 .arg(m_image->image().width())
                                 .arg(m_image->image().height())
                                 .arg(qRound(m_image->zoom() * 100)));
    else
        m_noteLabel->setText(m_note);
    m_noteLabel->setVisible(!m_noteLabel->text().isEmpty());
}

void EvidenceViewer::showRecord(const EvidenceItem &item)
{
    m_title->setText(tr("Evidence #%1: %2").arg(item.id).arg(item.name));
    QStringList facts{EvidenceModel::kindName(item.kind), formatSize(item.size),
                      tr("added by %1 on %2").arg(item.addedBy, QLocale().toString(item.addedAt.toLocalTime(), QLocale::ShortFormat))};
    if (!item.item.isEmpty())
        facts.append(tr("for %1").arg(item.item));
    QString text = facts.join(QStringLiteral(" · "));
    if (!item.note.isEmpty())
        text += QLatin1Char('\n') + tr("Note: %1").arg(item.note);
    m_facts->setText(text);
    m_sha->setText(tr("SHA-256 %1").arg(item.sha256));
}

} // namespace ab::ui
