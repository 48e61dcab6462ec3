#include "ui/NewInspectionWizard.h"

#include "core/catalog/Catalog.h"
#include "core/crypto/SecureBytes.h"
#include "core/inspection/Scope.h"
#include "ui/SystemsEditor.h"
#include "ui/TeamEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace ab::ui
{

namespace
{
constexpr int MinPassphrase = 8;
const QDate NotSet(2000, 1, 1);

QLabel *wrapping(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QString regimeTitle(const QString &regime)
{
    if (regime == QLatin1String("cn-miit"))
        return NewInspectionWizard::tr("China: MIIT inspection (cn-miit)");
    if (regime == QLatin1String("vn-mic"))
        return NewInspectionWizard::tr("Viet Nam: MIC inspection (vn-mic)");
    return regime;
}
} // namespace

NewInspectionWizard::NewInspectionWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("newInspectionWizard"));
    setWindowTitle(tr("New inspection"));
    setWindowModality(Qt::WindowModal);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(RegimePage, makeRegimePage());
    setPage(OrganisationPage, makeOrganisationPage());
    setPage(TeamPage, makeTeamPage());
    setPage(ScopePage, makeScopePage());
    setPage(FilePage, makeFilePage());
    setButtonText(QWizard::FinishButton, tr("&Create"));
    // Sized by the text, so it fits a small screen and grows with the font.
    const QFontMetrics fm = fontMetrics();
    setMinimumSize(fm.averageCharWidth() * 100, fm.height() * 32);
}

NewInspectionWizard::~NewInspectionWizard()
{
    m_pass1->clear();
    m_pass2->clear();
    if (m_request)
        crypto::cleanse(m_request->passphrase);
}

QLabel *NewInspectionWizard::errorLabelFor(QWizardPage *page, int id)
{
    auto *l = wrapping(QString(), page);
    l->setObjectName(QStringLiteral("wizardError%1").arg(id));
    l->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    l->hide();
    m_errors[id] = l;
    return l;
}

QWizardPage *NewInspectionWizard::makeRegimePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Regime and checklist"));
    page->setSubTitle(tr("Under which rules is this inspection made? The checklist follows from them."));
    auto *layout = new QVBoxLayout(page);
    auto *regimes = new QButtonGroup(page);
    for (const QString &r : InspectionMeta::regimes()) {
        auto *b = new QRadioButton(regimeTitle(r), page);
        b->setObjectName(QStringLiteral("regime-") + r);
        b->setProperty("regime", r);
        regimes->addButton(b);
        m_regimes.append(b);
        layout->addWidget(b);
        connect(b, &QRadioButton::toggled, this, &NewInspectionWizard::updateCatalogText);
    }
    // Shortcuts by position: Alt+1, Alt+2 (the texts are the regimes' names).
    for (qsizetype i = 0; i < m_regimes.size(); ++i)
        m_regimes[i]->setText(QStringLiteral("&%1  ").arg(i + 1) + m_regimes[i]->text());
    m_regimes.first()->setChecked(true);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(new QLabel(tr("Checklist:"), page));
    m_shipped = new QRadioButton(page);
    m_shipped->setChecked(true);
    m_catalogFile = new QRadioButton(tr("A catalog &file:"), page);
    m_catalogPath = new QLineEdit(page);
    m_catalogPath->setObjectName(QStringLiteral("wizardCatalogPath"));
    m_catalogPath->setEnabled(false);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setEnabled(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_catalogFile);
    fileRow->addWidget(m_catalogPath, 1);
    fileRow->addWidget(browse);
    layout->addWidget(m_shipped);
    layout->addLayout(fileRow);
    layout->addWidget(
        wrapping(tr("A catalog file must be for the same regime; docs/catalog-format.md says how one is written. The checklist is "
                    "pinned in the inspection file: a newer catalog later never changes it."),
                 page));
    layout->addStretch(1);
    layout->addWidget(errorLabelFor(page, RegimePage));
    connect(m_catalogFile, &QRadioButton::toggled, m_catalogPath, &QLineEdit::setEnabled);
    connect(m_catalogFile, &QRadioButton::toggled, browse, &QPushButton::setEnabled);
    connect(browse, &QPushButton::clicked, this, &NewInspectionWizard::browseCatalog);
    updateCatalogText();
    return page;
}

void NewInspectionWizard::updateCatalogText()
{
    if (!m_shipped)
        return;
    auto c = catalog::Catalog::shipped(chosenRegime());
    m_shipped->setText(c ? tr("The &checklist shipped for this regime (%1, version %2)").arg(c->id(), c->version())
                         : tr("The &checklist shipped for this regime"));
}

QString NewInspectionWizard::chosenRegime() const
{
    for (const QRadioButton *b : m_regimes)
        if (b->isChecked())
            return b->property("regime").toString();
    return InspectionMeta::regimes().first();
}

QRadioButton *NewInspectionWizard::regimeButton(const QString &regime) const
{
    for (QRadioButton *b : m_regimes)
        if (b->property("regime").toString() == regime)
            return b;
    return nullptr;
}

QWizardPage *NewInspectionWizard::makeOrganisationPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Organisation and systems"));
    page->setSubTitle(tr("Who is inspected, where, and which of their systems at which security level (levels decide which items apply)."));
    m_org = new QLineEdit(page);
    m_org->setObjectName(QStringLiteral("wizardOrganisation"));
    m_location = new QLineEdit(page);
    m_location->setObjectName(QStringLiteral("wizardLocation"));
    m_systems = new SystemsEditor(page);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Organisation:"), m_org);
    form->addRow(tr("Loc&ation:"), m_location);
    auto *systemsLabel = new QLabel(tr("&Systems:"), page);
    systemsLabel->setBuddy(m_systems->nameEdit());
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(systemsLabel);
    layout->addWidget(m_systems, 1);
    layout->addWidget(errorLabelFor(page, OrganisationPage));
    return page;
}

QWizardPage *NewInspectionWizard::makeTeamPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Team and dates"));
    page->setSubTitle(tr("The inspectors, the team leader last (the leader signs the report), and the days on site."));
    m_team = new TeamEditor(page);
    auto *teamLabel = new QLabel(tr("&Inspectors:"), page);
    teamLabel->setBuddy(m_team->nameEdit());
    m_start = new QDateEdit(QDate::currentDate(), page);
    m_start->setObjectName(QStringLiteral("wizardStart"));
    m_end = new QDateEdit(page);
    m_end->setObjectName(QStringLiteral("wizardEnd"));
    for (QDateEdit *d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(NotSet);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setSpecialValueText(tr("not set"));
    }
    m_end->setDate(NotSet);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), page));
    dates->addWidget(m_end);
    dates->addStretch(1);
    auto *datesLabel = new QLabel(tr("Da&tes on site:"), page);
    datesLabel->setBuddy(m_start);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(teamLabel);
    layout->addWidget(m_team, 1);
    layout->addWidget(datesLabel);
    layout->addLayout(dates);
    layout->addWidget(errorLabelFor(page, TeamPage));
    return page;
}

QWizardPage *NewInspectionWizard::makeScopePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Authorised scope"));
    page->setSubTitle(tr("The addresses and ports the authorisation allows probing. Nothing outside them is ever sent a packet."));
    m_scope = new QPlainTextEdit(page);
    m_scope->setObjectName(QStringLiteral("wizardScope"));
    m_scope->setTabChangesFocus(true);
    m_scope->setPlaceholderText(tr("One per line: 192.168.1.0/24, cam.example or 10.0.0.5:80,554"));
    auto *label = new QLabel(tr("Sco&pe:"), page);
    label->setBuddy(m_scope);
    m_scopeNormal = wrapping(QString(), page);
    m_scopeNormal->setEnabled(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(m_scope, 1);
    layout->addWidget(wrapping(tr("Leave it empty to decide later on the Setup step; until then probing is refused."), page));
    layout->addWidget(m_scopeNormal);
    layout->addWidget(errorLabelFor(page, ScopePage));
    connect(m_scope, &QPlainTextEdit::textChanged, this, [this] {
        QStringList entries;
        for (const QString &l : m_scope->toPlainText().split(QLatin1Char('\n')))
            entries.append(l.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        auto s = Scope::parse(entries);
        m_scopeNormal->setText(!s             ? s.error().message
                               : s->isEmpty() ? QString()
                                              : tr("Recorded as: %1").arg(s->toStringList().join(QStringLiteral(", "))));
    });
    return page;
}

QWizardPage *NewInspectionWizard::makeFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("File and passphrase"));
    page->setSubTitle(tr("Everything is kept in one encrypted file. Without the passphrase nobody can read its evidence: keep it safe, it "
                         "cannot be recovered."));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("wizardPath"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_pass1 = new QLineEdit(page);
    m_pass1->setObjectName(QStringLiteral("wizardPassphrase"));
    m_pass1->setEchoMode(QLineEdit::Password);
    m_pass2 = new QLineEdit(page);
    m_pass2->setObjectName(QStringLiteral("wizardPassphraseAgain"));
    m_pass2->setEchoMode(QLineEdit::Password);
    m_strength = new QProgressBar(page);
    m_strength->setRange(0, 4);
    m_strength->setTextVisible(false);
    m_strength->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_strengthText = wrapping(QString(), page);
    m_strengthText->setObjectName(QStringLiteral("wizardStrength"));
    auto *pathLabel = new QLabel(tr("&File:"), page);
    pathLabel->setBuddy(m_path);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Passphrase:"), m_pass1);
    form->addRow(tr("Passphrase (a&gain):"), m_pass2);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), m_strengthText);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(errorLabelFor(page, FilePage));
    connect(browse, &QPushButton::clicked, this, &NewInspectionWizard::browseFile);
    connect(m_pass1, &QLineEdit::textChanged, this, &NewInspectionWizard::updateStrength);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(dir.isEmpty() ? QDir::homePath() : dir)
                        .filePath(QStringLiteral("inspection-%1.inspection").arg(QDate::currentDate().toString(Qt::ISODate))));
    updateStrength();
    return page;
}

int NewInspectionWizard::passphraseStrength(const QString &p)
{
    if (p.size() < MinPassphrase)
        return 0;
    // Bits from the length and the kinds of character used: a rough guide, not a promise.
    bool lower = false, upper = false, digit = false, other = false, wide = false;
    for (const QChar c : p) {
        lower |= c.isLower() && c.unicode() < 128;
        upper |= c.isUpper() && c.unicode() < 128;
        digit |= c.isDigit();
        wide |= c.unicode() >= 128;
        other |= !c.isLetterOrNumber() && c.unicode() < 128;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 32 : 0) + (wide ? 100 : 0);
    const double bits = p.size() * std::log2(std::max(alphabet, 2));
    if (bits < 45)
        return 1;
    if (bits < 65)
        return 2;
    if (bits < 90)
        return 3;
    return 4;
}

void NewInspectionWizard::updateStrength()
{
    const int s = passphraseStrength(m_pass1->text());
    m_strength->setValue(s);
    static const char *const colours[] = {"#b00020", "#c05a00", "#b08800", "#2e7d32", "#1b5e20"};
    m_strength->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(colours[s])));
    const QString texts[] = {tr("Too short: at least %n characters.", nullptr, MinPassphrase),
                             tr("Weak: add words, or mix in digits and signs."), tr("Fair: a few more words would make it strong."),
                             tr("Good."), tr("Strong.")};
    m_strengthText->setText(m_pass1->text().isEmpty() ? tr("A few unrelated words make a passphrase that is strong and easy to type.")
                                                      : texts[s]);
}

void NewInspectionWizard::browseCatalog()
{
    auto *d = new QFileDialog(this, tr("Catalog file"), QDir::homePath());
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setFileMode(QFileDialog::ExistingFile);
    d->setNameFilters({tr("Catalogs (*.json)"), tr("All files (*)")});
    connect(d, &QFileDialog::fileSelected, m_catalogPath, &QLineEdit::setText);
    d->open();
}

void NewInspectionWizard::browseFile()
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

bool NewInspectionWizard::fail(int page, const QString &text, QWidget *focus)
{
    m_errors[page]->setText(text);
    m_errors[page]->show();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
    return false;
}

bool NewInspectionWizard::validateCurrentPage()
{
    const int id = currentId();
    if (id >= 0 && id <= FilePage)
        m_errors[id]->hide();
    switch (id) {
    case RegimePage:
        if (m_catalogFile->isChecked()) {
            auto c = catalog::Catalog::load(m_catalogPath->text().trimmed());
            if (!c)
                return fail(id, c.error().message, m_catalogPath);
            if (c->regime() != chosenRegime())
                return fail(id, tr("Catalog %1 is for the regime %2, not %3.").arg(c->id(), c->regime(), chosenRegime()), m_catalogPath);
        }
        return true;
    case OrganisationPage: {
        if (m_org->text().trimmed().isEmpty())
            return fail(id, tr("Name the inspected organisation."), m_org);
        if (!m_systems->nameEdit()->text().trimmed().isEmpty())
            m_systems->addTyped(); // typed but not yet added: take it
        if (m_systems->systems().isEmpty())
            return fail(id, tr("Add at least one system and its security level: the checklist applies by level."), m_systems->nameEdit());
        for (const SystemInfo &s : m_systems->systems())
            if (s.name.isEmpty())
                return fail(id, tr("Every system needs a name."), m_systems->view());
        return true;
    }
    case TeamPage: {
        if (!m_team->nameEdit()->text().trimmed().isEmpty())
            m_team->addTyped();
        if (m_team->inspectors().isEmpty())
            return fail(id, tr("Name at least the team leader, who signs the report."), m_team->nameEdit());
        if (m_start->date() != NotSet && m_end->date() != NotSet && m_end->date() < m_start->date())
            return fail(id, tr("The work on site cannot end before it starts."), m_end);
        return true;
    }
    case ScopePage: {
        QStringList entries;
        for (const QString &l : m_scope->toPlainText().split(QLatin1Char('\n')))
            entries.append(l.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        auto s = Scope::parse(entries);
        if (!s)
            return fail(id, s.error().message, m_scope);
        m_scopeEntries = s->toStringList();
        return true;
    }
    case FilePage: {
        QString path = m_path->text().trimmed();
        if (path.isEmpty())
            return fail(id, tr("Choose where to save the inspection file."), m_path);
        if (!path.endsWith(QLatin1String(".inspection")))
            path += QStringLiteral(".inspection");
        if (QFileInfo::exists(path))
            return fail(id, tr("%1 already exists; choose another file name.").arg(QDir::toNativeSeparators(path)), m_path);
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return fail(id, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())), m_path);
        if (m_pass1->text().size() < MinPassphrase)
            return fail(id, tr("The passphrase needs at least %n characters.", nullptr, MinPassphrase), m_pass1);
        if (m_pass1->text() != m_pass2->text()) {
            m_pass2->clear();
            return fail(id, tr("The two passphrases differ; type them again."), m_pass2);
        }
        m_path->setText(path);
        return true;
    }
    }
    return true;
}

void NewInspectionWizard::accept()
{
    NewInspectionRequest r;
    r.meta.regime = chosenRegime();
    r.meta.organisation = m_org->text().trimmed();
    r.meta.location = m_location->text().trimmed();
    r.meta.catalogId = r.meta.regime;
    r.meta.systems = m_systems->systems();
    r.meta.inspectors = m_team->inspectors();
    r.meta.scope = m_scopeEntries;
    r.meta.startDate = m_start->date() == NotSet ? QString() : m_start->date().toString(Qt::ISODate);
    r.meta.endDate = m_end->date() == NotSet ? QString() : m_end->date().toString(Qt::ISODate);
    if (auto v = r.meta.validate(); !v) {
        fail(FilePage, v.error().message);
        return;
    }
    r.catalogPath = m_catalogFile->isChecked() ? m_catalogPath->text().trimmed() : QString();
    r.path = m_path->text().trimmed();
    r.passphrase = m_pass1->text().toUtf8();
    m_request = std::move(r);
    // QWizard checks the last page once more on the way out: the
    // passphrase fields are cleared only once it has closed.
    QWizard::accept();
    if (isVisible()) {
        crypto::cleanse(m_request->passphrase);
        m_request.reset();
        return;
    }
    m_pass1->clear();
    m_pass2->clear();
}

std::optional<NewInspectionRequest> NewInspectionWizard::takeRequest()
{
    return std::exchange(m_request, std::nullopt);
}

} // namespace ab::ui
