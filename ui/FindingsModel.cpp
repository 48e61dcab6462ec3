#include "ui/FindingsModel.h"

#include "core/findings/FindingService.h"
#include "core/inspection/InspectionFile.h"
#include "ui/QuestionnaireModel.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QScopedValueRollback>

namespace ab::ui
{

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFile(InspectionFile *file, std::function<bool()> readable)
{
    m_file = file;
    m_readable = std::move(readable);
    reload();
}

void FindingsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_address.clear();
    m_total = 0;
    m_atEnd = true;
    QString failure;
    if (mayRead() && m_file->schemaVersion() >= 3) {
        findings::FindingService service(*m_file);
        auto summary = service.summary();
        auto devices = AssetStore(*m_file).devices();
        if (summary && devices) {
            m_total = summary->total;
            m_atEnd = m_total == 0;
            for (const DeviceRecord &d : std::as_const(*devices))
                m_address.insert(d.id, d.address);
        } else {
            failure = !summary ? summary.error().message : devices.error().message;
        }
    }
    endReset();
    Q_EMIT countsChanged();
    if (!failure.isEmpty())
        Q_EMIT readFailed(failure);
}

void FindingsModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

void FindingsModel::updateRecord(const FindingRecord &record)
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == record.id) {
            m_rows[r] = record;
            Q_EMIT dataChanged(index(int(r), 0), index(int(r), ColumnCount - 1));
            return;
        }
    }
}

const FindingRecord *FindingsModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FindingsModel::rowOfId(qint64 id)
{
    for (;;) {
        for (qsizetype r = 0; r < m_rows.size(); ++r)
            if (m_rows.at(r).id == id)
                return int(r);
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

QString FindingsModel::assetText(const FindingRecord &f) const
{
    QString a = m_address.value(f.deviceId);
    if (!a.isEmpty() && f.port > 0)
        a = (a.contains(QLatin1Char(':')) ? QLatin1Char('[') + a + QLatin1Char(']') : a) + QLatin1Char(':') + QString::number(f.port);
    return a;
}

QString FindingsModel::severityName(const QString &severity)
{
    // The checklist's names for severities, so both say the same.
    return QuestionnaireModel::severityName(severity);
}

QString FindingsModel::statusName(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    if (status == QLatin1String("dismissed"))
        return tr("Dismissed");
    if (status == QLatin1String("merged"))
        return tr("Merged");
    return status;
}

void FindingsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FindingsModel::canFetchMore(const QModelIndex &parent) const
{
    // Never from inside our own insertion (a proxy or tester asking again
    // while rowsInserted is being delivered would read the same page twice).
    return !m_fetching && !parent.isValid() && !m_atEnd && mayRead();
}

void FindingsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> busy(m_fetching, true);
    auto page = findings::FindingService(*m_file).page(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), PageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT readFailed(page.error().message);
        return;
    }
    if (page->size() < PageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
    if (m_rows.size() > m_total) { // added by someone else since the count
        m_total = m_rows.size();
        Q_EMIT countsChanged();
    }
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingRecord &f = m_rows.at(index.row());
    const bool merged = f.status == QLatin1String("merged");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return f.id;
        case Severity:
            return severityName(f.severity);
        case Title:
            return f.title;
        case Device:
            return assetText(f);
        case Item:
            return f.item;
        case Evidence:
            return f.evidence.size();
        case Deadline:
            return f.deadline.isEmpty() ? QString() : QLocale().toString(QDate::fromString(f.deadline, Qt::ISODate), QLocale::ShortFormat);
        case Status:
            return merged ? tr("Merged into #%1").arg(f.mergedInto) : statusName(f.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Severity)
            return f.detail.isEmpty() ? f.title : QStringLiteral("%1\n\n%2").arg(f.title, f.detail);
        if (index.column() == Evidence && f.evidence.isEmpty())
            return tr("No evidence proves this finding yet.");
        if (index.column() == Deadline && f.deadline.isEmpty())
            return tr("The report's default: %n days after it is issued.", nullptr, findings::DefaultDeadlineDays);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Evidence)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (merged || f.status == QLatin1String("dismissed")) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (merged || f.status == QLatin1String("dismissed"))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Evidence && f.evidence.isEmpty())
            return QPalette().brush(QPalette::Active, QPalette::Link); // stands out without a colour of its own
        break;
    case IdRole:
        return f.id;
    case SeverityRole:
        return f.severity;
    case StatusRole:
        return f.status;
    case SortRole:
        switch (index.column()) {
        case Severity:
            return severityRank(f.severity);
        case Id:
            return f.id;
        case Evidence:
            return f.evidence.size();
        case Deadline:
            return f.deadline;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        return QStringList{f.title, f.detail, f.item, assetText(f), f.recommendation, f.cve, QString::number(f.id)}.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case Severity:
        return tr("Severity");
    case Title:
        return tr("Finding");
    case Device:
        return tr("Device");
    case Item:
        return tr("Item");
    case Evidence:
        return tr("Evidence");
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace ab::ui
