#pragma once

#include "core/seal/Comparison.h"

#include <QAbstractTableModel>

#include <optional>

namespace ab::ui
{

// Several inspections of the same site side by side: one row per thing any
// of them holds (a detail, an answer, a finding, a device, a service, an
// evidence item), one column per file. By default only what differs is shown;
// a section filter narrows it further.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SectionColumn, LabelColumn, FirstFileColumn };
    enum Role { DiffersRole = Qt::UserRole + 1, SectionRole };

    explicit ComparisonModel(QObject *parent = nullptr);
    void setComparison(Comparison comparison);
    const Comparison &comparison() const { return m_comparison; }
    void setOnlyDifferences(bool only);
    void setSection(std::optional<ComparisonRow::Section> section);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString sectionTitle(ComparisonRow::Section section);

private:
    void rebuild();

    Comparison m_comparison;
    QList<int> m_shown; // indexes into m_comparison.rows
    bool m_onlyDifferences = true;
    std::optional<ComparisonRow::Section> m_section;
};

} // namespace ab::ui
