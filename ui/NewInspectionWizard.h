#pragma once

#include "ui/DialogProvider.h"

#include <QWizard>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;

namespace ab::ui
{

class SystemsEditor;
class TeamEditor;

// A new inspection step by step: the regime (and with it the checklist: the
// one shipped for the regime, or a catalog file), the organisation and its
// systems with their levels, the team and the dates on site, the authorised
// scope, then the file and its passphrase (twice, with a strength hint).
// Each page is checked with the core's own rules before the next; every
// field is reachable from the keyboard, Enter goes on.
class NewInspectionWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { RegimePage, OrganisationPage, TeamPage, ScopePage, FilePage };

    explicit NewInspectionWizard(QWidget *parent = nullptr);
    ~NewInspectionWizard() override;
    // Valid after accept(): the request, with the passphrase moved out.
    std::optional<NewInspectionRequest> takeRequest();
    bool validateCurrentPage() override;
    void accept() override;

    // A rough strength, 0..4 (too short, weak, fair, good, strong), and what to say about it.
    static int passphraseStrength(const QString &passphrase);

    QRadioButton *regimeButton(const QString &regime) const;
    QRadioButton *catalogFileButton() const { return m_catalogFile; }
    QLineEdit *catalogPathEdit() const { return m_catalogPath; }
    QLineEdit *organisationEdit() const { return m_org; }
    QLineEdit *locationEdit() const { return m_location; }
    SystemsEditor *systemsEditor() const { return m_systems; }
    TeamEditor *teamEditor() const { return m_team; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QPlainTextEdit *scopeEdit() const { return m_scope; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *passphraseEdit() const { return m_pass1; }
    QLineEdit *passphraseAgainEdit() const { return m_pass2; }
    QLabel *strengthLabel() const { return m_strengthText; }
    QLabel *errorLabel(int page) const { return m_errors[page]; }

private:
    QWizardPage *makeRegimePage();
    QWizardPage *makeOrganisationPage();
    QWizardPage *makeTeamPage();
    QWizardPage *makeScopePage();
    QWizardPage *makeFilePage();
    QLabel *errorLabelFor(QWizardPage *page, int id);
    bool fail(int page, const QString &text, QWidget *focus = nullptr);
    void updateCatalogText();
    void updateStrength();
    void browseCatalog();
    void browseFile();
    QString chosenRegime() const;

    QList<QRadioButton *> m_regimes;
    QRadioButton *m_shipped = nullptr;
    QRadioButton *m_catalogFile = nullptr;
    QLineEdit *m_catalogPath = nullptr;
    QLineEdit *m_org = nullptr;
    QLineEdit *m_location = nullptr;
    SystemsEditor *m_systems = nullptr;
    TeamEditor *m_team = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QPlainTextEdit *m_scope = nullptr;
    QLabel *m_scopeNormal = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_pass1 = nullptr;
    QLineEdit *m_pass2 = nullptr;
    QProgressBar *m_strength = nullptr;
    QLabel *m_strengthText = nullptr;
    QLabel *m_errors[FilePage + 1] = {};
    QStringList m_scopeEntries;
    std::optional<NewInspectionRequest> m_request;
};

} // namespace ab::ui
