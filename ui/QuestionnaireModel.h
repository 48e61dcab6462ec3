#pragma once

#include "core/catalog/Questionnaire.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace ab::ui {

// The checklist items of one kind (interview or document) with their state
// under the current answers, one row each. Rows are fixed by the catalog;
// refresh() re-evaluates skip logic and answers in memory, never the file.
class QuestionnaireModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Section, Text, State, Value, Severity, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, SectionIdRole, StateRole, NonCompliantRole };

    explicit QuestionnaireModel(const QString &kind, QObject *parent = nullptr);

    QString kind() const { return m_kind; }
    // Shared with the other pages; nullptr clears the model.
    void setQuestionnaire(std::shared_ptr<catalog::Questionnaire> questionnaire);
    const std::shared_ptr<catalog::Questionnaire> &questionnaire() const { return m_questionnaire; }
    void refresh();
    // Catalog texts and state names follow Language::current().
    void retranslate();

    const catalog::ItemStatus *statusAt(int row) const;
    const catalog::ItemStatus *status(const QString &itemId) const;
    int rowOf(const QString &itemId) const;
    int answeredCount() const;
    int applicableCount() const;

    static QString stateName(catalog::ItemState state);
    static QString severityName(const QString &severity);
    static QString answerValueName(const QString &value);
    // An answer as a person reads it, in the current language.
    static QString valueText(const catalog::Item &item, const QJsonValue &value);
    static bool isNonCompliant(const catalog::ItemStatus &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<catalog::ItemStatus> evaluateKind() const;

    QString m_kind;
    std::shared_ptr<catalog::Questionnaire> m_questionnaire;
    QList<catalog::ItemStatus> m_rows;
};

} // namespace ab::ui
