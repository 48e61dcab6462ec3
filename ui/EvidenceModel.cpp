#include "ui/EvidenceModel.h"

#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"

#include <QLocale>

#include <QScopedValueRollback>
#include <algorithm>

namespace ab::ui
{

EvidenceModel::EvidenceModel(QObject *parent) : QAbstractTableModel(parent) {}

EvidenceModel::~EvidenceModel() = default;

void EvidenceModel::setFile(InspectionFile *file, std::function<bool()> readable)
{
    m_file = file;
    m_readable = std::move(readable);
    m_checked.clear();
    reload();
}

void EvidenceModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_total = m_all = 0;
    m_pager.reset();
    if (mayRead()) {
        m_pager = std::make_unique<EvidencePager>(*m_file, m_query);
        auto total = m_pager->count();
        auto all = m_query.text.isEmpty() && m_query.onlyKind.isEmpty() ? total : EvidenceStore(*m_file).count();
        if (total && all) {
            m_total = *total;
            m_all = *all;
        } else {
            m_pager.reset();
            endReset();
            Q_EMIT readFailed(!total ? total.error().message : all.error().message);
            Q_EMIT countsChanged();
            return;
        }
    }
    endReset();
    Q_EMIT countsChanged();
}

void EvidenceModel::setFilterText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    m_query.kinds.clear();
    const QString needle = text.trimmed();
    if (!needle.isEmpty())
        for (const QString &k : EvidenceItem::kinds())
            if (kindName(k).contains(needle, Qt::CaseInsensitive))
                m_query.kinds.append(k);
    reload();
}

void EvidenceModel::setOnlyKind(const QString &kind)
{
    if (kind == m_query.onlyKind)
        return;
    m_query.onlyKind = kind;
    reload();
}

void EvidenceModel::setCheckable(bool checkable, bool single)
{
    beginResetModel();
    m_checkable = checkable;
    m_single = single;
    endReset();
}

void EvidenceModel::setChecked(const QList<qint64> &ids)
{
    m_checked = QSet<qint64>(ids.cbegin(), ids.cend());
    if (m_single && m_checked.size() > 1)
        m_checked = {*std::min_element(ids.cbegin(), ids.cend())};
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::CheckStateRole});
}

QList<qint64> EvidenceModel::checked() const
{
    QList<qint64> out(m_checked.cbegin(), m_checked.cend());
    std::sort(out.begin(), out.end());
    return out;
}

const EvidenceItem *EvidenceModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int EvidenceModel::rowOfId(qint64 id) const
{
    for (qsizetype r = 0; r < m_items.size(); ++r)
        if (m_items.at(r).id == id)
            return int(r);
    return -1;
}

QString EvidenceModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("document"))
        return tr("Document");
    if (kind == QLatin1String("photo"))
        return tr("Photo");
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("transcript"))
        return tr("Transcript");
    return kind;
}

void EvidenceModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EvidenceModel::canFetchMore(const QModelIndex &parent) const
{
    // Never from inside our own insertion (a proxy or tester asking again
    // while rowsInserted is being delivered would read the same page twice).
    return !m_fetching && !parent.isValid() && m_pager && !m_pager->atEnd() && m_items.size() < m_total && mayRead();
}

void EvidenceModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> busy(m_fetching, true);
    auto page = m_pager->next(PageSize);
    if (!page) {
        m_pager.reset(); // stop asking; a reload starts again
        Q_EMIT readFailed(page.error().message);
        return;
    }
    if (page->isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_items.append(*page);
    endInsertRows();
}

void EvidenceModel::sort(int column, Qt::SortOrder order)
{
    using O = EvidenceQuery::Order;
    static const O orders[ColumnCount] = {O::Name, O::Kind, O::Size, O::Sha256, O::Item, O::AddedBy, O::Added};
    const O o = column >= 0 && column < ColumnCount ? orders[column] : O::Added;
    const bool desc = order == Qt::DescendingOrder;
    if (o == m_query.order && desc == m_query.descending)
        return;
    m_query.order = o;
    m_query.descending = desc;
    reload();
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceItem &e = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Kind:
            return kindName(e.kind);
        case Size:
            return formatSize(e.size);
        case Sha256:
            return QString(e.sha256.left(16) + QStringLiteral("…"));
        case Item:
            return e.item;
        case AddedBy:
            return e.addedBy;
        case AddedAt:
            return QLocale().toString(e.addedAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::CheckStateRole:
        if (m_checkable && index.column() == Name)
            return m_checked.contains(e.id) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (index.column() == Sha256)
            return e.sha256;
        if (index.column() == Name && !e.note.isEmpty())
            return e.note;
        if (index.column() == AddedAt)
            return e.addedAt.toString(Qt::ISODate);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return e.id;
    }
    return {};
}

bool EvidenceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || index.column() != Name ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_items.at(index.row()).id;
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        if (m_single && !m_checked.isEmpty()) {
            const qint64 old = *m_checked.cbegin();
            m_checked.clear();
            if (const int r = rowOfId(old); r >= 0)
                Q_EMIT dataChanged(this->index(r, Name), this->index(r, Name), {Qt::CheckStateRole});
        }
        m_checked.insert(id);
    } else {
        m_checked.remove(id);
    }
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_checkable && index.isValid() && index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Size:
        return tr("Size");
    case Sha256:
        return tr("SHA-256");
    case Item:
        return tr("Checklist item");
    case AddedBy:
        return tr("Added by");
    case AddedAt:
        return tr("Added at");
    }
    return {};
}

} // namespace ab::ui
