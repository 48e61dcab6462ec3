// The menus, tool bar and their texts: the part of MainWindow that only
// builds and names things.
#include "ui/MainWindow.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/SampleInspection.h"
#include "core/util/Language.h"
#include "ui/CompareWindow.h"
#include "ui/DialogProvider.h"
#include "ui/EvidencePage.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/RecentFiles.h"
#include "ui/SealedCopyExport.h"
#include "ui/StepModel.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace ab::ui
{

void MainWindow::createActions()
{
    auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    m_new = new QAction(icon(QStyle::SP_FileIcon), QString(), this);
    m_new->setShortcut(QKeySequence::New);
    m_open = new QAction(icon(QStyle::SP_DialogOpenButton), QString(), this);
    m_open->setShortcut(QKeySequence::Open);
    m_close = new QAction(this);
    m_close->setShortcut(QKeySequence::Close);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_clearRecent = new QAction(this);
    m_addFiles = new QAction(icon(QStyle::SP_FileDialogNewFolder), QString(), this);
    m_addFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addFolder = new QAction(icon(QStyle::SP_DirIcon), QString(), this);
    m_export = new QAction(icon(QStyle::SP_DialogSaveButton), QString(), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_verify = new QAction(icon(QStyle::SP_DialogApplyButton), QString(), this);
    m_verify->setObjectName(QStringLiteral("actionVerify"));
    m_verify->setShortcut(QKeySequence(Qt::Key_F5));
    m_cancel = new QAction(icon(QStyle::SP_BrowserStop), QString(), this);
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_findEvidence = new QAction(this);
    m_findEvidence->setShortcut(QKeySequence::Find);
    m_sample = new QAction(this);
    m_about = new QAction(this);
    m_exportSealed = new QAction(this);
    m_exportSealed->setObjectName(QStringLiteral("actionExportSealed"));
    m_sealedExport = new SealedCopyExport(m_dialogs.get(), this);
    m_compare = new QAction(this);
    m_compare->setObjectName(QStringLiteral("actionCompare"));
    m_about->setMenuRole(QAction::AboutRole);

    connect(m_new, &QAction::triggered, this, &MainWindow::newInspection);
    connect(m_open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeInspection);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_clearRecent, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
    });
    connect(m_addFiles, &QAction::triggered, m_inspection, &InspectionWidget::addFiles);
    connect(m_addFolder, &QAction::triggered, m_inspection, &InspectionWidget::addFolder);
    connect(m_export, &QAction::triggered, m_inspection, &InspectionWidget::exportSelected);
    connect(m_verify, &QAction::triggered, m_inspection, &InspectionWidget::verify);
    connect(m_exportSealed, &QAction::triggered, this, [this] { m_sealedExport->start(m_session); });
    connect(m_compare, &QAction::triggered, this, &MainWindow::openCompareWindow);
    // The export is a custody entry in the source: the log shows it.
    connect(m_sealedExport, &SealedCopyExport::finished, m_inspection, &InspectionWidget::reload);
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    // Ctrl+1..8: the steps, in their order; the page takes the focus.
    m_stepGroup = new QActionGroup(this);
    m_stepGroup->setExclusive(true);
    for (int s = 0; s < StepModel::StepCount; ++s) {
        auto *a = new QAction(this);
        a->setObjectName(QStringLiteral("actionStep-") + StepModel::key(StepModel::Step(s)));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + s)));
        m_stepGroup->addAction(a);
        m_stepActions.append(a);
        connect(a, &QAction::triggered, this, [this, s] {
            m_inspection->showStep(StepModel::Step(s));
            m_inspection->focusPage();
        });
    }
    connect(m_inspection, &InspectionWidget::stepChanged, this, [this](StepModel::Step s) {
        if (QAction *a = stepAction(s))
            a->setChecked(true);
    });
    connect(m_findEvidence, &QAction::triggered, this, [this] {
        m_inspection->showStep(StepModel::Evidence);
        m_inspection->evidencePage()->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_inspection->evidencePage()->filterEdit()->selectAll();
    });
    connect(m_sample, &QAction::triggered, this, [this] {
        if (auto r = openSample(); !r)
            showError(tr("Sample inspection"), r.error().message);
    });
    connect(m_about, &QAction::triggered, this, [this] {
        m_dialogs->message(this, DialogProvider::Severity::Information, tr("About AuditBench"),
                           tr("AuditBench %1\nA workbench for on-site network-security inspections of video-surveillance and IoT systems.")
                               .arg(QStringLiteral(AB_VERSION)));
    });
}

QAction *MainWindow::stepAction(int step) const
{
    return step >= 0 && step < m_stepActions.size() ? m_stepActions.at(step) : nullptr;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportSealed);
    m_fileMenu->addAction(m_compare);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_inspectionMenu = menuBar()->addMenu(QString());
    m_inspectionMenu->addAction(m_addFiles);
    m_inspectionMenu->addAction(m_addFolder);
    m_inspectionMenu->addAction(m_export);
    m_inspectionMenu->addAction(m_findEvidence);
    m_inspectionMenu->addSeparator();
    m_inspectionMenu->addAction(m_verify);
    m_inspectionMenu->addAction(m_cancel);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    for (int s = 0; s < StepModel::StepCount; ++s) {
        if (s == StepModel::Evidence)
            m_goMenu->addSeparator();
        m_goMenu->addAction(m_stepActions.at(s));
    }

    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    for (const QString &code : Language::codes()) {
        // Each language is named in itself, so anyone can find their own.
        QAction *a = m_languageMenu->addAction(Language::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == Language::current());
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_sample);
    m_helpMenu->addAction(m_about);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_new);
    m_toolBar->addAction(m_open);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_addFiles);
    m_toolBar->addAction(m_export);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_verify);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_inspectionMenu->setTitle(tr("&Inspection"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    for (int s = 0; s < StepModel::StepCount; ++s)
        m_stepActions.at(s)->setText(QStringLiteral("&%1  ").arg(s + 1) +
                                     StepModel::withoutMnemonic(InspectionWidget::stepName(StepModel::Step(s))));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main tool bar"));
    m_new->setText(tr("&New Inspection…"));
    m_new->setStatusTip(tr("Create a new, encrypted inspection file."));
    m_open->setText(tr("&Open…"));
    m_open->setStatusTip(tr("Open an inspection file."));
    m_close->setText(tr("&Close"));
    m_quit->setText(tr("&Quit"));
    m_clearRecent->setText(tr("Clear the list"));
    m_addFiles->setText(tr("Add Evidence &Files…"));
    m_addFiles->setStatusTip(tr("Import files as evidence (hashed and encrypted)."));
    m_addFolder->setText(tr("Add Evidence F&older…"));
    m_export->setText(tr("&Export Selected Evidence…"));
    m_verify->setText(tr("&Verify Integrity"));
    m_verify->setStatusTip(tr("Re-hash every evidence item and walk the custody chain."));
    m_cancel->setText(tr("&Cancel Running Task"));
    m_findEvidence->setText(tr("&Find Evidence"));
    m_sample->setText(tr("Open the &Sample Inspection"));
    m_about->setText(tr("&About AuditBench"));
    m_compare->setText(tr("Co&mpare Inspections…"));
    m_compare->setStatusTip(tr("Show several inspectors' files of the same site side by side, and what differs."));
    m_exportSealed->setText(tr("Export &Sealed Copy…"));
    m_exportSealed->setStatusTip(tr("Write a copy of the inspection for the supervisor, sealed with your signing key."));
    if (m_session) {
        setWindowTitle(
            tr("%1 — %2 — AuditBench").arg(m_session->file().meta().organisation, QFileInfo(m_session->file().path()).fileName()));
    } else {
        setWindowTitle(tr("AuditBench"));
    }
    m_note->setText(m_sampleOpen ? tr("Sample inspection — passphrase: %1").arg(QString::fromLatin1(samplePassphrase())) : QString());
    m_note->setVisible(m_sampleOpen);
}

CompareWindow *MainWindow::openCompareWindow()
{
    // A window of its own (closed with the main window), starting from the
    // inspection open here when there is one.
    auto *window = new CompareWindow(m_dialogs.get(), this);
    if (m_session)
        window->addOpenInspection(m_session->file());
    window->show();
    return window;
}

} // namespace ab::ui
