#include "ui/CustodyModel.h"

#include "core/inspection/InspectionFile.h"
#include "ui/CustodyText.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLocale>
#include <QScopedValueRollback>

namespace ab::ui
{

CustodyModel::CustodyModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustodyModel::setFile(InspectionFile *file, std::function<bool()> readable)
{
    beginResetModel();
    m_file = file;
    m_readable = std::move(readable);
    m_entries.clear();
    m_total = 0;
    endReset();
    refresh();
}

void CustodyModel::refresh()
{
    // The log only grows: what was read stays valid, the count moves on.
    if (!mayRead()) {
        if (!m_file && m_total != 0) {
            m_total = 0;
            Q_EMIT countsChanged();
        }
        return;
    }
    auto n = m_file->custody().lastSeq(); // entries are numbered from 1, without gaps in an intact log
    if (n && *n != m_total) {
        m_total = *n;
        Q_EMIT countsChanged();
    }
    // A view already at the end (all read) shows the new entries at once.
    if (n && m_entries.size() < m_total && m_entries.size() + PageSize >= m_total)
        fetchMore({});
}

const CustodyEntry *CustodyModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

bool CustodyModel::canFetchMore(const QModelIndex &parent) const
{
    // Never from inside our own insertion (a proxy or tester asking again
    // while rowsInserted is being delivered would read the same page twice).
    return !m_fetching && !parent.isValid() && m_entries.size() < m_total && mayRead();
}

void CustodyModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> busy(m_fetching, true);
    const qint64 from = m_entries.isEmpty() ? 1 : m_entries.constLast().seq + 1;
    auto page = m_file->custody().entries(from, PageSize);
    if (!page || page->isEmpty()) {
        m_total = m_entries.size(); // a log with gaps (verify names them): stop where it ends
        return;
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_entries.append(*page);
    endInsertRows();
}

void CustodyModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CustodyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CustodyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustodyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustodyEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq:
            return e.seq;
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Actor:
            return e.actor;
        case Action:
            return e.action;
        case Object:
            return e.object;
        case Description:
            return CustodyText::sentence(e);
        case Hash:
            return QString(e.hash.left(16) + QStringLiteral("…"));
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Hash)
            return tr("This row: %1\nPrevious row: %2").arg(e.hash, e.prev);
        if (index.column() == Action || index.column() == Object || index.column() == Description)
            return QString(CustodyText::sentence(e) + QStringLiteral("\n\n") + e.action + QStringLiteral(" ") + e.object +
                           QStringLiteral("\n") + QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Indented)));
        if (index.column() == Time)
            return e.at.toString(Qt::ISODateWithMs);
    } else if (role == Qt::FontRole && index.column() == Hash) {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    } else if (role == Qt::TextAlignmentRole && index.column() == Seq) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant CustodyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Description:
        return tr("What it records");
    case Hash:
        return tr("Hash");
    }
    return {};
}

} // namespace ab::ui
