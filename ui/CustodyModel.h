#pragma once

#include "core/inspection/CustodyLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace ab::ui {

// The custody log, oldest first: who did what to which object, and the hash
// that chains each row to the one before.
class CustodyModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Action, Object, Hash, ColumnCount };

    explicit CustodyModel(QObject *parent = nullptr);
    void setEntries(QList<CustodyEntry> entries);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustodyEntry> m_entries;
};

} // namespace ab::ui
