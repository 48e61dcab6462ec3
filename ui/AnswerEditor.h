#pragma once

#include "core/catalog/Catalog.h"

#include <QJsonValue>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QListWidget;
class QPlainTextEdit;
class QVBoxLayout;

namespace ab::ui {

// The input for one item's answer type: radio buttons for compliance and
// yes/no, a spin box, a date, a combo, a checkable list or free text.
class AnswerEditor final : public QWidget {
    Q_OBJECT
public:
    explicit AnswerEditor(QWidget *parent = nullptr);

    // Rebuilds the input for item (nullptr: none) showing value when given.
    void setItem(const catalog::Item *item, const std::optional<QJsonValue> &value);
    // The answer as Questionnaire::answer takes it; empty when nothing is chosen.
    QString valueText() const;
    // Sets the input as if a person had chosen valueText ("yes", "compliant",
    // "vn,abroad"...); false when it is not a possible value. For tests too.
    bool choose(const QString &valueText);
    // The radio button for a compliance or yes/no value, or nullptr.
    QAbstractButton *button(const QString &value) const;
    void retranslate(); // relabels without losing what was chosen

Q_SIGNALS:
    void changed();

private:
    void clear();
    QStringList buttonValues() const;
    QString buttonLabel(const QString &value) const;

    const catalog::Item *m_item = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_input = nullptr;
    QButtonGroup *m_group = nullptr;
    QDoubleSpinBox *m_number = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_choice = nullptr;
    QListWidget *m_multi = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace ab::ui
