#pragma once

#include "ui/SigningKeyRequest.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QStackedWidget;
class QPushButton;

namespace ab::ui
{

// Asks which key to sign with: a PKCS#12 file and its passphrase, or a
// PKCS#11 token (URI, module, optional certificate file) and its PIN. The
// secrets live only in echo-less line edits until takeRequest() moves them
// out and clears them; closing the dialog clears them too.
class SigningKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    // purpose: what the key is for ("Sign the report", "Seal the copy").
    SigningKeyDialog(const QString &purpose, const QString &error, QWidget *parent = nullptr);
    ~SigningKeyDialog() override;

    SigningKeyRequest takeRequest();

    QRadioButton *fileChoice() const { return m_file; }
    QRadioButton *tokenChoice() const { return m_token; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *uriEdit() const { return m_uri; }
    QLineEdit *moduleEdit() const { return m_module; }
    QLineEdit *pinEdit() const { return m_pin; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updateOk();
    void clearSecrets();

    QRadioButton *m_file = nullptr;
    QRadioButton *m_token = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_uri = nullptr;
    QLineEdit *m_module = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace ab::ui
