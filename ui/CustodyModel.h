#pragma once

#include "core/inspection/CustodyLog.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace ab
{
class InspectionFile;
}

namespace ab::ui
{

// The custody log, oldest first: who did what to which object, and the hash
// that chains each row to the one before. Read a page at a time as the view
// scrolls: an inspection of 100,000 items has more entries than that.
class CustodyModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Description: what the entry records as a sentence (CustodyText), beside the raw action and object.
    enum Column { Seq, Time, Actor, Action, Object, Description, Hash, ColumnCount };
    static constexpr int PageSize = 500;

    explicit CustodyModel(QObject *parent = nullptr);
    // nullptr clears; `readable` as for EvidenceModel.
    void setFile(InspectionFile *file, std::function<bool()> readable = {});
    // Counts again; entries appended since are fetched as the view asks.
    void refresh();
    qint64 totalCount() const { return m_total; }
    const CustodyEntry *entryAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void countsChanged();

private:
    bool mayRead() const { return m_file && (!m_readable || m_readable()); }
    InspectionFile *m_file = nullptr;
    std::function<bool()> m_readable;
    bool m_fetching = false;
    // endResetModel() with no reading from inside its notification (a slot on
    // modelReset that asks for more, as QAbstractItemModelTester does, would
    // insert rows before every listener has seen the reset).
    void endReset()
    {
        const bool was = m_fetching;
        m_fetching = true;
        endResetModel();
        m_fetching = was;
    }
    QList<CustodyEntry> m_entries;
    qint64 m_total = 0;
};

} // namespace ab::ui
