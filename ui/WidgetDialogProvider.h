#pragma once

#include "ui/DialogProvider.h"

#include <QCoreApplication>

namespace ab::ui
{

// The real dialogs: QFileDialog, PassphraseDialog, NewInspectionWizard, EvidencePickerDialog, QInputDialog, QMessageBox.
class WidgetDialogProvider final : public DialogProvider
{
    Q_DECLARE_TR_FUNCTIONS(ab::ui::WidgetDialogProvider)
public:
    void openInspectionPath(QWidget *parent, PathCallback done) override;
    void evidenceFiles(QWidget *parent, PathsCallback done) override;
    void evidenceFolder(QWidget *parent, PathCallback done) override;
    void exportPath(QWidget *parent, const QString &suggestedName, PathCallback done) override;
    void passphrase(QWidget *parent, const QString &path, const QString &error, PassphraseCallback done) override;
    void newInspection(QWidget *parent, NewInspectionCallback done) override;
    void overrideReason(QWidget *parent, const QString &itemId, TextCallback done) override;
    void pickEvidence(QWidget *parent, InspectionFile &file, const EvidencePick &pick, EvidenceCallback done) override;
    void chooseOne(QWidget *parent, const QString &title, const QString &label, const QStringList &choices, int current,
                   ChoiceCallback done) override;
    void message(QWidget *parent, Severity severity, const QString &title, const QString &text) override;
    void documentPath(QWidget *parent, bool save, const QString &title, const QString &suggested, const QStringList &filters,
                      PathCallback done) override;
    void signingKey(QWidget *parent, const QString &purpose, const QString &error, SigningKeyCallback done) override;
};

} // namespace ab::ui
