#include "ui/AnswerEditor.h"

#include "ui/QuestionnaireModel.h"

#include "core/util/Language.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>


namespace ab::ui {

using catalog::AnswerType;

namespace {
const char *ValueProperty = "answerValue";
}

AnswerEditor::AnswerEditor(QWidget *parent) : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void AnswerEditor::clear()
{
    delete m_input; // and every input inside it
    m_input = nullptr;
    m_group = nullptr;
    m_number = nullptr;
    m_date = nullptr;
    m_choice = nullptr;
    m_multi = nullptr;
    m_text = nullptr;
}

QStringList AnswerEditor::buttonValues() const
{
    if (!m_item)
        return {};
    if (m_item->answerType == AnswerType::Compliance)
        return {QStringLiteral("compliant"), QStringLiteral("partial"), QStringLiteral("noncompliant"), QStringLiteral("na")};
    if (m_item->answerType == AnswerType::YesNo)
        return {QStringLiteral("yes"), QStringLiteral("no")};
    return {};
}

// No mnemonics: a keyboard reaches the group with Tab and moves with the arrows,
// and letters stay free for the tabs and menus in all three languages.
QString AnswerEditor::buttonLabel(const QString &value) const
{
    return QuestionnaireModel::answerValueName(value); // the same words as the item list
}

void AnswerEditor::setItem(const catalog::Item *item, const std::optional<QJsonValue> &value)
{
    clear();
    m_item = item;
    if (!item)
        return;
    m_input = new QWidget(this);
    auto *box = new QVBoxLayout(m_input);
    box->setContentsMargins(0, 0, 0, 0);
    const QString lang = Language::current();
    switch (item->answerType) {
    case AnswerType::Compliance:
    case AnswerType::YesNo: {
        m_group = new QButtonGroup(m_input);
        for (const QString &v : buttonValues()) {
            auto *b = new QRadioButton(buttonLabel(v), m_input);
            b->setProperty(ValueProperty, v);
            b->setObjectName(QStringLiteral("answer_") + v);
            m_group->addButton(b);
            box->addWidget(b);
        }
        connect(m_group, &QButtonGroup::buttonClicked, this, &AnswerEditor::changed);
        break;
    }
    case AnswerType::Number:
        m_number = new QDoubleSpinBox(m_input);
        m_number->setRange(-1e12, 1e12);
        m_number->setDecimals(2);
        m_number->setMaximumWidth(220);
        box->addWidget(m_number);
        connect(m_number, &QDoubleSpinBox::valueChanged, this, &AnswerEditor::changed);
        break;
    case AnswerType::Date:
        m_date = new QDateEdit(QDate::currentDate(), m_input);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_date->setCalendarPopup(true);
        m_date->setMaximumWidth(220);
        box->addWidget(m_date);
        connect(m_date, &QDateEdit::dateChanged, this, &AnswerEditor::changed);
        break;
    case AnswerType::Choice:
        m_choice = new QComboBox(m_input);
        m_choice->addItem(QString(), QString()); // nothing chosen yet
        for (const catalog::Choice &c : item->choices)
            m_choice->addItem(c.label.text(lang), c.id);
        box->addWidget(m_choice);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &AnswerEditor::changed);
        break;
    case AnswerType::MultiChoice:
        m_multi = new QListWidget(m_input);
        for (const catalog::Choice &c : item->choices) {
            auto *row = new QListWidgetItem(c.label.text(lang), m_multi);
            row->setData(Qt::UserRole, c.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(Qt::Unchecked);
        }
        m_multi->setMaximumHeight(m_multi->sizeHintForRow(0) * int(item->choices.size() + 1) + 8);
        box->addWidget(m_multi);
        connect(m_multi, &QListWidget::itemChanged, this, &AnswerEditor::changed);
        break;
    case AnswerType::Text:
        m_text = new QPlainTextEdit(m_input);
        m_text->setTabChangesFocus(true);
        m_text->setMaximumHeight(fontMetrics().height() * 6);
        box->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &AnswerEditor::changed);
        break;
    }
    m_layout->addWidget(m_input);
    m_input->show(); // now, not when the layout gets round to it: a click may follow at once
    if (value) {
        QString text;
        if (value->isArray()) {
            QStringList ids;
            for (const QJsonValue &v : value->toArray())
                ids.append(v.toString());
            text = ids.join(QLatin1Char(','));
        } else if (value->isDouble()) {
            text = QString::number(value->toDouble(), 'g', 15);
        } else {
            text = value->toString();
        }
        choose(text);
    }
}

QString AnswerEditor::valueText() const
{
    if (m_group)
        return m_group->checkedButton() ? m_group->checkedButton()->property(ValueProperty).toString() : QString();
    if (m_number)
        return QString::number(m_number->value(), 'g', 15);
    if (m_date)
        return m_date->date().toString(Qt::ISODate);
    if (m_choice)
        return m_choice->currentData().toString();
    if (m_multi) {
        QStringList ids;
        for (int i = 0; i < m_multi->count(); ++i)
            if (m_multi->item(i)->checkState() == Qt::Checked)
                ids.append(m_multi->item(i)->data(Qt::UserRole).toString());
        return ids.join(QLatin1Char(','));
    }
    if (m_text)
        return m_text->toPlainText().trimmed().isEmpty() ? QString() : m_text->toPlainText();
    return {};
}

bool AnswerEditor::choose(const QString &valueText)
{
    if (m_group) {
        QAbstractButton *b = button(valueText);
        if (b)
            b->setChecked(true);
        return b != nullptr;
    }
    if (m_number) {
        bool ok = false;
        const double d = valueText.toDouble(&ok);
        if (ok)
            m_number->setValue(d);
        return ok;
    }
    if (m_date) {
        const QDate d = QDate::fromString(valueText, Qt::ISODate);
        if (d.isValid())
            m_date->setDate(d);
        return d.isValid();
    }
    if (m_choice) {
        const int i = m_choice->findData(valueText);
        if (i > 0)
            m_choice->setCurrentIndex(i);
        return i > 0;
    }
    if (m_multi) {
        const QStringList ids = valueText.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < m_multi->count(); ++i)
            m_multi->item(i)->setCheckState(ids.contains(m_multi->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        return true;
    }
    if (m_text) {
        m_text->setPlainText(valueText);
        return true;
    }
    return false;
}

QAbstractButton *AnswerEditor::button(const QString &value) const
{
    if (!m_group)
        return nullptr;
    for (QAbstractButton *b : m_group->buttons())
        if (b->property(ValueProperty).toString() == value)
            return b;
    return nullptr;
}

void AnswerEditor::retranslate()
{
    if (!m_item)
        return;
    const QString lang = Language::current();
    if (m_group)
        for (QAbstractButton *b : m_group->buttons())
            b->setText(buttonLabel(b->property(ValueProperty).toString()));
    auto label = [&](const QString &id) {
        for (const catalog::Choice &c : m_item->choices)
            if (c.id == id)
                return c.label.text(lang);
        return id;
    };
    if (m_choice)
        for (int i = 1; i < m_choice->count(); ++i)
            m_choice->setItemText(i, label(m_choice->itemData(i).toString()));
    if (m_multi) {
        const QSignalBlocker block(m_multi);
        for (int i = 0; i < m_multi->count(); ++i)
            m_multi->item(i)->setText(label(m_multi->item(i)->data(Qt::UserRole).toString()));
    }
}

} // namespace ab::ui
