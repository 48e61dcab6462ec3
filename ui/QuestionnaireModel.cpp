#include "ui/QuestionnaireModel.h"

#include "core/util/Language.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace ab::ui {

using catalog::AnswerType;
using catalog::ItemState;
using catalog::ItemStatus;

QuestionnaireModel::QuestionnaireModel(const QString &kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void QuestionnaireModel::setQuestionnaire(std::shared_ptr<catalog::Questionnaire> questionnaire)
{
    beginResetModel();
    m_questionnaire = std::move(questionnaire);
    m_rows = evaluateKind();
    endResetModel();
}

QList<ItemStatus> QuestionnaireModel::evaluateKind() const
{
    QList<ItemStatus> out;
    if (!m_questionnaire)
        return out;
    for (const ItemStatus &s : m_questionnaire->evaluate())
        if (s.item->kind == m_kind)
            out.append(s);
    return out;
}

void QuestionnaireModel::refresh()
{
    QList<ItemStatus> rows = evaluateKind();
    if (rows.size() != m_rows.size()) { // another catalog: start over
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QuestionnaireModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const ItemStatus *QuestionnaireModel::statusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const ItemStatus *QuestionnaireModel::status(const QString &itemId) const
{
    return statusAt(rowOf(itemId));
}

int QuestionnaireModel::rowOf(const QString &itemId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).item->id == itemId)
            return r;
    return -1;
}

int QuestionnaireModel::answeredCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ItemStatus &s) { return s.state == ItemState::Answered; }));
}

int QuestionnaireModel::applicableCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ItemStatus &s) { return s.state == ItemState::Answered || s.state == ItemState::Pending; }));
}

QString QuestionnaireModel::stateName(ItemState state)
{
    switch (state) {
    case ItemState::Pending:
        return tr("Pending");
    case ItemState::Answered:
        return tr("Answered");
    case ItemState::NotApplicable:
        return tr("Not applicable");
    case ItemState::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString QuestionnaireModel::severityName(const QString &severity)
{
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("low"))
        return tr("Low");
    if (severity == QLatin1String("info"))
        return tr("Info");
    return severity;
}

QString QuestionnaireModel::answerValueName(const QString &value)
{
    if (value == QLatin1String("yes"))
        return tr("Yes");
    if (value == QLatin1String("no"))
        return tr("No");
    if (value == QLatin1String("compliant"))
        return tr("Compliant");
    if (value == QLatin1String("partial"))
        return tr("Partially compliant");
    if (value == QLatin1String("noncompliant"))
        return tr("Non-compliant");
    if (value == QLatin1String("na"))
        return tr("Not applicable");
    return value;
}

QString QuestionnaireModel::valueText(const catalog::Item &item, const QJsonValue &value)
{
    const QString lang = Language::current();
    auto label = [&](const QString &id) {
        for (const catalog::Choice &c : item.choices)
            if (c.id == id)
                return c.label.text(lang);
        return id;
    };
    switch (item.answerType) {
    case AnswerType::Compliance:
        return answerValueName(value.toString());
    case AnswerType::YesNo:
        return answerValueName(value.toString());
    case AnswerType::Number:
        return QLocale().toString(value.toDouble(), 'g', 12);
    case AnswerType::Choice:
        return label(value.toString());
    case AnswerType::MultiChoice: {
        QStringList labels;
        for (const QJsonValue &v : value.toArray())
            labels.append(label(v.toString()));
        return labels.join(QStringLiteral(", "));
    }
    case AnswerType::Date:
    case AnswerType::Text:
        return value.toString().section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

bool QuestionnaireModel::isNonCompliant(const ItemStatus &status)
{
    return status.state == ItemState::Answered && status.compliance && *status.compliance < 1.0;
}

int QuestionnaireModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuestionnaireModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionnaireModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemStatus &s = m_rows.at(index.row());
    const catalog::Item &item = *s.item;
    const QString lang = Language::current();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return item.id;
        case Section: {
            const catalog::Section *sec = m_questionnaire->catalog().section(item.section);
            return sec ? sec->title.text(lang) : item.section;
        }
        case Text:
            return item.text.text(lang);
        case State:
            return stateName(s.state);
        case Value:
            return s.answer ? valueText(item, s.answer->value) : QString();
        case Severity:
            return severityName(item.severity);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return item.text.text(lang);
        if (index.column() == State && !s.problem.isEmpty())
            return s.problem;
        if (index.column() == Value && s.answer && !s.answer->note.isEmpty())
            return s.answer->note;
        break;
    case Qt::ForegroundRole:
        if (s.state == ItemState::Skipped || s.state == ItemState::NotApplicable)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Value && isNonCompliant(s))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        break;
    case ItemIdRole:
        return item.id;
    case SectionIdRole:
        return item.section;
    case StateRole:
        return int(s.state);
    case NonCompliantRole:
        return isNonCompliant(s);
    }
    return {};
}

QVariant QuestionnaireModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Item");
    case Section:
        return tr("Section");
    case Text:
        return tr("Question");
    case State:
        return tr("State");
    case Value:
        return tr("Answer");
    case Severity:
        return tr("Severity");
    }
    return {};
}

} // namespace ab::ui
