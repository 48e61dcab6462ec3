#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ab::ui {

// Shown when no inspection is open: what AuditBench is and where to start.
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void sampleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_sample = nullptr;
};

} // namespace ab::ui
