#include "ui/SetupPage.h"

#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/Scope.h"
#include "ui/DialogProvider.h"
#include "ui/InspectionSession.h"
#include "ui/OverviewPage.h"
#include "ui/ReadOnlyHint.h"
#include "ui/SystemsEditor.h"
#include "ui/TeamEditor.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ab::ui
{

namespace
{
const QDate NotSet(2000, 1, 1); // the date edits' "not set" value

QLabel *heading(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    l->setFont(f);
    return l;
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *d = new QDateEdit(parent);
    d->setCalendarPopup(true);
    d->setMinimumDate(NotSet);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return d;
}

QString dateText(const QDateEdit *d)
{
    return d->date() == NotSet ? QString() : d->date().toString(Qt::ISODate);
}

void setDateText(QDateEdit *d, const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    d->setDate(date.isValid() ? date : NotSet);
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(QLatin1Char('\n')))
        for (const QString &part : l.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            out.append(part.trimmed());
    return out;
}
} // namespace

SetupPage::SetupPage(DialogProvider *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("setupPage"));
    auto *inner = new QWidget;
    m_intro = new QLabel(inner);
    m_intro->setWordWrap(true);

    m_orgGroup = heading(inner);
    m_orgLabel = new QLabel(inner);
    m_org = new QLineEdit(inner);
    m_org->setObjectName(QStringLiteral("setupOrganisation"));
    m_orgLabel->setBuddy(m_org);
    m_locationLabel = new QLabel(inner);
    m_location = new QLineEdit(inner);
    m_location->setObjectName(QStringLiteral("setupLocation"));
    m_locationLabel->setBuddy(m_location);
    m_datesLabel = new QLabel(inner);
    m_start = dateEdit(inner);
    m_start->setObjectName(QStringLiteral("setupStart"));
    m_toLabel = new QLabel(inner);
    m_end = dateEdit(inner);
    m_end->setObjectName(QStringLiteral("setupEnd"));
    m_datesLabel->setBuddy(m_start);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_end);
    dates->addStretch(1);
    auto *orgForm = new QFormLayout;
    orgForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // long Vietnamese labels go above their field
    orgForm->addRow(m_orgLabel, m_org);
    orgForm->addRow(m_locationLabel, m_location);
    orgForm->addRow(m_datesLabel, dates);

    m_systemsGroup = heading(inner);
    m_systems = new SystemsEditor(inner);
    m_systemsGroup->setBuddy(m_systems->nameEdit());
    m_teamGroup = heading(inner);
    m_team = new TeamEditor(inner);
    m_teamGroup->setBuddy(m_team->nameEdit());

    m_scopeGroup = heading(inner);
    m_scope = new QPlainTextEdit(inner);
    m_scope->setObjectName(QStringLiteral("setupScope"));
    m_scope->setTabChangesFocus(true);
    m_scope->setMinimumHeight(fontMetrics().height() * 4);
    m_scope->setMaximumHeight(fontMetrics().height() * 8);
    m_scopeGroup->setBuddy(m_scope);
    m_scopeHint = new QLabel(inner);
    m_scopeHint->setWordWrap(true);
    m_scopeHint->setEnabled(false);

    m_authGroup = heading(inner);
    m_authorisation = new QLabel(inner);
    m_authorisation->setObjectName(QStringLiteral("setupAuthorisation"));
    m_authorisation->setWordWrap(true);
    m_authorisation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_choose = new QPushButton(inner);
    m_import = new QPushButton(inner);
    auto *authButtons = new QHBoxLayout;
    authButtons->addWidget(m_choose);
    authButtons->addWidget(m_import);
    authButtons->addStretch(1);

    m_factsGroup = heading(inner);
    m_facts = new OverviewPage(inner);

    auto *left = new QVBoxLayout;
    left->addWidget(m_orgGroup);
    left->addLayout(orgForm);
    left->addSpacing(fontMetrics().height() / 2);
    left->addWidget(m_systemsGroup);
    left->addWidget(m_systems);
    left->addSpacing(fontMetrics().height() / 2);
    left->addWidget(m_teamGroup);
    left->addWidget(m_team);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_scopeGroup);
    right->addWidget(m_scope);
    right->addWidget(m_scopeHint);
    right->addSpacing(fontMetrics().height() / 2);
    right->addWidget(m_authGroup);
    right->addWidget(m_authorisation);
    right->addLayout(authButtons);
    right->addSpacing(fontMetrics().height() / 2);
    right->addWidget(m_factsGroup);
    right->addWidget(m_facts);
    right->addStretch(1);
    auto *grid = new QGridLayout(inner);
    grid->addWidget(m_intro, 0, 0, 1, 2);
    grid->addLayout(left, 1, 0);
    grid->addLayout(right, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(fontMetrics().height() * 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("setupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();
    m_revert = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("setupSave"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_error, 1);
    bottom->addStretch(0); // the buttons keep their size when there is no error to show
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    setTabOrder(m_org, m_location);
    setTabOrder(m_location, m_start);
    setTabOrder(m_start, m_end);
    setTabOrder(m_end, m_systems->nameEdit());
    setTabOrder(m_systems->view(), m_team->nameEdit());
    setTabOrder(m_team->list(), m_scope);
    setTabOrder(m_scope, m_choose);
    setTabOrder(m_choose, m_import);
    setTabOrder(m_import, m_revert);
    setTabOrder(m_revert, m_save);

    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &SetupPage::save);
    connect(m_save, &QPushButton::clicked, this, &SetupPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SetupPage::revert);
    connect(m_choose, &QPushButton::clicked, this, &SetupPage::chooseAuthorisation);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (!m_session || m_session->isBusy())
            return;
        m_dialogs->evidenceFiles(this, [this](const QStringList &paths) {
            if (!paths.isEmpty())
                Q_EMIT importAuthorisation(paths);
        });
    });
    for (QLineEdit *e : {m_org, m_location})
        connect(e, &QLineEdit::textChanged, this, &SetupPage::formChanged);
    for (QDateEdit *d : {m_start, m_end})
        connect(d, &QDateEdit::dateChanged, this, &SetupPage::formChanged);
    connect(m_scope, &QPlainTextEdit::textChanged, this, &SetupPage::formChanged);
    connect(m_systems, &SystemsEditor::changed, this, &SetupPage::formChanged);
    connect(m_team, &TeamEditor::changed, this, &SetupPage::formChanged);
    retranslate();
    updateEnabled();
}

void SetupPage::setSession(InspectionSession *session)
{
    m_session = session;
    m_error->hide();
    load(session ? session->file().meta() : InspectionMeta{});
    m_facts->setInspection(session ? &session->file() : nullptr);
    refresh();
    updateEnabled();
}

void SetupPage::load(const InspectionMeta &m)
{
    m_loading = true;
    m_org->setText(m.organisation);
    m_location->setText(m.location);
    setDateText(m_start, m.startDate);
    setDateText(m_end, m.endDate);
    m_systems->setSystems(m.systems);
    m_team->setInspectors(m.inspectors);
    m_scope->setPlainText(m.scope.join(QLatin1Char('\n')));
    m_loading = false;
    m_dirty = false;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    Q_EMIT dirtyChanged(false);
}

void SetupPage::refresh()
{
    m_authorisationName.clear();
    if (m_session && !m_session->isBusy()) {
        m_facts->refresh();
        const qint64 id = m_session->file().meta().authorisationEvidence;
        if (id > 0) {
            auto item = EvidenceStore(m_session->file()).get(id);
            m_authorisationName = item ? item->name : item.error().message;
        }
    }
    renderAuthorisation();
}

void SetupPage::renderAuthorisation()
{
    const qint64 id = m_session ? m_session->file().meta().authorisationEvidence : 0;
    if (!m_session)
        m_authorisation->clear();
    else if (id <= 0)
        m_authorisation->setText(
            tr("None recorded yet. The order or letter that authorises this inspection must be in the evidence before a "
               "report can be issued."));
    else
        m_authorisation->setText(
            tr("Evidence #%1: %2").arg(id).arg(m_authorisationName.isEmpty() ? tr("(name not read yet)") : m_authorisationName));
}

void SetupPage::updateEnabled()
{
    const bool writable = m_session && m_session->file().isWritable();
    const bool busy = m_session && m_session->isBusy();
    for (QWidget *w : std::initializer_list<QWidget *>{m_org, m_location, m_start, m_end, m_scope})
        w->setEnabled(writable);
    m_systems->setReadOnly(!writable);
    m_team->setReadOnly(!writable);
    m_choose->setEnabled(writable && !busy);
    m_import->setEnabled(writable && !busy);
    m_save->setEnabled(writable && m_dirty);
    m_revert->setEnabled(writable && m_dirty);
    const QString why = m_session ? m_session->readOnlyReason() : QString();
    readonly::explain({m_org, m_location, m_start, m_end, m_scope, m_choose, m_import, m_save, m_revert}, why);
    readonly::explainWithin(m_systems, why);
    readonly::explainWithin(m_team, why);
}

bool SetupPage::isDirty() const
{
    return m_dirty;
}

InspectionMeta SetupPage::formMeta() const
{
    InspectionMeta m = m_session ? m_session->file().meta() : InspectionMeta{};
    m.organisation = m_org->text().trimmed();
    m.location = m_location->text().trimmed();
    m.startDate = dateText(m_start);
    m.endDate = dateText(m_end);
    m.systems = m_systems->systems();
    m.inspectors = m_team->inspectors();
    m.scope = lines(m_scope);
    return m;
}

void SetupPage::formChanged()
{
    if (m_loading || !m_session)
        return;
    const InspectionMeta &saved = m_session->file().meta();
    const InspectionMeta form = formMeta();
    // Scope lines compare as typed; a normalised form of the same is no change.
    auto normal = [](const QStringList &scope) {
        auto s = Scope::parse(scope);
        return s ? s->toStringList() : scope;
    };
    const bool dirty = form.organisation != saved.organisation || form.location != saved.location || form.startDate != saved.startDate ||
                       form.endDate != saved.endDate || form.systems != saved.systems || form.inspectors != saved.inspectors ||
                       normal(form.scope) != saved.scope;
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    updateEnabled();
}

void SetupPage::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

bool SetupPage::save()
{
    if (!m_session || !m_session->file().isWritable())
        return false;
    if (m_session->isBusy()) {
        showError(tr("Wait for the running task to finish (or cancel it), then save again."));
        return false;
    }
    if (!m_systems->nameEdit()->text().trimmed().isEmpty())
        m_systems->addTyped(); // typed but not added yet: take it
    if (!m_team->nameEdit()->text().trimmed().isEmpty())
        m_team->addTyped();
    const InspectionMeta m = formMeta();
    if (auto scope = Scope::parse(m.scope); !scope) {
        showError(scope.error().message, m_scope);
        return false;
    }
    auto saved = m_session->file().updateMeta(m);
    if (!saved) {
        showError(saved.error().message, saved.error().message.contains(QLatin1String("organisation")) ? m_org : nullptr);
        return false;
    }
    showError(QString());
    load(*saved);
    refresh();
    Q_EMIT statusMessage(tr("The inspection's details are saved and recorded in the custody log."));
    Q_EMIT metaChanged();
    return true;
}

void SetupPage::revert()
{
    showError(QString());
    load(m_session ? m_session->file().meta() : InspectionMeta{});
    updateEnabled();
}

void SetupPage::chooseAuthorisation()
{
    if (!m_session || m_session->isBusy())
        return;
    EvidencePick pick;
    pick.onlyKind = QStringLiteral("document");
    pick.single = true;
    pick.title = tr("Authorisation document");
    pick.hint = tr("Choose the document (scan or PDF) of the order or letter that authorises this inspection.");
    if (const qint64 id = m_session->file().meta().authorisationEvidence; id > 0)
        pick.chosen = {id};
    QPointer<SetupPage> self(this);
    m_dialogs->pickEvidence(this, m_session->file(), pick, [self](std::optional<QList<qint64>> chosen) {
        if (self && chosen && !chosen->isEmpty())
            self->recordAuthorisation(chosen->first());
    });
}

bool SetupPage::recordAuthorisation(qint64 id)
{
    if (!m_session || m_session->isBusy())
        return false;
    // Only the authorisation: edits in the form stay as they are, unsaved.
    InspectionMeta m = m_session->file().meta();
    m.authorisationEvidence = id;
    auto saved = m_session->file().updateMeta(m);
    if (!saved) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Authorisation document"), saved.error().message);
        return false;
    }
    refresh();
    Q_EMIT statusMessage(tr("Evidence #%1 is recorded as the authorisation document.").arg(id));
    Q_EMIT metaChanged();
    return true;
}

void SetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        renderAuthorisation();
    }
    QWidget::changeEvent(event);
}

void SetupPage::retranslate()
{
    m_intro->setText(tr("Who and what is inspected, by whom, and within which bounds. Changes are saved with Save (Ctrl+S) and "
                        "recorded in the custody log."));
    m_orgGroup->setText(tr("Inspected organisation"));
    m_orgLabel->setText(tr("&Organisation:"));
    m_locationLabel->setText(tr("Loc&ation:"));
    m_datesLabel->setText(tr("Da&tes on site:"));
    m_toLabel->setText(tr("to"));
    for (QDateEdit *d : {m_start, m_end})
        d->setSpecialValueText(tr("not set"));
    m_systemsGroup->setText(tr("Systems and security levels"));
    m_teamGroup->setText(tr("Inspection team"));
    m_scopeGroup->setText(tr("Authorised sco&pe"));
    m_scope->setPlaceholderText(tr("One per line: 192.168.1.0/24, cam.example or 10.0.0.5:80,554"));
    m_scopeHint->setText(tr("Only these addresses and ports are ever probed. Leave it empty and probing is refused."));
    m_authGroup->setText(tr("Authorisation document"));
    m_choose->setText(tr("Choose from &evidence…"));
    m_import->setText(tr("I&mport a file…"));
    m_factsGroup->setText(tr("This inspection file"));
    m_revert->setText(tr("&Revert"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the details (Ctrl+S)"));
}

} // namespace ab::ui
