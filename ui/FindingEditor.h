#pragma once

#include "core/findings/FindingService.h"
#include "core/inspection/Assets.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ab::catalog
{
class Questionnaire;
}

namespace ab::ui
{

// One finding beside the list: title, severity, device and port, checklist
// item, the evidence that proves it, detail, recommendation, deadline (empty:
// the report's default of 30 days) and status. A new finding is a draft
// until saved. The page saves; this only edits.
class FindingEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingEditor(QWidget *parent = nullptr);

    void setDevices(const QList<DeviceRecord> &devices);
    void setQuestionnaire(std::shared_ptr<const catalog::Questionnaire> questionnaire);
    void setNameLookup(std::function<QString(qint64)> lookup) { m_names = std::move(lookup); }
    // Shows a saved finding (id > 0) or a draft (id 0); nullopt: nothing.
    void setRecord(const std::optional<FindingRecord> &record);
    const std::optional<FindingRecord> &record() const { return m_record; }
    bool isDraft() const { return m_record && m_record->id == 0; }
    bool isDirty() const;
    // The record as edited (for a draft) and the changes to a saved one.
    FindingRecord edited() const;
    findings::FindingChanges changes() const;
    void setEvidence(const QList<qint64> &ids);
    QList<qint64> evidence() const { return m_evidence; }
    // why: the reason nothing can be changed (a sealed copy), shown on the disabled controls.
    void setEditable(bool writable, bool busy, const QString &why = {});

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *deviceCombo() const { return m_device; }
    QSpinBox *portSpin() const { return m_port; }
    QComboBox *itemCombo() const { return m_item; }
    QListWidget *evidenceList() const { return m_evidenceList; }
    QPlainTextEdit *detailEdit() const { return m_detail; }
    QPlainTextEdit *recommendationEdit() const { return m_recommendation; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *attachButton() const { return m_attach; }

Q_SIGNALS:
    void saveRequested();
    void attachRequested();
    void dirtyChanged(bool dirty);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillItems();
    void fillStatuses();
    void fillSeverities();
    void load();
    void renderEvidence();
    void renderHeader();
    void markEdited(bool changed);
    void retranslate();

    std::optional<FindingRecord> m_record;
    QList<qint64> m_evidence;
    QList<DeviceRecord> m_devices;
    std::shared_ptr<const catalog::Questionnaire> m_questionnaire;
    std::function<QString(qint64)> m_names;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_writable = false;
    QString m_why;
    QLabel *m_header = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QComboBox *m_device = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_itemLabel = nullptr;
    QComboBox *m_item = nullptr;
    QLabel *m_evidenceLabel = nullptr;
    QListWidget *m_evidenceList = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_detailLabel = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_recommendationLabel = nullptr;
    QPlainTextEdit *m_recommendation = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QDateEdit *m_deadline = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace ab::ui
