#pragma once

#include "core/evidence/EvidenceItem.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace ab::catalog
{
class Questionnaire;
}

namespace ab::ui
{

class DialogProvider;
class InspectionSession;
class ItemPanel;
class QuestionnaireFilter;
class QuestionnaireModel;

// The guided questionnaire for one kind of item: "interview" (the Interview
// tab) or "document" (Document review). Progress and filters on top, the
// items on the left, the selected item and its answer on the right.
class QuestionnairePage final : public QWidget
{
    Q_OBJECT
public:
    QuestionnairePage(const QString &kind, DialogProvider *dialogs, QWidget *parent = nullptr);

    // Both nullptr when closed. Answers are saved through the session's
    // UI-thread handle, never while a task runs.
    void setQuestionnaire(InspectionSession *session, std::shared_ptr<catalog::Questionnaire> questionnaire);
    // Re-evaluates answers and skip logic in memory.
    void refresh();
    // Names of attached evidence items, by id.
    void setNameLookup(std::function<QString(qint64)> lookup);
    // Evidence imported from files dropped on itemId's answer.
    void attachImported(const QString &itemId, const QList<qint64> &ids);
    void updateEnabled();
    bool selectItem(const QString &itemId);
    void save();

    QuestionnaireModel *model() const { return m_model; }
    QuestionnaireFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    ItemPanel *panel() const { return m_panel; }
    QComboBox *showCombo() const { return m_show; }
    QComboBox *sectionCombo() const { return m_section; }
    QProgressBar *progress() const { return m_progress; }

Q_SIGNALS:
    void answersChanged();
    void importRequested(const QString &itemId, const QStringList &paths);
    // The saved answer to itemId falls short: make it a finding.
    void findingRequested(const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void store(const QString &itemId, const QString &value, const QString &note, const QList<qint64> &evidence, const QString &reason);
    void attach();
    void fillSections();
    void updateProgress();
    void retranslate();

    QString m_kind;
    DialogProvider *m_dialogs = nullptr;
    QPointer<InspectionSession> m_session;
    QuestionnaireModel *m_model = nullptr;
    QuestionnaireFilter *m_filter = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_showLabel = nullptr;
    QComboBox *m_show = nullptr;
    QLabel *m_sectionLabel = nullptr;
    QComboBox *m_section = nullptr;
    QTableView *m_view = nullptr;
    ItemPanel *m_panel = nullptr;
};

} // namespace ab::ui
