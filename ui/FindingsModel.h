#pragma once

#include "core/inspection/Assets.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace ab
{
class InspectionFile;
}

namespace ab::ui
{

// The findings of the open inspection in the report's order (most severe
// first), read a page at a time as the view scrolls; FindingsFilter narrows
// and re-sorts them. Devices are named by address.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Severity, Title, Device, Item, Evidence, Deadline, Status, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeverityRole, // "high" .. "info"
        StatusRole,   // "open" .. "merged"
        SortRole,
        SearchRole, // the text a filter looks in
    };
    static constexpr int PageSize = 200;

    explicit FindingsModel(QObject *parent = nullptr);
    void setFile(InspectionFile *file, std::function<bool()> readable = {});
    void reload();
    // Reads every page not read yet (before a filter or a sort over all of them).
    void fetchAll();
    // Replaces one row after an edit (nothing when it is not read yet).
    void updateRecord(const FindingRecord &record);

    const FindingRecord *recordAt(int row) const;
    int rowOfId(qint64 id); // reads on until found; -1 when there is none
    qint64 totalCount() const { return m_total; }
    QString deviceAddress(qint64 deviceId) const { return m_address.value(deviceId); }
    QString assetText(const FindingRecord &f) const;
    static QString severityName(const QString &severity);
    static QString statusName(const QString &status);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

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
    QList<FindingRecord> m_rows;
    QHash<qint64, QString> m_address;
    qint64 m_total = 0;
    bool m_atEnd = true;
};

} // namespace ab::ui
