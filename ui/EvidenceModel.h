#pragma once

#include "core/evidence/EvidenceItem.h"

#include <QAbstractTableModel>
#include <QList>

namespace ab::ui {

// The evidence items of the open inspection, one row each.
class EvidenceModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Size, Sha256, Item, AddedBy, AddedAt, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit EvidenceModel(QObject *parent = nullptr);

    void setItems(QList<EvidenceItem> items);
    const EvidenceItem *itemAt(int row) const;
    // Translated name of a kind ("photo" -> "Photo").
    static QString kindName(const QString &kind);
    // Header texts are translated at call time; this tells views to ask again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EvidenceItem> m_items;
};

} // namespace ab::ui
