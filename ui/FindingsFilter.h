#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace ab::ui
{

class FindingsModel;

// Narrows the findings by severity, status and text, and sorts them by any
// column. Both need every finding, so the first filter or sort reads the
// pages not read yet; unfiltered and unsorted, the source's report order and
// its paging stand, and a large inspection opens at once.
class FindingsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Active: neither merged into another nor dismissed.
    enum class Status { All, Active, Open, Resolved, Dismissed, Merged };

    explicit FindingsFilter(QObject *parent = nullptr);
    void setFindings(FindingsModel *model);
    void setSeverity(const QString &severity); // empty: any
    void setStatus(Status status);
    void setText(const QString &text);
    QString severity() const { return m_severity; }
    Status status() const { return m_status; }
    QString text() const { return m_text; }
    bool isFiltering() const { return !m_severity.isEmpty() || m_status != Status::All || !m_text.trimmed().isEmpty(); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();
    FindingsModel *m_model = nullptr;
    QString m_severity;
    Status m_status = Status::All;
    QString m_text;
};

} // namespace ab::ui
