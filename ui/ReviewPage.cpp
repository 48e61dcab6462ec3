#include "ui/ReviewPage.h"

#include "core/inspection/InspectionFile.h"
#include "ui/InspectionSession.h"
#include "ui/ReadOnlyHint.h"
#include "ui/ReviewModel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ab::ui
{

namespace
{
// Core's names of the object types, in ObjectType order (Whole has none).
const char *const TypeKeys[] = {"", "evidence", "finding", "answer", "report"};
} // namespace

ReviewPage::ReviewPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_listHead = new QLabel(this);
    m_reviews = new ReviewModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reviewView"));
    m_view->setModel(m_reviews);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ReviewModel::Text, QHeaderView::Stretch);
    // A handful of rows: the short columns fit their text in every language.
    for (int c : {ReviewModel::When, ReviewModel::Who, ReviewModel::Kind})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ReviewModel::About, fontMetrics().averageCharWidth() * 32);

    m_formHead = new QLabel(this);
    m_formHead->setFont(bold);
    m_aboutLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("reviewObjectType"));
    for (int i = Whole; i <= Report; ++i)
        m_type->addItem(QString());
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("reviewObjectKey"));
    m_aboutLabel->setBuddy(m_type);
    m_textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(fontMetrics().height() * 6);
    m_textLabel->setBuddy(m_text);
    m_by = new QLabel(this);
    m_by->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comment = new QPushButton(this);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_reject = new QPushButton(this);
    m_reject->setObjectName(QStringLiteral("reviewReject"));

    auto *about = new QHBoxLayout;
    about->addWidget(m_type);
    about->addWidget(m_key, 1);
    auto *form = new QFormLayout;
    form->addRow(m_aboutLabel, about);
    form->addRow(m_textLabel, m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_by, 1);
    buttons->addWidget(m_comment);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_listHead);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_formHead);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ReviewPage::updateEnabled);
    connect(m_comment, &QPushButton::clicked, this, &ReviewPage::addComment);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPage::reject);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString object = index.data(ReviewModel::ObjectRole).toString();
        if (!object.isEmpty())
            Q_EMIT objectActivated(object);
    });
    retranslate();
    updateEnabled();
}

void ReviewPage::setSession(InspectionSession *session)
{
    m_session = session;
    m_text->clear();
    m_message->clear();
    setObject(QString());
    reload();
}

void ReviewPage::setObjectNamer(std::function<QString(const QString &)> namer)
{
    m_reviews->setObjectNamer(std::move(namer));
}

void ReviewPage::reload()
{
    if (!m_session || m_session->isBusy()) {
        if (!m_session) {
            m_reviews->setEntries({});
            m_summary = {};
        }
        renderSummary();
        updateEnabled();
        return;
    }
    ReviewStore store(m_session->file());
    auto entries = store.list();
    auto summary = store.summary();
    m_reviews->setEntries(entries ? *entries : QList<ReviewEntry>());
    m_summary = summary ? *summary : ReviewSummary{};
    if (!entries || !summary)
        showMessage((!entries ? entries.error() : summary.error()).message, true);
    if (m_reviews->rowCount() > 0)
        m_view->scrollToBottom();
    renderSummary();
    updateEnabled();
}

void ReviewPage::setObject(const QString &object)
{
    const QString type = object.section(QLatin1Char(':'), 0, 0);
    int index = Whole;
    for (int i = Evidence; i <= Report; ++i)
        if (type == QLatin1String(TypeKeys[i]))
            index = i;
    m_type->setCurrentIndex(index);
    m_key->setText(index == Whole ? QString() : object.section(QLatin1Char(':'), 1));
    if (index != Whole)
        m_text->setFocus();
}

QString ReviewPage::object() const
{
    const int type = m_type->currentIndex();
    if (type <= Whole || type > Report)
        return {};
    return QLatin1String(TypeKeys[type]) + QLatin1Char(':') + m_key->text().trimmed();
}

void ReviewPage::updateEnabled()
{
    InspectionFile *writer = m_session ? m_session->reviewFile() : nullptr;
    const bool sealed = m_session && m_session->isSealed();
    const bool can = writer != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_text, m_comment})
        w->setEnabled(can);
    m_key->setEnabled(can && m_type->currentIndex() != Whole);
    m_approve->setEnabled(can && sealed);
    m_reject->setEnabled(can && sealed);
    QString why;
    if (m_session && m_session->isBusy())
        why = tr("Wait for the running task (the integrity check, say) to finish.");
    else if (m_session && !can)
        why = QFileInfo(m_session->file().path()).isWritable() ? tr("The inspection is open read-only; reviews cannot be recorded.")
                                                               : tr("The inspection file is read-only on disk; copy it to a writable place "
                                                                    "to record a review.");
    readonly::explain({m_type, m_key, m_text, m_comment}, why);
    readonly::explain({m_approve, m_reject},
                      why.isEmpty() && m_session && !sealed
                          ? tr("Only a sealed copy can be approved or rejected: the decision is about what the seal covers. Export a "
                               "sealed copy for the supervisor first.")
                          : why);
    m_by->setText(writer ? tr("Recorded as %1").arg(writer->actor()) : QString());
}

bool ReviewPage::addComment()
{
    return record(ReviewEntry::Kind::Comment);
}

bool ReviewPage::approve()
{
    return record(ReviewEntry::Kind::Approval);
}

bool ReviewPage::reject()
{
    return record(ReviewEntry::Kind::Rejection);
}

bool ReviewPage::record(ReviewEntry::Kind kind)
{
    InspectionFile *writer = m_session ? m_session->reviewFile() : nullptr;
    if (!writer) {
        showMessage(tr("Nothing was recorded: the review cannot be written now."), true);
        return false;
    }
    const QString text = m_text->toPlainText().trimmed();
    const QString on = object();
    // The rules of `auditbench-cli review`, said in the words of this page.
    if (kind == ReviewEntry::Kind::Comment && text.isEmpty()) {
        showMessage(tr("Write the comment first."), true);
        return false;
    }
    if (kind == ReviewEntry::Kind::Rejection && text.isEmpty()) {
        showMessage(tr("A rejection needs a reason: write it in the text field."), true);
        return false;
    }
    if (kind != ReviewEntry::Kind::Comment && !on.isEmpty()) {
        showMessage(tr("Approvals and rejections are about the whole inspection: choose \"The whole inspection\" under About, or add a "
                       "comment on this object."),
                    true);
        return false;
    }
    if (m_type->currentIndex() != Whole && m_key->text().trimmed().isEmpty()) {
        showMessage(tr("Say which one the comment is about (a number, or the item's id for an answer)."), true);
        return false;
    }
    ReviewStore store(*writer);
    if (!on.isEmpty())
        if (auto ok = store.checkObject(on); !ok) {
            showMessage(ok.error().message, true);
            return false;
        }
    auto entry = kind == ReviewEntry::Kind::Approval    ? store.approve(text)
                 : kind == ReviewEntry::Kind::Rejection ? store.reject(text)
                                                        : store.comment(text, on);
    if (!entry) {
        showMessage(entry.error().message, true);
        return false;
    }
    m_text->clear();
    const QString done = entry->sealId > 0
                             ? tr("Recorded %1 %2 by %3, after seal %4: the seal stays intact.")
                                   .arg(ReviewModel::kindText(entry->kind).toLower())
                                   .arg(entry->id)
                                   .arg(entry->by)
                                   .arg(entry->sealId)
                             : tr("Recorded %1 %2 by %3.").arg(ReviewModel::kindText(entry->kind).toLower()).arg(entry->id).arg(entry->by);
    showMessage(done, false);
    Q_EMIT statusMessage(done);
    reload();
    Q_EMIT reviewAdded();
    return true;
}

void ReviewPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #8e0012;") : QString());
}

void ReviewPage::renderSummary()
{
    const QString when = QLocale().toString(m_summary.decidedAt.toLocalTime(), QLocale::ShortFormat);
    QString state;
    if (!m_session)
        state.clear();
    else if (m_summary.decision == ReviewEntry::Kind::Approval)
        state = tr("Approved by %1 on %2.").arg(m_summary.decidedBy, when);
    else if (m_summary.decision == ReviewEntry::Kind::Rejection)
        state = tr("Rejected by %1 on %2.").arg(m_summary.decidedBy, when);
    else if (m_session->isSealed())
        state = tr("Awaiting a decision.");
    else
        state = tr("Not a sealed copy: comments only. Approvals and rejections are made on the sealed copy a supervisor receives.");
    if (m_session)
        state += QLatin1Char(' ') + tr("%n comment(s), %1 approval(s), %2 rejection(s).", nullptr, int(m_summary.comments))
                                        .arg(m_summary.approvals)
                                        .arg(m_summary.rejections);
    m_state->setText(state);
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewPage::retranslate()
{
    m_listHead->setText(tr("Comments and decisions, oldest first (double-click one to go to what it is about):"));
    m_formHead->setText(tr("Add to the review"));
    m_aboutLabel->setText(tr("&About:"));
    m_type->setItemText(Whole, tr("The whole inspection"));
    m_type->setItemText(Evidence, tr("Evidence"));
    m_type->setItemText(Finding, tr("Finding"));
    m_type->setItemText(Answer, tr("Answer"));
    m_type->setItemText(Report, tr("Report"));
    m_key->setPlaceholderText(tr("its number (evidence, finding, report) or item id (answer, e.g. INT-04)"));
    m_textLabel->setText(tr("&Text:"));
    m_text->setPlaceholderText(tr("The comment, the approval's remark (optional) or the rejection's reason"));
    m_comment->setText(tr("Add &comment"));
    m_approve->setText(tr("A&pprove"));
    m_reject->setText(tr("&Reject"));
    m_reviews->retranslate();
    renderSummary();
    updateEnabled();
}

} // namespace ab::ui
