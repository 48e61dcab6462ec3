#include "ui/SigningKeyDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ab::ui
{

namespace
{
QLineEdit *secretEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    e->setAttribute(Qt::WA_InputMethodEnabled, false);
    e->setPlaceholderText(placeholder);
    return e;
}

// A line edit with a Browse… button that fills it from a file dialog.
QWidget *withBrowse(QWidget *parent, QLineEdit *edit, const QString &title, const QString &filter)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *browse = new QPushButton(SigningKeyDialog::tr("Browse…"), row);
    h->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [row, edit, title, filter] {
        auto *d = new QFileDialog(row, title, edit->text());
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setWindowModality(Qt::WindowModal);
        d->setFileMode(QFileDialog::ExistingFile);
        d->setNameFilters({filter, SigningKeyDialog::tr("All files (*)")});
        QObject::connect(d, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        d->open();
    });
    return row;
}
} // namespace

SigningKeyDialog::SigningKeyDialog(const QString &purpose, const QString &error, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signingKeyDialog"));
    setWindowTitle(tr("Signing key"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(purpose, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!error.isEmpty()) {
        auto *err = new QLabel(error, this);
        err->setObjectName(QStringLiteral("signingKeyError"));
        err->setWordWrap(true);
        err->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        layout->addWidget(err);
    }
    m_file = new QRadioButton(tr("A key file (PKCS#12: .p12, .pfx)"), this);
    m_file->setObjectName(QStringLiteral("keyFileChoice"));
    m_token = new QRadioButton(tr("A token or smart card (PKCS#11)"), this);
    m_token->setObjectName(QStringLiteral("tokenChoice"));
    m_file->setChecked(true);
    layout->addWidget(m_file);
    layout->addWidget(m_token);

    m_stack = new QStackedWidget(this);
    auto *filePage = new QWidget(m_stack);
    auto *fileForm = new QFormLayout(filePage);
    m_keyFile = new QLineEdit(filePage);
    m_keyFile->setObjectName(QStringLiteral("keyFileEdit"));
    fileForm->addRow(tr("&Key file:"), withBrowse(filePage, m_keyFile, tr("Choose a key file"), tr("Key files (*.p12 *.pfx)")));
    m_passphrase = secretEdit(filePage, QStringLiteral("keyPassphraseEdit"), tr("Empty if the file has none"));
    fileForm->addRow(tr("&Passphrase:"), m_passphrase);
    m_stack->addWidget(filePage);

    auto *tokenPage = new QWidget(m_stack);
    auto *tokenForm = new QFormLayout(tokenPage);
    m_uri = new QLineEdit(tokenPage);
    m_uri->setObjectName(QStringLiteral("tokenUriEdit"));
    m_uri->setPlaceholderText(QStringLiteral("pkcs11:token=…;object=…"));
    tokenForm->addRow(tr("Token &URI:"), m_uri);
    m_module = new QLineEdit(tokenPage);
    m_module->setObjectName(QStringLiteral("tokenModuleEdit"));
    m_module->setPlaceholderText(tr("Default: p11-kit-proxy (every registered module)"));
    tokenForm->addRow(tr("&Module:"), withBrowse(tokenPage, m_module, tr("Choose a PKCS#11 module"), tr("Modules (*.so)")));
    m_cert = new QLineEdit(tokenPage);
    m_cert->setObjectName(QStringLiteral("tokenCertEdit"));
    m_cert->setPlaceholderText(tr("Only when the token holds no certificate"));
    tokenForm->addRow(tr("&Certificate:"),
                      withBrowse(tokenPage, m_cert, tr("Choose the signer's certificate"), tr("Certificates (*.pem *.crt *.der)")));
    m_pin = secretEdit(tokenPage, QStringLiteral("tokenPinEdit"), tr("PIN"));
    tokenForm->addRow(tr("P&IN:"), m_pin);
    m_stack->addWidget(tokenPage);
    layout->addWidget(m_stack);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_token, &QRadioButton::toggled, this, [this](bool token) {
        m_stack->setCurrentIndex(token ? 1 : 0);
        updateOk();
    });
    for (QLineEdit *e : {m_keyFile, m_uri, m_pin})
        connect(e, &QLineEdit::textChanged, this, &SigningKeyDialog::updateOk);
    // A rejected dialog leaves nothing behind either.
    connect(this, &QDialog::rejected, this, &SigningKeyDialog::clearSecrets);
    updateOk();
    setMinimumWidth(520);
}

SigningKeyDialog::~SigningKeyDialog()
{
    clearSecrets();
}

void SigningKeyDialog::updateOk()
{
    m_ok->setEnabled(m_token->isChecked() ? !m_uri->text().trimmed().isEmpty() && !m_pin->text().isEmpty()
                                          : !m_keyFile->text().trimmed().isEmpty());
}

void SigningKeyDialog::clearSecrets()
{
    m_passphrase->clear();
    m_pin->clear();
}

SigningKeyRequest SigningKeyDialog::takeRequest()
{
    SigningKeyRequest r;
    if (m_token->isChecked()) {
        r.source = SigningKeyRequest::Source::Token;
        r.tokenUri = m_uri->text().trimmed();
        r.module = m_module->text().trimmed();
        r.tokenCert = m_cert->text().trimmed();
        r.secret = m_pin->text().toUtf8();
    } else {
        r.keyFile = m_keyFile->text().trimmed();
        r.secret = m_passphrase->text().toUtf8();
    }
    clearSecrets();
    return r;
}

} // namespace ab::ui
