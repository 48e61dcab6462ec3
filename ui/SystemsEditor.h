#pragma once

#include "core/inspection/InspectionMeta.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace ab::ui
{

// The inspected systems and their security levels: a name and a level typed
// in and added with Enter, and a table whose names and levels can be edited
// in place (F2) and rows removed (Delete). Used by Setup and the wizard.
class SystemsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit SystemsEditor(QWidget *parent = nullptr);
    QList<SystemInfo> systems() const;
    void setSystems(const QList<SystemInfo> &systems);
    void setReadOnly(bool readOnly);
    // Adds what is typed in the name field, if anything; false with a reason when it cannot.
    bool addTyped(QString *error = nullptr);
    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *levelSpin() const { return m_level; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void removeCurrent();
    QLineEdit *m_name = nullptr;
    QLabel *m_levelLabel = nullptr;
    QSpinBox *m_level = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_hint = nullptr;
    bool m_loading = false;
};

} // namespace ab::ui
