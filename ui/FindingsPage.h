#pragma once

#include "core/inspection/Assets.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace ab::catalog
{
class Questionnaire;
}

namespace ab::ui
{

class DialogProvider;
class FindingEditor;
class FindingsFilter;
class FindingsModel;
class InspectionSession;

// The Findings step: every finding of the inspection (by hand, from answers,
// from probes and imports) in a table filtered by text, severity and status,
// the selected one in an editor beside it; New finding, From answer… (a
// non-compliant or partial answer becomes a finding), and Merge duplicates
// (the selected rows into one; the others stay, marked merged).
class FindingsPage final : public QWidget
{
    Q_OBJECT
public:
    FindingsPage(DialogProvider *dialogs, QWidget *parent = nullptr);
    void setSession(InspectionSession *session);
    void setQuestionnaire(std::shared_ptr<catalog::Questionnaire> questionnaire);
    void setNameLookup(std::function<QString(qint64)> lookup);
    // Reads the findings and devices again (not while a task runs).
    void reload();
    void updateEnabled();
    bool selectFinding(qint64 id);
    qint64 currentId() const;
    QList<qint64> selectedIds() const;

    FindingsModel *model() const { return m_model; }
    FindingsFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    FindingEditor *editor() const { return m_editor; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *severityFilter() const { return m_severity; }
    QComboBox *statusFilter() const { return m_status; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *fromAnswerButton() const { return m_fromAnswer; }
    QPushButton *mergeButton() const { return m_merge; }
    QSplitter *splitter() const { return m_split; }

public Q_SLOTS:
    // A draft in the editor, prefilled (device, evidence... from a probe result); saved with Save.
    void newFinding(const ab::FindingRecord &prefill = {});
    // Records a finding from itemId's answer and selects it (or the one that already records it).
    bool createFromAnswer(const QString &itemId);
    void chooseAnswer();
    void mergeSelected();
    bool save();

Q_SIGNALS:
    void findingsChanged(); // added, edited or merged: the owner refreshes progress and the log
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void attach();
    void updateCount();
    void fitColumns();
    void afterReload(qint64 keep);
    void retranslate();
    bool canWrite() const;

    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    std::shared_ptr<catalog::Questionnaire> m_questionnaire;
    FindingsModel *m_model = nullptr;
    FindingsFilter *m_filter = nullptr;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_fromAnswer = nullptr;
    QPushButton *m_merge = nullptr;
    QTableView *m_view = nullptr;
    FindingEditor *m_editor = nullptr;
    QSplitter *m_split = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace ab::ui
