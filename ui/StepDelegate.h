#pragma once

#include <QStyledItemDelegate>

namespace ab::ui
{

// One step of the side navigation: icon, name, a line of progress under it,
// and a badge — how many things are missing, or a tick when none are. The
// separator row is a thin line. Every size comes from the font, so the list
// keeps its proportions at any scale and in every language.
class StepDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StepDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) {}
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The badge text of a row ("3", "✓" or empty), for tests and accessibility.
    static QString badgeText(const QModelIndex &index);
};

} // namespace ab::ui
