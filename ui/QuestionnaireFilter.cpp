#include "ui/QuestionnaireFilter.h"

#include "core/catalog/Questionnaire.h"
#include "ui/QuestionnaireModel.h"

namespace ab::ui {

QuestionnaireFilter::QuestionnaireFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void QuestionnaireFilter::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

void QuestionnaireFilter::setSection(const QString &sectionId)
{
    if (sectionId == m_section)
        return;
    m_section = sectionId;
    invalidateFilter();
}

bool QuestionnaireFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_section.isEmpty() && i.data(QuestionnaireModel::SectionIdRole).toString() != m_section)
        return false;
    switch (m_show) {
    case Show::All:
        return true;
    case Show::Pending:
        return i.data(QuestionnaireModel::StateRole).toInt() == int(catalog::ItemState::Pending);
    case Show::NonCompliant:
        return i.data(QuestionnaireModel::NonCompliantRole).toBool();
    }
    return true;
}

} // namespace ab::ui
