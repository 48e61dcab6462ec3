#include "ui/NewInspectionDialog.h"

#include "core/crypto/SecureBytes.h"
#include "core/inspection/Scope.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ab::ui {

namespace {
constexpr int MinPassphrase = 8;

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            out.append(l.trimmed());
    return out;
}
} // namespace

NewInspectionDialog::NewInspectionDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New inspection"));
    setWindowModality(Qt::WindowModal);
    auto *form = new QFormLayout;
    m_regime = new QComboBox(this);
    m_regime->addItem(tr("China: MIIT inspection (cn-miit)"), QStringLiteral("cn-miit"));
    m_regime->addItem(tr("Viet Nam: MIC inspection (vn-mic)"), QStringLiteral("vn-mic"));
    form->addRow(tr("&Regime:"), m_regime);
    m_org = new QLineEdit(this);
    form->addRow(tr("&Organisation:"), m_org);
    m_location = new QLineEdit(this);
    form->addRow(tr("&Location:"), m_location);

    m_systemName = new QLineEdit(this);
    m_systemName->setPlaceholderText(tr("System name"));
    m_systemLevel = new QSpinBox(this);
    m_systemLevel->setRange(1, 5);
    m_systemLevel->setPrefix(tr("Level "));
    auto *add = new QPushButton(tr("&Add system"), this);
    auto *remove = new QPushButton(tr("Remo&ve"), this);
    auto *sysRow = new QHBoxLayout;
    sysRow->addWidget(m_systemName, 1);
    sysRow->addWidget(m_systemLevel);
    sysRow->addWidget(add);
    sysRow->addWidget(remove);
    form->addRow(tr("&Systems:"), sysRow);
    m_systems = new QListWidget(this);
    m_systems->setMaximumHeight(72);
    form->addRow(QString(), m_systems);

    m_inspectors = new QPlainTextEdit(this);
    m_inspectors->setPlaceholderText(tr("One name per line"));
    m_inspectors->setTabChangesFocus(true);
    m_inspectors->setMaximumHeight(60);
    form->addRow(tr("&Inspectors:"), m_inspectors);
    m_scope = new QPlainTextEdit(this);
    m_scope->setPlaceholderText(tr("One per line: 192.168.1.0/24, cam.example or 10.0.0.5:80,554"));
    m_scope->setTabChangesFocus(true);
    m_scope->setMaximumHeight(60);
    form->addRow(tr("Authorised s&cope:"), m_scope);

    m_path = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("&File:"), pathRow);
    m_pass1 = new QLineEdit(this);
    m_pass1->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_pass1);
    m_pass2 = new QLineEdit(this);
    m_pass2->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase (&again):"), m_pass2);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &NewInspectionDialog::addSystem);
    connect(m_systemName, &QLineEdit::returnPressed, this, &NewInspectionDialog::addSystem);
    connect(remove, &QPushButton::clicked, this, &NewInspectionDialog::removeSystem);
    connect(browseButton, &QPushButton::clicked, this, &NewInspectionDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewInspectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the system name adds the system rather than accepting the dialog.
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(dir.isEmpty() ? QDir::homePath() : dir)
                        .filePath(QStringLiteral("inspection-%1.inspection").arg(QDate::currentDate().toString(Qt::ISODate))));
    setMinimumWidth(560);
}

NewInspectionDialog::~NewInspectionDialog()
{
    m_pass1->clear();
    m_pass2->clear();
    if (m_request)
        crypto::cleanse(m_request->passphrase);
}

void NewInspectionDialog::addSystem()
{
    const QString name = m_systemName->text().trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(':'))) {
        showError(tr("A system needs a name without \":\"."));
        return;
    }
    auto *item = new QListWidgetItem(tr("%1 (level %2)").arg(name).arg(m_systemLevel->value()), m_systems);
    item->setData(Qt::UserRole, name);
    item->setData(Qt::UserRole + 1, m_systemLevel->value());
    m_systemName->clear();
    m_error->hide();
}

void NewInspectionDialog::removeSystem()
{
    delete m_systems->currentItem();
}

void NewInspectionDialog::browse()
{
    auto *d = new QFileDialog(this, tr("New inspection file"), QFileInfo(m_path->text()).absolutePath());
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setNameFilter(tr("Inspections (*.inspection)"));
    d->setDefaultSuffix(QStringLiteral("inspection"));
    d->selectFile(QFileInfo(m_path->text()).fileName());
    connect(d, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    d->open();
}

void NewInspectionDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void NewInspectionDialog::accept()
{
    NewInspectionRequest r;
    r.meta.regime = m_regime->currentData().toString();
    r.meta.organisation = m_org->text().trimmed();
    r.meta.location = m_location->text().trimmed();
    r.meta.catalogId = r.meta.regime;
    r.meta.startDate = QDate::currentDate().toString(Qt::ISODate);
    r.meta.inspectors = lines(m_inspectors);
    if (!m_systemName->text().trimmed().isEmpty())
        addSystem(); // typed but not yet added: take it
    for (int i = 0; i < m_systems->count(); ++i)
        r.meta.systems.append(SystemInfo{m_systems->item(i)->data(Qt::UserRole).toString(), m_systems->item(i)->data(Qt::UserRole + 1).toInt()});
    auto scope = Scope::parse(lines(m_scope));
    if (!scope) {
        showError(scope.error().message);
        m_scope->setFocus();
        return;
    }
    r.meta.scope = scope->toStringList();
    if (auto v = r.meta.validate(); !v) {
        showError(v.error().message);
        return;
    }
    r.path = m_path->text().trimmed();
    if (r.path.isEmpty()) {
        showError(tr("Choose where to save the inspection file."));
        return;
    }
    if (!r.path.endsWith(QLatin1String(".inspection")))
        r.path += QStringLiteral(".inspection");
    if (QFileInfo::exists(r.path)) {
        showError(tr("%1 already exists; choose another file name.").arg(r.path));
        return;
    }
    if (m_pass1->text().size() < MinPassphrase) {
        showError(tr("The passphrase needs at least %n characters.", nullptr, MinPassphrase));
        m_pass1->setFocus();
        return;
    }
    if (m_pass1->text() != m_pass2->text()) {
        showError(tr("The two passphrases differ; type them again."));
        m_pass2->clear();
        m_pass2->setFocus();
        return;
    }
    r.passphrase = m_pass1->text().toUtf8();
    m_pass1->clear();
    m_pass2->clear();
    m_request = std::move(r);
    QDialog::accept();
}

std::optional<NewInspectionRequest> NewInspectionDialog::takeRequest()
{
    return std::exchange(m_request, std::nullopt);
}

} // namespace ab::ui
