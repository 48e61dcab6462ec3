#pragma once

#include "core/report/LaidOutDocument.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;

namespace ab::ui
{

// A laid-out document one page at a time: Previous / Next page, zoom in and
// out or fit the page to the width. Each page is painted by
// PdfRenderer::pageImage on a pool thread (the fonts were resolved on the
// GUI thread before the document was laid out), so a long report never
// blocks the window; a page asked for while another renders is drawn next.
class ReportPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    // The document to show from its first page; nullptr clears.
    void setDocument(std::shared_ptr<const report::LaidOutDocument> doc);
    // A sentence instead of a page (rendering, a missing font, no inspection).
    void setMessage(const QString &text);

    int page() const { return m_page; }
    int pageCount() const { return m_doc ? m_doc->pageCount() : 0; }
    void showPage(int page);
    bool fitsWidth() const { return m_fitWidth; }
    void setFitWidth(bool fit);
    void zoomBy(qreal factor);
    // The page as last drawn (tests, screenshots).
    QImage image() const { return m_image; }
    bool isRendering() const { return m_watcher.isRunning(); }
    QToolButton *nextButton() const { return m_next; }
    QToolButton *previousButton() const { return m_previous; }
    QLabel *pageLabel() const { return m_pageLabel; }

Q_SIGNALS:
    void pageRendered(int page);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void onRendered();
    qreal dpi() const;
    void updateControls();
    void retranslate();

    std::shared_ptr<const report::LaidOutDocument> m_doc;
    int m_page = 0;
    bool m_fitWidth = true;
    qreal m_zoom = 1.0;     // when not fitting: 1.0 = the paper's real size at 96 dpi
    bool m_pending = false; // a render was asked for while one ran
    QImage m_image;
    QFutureWatcher<QImage> m_watcher;
    QTimer *m_resizeTimer = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_fit = nullptr;
    QLabel *m_pageLabel = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_canvas = nullptr;
};

} // namespace ab::ui
