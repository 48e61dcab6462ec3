#pragma once

#include <QSortFilterProxyModel>

namespace ab::ui {

// Narrows a QuestionnaireModel to pending or non-compliant items and/or one section.
class QuestionnaireFilter final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { All, Pending, NonCompliant };

    explicit QuestionnaireFilter(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }
    // Empty: every section.
    void setSection(const QString &sectionId);
    QString section() const { return m_section; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_section;
};

} // namespace ab::ui
