#include "ui/MainWindow.h"

#include "core/crypto/SecureBytes.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/SampleInspection.h"
#include "core/util/Language.h"
#include "ui/EvidencePage.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/RecentFiles.h"
#include "ui/TaskProgress.h"
#include "ui/WelcomePage.h"
#include "ui/WidgetDialogProvider.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace ab::ui {

MainWindow::MainWindow(QWidget *parent) : MainWindow(std::make_unique<WidgetDialogProvider>(), parent) {}

MainWindow::MainWindow(std::unique_ptr<DialogProvider> dialogs, QWidget *parent) : QMainWindow(parent), m_dialogs(std::move(dialogs))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_inspection = new InspectionWidget(m_dialogs.get(), m_stack);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_inspection);
    setCentralWidget(m_stack);
    m_progress = new TaskProgress(this);
    m_note = new QLabel(this);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_note);

    createActions();
    createMenus();
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newInspection);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::sampleRequested, m_sample, &QAction::trigger);
    connect(m_inspection, &InspectionWidget::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    connect(m_progress, &TaskProgress::cancelRequested, m_cancel, &QAction::trigger);
    connect(m_inspection->evidencePage(), &EvidencePage::selectionChanged, this, &MainWindow::updateActions);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(1280, 720); // fits a 1366x768 laptop screen with its panel
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    retranslate();
    updateRecentMenu();
    updateActions();
}

MainWindow::~MainWindow()
{
    closeInspection();
}

QString MainWindow::samplePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sample.inspection"));
}

void MainWindow::openPath(const QString &path)
{
    if (m_session && m_session->isBusy()) {
        showError(tr("Open inspection"), tr("Wait for the running task to finish (or cancel it) first."));
        return;
    }
    if (!QFileInfo::exists(path)) {
        RecentFiles::remove(path);
        updateRecentMenu();
        showError(tr("Open inspection"), tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    askPassphrase(path, QString());
}

void MainWindow::askPassphrase(const QString &path, const QString &error)
{
    m_dialogs->passphrase(this, path, error, [this, path](std::optional<QByteArray> pass) {
        if (!pass)
            return;
        auto r = openWithPassphrase(path, std::move(*pass));
        if (r)
            return;
        if (r.error().code == ErrorCode::WrongPassphrase)
            askPassphrase(path, r.error().message);
        else
            showError(tr("Open inspection"), r.error().message);
    });
}

Result<void> MainWindow::openWithPassphrase(const QString &path, QByteArray passphrase)
{
    const auto mode = QFileInfo(path).isWritable() ? InspectionFile::Mode::ReadWrite : InspectionFile::Mode::ReadOnly;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // key derivation takes a moment, by design
    auto file = InspectionFile::open(path, passphrase, mode);
    QGuiApplication::restoreOverrideCursor();
    crypto::cleanse(passphrase);
    if (!file)
        return file.error();
    closeInspection();
    m_session = new InspectionSession(std::move(file).value(), this);
    connect(m_session, &InspectionSession::busyChanged, this, [this](bool busy) {
        if (busy)
            m_progress->start(tr("Working…"));
        else
            m_progress->finish();
        updateActions();
    });
    connect(m_session, &InspectionSession::progressChanged, m_progress, &TaskProgress::setProgress);
    m_inspection->setSession(m_session);
    m_inspection->tabs()->setCurrentIndex(InspectionWidget::EvidenceTab);
    m_stack->setCurrentWidget(m_inspection);
    m_sampleOpen = QFileInfo(path) == QFileInfo(samplePath());
    RecentFiles::add(path);
    updateRecentMenu();
    retranslate();
    updateActions();
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return {};
}

Result<void> MainWindow::openSample()
{
    const QString path = samplePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto made = createSampleInspection(path, samplePassphrase());
        QGuiApplication::restoreOverrideCursor();
        if (!made)
            return made.error();
    }
    return openWithPassphrase(path, samplePassphrase());
}

void MainWindow::closeInspection()
{
    if (!m_session)
        return;
    m_inspection->setSession(nullptr);
    delete m_session; // cancels and waits for a running task
    m_session = nullptr;
    m_sampleOpen = false;
    m_progress->finish();
    m_stack->setCurrentWidget(m_welcome);
    retranslate();
    updateActions();
}

void MainWindow::newInspection()
{
    m_dialogs->newInspection(this, [this](std::optional<NewInspectionRequest> req) {
        if (!req)
            return;
        auto file = InspectionFile::create(req->path, req->meta, req->passphrase, QString());
        if (!file) {
            crypto::cleanse(req->passphrase);
            showError(tr("New inspection"), file.error().message);
            return;
        }
        file->reset(); // reopen as the UI thread's handle through the normal path
        auto r = openWithPassphrase(req->path, std::move(req->passphrase));
        if (!r)
            showError(tr("New inspection"), r.error().message);
    });
}

void MainWindow::chooseAndOpen()
{
    m_dialogs->openInspectionPath(this, [this](const QString &path) {
        if (!path.isEmpty())
            openPath(path);
    });
}

void MainWindow::setLanguage(const QString &code)
{
    if (!Language::install(code))
        return;
    QSettings().setValue(QStringLiteral("ui/language"), code);
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == code);
}

void MainWindow::showError(const QString &title, const QString &text)
{
    m_dialogs->message(this, DialogProvider::Severity::Warning, title, text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    closeInspection();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    const bool busy = open && m_session->isBusy();
    const bool writable = open && m_session->file().isWritable();
    m_close->setEnabled(open);
    m_addFiles->setEnabled(writable && !busy);
    m_addFolder->setEnabled(writable && !busy);
    m_export->setEnabled(open && !busy && m_inspection->evidencePage()->selectedId() > 0);
    m_verify->setEnabled(open && !busy);
    m_cancel->setEnabled(busy);
    m_findEvidence->setEnabled(open);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *a = m_recentMenu->addAction(QStringLiteral("%1 %2").arg(i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0"),
                                                                            QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace ab::ui
