#include "ui/FindingEditor.h"

#include "core/catalog/Questionnaire.h"
#include "core/util/Language.h"
#include "ui/FindingsModel.h"
#include "ui/ReadOnlyHint.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ab::ui
{

namespace
{
const QDate ReportDefault(2000, 1, 1); // the deadline edit's "report's default" value

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *t = new QPlainTextEdit(parent);
    t->setTabChangesFocus(true);
    t->setMinimumHeight(t->fontMetrics().height() * 2 + 8);
    t->setMaximumHeight(t->fontMetrics().height() * lines + 8);
    return t;
}
} // namespace

FindingEditor::FindingEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("findingEditor"));
    m_header = new QLabel(this);
    QFont big = m_header->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_header->setFont(big);
    m_header->setWordWrap(true);
    m_origin = new QLabel(this);
    m_origin->setWordWrap(true);
    m_origin->setEnabled(false);

    m_titleLabel = new QLabel(this);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("findingTitle"));
    m_severityLabel = new QLabel(this);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("findingSeverity"));
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("findingStatus"));
    m_deviceLabel = new QLabel(this);
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("findingDevice"));
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_device->setMinimumContentsLength(16);
    m_portLabel = new QLabel(this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("findingPort"));
    m_port->setRange(0, 65535);
    m_itemLabel = new QLabel(this);
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("findingItem"));
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_item->setMinimumContentsLength(20);
    m_evidenceLabel = new QLabel(this);
    m_evidenceList = new QListWidget(this);
    m_evidenceList->setObjectName(QStringLiteral("findingEvidence"));
    m_evidenceList->setMaximumHeight(fontMetrics().height() * 5);
    m_attach = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_detailLabel = new QLabel(this);
    m_detail = textBox(this, 5);
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_recommendationLabel = new QLabel(this);
    m_recommendation = textBox(this, 4);
    m_recommendation->setObjectName(QStringLiteral("findingRecommendation"));
    m_deadlineLabel = new QLabel(this);
    m_deadline = new QDateEdit(this);
    m_deadline->setObjectName(QStringLiteral("findingDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setMinimumDate(ReportDefault);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_revert = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("findingSave"));
    m_titleLabel->setBuddy(m_title);
    m_severityLabel->setBuddy(m_severity);
    m_statusLabel->setBuddy(m_status);
    m_deviceLabel->setBuddy(m_device);
    m_portLabel->setBuddy(m_port);
    m_itemLabel->setBuddy(m_item);
    m_evidenceLabel->setBuddy(m_evidenceList);
    m_detailLabel->setBuddy(m_detail);
    m_recommendationLabel->setBuddy(m_recommendation);
    m_deadlineLabel->setBuddy(m_deadline);

    auto *sevRow = new QHBoxLayout;
    sevRow->addWidget(m_severity, 1);
    sevRow->addWidget(m_statusLabel);
    sevRow->addWidget(m_status, 1);
    auto *devRow = new QHBoxLayout;
    devRow->addWidget(m_device, 2);
    devRow->addWidget(m_portLabel);
    devRow->addWidget(m_port, 1);
    auto *evButtons = new QHBoxLayout;
    evButtons->addWidget(m_attach);
    evButtons->addWidget(m_remove);
    evButtons->addStretch(1);
    auto *evBox = new QVBoxLayout;
    evBox->addWidget(m_evidenceList);
    evBox->addLayout(evButtons);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_severityLabel, sevRow);
    form->addRow(m_deviceLabel, devRow);
    form->addRow(m_itemLabel, m_item);
    form->addRow(m_evidenceLabel, evBox);
    form->addRow(m_detailLabel, m_detail);
    form->addRow(m_recommendationLabel, m_recommendation);
    form->addRow(m_deadlineLabel, m_deadline);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_origin);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setTabOrder(m_title, m_severity);
    setTabOrder(m_severity, m_status);
    setTabOrder(m_status, m_device);
    setTabOrder(m_device, m_port);
    setTabOrder(m_port, m_item);
    setTabOrder(m_item, m_evidenceList);
    setTabOrder(m_evidenceList, m_attach);
    setTabOrder(m_attach, m_remove);
    setTabOrder(m_remove, m_detail);
    setTabOrder(m_detail, m_recommendation);
    setTabOrder(m_recommendation, m_deadline);
    setTabOrder(m_deadline, m_revert);
    setTabOrder(m_revert, m_save);

    auto mark = [this] { markEdited(true); };
    connect(m_title, &QLineEdit::textChanged, this, mark);
    connect(m_severity, &QComboBox::currentIndexChanged, this, mark);
    connect(m_status, &QComboBox::currentIndexChanged, this, mark);
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] {
        m_port->setEnabled(m_writable && m_device->currentData().toLongLong() > 0);
        if (m_device->currentData().toLongLong() == 0)
            m_port->setValue(0);
        markEdited(true);
    });
    connect(m_port, &QSpinBox::valueChanged, this, mark);
    connect(m_item, &QComboBox::currentIndexChanged, this, mark);
    connect(m_detail, &QPlainTextEdit::textChanged, this, mark);
    connect(m_recommendation, &QPlainTextEdit::textChanged, this, mark);
    connect(m_deadline, &QDateEdit::dateChanged, this, mark);
    connect(m_attach, &QPushButton::clicked, this, &FindingEditor::attachRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_evidenceList->currentRow();
        if (row >= 0 && row < m_evidence.size()) {
            m_evidence.removeAt(row);
            renderEvidence();
            markEdited(true);
        }
    });
    connect(m_save, &QPushButton::clicked, this, &FindingEditor::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] { load(); });
    retranslate();
    load();
}

void FindingEditor::setDevices(const QList<DeviceRecord> &devices)
{
    m_devices = devices;
    const qint64 keep = m_device->currentData().toLongLong();
    m_loading = true;
    m_device->clear();
    m_device->addItem(tr("(none)"), qint64(0));
    for (const DeviceRecord &d : devices) {
        QStringList identity{d.address};
        for (const QString &s : {d.vendor, d.model})
            if (!s.isEmpty())
                identity.append(s);
        m_device->addItem(identity.join(QLatin1Char(' ')), d.id);
    }
    m_device->setCurrentIndex(std::max(0, m_device->findData(keep)));
    m_loading = false;
}

void FindingEditor::setQuestionnaire(std::shared_ptr<const catalog::Questionnaire> questionnaire)
{
    m_questionnaire = std::move(questionnaire);
    m_loading = true;
    fillItems();
    m_loading = false;
}

void FindingEditor::fillItems()
{
    const QString keep = m_item->currentData().toString();
    m_item->clear();
    m_item->addItem(tr("(none)"), QString());
    if (m_questionnaire) {
        const QString lang = Language::current();
        for (const catalog::Item &i : m_questionnaire->catalog().items())
            m_item->addItem(QStringLiteral("%1  %2").arg(i.id, i.text.text(lang)), i.id);
    }
    // An item the catalog no longer knows still shows as what it is.
    if (!keep.isEmpty() && m_item->findData(keep) < 0)
        m_item->addItem(keep, keep);
    m_item->setCurrentIndex(std::max(0, m_item->findData(keep)));
}

void FindingEditor::fillSeverities()
{
    const QString keep = m_severity->currentData().toString();
    m_severity->clear();
    for (const QString &s : findings::severities())
        m_severity->addItem(FindingsModel::severityName(s), s);
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(keep.isEmpty() ? QStringLiteral("medium") : keep)));
}

void FindingEditor::fillStatuses()
{
    const QString keep = m_status->currentData().toString();
    m_status->clear();
    for (const QString &s : findings::statuses())
        m_status->addItem(FindingsModel::statusName(s), s);
    // "Merged" is what a merge makes, never a choice.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_status->model()))
        if (QStandardItem *merged = model->item(m_status->findData(QStringLiteral("merged"))))
            merged->setEnabled(false);
    m_status->setCurrentIndex(std::max(0, m_status->findData(keep.isEmpty() ? QStringLiteral("open") : keep)));
}

void FindingEditor::setRecord(const std::optional<FindingRecord> &record)
{
    m_record = record;
    load();
}

void FindingEditor::load()
{
    m_loading = true;
    const FindingRecord f = m_record.value_or(FindingRecord{});
    m_title->setText(f.title);
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(f.severity)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(f.status)));
    m_device->setCurrentIndex(std::max(0, m_device->findData(f.deviceId)));
    m_port->setValue(f.port);
    if (!f.item.isEmpty() && m_item->findData(f.item) < 0)
        m_item->addItem(f.item, f.item);
    m_item->setCurrentIndex(std::max(0, m_item->findData(f.item)));
    m_evidence = f.evidence;
    m_detail->setPlainText(f.detail);
    m_recommendation->setPlainText(f.recommendation);
    const QDate deadline = QDate::fromString(f.deadline, Qt::ISODate);
    m_deadline->setDate(deadline.isValid() ? deadline : ReportDefault);
    m_loading = false;
    renderEvidence();
    renderHeader();
    markEdited(false);
    setEditable(m_writable, false, m_why);
}

void FindingEditor::renderHeader()
{
    if (!m_record) {
        m_header->setText(tr("Select a finding, or make a new one."));
        m_origin->clear();
        return;
    }
    const FindingRecord &f = *m_record;
    if (f.id == 0) {
        m_header->setText(tr("New finding (not saved yet)"));
        m_origin->setText(tr("Save it (Ctrl+S) to record it in the inspection and its custody log."));
        return;
    }
    m_header->setText(tr("Finding #%1").arg(f.id));
    QString origin;
    const QString when = QLocale().toString(QDateTime::fromString(f.createdAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    if (f.source == QLatin1String("probe"))
        origin = tr("Found by a probe on %1.").arg(when);
    else if (f.source == QLatin1String("nmap"))
        origin = tr("From an nmap import on %1.").arg(when);
    else if (f.source == QLatin1String("answer"))
        origin = tr("From the answer to %1, recorded by %2 on %3.").arg(f.item, f.createdBy, when);
    else
        origin = tr("Recorded by %1 on %2.").arg(f.createdBy, when);
    if (f.status == QLatin1String("merged"))
        origin +=
            QLatin1Char(' ') + tr("Merged into finding #%1; set the status to open to make it stand on its own again.").arg(f.mergedInto);
    m_origin->setText(origin);
}

void FindingEditor::renderEvidence()
{
    m_evidenceList->clear();
    for (qint64 id : std::as_const(m_evidence)) {
        const QString name = m_names ? m_names(id) : QString();
        m_evidenceList->addItem(tr("#%1  %2").arg(id).arg(name.isEmpty() ? tr("(not in this inspection)") : name));
    }
    if (m_evidence.isEmpty())
        m_evidenceList->addItem(tr("No evidence yet: attach what proves this finding."));
}

void FindingEditor::setEvidence(const QList<qint64> &ids)
{
    m_evidence = ids;
    renderEvidence();
    markEdited(true);
}

void FindingEditor::markEdited(bool changed)
{
    if (m_loading)
        return;
    const bool dirty = m_record && (changed ? (isDraft() || !this->changes().isEmpty()) : false);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    m_save->setEnabled(m_writable && m_record && (m_dirty || isDraft()));
    m_revert->setEnabled(m_record && m_dirty);
}

bool FindingEditor::isDirty() const
{
    return m_dirty;
}

FindingRecord FindingEditor::edited() const
{
    FindingRecord f = m_record.value_or(FindingRecord{});
    f.title = m_title->text().trimmed();
    f.severity = m_severity->currentData().toString();
    f.status = m_status->currentData().toString();
    f.deviceId = m_device->currentData().toLongLong();
    f.port = f.deviceId ? m_port->value() : 0;
    f.item = m_item->currentData().toString();
    f.evidence = m_evidence;
    f.detail = m_detail->toPlainText();
    f.recommendation = m_recommendation->toPlainText();
    f.deadline = m_deadline->date() == ReportDefault ? QString() : m_deadline->date().toString(Qt::ISODate);
    return f;
}

findings::FindingChanges FindingEditor::changes() const
{
    findings::FindingChanges c;
    if (!m_record)
        return c;
    const FindingRecord &o = *m_record;
    const FindingRecord n = edited();
    if (n.title != o.title)
        c.title = n.title;
    if (n.severity != o.severity)
        c.severity = n.severity;
    if (n.status != o.status)
        c.status = n.status;
    if (n.deviceId != o.deviceId)
        c.deviceId = n.deviceId;
    if (n.port != o.port)
        c.port = n.port;
    if (n.item != o.item)
        c.item = n.item;
    if (n.evidence != o.evidence)
        c.evidence = n.evidence;
    if (n.detail != o.detail)
        c.detail = n.detail;
    if (n.recommendation != o.recommendation)
        c.recommendation = n.recommendation;
    if (n.deadline != o.deadline)
        c.deadline = n.deadline;
    return c;
}

void FindingEditor::setEditable(bool writable, bool busy, const QString &why)
{
    m_writable = writable && !busy;
    m_why = writable ? QString() : why;
    const bool on = m_writable && m_record.has_value();
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_severity, m_status, m_device, m_item, m_attach, m_remove, m_deadline})
        w->setEnabled(on);
    // Long texts stay readable (and scrollable) where they cannot be changed.
    for (QPlainTextEdit *t : {m_detail, m_recommendation}) {
        t->setEnabled(m_record.has_value() && (on || !m_why.isEmpty()));
        t->setReadOnly(!on);
        t->setToolTip(m_why);
    }
    m_port->setEnabled(on && m_device->currentData().toLongLong() > 0);
    m_save->setEnabled(on && (m_dirty || isDraft()));
    m_revert->setEnabled(m_record && m_dirty);
    readonly::explain({m_title, m_severity, m_status, m_device, m_port, m_item, m_attach, m_remove, m_deadline, m_save}, m_why);
}

void FindingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_loading = true;
        retranslate();
        setDevices(m_devices);
        fillItems();
        m_loading = false;
        renderHeader();
        renderEvidence();
    }
    QWidget::changeEvent(event);
}

void FindingEditor::retranslate()
{
    const bool loading = m_loading;
    m_loading = true;
    fillSeverities();
    fillStatuses();
    m_loading = loading;
    m_titleLabel->setText(tr("&Title:"));
    m_severityLabel->setText(tr("Severit&y:"));
    m_statusLabel->setText(tr("Stat&us:"));
    m_deviceLabel->setText(tr("&Device:"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setSpecialValueText(tr("whole device"));
    m_itemLabel->setText(tr("Chec&klist item:"));
    m_evidenceLabel->setText(tr("&Evidence:"));
    m_attach->setText(tr("Atta&ch…"));
    m_remove->setText(tr("Rem&ove"));
    m_detailLabel->setText(tr("Detail&s:"));
    m_detail->setPlaceholderText(tr("What was seen, where, and how it was checked"));
    m_recommendationLabel->setText(tr("&Recommendation:"));
    m_recommendation->setPlaceholderText(tr("What the operator should do about it"));
    m_deadlineLabel->setText(tr("Rectify &by:"));
    m_deadline->setSpecialValueText(tr("report's default (%n days)", nullptr, findings::DefaultDeadlineDays));
    m_revert->setText(tr("Revert"));
    m_save->setText(tr("Save")); // every letter is taken on the page: Ctrl+S saves
    m_save->setToolTip(tr("Save the finding (Ctrl+S)"));
    renderHeader();
}

} // namespace ab::ui
