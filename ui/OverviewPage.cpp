#include "ui/OverviewPage.h"

#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ab::ui
{

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    auto *inner = new QWidget;
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int i = 0; i < RowCount; ++i) {
        m_keys[i] = new QLabel(inner);
        m_keys[i]->setStyleSheet(QStringLiteral("font-weight: bold;"));
        m_values[i] = new QLabel(inner);
        m_values[i]->setWordWrap(true);
        m_values[i]->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_form->addRow(m_keys[i], m_values[i]);
    }
    m_values[Head]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The chain head is 64 hex digits: it wraps anywhere rather than widen the page.
    m_values[Head]->setWordWrap(true);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addLayout(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(inner);
    retranslate();
}

QString OverviewPage::regimeName(const QString &regime)
{
    if (regime == QLatin1String("cn-miit"))
        return tr("China: MIIT inspection (cn-miit)");
    if (regime == QLatin1String("vn-mic"))
        return tr("Viet Nam: MIC inspection (vn-mic)");
    return regime;
}

void OverviewPage::setInspection(InspectionFile *file)
{
    m_file = file;
    refresh();
}

void OverviewPage::refresh()
{
    // The only place this page reads the database: on open and after a task
    // has finished, never while a worker may hold the write lock.
    m_counts = Counts{};
    if (m_file) {
        EvidenceStore store(*m_file);
        auto evidence = store.count();
        auto custody = m_file->custody().lastSeq(); // an index lookup, not a walk over every entry
        auto head = m_file->custody().recordedHead();
        if (evidence && custody && head) {
            m_counts.evidence = *evidence;
            m_counts.custody = *custody;
            m_counts.headSeq = head->seq;
            m_counts.headHash = head->hash;
        } else {
            m_counts.error = !evidence ? evidence.error().message : !custody ? custody.error().message : head.error().message;
        }
    }
    render();
}

void OverviewPage::render()
{
    if (!m_file) {
        for (QLabel *v : m_values)
            v->clear();
        return;
    }
    const InspectionMeta &m = m_file->meta();
    m_values[Regime]->setText(regimeName(m.regime));
    m_values[Catalog]->setText(m.catalogVersion.isEmpty() ? m.catalogId : QStringLiteral("%1 %2").arg(m.catalogId, m.catalogVersion));
    m_values[Created]->setText(QLocale().toString(m.createdAt.toLocalTime(), QLocale::LongFormat));
    m_values[File]->setText(m_file->path());
    if (!m_counts.error.isEmpty()) {
        for (int row : {Evidence, Custody, Head})
            m_values[row]->setText(m_counts.error);
        return;
    }
    m_values[Evidence]->setText(tr("%n item(s)", nullptr, int(m_counts.evidence)));
    m_values[Custody]->setText(tr("%n entry(ies)", nullptr, int(m_counts.custody)));
    // A zero-width space every 16 digits lets the hash wrap in a narrow column.
    QString hash = m_counts.headHash;
    for (qsizetype i = hash.size() - 16; i > 0; i -= 16)
        hash.insert(i, QChar(0x200B));
    m_values[Head]->setText(tr("#%1  %2").arg(m_counts.headSeq).arg(hash));
    m_values[Head]->setToolTip(m_counts.headHash);
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render(); // from what refresh() read: a language switch never touches the file
    }
    QWidget::changeEvent(event);
}

void OverviewPage::retranslate()
{
    m_keys[Regime]->setText(tr("Regime:"));
    m_keys[Catalog]->setText(tr("Catalog:"));
    m_keys[Created]->setText(tr("Created:"));
    m_keys[File]->setText(tr("File:"));
    m_keys[Evidence]->setText(tr("Evidence:"));
    m_keys[Custody]->setText(tr("Custody log:"));
    m_keys[Head]->setText(tr("Chain head:"));
}

} // namespace ab::ui
