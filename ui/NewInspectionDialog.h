#pragma once

#include "ui/DialogProvider.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace ab::ui {

// Regime, organisation, systems with levels, team, scope, file and passphrase
// of a new inspection; checked with the same core rules as `auditbench-cli init`.
class NewInspectionDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewInspectionDialog(QWidget *parent = nullptr);
    ~NewInspectionDialog() override;
    // Valid after accept(): the request, with the passphrase moved out.
    std::optional<NewInspectionRequest> takeRequest();
    void accept() override;

private:
    void addSystem();
    void removeSystem();
    void browse();
    void showError(const QString &text);

    QComboBox *m_regime = nullptr;
    QLineEdit *m_org = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_systemName = nullptr;
    QSpinBox *m_systemLevel = nullptr;
    QListWidget *m_systems = nullptr;
    QPlainTextEdit *m_inspectors = nullptr;
    QPlainTextEdit *m_scope = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_pass1 = nullptr;
    QLineEdit *m_pass2 = nullptr;
    QLabel *m_error = nullptr;
    std::optional<NewInspectionRequest> m_request;
};

} // namespace ab::ui
