#pragma once

#include <QImage>
#include <QScrollArea>

class QLabel;

namespace ab::ui
{

// An image at its size, fitted to the view, or zoomed (Ctrl+wheel too).
class ImageView final : public QScrollArea
{
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);
    void setImage(const QImage &image);
    void clear();
    const QImage &image() const { return m_image; }
    bool isFitting() const { return m_fit; }
    double zoom() const { return m_zoom; } // of the image's pixels, 1.0 = actual size

public Q_SLOTS:
    void fitToWindow();
    void actualSize();
    void zoomIn();
    void zoomOut();

Q_SIGNALS:
    void zoomChanged(double zoom, bool fitting);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void setZoom(double zoom);
    void render();
    QImage m_image;
    QLabel *m_label = nullptr;
    double m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace ab::ui
