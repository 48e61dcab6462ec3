#include "ui/ImageView.h"

#include <QLabel>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace ab::ui
{

ImageView::ImageView(QWidget *parent) : QScrollArea(parent)
{
    m_label = new QLabel(this);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setBackgroundRole(QPalette::Dark);
    setBackgroundRole(QPalette::Dark);
    setAlignment(Qt::AlignCenter);
    setWidget(m_label);
    setWidgetResizable(false);
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    m_fit = true;
    render();
}

void ImageView::clear()
{
    m_image = QImage();
    m_label->clear();
    m_label->resize(0, 0);
}

void ImageView::fitToWindow()
{
    m_fit = true;
    render();
}

void ImageView::actualSize()
{
    setZoom(1.0);
}

void ImageView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void ImageView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void ImageView::setZoom(double zoom)
{
    m_fit = false;
    m_zoom = std::clamp(zoom, 0.02, 16.0);
    render();
}

void ImageView::render()
{
    if (m_image.isNull()) {
        clear();
        return;
    }
    if (m_fit) {
        const QSize room = viewport()->size() - QSize(4, 4);
        const double sx = double(room.width()) / m_image.width();
        const double sy = double(room.height()) / m_image.height();
        m_zoom = std::clamp(std::min({sx, sy, 1.0}), 0.01, 1.0); // never enlarged to fit
    }
    const QSize size = (QSizeF(m_image.size()) * m_zoom).toSize().expandedTo(QSize(1, 1));
    // Scaled once per zoom, not per paint: a 50-megapixel photo stays quick.
    m_label->setPixmap(QPixmap::fromImage(m_zoom == 1.0 ? m_image : m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_label->resize(size);
    Q_EMIT zoomChanged(m_zoom, m_fit);
}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit && !m_image.isNull())
        render();
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        event->angleDelta().y() > 0 ? zoomIn() : zoomOut();
        event->accept();
        return;
    }
    QScrollArea::wheelEvent(event);
}

} // namespace ab::ui
