#pragma once

#include "core/seal/ReviewStore.h"
#include "core/util/Result.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace ab::ui
{

class DialogProvider;
class DocumentsModel;
class InspectionSession;
class ReviewModel;

// The Review step: where a supervisor's review stands (the latest approval
// or rejection decides), every comment and decision so far (who, when, what,
// about which object), a form to add a comment on the whole inspection or
// on one object (an evidence item, finding, answer or document — chosen
// here or from the context menu of those pages), an approval (optionally
// with a comment) or a rejection (with its reason), each recorded through
// core (ReviewStore: a review row and its custody entry, which a seal
// allows); and the documents issued from the inspection. On a sealed copy
// the UI's handle is read-only: a review is written through a second,
// writable handle opened for it alone.
class ReviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(DialogProvider *dialogs, QWidget *parent = nullptr);
    void setSession(InspectionSession *session);
    // Reads the review rows and documents again (not while a task writes).
    void reload();
    void updateEnabled();
    // What the next comment is about (empty: the whole inspection); the text field takes the keyboard.
    void setObject(const QString &object);
    QString object() const { return m_object; }
    // How objects are named ("Evidence #3 (photo.jpg)").
    void setObjectNamer(std::function<QString(const QString &)> namer);

    ReviewSummary summary() const { return m_summary; }
    ReviewModel *reviewModel() const { return m_reviews; }
    DocumentsModel *documentsModel() const { return m_documents; }
    QTableView *reviewView() const { return m_reviewView; }
    QTableView *documentsView() const { return m_documentsView; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *objectLabel() const { return m_objectLabel; }
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
    void viewEvidenceRequested(qint64 id);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool record(ReviewEntry::Kind kind);
    Result<ReviewEntry> write(ReviewEntry::Kind kind, const QString &text);
    void renderObject();
    void renderSummary();
    void retranslate();

    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    std::function<QString(const QString &)> m_namer;
    QString m_object;
    ReviewSummary m_summary;
    ReviewModel *m_reviews = nullptr;
    DocumentsModel *m_documents = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_reviewsHead = nullptr;
    QTableView *m_reviewView = nullptr;
    QLabel *m_formHead = nullptr;
    QLabel *m_aboutLabel = nullptr;
    QLabel *m_objectLabel = nullptr;
    QPushButton *m_whole = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_documentsHead = nullptr;
    QTableView *m_documentsView = nullptr;
    QSplitter *m_split = nullptr;
};

} // namespace ab::ui
