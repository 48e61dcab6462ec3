#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ab::ui {

// The progress of the running task with a Cancel button; lives in the status bar.
class TaskProgress final : public QWidget {
    Q_OBJECT
public:
    explicit TaskProgress(QWidget *parent = nullptr);
    void start(const QString &text);
    void setProgress(int permille, const QString &text);
    void finish();
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace ab::ui
