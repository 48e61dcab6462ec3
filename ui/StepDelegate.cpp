#include "ui/StepDelegate.h"

#include "ui/StepModel.h"

#include <QApplication>
#include <QPainter>

namespace ab::ui
{

namespace
{
QFont smaller(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.88);
    return f;
}
} // namespace

QString StepDelegate::badgeText(const QModelIndex &index)
{
    const int missing = index.data(StepModel::MissingRole).toInt();
    if (missing > 0)
        return missing > 999 ? QStringLiteral("999+") : QString::number(missing);
    return index.data(StepModel::DoneRole).toBool() ? QStringLiteral("✓") : QString();
}

QSize StepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (index.data(StepModel::SeparatorRole).toBool())
        return {fm.height(), fm.height() / 2 + 1};
    const QFontMetrics small(smaller(option.font));
    const int pad = fm.height() / 3;
    const int text = fm.height() + small.height();
    return {fm.horizontalAdvance(index.data().toString()) + 6 * fm.height(), text + 2 * pad};
}

void StepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics fm(opt.font);
    painter->save();
    if (index.data(StepModel::SeparatorRole).toBool()) {
        const int y = opt.rect.center().y();
        painter->setPen(QPen(opt.palette.color(QPalette::Mid), 0));
        painter->drawLine(opt.rect.left() + fm.height() / 2, y, opt.rect.right() - fm.height() / 2, y);
        painter->restore();
        return;
    }
    // Background, selection and focus frame from the style, without its text.
    const QString name = opt.text;
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const int pad = fm.height() / 3;
    QRect r = opt.rect.adjusted(pad, pad, -pad, -pad);
    const int iconSize = fm.height() + fm.height() / 3;
    if (!icon.isNull()) {
        const QRect ir(r.left(), r.top() + (r.height() - iconSize) / 2, iconSize, iconSize);
        icon.paint(painter, ir, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
        r.setLeft(ir.right() + pad + 1);
    }
    // The badge on the right.
    const QString badge = badgeText(index);
    if (!badge.isEmpty()) {
        QFont bf = opt.font;
        bf.setBold(true);
        const QFontMetrics bm(bf);
        const int h = bm.height();
        const int w = qMax(h, bm.horizontalAdvance(badge) + h / 2);
        const QRect br(r.right() - w + 1, r.top() + (r.height() - h) / 2, w, h);
        const bool missing = index.data(StepModel::MissingRole).toInt() > 0;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(missing ? QColor(0xc0, 0x5a, 0x00) : QColor(0x2e, 0x7d, 0x32));
        painter->drawRoundedRect(br, h / 2.0, h / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(bf);
        painter->drawText(br, Qt::AlignCenter, badge);
        r.setRight(br.left() - pad);
    }
    QFont nf = opt.font;
    nf.setBold(selected);
    painter->setFont(nf);
    painter->setPen(text);
    const QFontMetrics nm(nf);
    const QFont pf = smaller(opt.font);
    const QFontMetrics pm(pf);
    const QString progress = index.data(StepModel::ProgressRole).toString();
    const int block = nm.height() + (progress.isEmpty() ? 0 : pm.height());
    const int top = r.top() + (r.height() - block) / 2;
    painter->drawText(QRect(r.left(), top, r.width(), nm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nm.elidedText(name, Qt::ElideRight, r.width()));
    if (!progress.isEmpty()) {
        painter->setFont(pf);
        QColor dim = text;
        if (!selected)
            dim = opt.palette.color(QPalette::PlaceholderText);
        painter->setPen(dim);
        painter->drawText(QRect(r.left(), top + nm.height(), r.width(), pm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          pm.elidedText(progress, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

} // namespace ab::ui
