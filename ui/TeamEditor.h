#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ab::ui
{

// The inspection team in order: names typed in and added with Enter, edited
// in place (F2), moved up and down, removed. The last one is the team leader,
// who signs the report; the editor says so and shows who that is.
class TeamEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit TeamEditor(QWidget *parent = nullptr);
    QStringList inspectors() const;
    void setInspectors(const QStringList &names);
    void setReadOnly(bool readOnly);
    bool addTyped();
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *list() const { return m_list; }
    QLabel *leaderLabel() const { return m_leader; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void move(int delta);
    void renderLeader();
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_leader = nullptr;
};

} // namespace ab::ui
