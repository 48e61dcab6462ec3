#include "ui/ReviewModel.h"

#include "ui/CustodyText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ab::ui
{

ReviewModel::ReviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReviewModel::setEntries(const QList<ReviewEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ReviewModel::setObjectNamer(std::function<QString(const QString &)> namer)
{
    m_namer = std::move(namer);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, About), index(rowCount() - 1, About));
}

QString ReviewModel::kindText(ReviewEntry::Kind kind)
{
    switch (kind) {
    case ReviewEntry::Kind::Approval:
        return tr("Approval");
    case ReviewEntry::Kind::Rejection:
        return tr("Rejection");
    case ReviewEntry::Kind::Comment:
        break;
    }
    return tr("Comment");
}

void ReviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Who:
            return e.by;
        case Kind:
            return kindText(e.kind);
        case About:
            if (e.object.isEmpty())
                return tr("The whole inspection");
            return m_namer ? m_namer(e.object) : CustodyText::objectName(e.object);
        case Text:
            return e.text.simplified();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return e.text;
        if (index.column() == When)
            return e.at.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == About && !e.object.isEmpty())
            return tr("%1 — double-click to go there").arg(e.object);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Kind && e.kind == ReviewEntry::Kind::Approval)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        if (index.column() == Kind && e.kind == ReviewEntry::Kind::Rejection)
            return QBrush(QColor(0x8e, 0x00, 0x12));
        break;
    case ObjectRole:
        return e.object;
    case IdRole:
        return e.id;
    }
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Kind:
        return tr("What");
    case About:
        return tr("About");
    case Text:
        return tr("Text");
    }
    return {};
}

} // namespace ab::ui
