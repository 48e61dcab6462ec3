#include "ui/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab::ui {

PassphraseDialog::PassphraseDialog(const QString &path, const QString &error, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Unlock inspection"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Enter the passphrase of %1.").arg(QFileInfo(path).fileName()), this);
    intro->setWordWrap(true);
    intro->setToolTip(path);
    layout->addWidget(intro);
    if (!error.isEmpty()) {
        auto *err = new QLabel(error, this);
        err->setObjectName(QStringLiteral("passphraseError"));
        err->setWordWrap(true);
        err->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        layout->addWidget(err);
    }
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("passphraseEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_edit->setPlaceholderText(tr("Passphrase"));
    layout->addWidget(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, buttons,
            [b = buttons->button(QDialogButtonBox::Ok)](const QString &t) { b->setEnabled(!t.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_edit->setFocus();
    setMinimumWidth(420);
}

PassphraseDialog::~PassphraseDialog()
{
    m_edit->clear();
}

QByteArray PassphraseDialog::takePassphrase()
{
    QByteArray p = m_edit->text().toUtf8();
    m_edit->clear();
    return p;
}

} // namespace ab::ui
