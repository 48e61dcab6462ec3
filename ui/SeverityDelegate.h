#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace ab::ui
{

// Paints a severity as a coloured chip with its (translated) name, sized
// from the font so it stays right at any scale. Reads the severity from a
// role of the model (high | medium | low | info).
class SeverityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SeverityDelegate(int severityRole, QObject *parent = nullptr);
    static QColor colour(const QString &severity); // invalid for none
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace ab::ui
