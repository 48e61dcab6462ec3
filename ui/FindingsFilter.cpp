#include "ui/FindingsFilter.h"

#include "ui/FindingsModel.h"

namespace ab::ui
{

FindingsFilter::FindingsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortLocaleAware(true);
}

void FindingsFilter::setFindings(FindingsModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void FindingsFilter::setSeverity(const QString &severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    changed();
}

void FindingsFilter::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    changed();
}

void FindingsFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    changed();
}

void FindingsFilter::changed()
{
    if (m_model && isFiltering())
        m_model->fetchAll();
    invalidateRowsFilter();
}

void FindingsFilter::sort(int column, Qt::SortOrder order)
{
    if (m_model && column >= 0)
        m_model->fetchAll();
    QSortFilterProxyModel::sort(column, order);
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_severity.isEmpty() && i.data(FindingsModel::SeverityRole).toString() != m_severity)
        return false;
    const QString status = i.data(FindingsModel::StatusRole).toString();
    switch (m_status) {
    case Status::All:
        break;
    case Status::Active:
        if (status == QLatin1String("merged") || status == QLatin1String("dismissed"))
            return false;
        break;
    case Status::Open:
        if (status != QLatin1String("open"))
            return false;
        break;
    case Status::Resolved:
        if (status != QLatin1String("resolved"))
            return false;
        break;
    case Status::Dismissed:
        if (status != QLatin1String("dismissed"))
            return false;
        break;
    case Status::Merged:
        if (status != QLatin1String("merged"))
            return false;
        break;
    }
    const QString needle = m_text.trimmed();
    return needle.isEmpty() || i.data(FindingsModel::SearchRole).toString().contains(needle, Qt::CaseInsensitive);
}

} // namespace ab::ui
