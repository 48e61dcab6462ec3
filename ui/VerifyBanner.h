#pragma once

#include "core/evidence/Verifier.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ab::ui {

// The plain answer of a verify run: a green "Intact" bar, or a red one that
// lists every problem (object, kind, detail).
class VerifyBanner final : public QFrame {
    Q_OBJECT
public:
    enum class State { Hidden, Intact, Problems, Failed };

    explicit VerifyBanner(QWidget *parent = nullptr);
    void showReport(const VerifyReport &report);
    void showFailure(const QString &message);
    void clear();
    State state() const { return m_state; }
    QString headline() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColours(bool good);

    State m_state = State::Hidden;
    VerifyReport m_report;
    QString m_failure;
    QLabel *m_title = nullptr;
    QTreeWidget *m_problems = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace ab::ui
