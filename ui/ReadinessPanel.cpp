#include "ui/ReadinessPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ab::ui
{

ReadinessPanel::ReadinessPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("readinessPanel"));
    m_header = new QToolButton(this);
    m_header->setObjectName(QStringLiteral("readinessHeader"));
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_header->setAutoRaise(true);
    m_header->setFocusPolicy(Qt::StrongFocus);
    // The title wraps (it is long in Vietnamese) beside the folding arrow.
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("readinessTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_model = new QStandardItemModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("readinessList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line each, the whole sentence in the tooltip: the list stays scannable.
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_summary->setBuddy(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    head->addWidget(m_header, 0, Qt::AlignTop);
    head->addWidget(m_title, 1);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_header, &QToolButton::toggled, this, [this](bool on) {
        m_summary->setVisible(on);
        m_list->setVisible(on);
        m_header->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        // Collapsed, it is one line: the steps above take the room it leaves.
        setSizePolicy(QSizePolicy::Preferred, on ? QSizePolicy::Preferred : QSizePolicy::Maximum);
        Q_EMIT expandedChanged(on);
    });
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT gapActivated(i.data(KindRole).toString(), i.data(ObjectRole).toString()); });
    m_header->setArrowType(Qt::DownArrow);
    render();
}

bool ReadinessPanel::isExpanded() const
{
    return m_header->isChecked();
}

void ReadinessPanel::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
}

void ReadinessPanel::setReadiness(const std::optional<findings::Readiness> &readiness)
{
    m_readiness = readiness;
    render();
}

void ReadinessPanel::render()
{
    m_model->clear();
    const QString title = tr("Before a report can be issued");
    m_header->setAccessibleName(title);
    m_header->setToolTip(tr("Show or hide what is still missing (Space)"));
    if (!m_readiness) {
        m_title->setText(title);
        m_summary->clear();
        return;
    }
    const findings::Readiness &r = *m_readiness;
    m_title->setText(r.ready() ? title : tr("%1 (%2)").arg(title).arg(r.missingCount()));
    if (r.ready()) {
        m_summary->setText(
            tr("Nothing is missing: every applicable item is answered, every finding has evidence, the authorisation is recorded."));
    } else {
        QStringList parts;
        if (!r.authorisation)
            parts.append(tr("no authorisation document"));
        if (r.unanswered > 0)
            parts.append(tr("%n item(s) unanswered", nullptr, r.unanswered));
        if (r.findingsWithoutEvidence > 0)
            parts.append(tr("%n finding(s) without evidence", nullptr, int(r.findingsWithoutEvidence)));
        m_summary->setText(parts.isEmpty() ? tr("Select a line to go to the page where it is fixed.")
                                           : parts.join(QStringLiteral(", ")) + QLatin1Char('.'));
    }
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const findings::ReadinessGap &g : r.gaps) {
        auto *item = new QStandardItem(warn, g.text);
        item->setToolTip(g.text);
        item->setData(findings::ReadinessGap::kindName(g.kind), KindRole);
        item->setData(g.object, ObjectRole);
        m_model->appendRow(item);
    }
}

void ReadinessPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The gaps' texts are the core's, in the language they were made in;
    // the owner assesses again on a language change and calls setReadiness.
    if (event->type() == QEvent::LanguageChange)
        render();
}

} // namespace ab::ui
