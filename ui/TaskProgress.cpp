#include "ui/TaskProgress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace ab::ui {

TaskProgress::TaskProgress(QWidget *parent) : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setMinimumWidth(260);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_bar->setFixedWidth(200);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("taskCancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &TaskProgress::cancelRequested);
    hide();
}

void TaskProgress::start(const QString &text)
{
    m_label->setText(text);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    show();
}

void TaskProgress::setProgress(int permille, const QString &text)
{
    m_bar->setValue(permille);
    if (!text.isEmpty())
        m_label->setText(m_label->fontMetrics().elidedText(text, Qt::ElideMiddle, m_label->width()));
}

void TaskProgress::finish()
{
    hide();
}

void TaskProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_cancel->setText(tr("Cancel"));
    QWidget::changeEvent(event);
}

} // namespace ab::ui
