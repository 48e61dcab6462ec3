#include "ui/SeverityDelegate.h"

#include <QApplication>
#include <QPainter>

namespace ab::ui
{

SeverityDelegate::SeverityDelegate(int severityRole, QObject *parent) : QStyledItemDelegate(parent), m_role(severityRole) {}

QColor SeverityDelegate::colour(const QString &severity)
{
    // Soft tones, so black text stays readable on them in light and dark themes.
    if (severity == QLatin1String("high"))
        return QColor(0xf5, 0xb7, 0xb1);
    if (severity == QLatin1String("medium"))
        return QColor(0xfa, 0xd7, 0xa0);
    if (severity == QLatin1String("low"))
        return QColor(0xae, 0xd6, 0xf1);
    if (severity == QLatin1String("info"))
        return QColor(0xd5, 0xd8, 0xdc);
    return {};
}

void SeverityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection and focus as usual
    const QColor chip = colour(index.data(m_role).toString());
    const QFontMetrics fm(opt.font);
    const int padX = fm.horizontalAdvance(QLatin1Char(' '));
    const int padY = qMax(1, fm.height() / 8);
    QRect r = opt.rect.adjusted(padX / 2, padY, -padX / 2, -padY);
    r.setWidth(qMin(r.width(), fm.horizontalAdvance(text) + 2 * padX));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (chip.isValid()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(chip);
        painter->drawRoundedRect(r, r.height() / 3.0, r.height() / 3.0);
        painter->setPen(Qt::black);
    } else {
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    }
    painter->setFont(opt.font);
    painter->drawText(r, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize SeverityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    s.setWidth(qMax(s.width(), fm.horizontalAdvance(index.data().toString()) + 4 * fm.horizontalAdvance(QLatin1Char(' '))));
    return s;
}

} // namespace ab::ui
