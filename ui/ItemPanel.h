#pragma once

#include "core/catalog/Questionnaire.h"

#include <QMap>

#include <QWidget>
#include <functional>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ab::ui
{

class AnswerEditor;

// One checklist item beside the list: its question, guidance and clauses,
// and the answer being edited (value, note, evidence) with the Save button.
// Files dropped here are offered for import and attachment.
class ItemPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ItemPanel(QWidget *parent = nullptr);

    // Shows status (nullptr: no item) with its saved answer. owner keeps the
    // catalog the status points into alive.
    void setStatus(std::shared_ptr<const catalog::Questionnaire> owner, const catalog::ItemStatus *status);
    // After a re-evaluation: the state line only, unsaved edits stay.
    void updateStatus(const catalog::ItemStatus *status);
    QString itemId() const;
    AnswerEditor *editor() const { return m_editor; }
    QString note() const;
    QList<qint64> evidence() const { return m_evidenceIds; }
    void setEvidence(const QList<qint64> &ids);
    void addEvidence(const QList<qint64> &ids);
    // id -> file name, for the evidence list (asked for the attached ones only).
    void setNameLookup(std::function<QString(qint64)> lookup);
    // why: the reason nothing can be changed (a sealed copy), shown on the disabled controls.
    void setEditable(bool writable, bool busy, const QString &why = {});
    QPushButton *saveButton() const { return m_save; }
    QPushButton *findingButton() const { return m_finding; }

Q_SIGNALS:
    void saveRequested();
    // The saved answer falls short: make it a finding.
    void findingRequested();
    void attachRequested();
    void pathsDropped(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void render();
    void renderState();
    void renderEvidence();

    std::shared_ptr<const catalog::Questionnaire> m_owner;
    std::optional<catalog::ItemStatus> m_status;
    QList<qint64> m_evidenceIds;
    std::function<QString(qint64)> m_names;
    bool m_canDrop = false;
    QLabel *m_title = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_guidanceHead = nullptr;
    QLabel *m_guidance = nullptr;
    QLabel *m_clausesHead = nullptr;
    QLabel *m_clauses = nullptr;
    QLabel *m_answerHead = nullptr;
    AnswerEditor *m_editor = nullptr;
    QLabel *m_noteHead = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_evidenceHead = nullptr;
    QListWidget *m_evidence = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_dropHint = nullptr;
    QLabel *m_recorded = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_finding = nullptr;
    QString m_why;
    bool m_writable = false;
};

} // namespace ab::ui
