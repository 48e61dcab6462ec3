#pragma once

#include <QByteArray>
#include <QDialog>

class QLineEdit;

namespace ab::ui {

// Asks for the passphrase of one inspection. The text lives only in the
// echo-less line edit until takePassphrase() moves it out and clears it.
class PassphraseDialog final : public QDialog {
    Q_OBJECT
public:
    PassphraseDialog(const QString &path, const QString &error, QWidget *parent = nullptr);
    ~PassphraseDialog() override;
    QByteArray takePassphrase();

private:
    QLineEdit *m_edit = nullptr;
};

} // namespace ab::ui
