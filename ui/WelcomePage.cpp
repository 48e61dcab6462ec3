#include "ui/WelcomePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    m_title->setFont(f);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(640);
    m_new = new QPushButton(this);
    m_open = new QPushButton(this);
    m_sample = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_sample);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("AuditBench"));
    m_text->setText(tr("Open an inspection file to browse its evidence and custody log and to verify its integrity, "
                       "or create a new inspection for an on-site visit. Every inspection is one encrypted file."));
    m_new->setText(tr("New inspection…"));
    m_open->setText(tr("Open inspection…"));
    m_sample->setText(tr("Open the sample inspection"));
}

} // namespace ab::ui
