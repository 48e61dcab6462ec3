#include "ui/ReportPreview.h"

#include "core/report/PdfRenderer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace ab::ui
{

ReportPreview::ReportPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const char *name, QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(b);
        return b;
    };
    m_previous = button("previousPage", QStyle::SP_ArrowUp);
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next = button("nextPage", QStyle::SP_ArrowDown);
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    bar->addWidget(m_pageLabel);
    bar->addStretch(1);
    m_zoomOut = button("zoomOut", QStyle::SP_ArrowLeft);
    m_zoomOut->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_zoomIn = button("zoomIn", QStyle::SP_ArrowRight);
    m_zoomIn->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fit = button("fitWidth", QStyle::SP_TitleBarMaxButton);
    m_fit->setCheckable(true);
    m_fit->setChecked(true);
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("previewScroll"));
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_canvas = new QLabel(m_scroll);
    m_canvas->setObjectName(QStringLiteral("previewCanvas"));
    m_canvas->setAlignment(Qt::AlignCenter);
    m_canvas->setWordWrap(true);
    m_canvas->setMargin(12);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    layout->addWidget(m_scroll, 1);

    m_resizeTimer = new QTimer(this);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(150);
    connect(m_resizeTimer, &QTimer::timeout, this, &ReportPreview::render);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &ReportPreview::onRendered);
    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1.25); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(0.8); });
    connect(m_fit, &QToolButton::toggled, this, &ReportPreview::setFitWidth);
    retranslate();
    updateControls();
}

ReportPreview::~ReportPreview()
{
    // The job holds its own reference to the document; wait so that no
    // result arrives at a destroyed widget.
    m_watcher.waitForFinished();
}

void ReportPreview::setDocument(std::shared_ptr<const report::LaidOutDocument> doc)
{
    m_doc = std::move(doc);
    m_page = 0;
    m_image = QImage();
    if (!m_doc) {
        m_canvas->setPixmap(QPixmap());
        updateControls();
        return;
    }
    render();
}

void ReportPreview::setMessage(const QString &text)
{
    m_doc.reset();
    m_image = QImage();
    m_canvas->setPixmap(QPixmap());
    m_canvas->setText(text);
    m_canvas->resize(m_scroll->viewport()->width(), m_canvas->heightForWidth(m_scroll->viewport()->width()));
    updateControls();
}

void ReportPreview::showPage(int page)
{
    if (!m_doc)
        return;
    const int p = std::clamp(page, 0, pageCount() - 1);
    if (p == m_page && !m_image.isNull())
        return;
    m_page = p;
    render();
}

void ReportPreview::setFitWidth(bool fit)
{
    if (!fit && m_fitWidth)
        m_zoom = dpi() / 96.0; // stay where fitting put it
    m_fitWidth = fit;
    if (m_fit->isChecked() != fit)
        m_fit->setChecked(fit);
    render();
}

void ReportPreview::zoomBy(qreal factor)
{
    if (m_fitWidth) {
        m_zoom = dpi() / 96.0;
        m_fitWidth = false;
        m_fit->setChecked(false);
    }
    m_zoom = std::clamp(m_zoom * factor, 0.25, 4.0);
    render();
}

qreal ReportPreview::dpi() const
{
    if (!m_fitWidth)
        return 96.0 * m_zoom;
    const qreal paperInches = m_doc ? m_doc->style.paperMm.width() / 25.4 : 210 / 25.4;
    // Room for the vertical scroll bar whether it shows yet or not: a page
    // is always taller than wide, so it will.
    const int bar = m_scroll->verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const int width = m_scroll->viewport()->width() - bar - 2 * m_canvas->margin() - 4;
    return std::clamp(qreal(std::max(width, 100)) / paperInches, 12.0, 400.0);
}

void ReportPreview::render()
{
    updateControls();
    if (!m_doc)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const std::shared_ptr<const report::LaidOutDocument> doc = m_doc;
    const int page = m_page;
    const qreal atDpi = dpi() * devicePixelRatioF();
    m_watcher.setFuture(QtConcurrent::run([doc, page, atDpi] { return report::PdfRenderer::pageImage(*doc, page, atDpi); }));
}

void ReportPreview::onRendered()
{
    if (m_pending || !m_doc) {
        render();
        return;
    }
    m_image = m_watcher.result();
    QPixmap pixmap = QPixmap::fromImage(m_image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_canvas->setText(QString());
    m_canvas->setPixmap(pixmap);
    m_canvas->resize(pixmap.deviceIndependentSize().toSize() + QSize(2 * m_canvas->margin(), 2 * m_canvas->margin()));
    m_scroll->verticalScrollBar()->setValue(0);
    updateControls();
    Q_EMIT pageRendered(m_page);
}

void ReportPreview::updateControls()
{
    const bool have = m_doc != nullptr;
    m_previous->setEnabled(have && m_page > 0);
    m_next->setEnabled(have && m_page + 1 < pageCount());
    m_zoomIn->setEnabled(have);
    m_zoomOut->setEnabled(have);
    m_fit->setEnabled(have);
    m_pageLabel->setText(have ? tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()) : QString());
}

void ReportPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_doc && m_fitWidth)
        m_resizeTimer->start();
    else if (!m_doc)
        m_canvas->resize(m_scroll->viewport()->width(), std::max(m_canvas->heightForWidth(m_scroll->viewport()->width()), 40));
}

void ReportPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportPreview::retranslate()
{
    m_previous->setText(tr("Previous page"));
    m_next->setText(tr("Next page"));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomIn->setText(tr("Zoom in"));
    m_fit->setText(tr("Fit width"));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    updateControls();
}

} // namespace ab::ui
