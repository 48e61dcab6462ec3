#include "ui/OverviewPage.h"

#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ab::ui {

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent)
{
    auto *inner = new QWidget;
    m_title = new QLabel(inner);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int i = 0; i < RowCount; ++i) {
        m_keys[i] = new QLabel(inner);
        m_keys[i]->setStyleSheet(QStringLiteral("font-weight: bold;"));
        m_values[i] = new QLabel(inner);
        m_values[i]->setWordWrap(true);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_form->addRow(m_keys[i], m_values[i]);
    }
    m_values[Head]->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_title);
    innerLayout->addSpacing(8);
    innerLayout->addLayout(m_form);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
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
        auto custody = m_file->custody().count();
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
        m_title->clear();
        for (QLabel *v : m_values)
            v->clear();
        return;
    }
    const InspectionMeta &m = m_file->meta();
    m_title->setText(m.organisation);
    m_values[Regime]->setText(regimeName(m.regime));
    m_values[Organisation]->setText(m.organisation);
    m_values[Location]->setText(m.location.isEmpty() ? tr("(not recorded)") : m.location);
    QStringList systems;
    for (const SystemInfo &s : m.systems)
        systems.append(tr("%1: security level %2").arg(s.name).arg(s.level));
    m_values[Systems]->setText(systems.join(QLatin1Char('\n')));
    m_values[Scope]->setText(m.scope.isEmpty() ? tr("(none: probing is refused)") : m.scope.join(QStringLiteral(", ")));
    m_values[Team]->setText(m.inspectors.isEmpty() ? tr("(nobody named)") : m.inspectors.join(QStringLiteral(", ")));
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
    m_values[Head]->setText(tr("#%1  %2").arg(m_counts.headSeq).arg(m_counts.headHash));
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
    m_keys[Organisation]->setText(tr("Organisation:"));
    m_keys[Location]->setText(tr("Location:"));
    m_keys[Systems]->setText(tr("Systems:"));
    m_keys[Scope]->setText(tr("Authorised scope:"));
    m_keys[Team]->setText(tr("Inspection team:"));
    m_keys[Catalog]->setText(tr("Catalog:"));
    m_keys[Created]->setText(tr("Created:"));
    m_keys[File]->setText(tr("File:"));
    m_keys[Evidence]->setText(tr("Evidence:"));
    m_keys[Custody]->setText(tr("Custody log:"));
    m_keys[Head]->setText(tr("Chain head:"));
}

} // namespace ab::ui
