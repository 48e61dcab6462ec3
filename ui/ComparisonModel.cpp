#include "ui/ComparisonModel.h"

#include "ui/FindingsModel.h"
#include "ui/QuestionnaireModel.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>

namespace ab::ui
{

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setComparison(Comparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    rebuild();
    endResetModel();
}

void ComparisonModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    beginResetModel();
    m_onlyDifferences = only;
    rebuild();
    endResetModel();
}

void ComparisonModel::setSection(std::optional<ComparisonRow::Section> section)
{
    beginResetModel();
    m_section = section;
    rebuild();
    endResetModel();
}

void ComparisonModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_comparison.rows.size(); ++i) {
        const ComparisonRow &r = m_comparison.rows.at(i);
        if (m_onlyDifferences && !r.differs())
            continue;
        if (m_section && r.section != *m_section)
            continue;
        m_shown.append(i);
    }
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFileColumn + int(m_comparison.files.size());
}

QString ComparisonModel::sectionTitle(ComparisonRow::Section section)
{
    switch (section) {
    case ComparisonRow::Section::Details:
        return tr("Details");
    case ComparisonRow::Section::Answer:
        return tr("Answer");
    case ComparisonRow::Section::Finding:
        return tr("Finding");
    case ComparisonRow::Section::Device:
        return tr("Device");
    case ComparisonRow::Section::Service:
        return tr("Service");
    case ComparisonRow::Section::Evidence:
        return tr("Evidence");
    case ComparisonRow::Section::EvidenceName:
        return tr("Evidence (same name)");
    }
    return {};
}

// The comparison holds codes (an answer's "partial", a finding's "high" and
// "open"); a person reads them in the window's language, as on the pages.
static std::pair<QString, QString> shown(ComparisonRow::Section section, const ComparisonCell &c)
{
    switch (section) {
    case ComparisonRow::Section::Answer:
        return {QuestionnaireModel::answerValueName(c.value), c.detail};
    case ComparisonRow::Section::Finding:
        return {FindingsModel::severityName(c.value), FindingsModel::statusName(c.detail)};
    default:
        return {c.value, c.detail};
    }
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const ComparisonRow &r = m_comparison.rows.at(m_shown.at(index.row()));
    if (role == DiffersRole)
        return r.differs();
    if (role == SectionRole)
        return int(r.section);
    if (index.column() == SectionColumn)
        return role == Qt::DisplayRole ? QVariant(sectionTitle(r.section)) : QVariant();
    if (index.column() == LabelColumn) {
        if (role == Qt::DisplayRole)
            return r.label;
        if (role == Qt::ToolTipRole)
            return r.key;
        return {};
    }
    const int file = index.column() - FirstFileColumn;
    if (file < 0 || file >= r.cells.size())
        return {};
    const ComparisonCell &c = r.cells.at(file);
    const auto [value, detail] = shown(r.section, c);
    switch (role) {
    case Qt::DisplayRole:
        if (!c.present)
            return tr("(absent)");
        return detail.isEmpty() ? value : tr("%1 — %2").arg(value, detail);
    case Qt::ToolTipRole:
        return c.present ? (detail.isEmpty() ? value : value + QLatin1Char('\n') + detail) : tr("Not in this inspection.");
    case Qt::FontRole:
        if (!c.present) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        // A differing row is marked where a cell differs from the first file's;
        // an absent cell always. Light colours that keep text readable.
        if (!r.differs())
            return {};
        if (!c.present)
            return QBrush(QColor(0xec, 0xef, 0xf1));
        if (file > 0 && !(c == r.cells.first()))
            return QBrush(QColor(0xff, 0xec, 0xb3));
        return {};
    case Qt::ForegroundRole:
        if (r.differs() && (!c.present || (file > 0 && !(c == r.cells.first()))))
            return QBrush(QColor(0x21, 0x21, 0x21));
        return {};
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == SectionColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Section")) : QVariant();
    if (section == LabelColumn)
        return role == Qt::DisplayRole ? QVariant(tr("What")) : QVariant();
    const int file = section - FirstFileColumn;
    if (file < 0 || file >= m_comparison.files.size())
        return {};
    if (role == Qt::DisplayRole) {
        const QString title = m_comparison.titles.value(file);
        const QString name = QFileInfo(m_comparison.files.at(file)).fileName();
        return title.isEmpty() ? name : name + QLatin1Char('\n') + title;
    }
    if (role == Qt::ToolTipRole)
        return QDir::toNativeSeparators(m_comparison.files.at(file));
    return {};
}

} // namespace ab::ui
