#include "ui/WidgetDialogProvider.h"

#include "ui/EvidencePickerDialog.h"
#include "ui/NewInspectionWizard.h"
#include "ui/PassphraseDialog.h"
#include "ui/SigningKeyDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace ab::ui
{

namespace
{
QFileDialog *makeFileDialog(QWidget *parent, const QString &title)
{
    auto *d = new QFileDialog(parent, title, QDir::homePath());
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowModality(Qt::WindowModal);
    return d;
}

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

void WidgetDialogProvider::openInspectionPath(QWidget *parent, PathCallback done)
{
    QFileDialog *d = makeFileDialog(parent, tr("Open inspection"));
    d->setFileMode(QFileDialog::ExistingFile);
    d->setNameFilters({tr("Inspections (*.inspection)"), tr("All files (*)")});
    QObject::connect(d, &QFileDialog::finished, d,
                     [d, done](int r) { done(r == QDialog::Accepted ? d->selectedFiles().value(0) : QString()); });
    d->open();
}

void WidgetDialogProvider::evidenceFiles(QWidget *parent, PathsCallback done)
{
    QFileDialog *d = makeFileDialog(parent, tr("Add evidence files"));
    d->setFileMode(QFileDialog::ExistingFiles);
    QObject::connect(d, &QFileDialog::finished, d, [d, done](int r) { done(r == QDialog::Accepted ? d->selectedFiles() : QStringList()); });
    d->open();
}

void WidgetDialogProvider::evidenceFolder(QWidget *parent, PathCallback done)
{
    QFileDialog *d = makeFileDialog(parent, tr("Add an evidence folder"));
    d->setFileMode(QFileDialog::Directory);
    d->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(d, &QFileDialog::finished, d,
                     [d, done](int r) { done(r == QDialog::Accepted ? d->selectedFiles().value(0) : QString()); });
    d->open();
}

void WidgetDialogProvider::exportPath(QWidget *parent, const QString &suggestedName, PathCallback done)
{
    documentPath(parent, true, tr("Export evidence"), suggestedName, {}, std::move(done));
}

void WidgetDialogProvider::passphrase(QWidget *parent, const QString &path, const QString &error, PassphraseCallback done)
{
    auto *d = new PassphraseDialog(path, error, parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(d, &QDialog::finished, d, [d, done](int r) {
        if (r == QDialog::Accepted)
            done(d->takePassphrase());
        else
            done(std::nullopt);
    });
    d->open();
}

void WidgetDialogProvider::newInspection(QWidget *parent, NewInspectionCallback done)
{
    auto *d = new NewInspectionWizard(parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(d, &QDialog::finished, d, [d, done](int r) {
        if (r == QDialog::Accepted)
            done(d->takeRequest());
        else
            done(std::nullopt);
    });
    d->open();
}

void WidgetDialogProvider::overrideReason(QWidget *parent, const QString &itemId, TextCallback done)
{
    auto *d = new QInputDialog(parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowModality(Qt::WindowModal);
    d->setWindowTitle(tr("Override a probe's answer"));
    d->setLabelText(tr("%1 was answered by a probe. Why does your answer replace it? The reason is kept with the answer.").arg(itemId));
    d->setInputMode(QInputDialog::TextInput);
    QObject::connect(d, &QDialog::finished, d, [d, done](int r) { done(r == QDialog::Accepted ? d->textValue().trimmed() : QString()); });
    d->open();
}

void WidgetDialogProvider::pickEvidence(QWidget *parent, InspectionFile &file, const EvidencePick &pick, EvidenceCallback done)
{
    auto *d = new EvidencePickerDialog(file, pick, parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(d, &QDialog::finished, d, [d, done](int r) {
        if (r == QDialog::Accepted)
            done(d->chosen());
        else
            done(std::nullopt);
    });
    d->open();
}

void WidgetDialogProvider::chooseOne(QWidget *parent, const QString &title, const QString &label, const QStringList &choices, int current,
                                     ChoiceCallback done)
{
    auto *d = new QInputDialog(parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowModality(Qt::WindowModal);
    d->setWindowTitle(title);
    d->setLabelText(label);
    d->setComboBoxItems(choices);
    d->setComboBoxEditable(false);
    if (current >= 0 && current < choices.size())
        d->setTextValue(choices.at(current));
    QObject::connect(d, &QDialog::finished, d,
                     [d, done, choices](int r) { done(r == QDialog::Accepted ? int(choices.indexOf(d->textValue())) : -1); });
    d->open();
}

void WidgetDialogProvider::message(QWidget *parent, Severity severity, const QString &title, const QString &text)
{
    const QMessageBox::Icon icon = severity == Severity::Critical  ? QMessageBox::Critical
                                   : severity == Severity::Warning ? QMessageBox::Warning
                                                                   : QMessageBox::Information;
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void WidgetDialogProvider::documentPath(QWidget *parent, bool save, const QString &title, const QString &suggested,
                                        const QStringList &filters, PathCallback done)
{
    QFileDialog *d = makeFileDialog(parent, title);
    d->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    d->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    d->setDirectory(documentsDir());
    d->setNameFilters(filters + QStringList{tr("All files (*)")});
    if (!suggested.isEmpty())
        d->selectFile(suggested);
    QObject::connect(d, &QFileDialog::finished, d,
                     [d, done](int r) { done(r == QDialog::Accepted ? d->selectedFiles().value(0) : QString()); });
    d->open();
}

void WidgetDialogProvider::signingKey(QWidget *parent, const QString &purpose, const QString &error, SigningKeyCallback done)
{
    auto *d = new SigningKeyDialog(purpose, error, parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(d, &QDialog::finished, d, [d, done](int r) {
        if (r == QDialog::Accepted)
            done(d->takeRequest());
        else
            done(std::nullopt);
    });
    d->open();
}

} // namespace ab::ui
