#include "ui/CustodyModel.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLocale>

namespace ab::ui {

CustodyModel::CustodyModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustodyModel::setEntries(QList<CustodyEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
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
        case Hash:
            return QString(e.hash.left(16) + QStringLiteral("…"));
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Hash)
            return tr("This row: %1\nPrevious row: %2").arg(e.hash, e.prev);
        if (index.column() == Action || index.column() == Object)
            return QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Indented));
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
    case Hash:
        return tr("Hash");
    }
    return {};
}

} // namespace ab::ui
