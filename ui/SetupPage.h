#pragma once

#include "core/inspection/InspectionMeta.h"

#include <QPointer>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ab::ui
{

class DialogProvider;
class InspectionSession;
class OverviewPage;
class SystemsEditor;
class TeamEditor;

// The first step: who is inspected (organisation, location, on-site dates),
// which systems at which security levels, the team (the last is the leader),
// the authorised scope, and the authorisation document — an evidence item of
// kind document, chosen among the inspection's or imported. Saved with Save
// (Ctrl+S) in one transaction and one custody entry; the authorisation is
// recorded at once when chosen. Beside it, the facts nobody edits.
class SetupPage final : public QWidget
{
    Q_OBJECT
public:
    SetupPage(DialogProvider *dialogs, QWidget *parent = nullptr);
    void setSession(InspectionSession *session); // nullptr when closed
    // Counts, chain head and the authorisation's name, read again (not while a task runs).
    void refresh();
    void updateEnabled();
    bool isDirty() const;
    // The details the form describes (the file's, with the form's changes).
    InspectionMeta formMeta() const;
    // Records evidence `id` (a document) as the authorisation, in its own custody entry.
    bool recordAuthorisation(qint64 id);

    QLineEdit *organisationEdit() const { return m_org; }
    QLineEdit *locationEdit() const { return m_location; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    SystemsEditor *systemsEditor() const { return m_systems; }
    TeamEditor *teamEditor() const { return m_team; }
    QPlainTextEdit *scopeEdit() const { return m_scope; }
    QLabel *authorisationLabel() const { return m_authorisation; }
    QPushButton *chooseAuthorisationButton() const { return m_choose; }
    QPushButton *importAuthorisationButton() const { return m_import; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    bool save();
    void revert();

Q_SIGNALS:
    // The file's details changed (systems' levels decide which items apply).
    void metaChanged();
    void dirtyChanged(bool dirty);
    // Files to import as documents; the owner runs the import and calls recordAuthorisation.
    void importAuthorisation(const QStringList &paths);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const InspectionMeta &meta);
    void formChanged();
    void showError(const QString &text, QWidget *focus = nullptr);
    void chooseAuthorisation();
    void renderAuthorisation();
    void retranslate();

    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    bool m_loading = false;
    bool m_dirty = false;
    QString m_authorisationName;
    QLabel *m_intro = nullptr;
    QLabel *m_orgGroup = nullptr;
    QLabel *m_orgLabel = nullptr;
    QLineEdit *m_org = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLineEdit *m_location = nullptr;
    QLabel *m_datesLabel = nullptr;
    QDateEdit *m_start = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_systemsGroup = nullptr;
    SystemsEditor *m_systems = nullptr;
    QLabel *m_teamGroup = nullptr;
    TeamEditor *m_team = nullptr;
    QLabel *m_scopeGroup = nullptr;
    QPlainTextEdit *m_scope = nullptr;
    QLabel *m_scopeHint = nullptr;
    QLabel *m_authGroup = nullptr;
    QLabel *m_authorisation = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_factsGroup = nullptr;
    OverviewPage *m_facts = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace ab::ui
