#include "ui/EvidenceViewerDialog.h"

#include "ui/EvidenceViewer.h"
#include "ui/InspectionSession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace ab::ui
{

EvidenceViewerDialog::EvidenceViewerDialog(InspectionSession *session, qint64 id, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("evidenceViewerDialog"));
    m_viewer = new EvidenceViewer(this);
    m_viewer->setExportVisible(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_viewer, &EvidenceViewer::exportRequested, this, &EvidenceViewerDialog::exportRequested);
    // The session going away (the inspection closed) closes the window too.
    if (session)
        connect(session, &QObject::destroyed, this, &QDialog::reject);
    QSize size(960, 720);
    if (const QScreen *s = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(s->availableGeometry().size() * 0.9);
    resize(size);
    retranslate();
    m_viewer->setSession(session);
    m_viewer->showItem(id);
}

void EvidenceViewerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void EvidenceViewerDialog::retranslate()
{
    setWindowTitle(tr("Evidence — AuditBench"));
}

} // namespace ab::ui
