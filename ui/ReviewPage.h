#pragma once

#include "core/seal/ReviewStore.h"
#include "core/util/Result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ab::ui
{

class InspectionSession;
class ReviewModel;

// The Review step: where a supervisor's review stands (the latest approval
// or rejection decides), every comment and decision so far (who, when, what,
// about which object), and a form to add a comment on the whole inspection
// or on one object (evidence, finding, answer or report), an approval
// (optionally with a comment) or a rejection (with its reason). Each is
// recorded through core (ReviewStore: a review row and its custody entry,
// which a seal allows), by the same rules as `auditbench-cli review`. On a
// sealed copy the UI's handle is read-only: a review is written through the
// session's writable review handle (InspectionSession::reviewFile).
class ReviewPage final : public QWidget
{
    Q_OBJECT
public:
    enum ObjectType { Whole, Evidence, Finding, Answer, Report };

    explicit ReviewPage(QWidget *parent = nullptr);
    void setSession(InspectionSession *session);
    // Reads the review rows again (not while a task writes).
    void reload();
    void updateEnabled();
    // What the next comment is about (empty: the whole inspection), as core names it (evidence:3).
    void setObject(const QString &object);
    QString object() const;
    // How objects are named in the list ("Evidence #3 (photo.jpg)").
    void setObjectNamer(std::function<QString(const QString &)> namer);

    ReviewSummary summary() const { return m_summary; }
    ReviewModel *reviewModel() const { return m_reviews; }
    QTableView *reviewView() const { return m_view; }
    QComboBox *objectTypeCombo() const { return m_type; }
    QLineEdit *objectKeyEdit() const { return m_key; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *commentButton() const { return m_comment; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }

public Q_SLOTS:
    bool addComment();
    bool approve();
    bool reject();

Q_SIGNALS:
    void reviewAdded(); // a row (and custody entry) was recorded: the owner refreshes the log and the banner
    void objectActivated(const QString &object);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool record(ReviewEntry::Kind kind);
    void showMessage(const QString &text, bool error);
    void renderSummary();
    void retranslate();

    QPointer<InspectionSession> m_session;
    ReviewSummary m_summary;
    ReviewModel *m_reviews = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_listHead = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_formHead = nullptr;
    QLabel *m_aboutLabel = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_by = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace ab::ui
