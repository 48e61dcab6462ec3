#pragma once

#include "core/evidence/EvidenceItem.h"
#include "core/evidence/EvidencePager.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>

namespace ab
{
class InspectionFile;
}

namespace ab::ui
{

// The evidence items of the open inspection, one row each, read a page at a
// time as the view scrolls (canFetchMore/fetchMore): filter and sort are
// done by SQLite (EvidencePager), so 100,000 items open as fast as ten.
// Optionally checkable, for choosing items: the checks are kept by id, so
// they survive pages not read yet and a change of filter or order.
class EvidenceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Size, Sha256, Item, AddedBy, AddedAt, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 256;

    explicit EvidenceModel(QObject *parent = nullptr);
    ~EvidenceModel() override;

    // nullptr clears. `readable` says when the UI thread may read the file
    // (not while a task may hold its write lock); pages wait until it may.
    void setFile(InspectionFile *file, std::function<bool()> readable = {});
    // Reads the counts again and starts from the first page.
    void reload();
    // Text matched in name, note, hash, item, person, and kind names.
    void setFilterText(const QString &text);
    QString filterText() const { return m_query.text; }
    // Only items of this kind (document for an authorisation); empty: any.
    void setOnlyKind(const QString &kind);
    void setCheckable(bool checkable, bool single = false);
    void setChecked(const QList<qint64> &ids);
    QList<qint64> checked() const; // sorted

    const EvidenceItem *itemAt(int row) const;
    int rowOfId(qint64 id) const;                    // among the rows read so far, or -1
    qint64 totalCount() const { return m_total; }    // matching the filter
    qint64 unfilteredCount() const { return m_all; } // every item
    // Translated name of a kind ("photo" -> "Photo").
    static QString kindName(const QString &kind);
    // Header texts are translated at call time; this tells views to ask again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countsChanged();
    void readFailed(const QString &message);

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
    EvidenceQuery m_query;
    std::unique_ptr<EvidencePager> m_pager;
    QList<EvidenceItem> m_items;
    qint64 m_total = 0;
    qint64 m_all = 0;
    bool m_checkable = false;
    bool m_single = false;
    QSet<qint64> m_checked;
};

} // namespace ab::ui
