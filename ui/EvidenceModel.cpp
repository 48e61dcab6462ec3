#include "ui/EvidenceModel.h"

#include "core/inspection/InspectionFile.h"

#include <QLocale>

namespace ab::ui {

EvidenceModel::EvidenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceModel::setItems(QList<EvidenceItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const EvidenceItem *EvidenceModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
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
    case SortRole:
        switch (index.column()) {
        case Size:
            return e.size;
        case AddedAt:
            return e.addedAt;
        case Sha256:
            return e.sha256;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
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
