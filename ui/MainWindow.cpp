#include "ui/MainWindow.h"

#include "core/catalog/Catalog.h"
#include "core/crypto/SecureBytes.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/SampleInspection.h"
#include "core/util/Language.h"
#include "ui/EvidencePage.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/RecentFiles.h"
#include "ui/StepModel.h"
#include "ui/TaskProgress.h"
#include "ui/WelcomePage.h"
#include "ui/WidgetDialogProvider.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

namespace ab::ui
{

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

    m_unlock = new QFutureWatcher<UnlockOutcome>(this);
    connect(m_unlock, &QFutureWatcherBase::finished, this, [this] {
        // Resetting the future below finishes the watcher once more; only
        // the open we started is answered.
        if (!m_unlockPending)
            return;
        m_unlockPending = false;
        const QFuture<UnlockOutcome> f = m_unlock->future();
        const UnlockOutcome out = f.resultCount() > 0 ? f.result() : UnlockOutcome{};
        m_unlock->setFuture(QFuture<UnlockOutcome>()); // drop the future's copy of the key
        finishOpen(out);
    });
    createActions();
    createMenus();
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newInspection);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::sampleRequested, m_sample, &QAction::trigger);
    connect(m_inspection, &InspectionWidget::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    connect(m_progress, &TaskProgress::cancelRequested, m_cancel, &QAction::trigger);
    connect(m_inspection->evidencePage(), &EvidencePage::selectionChanged, this, &MainWindow::updateActions);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        // Fits a 1366x768 laptop screen with its panel; never more than the screen has.
        QSize size(1280, 720);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size() * 0.95);
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    m_inspection->restoreUiState(settings);
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
        if (pass)
            openWithPassphrase(path, std::move(*pass));
    });
}

bool MainWindow::isOpening() const
{
    return m_unlockPending;
}

void MainWindow::openWithPassphrase(const QString &path, QByteArray passphrase)
{
    if (isOpening()) {
        crypto::cleanse(passphrase);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::BusyCursor); // key derivation takes a moment, by design
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_open->setEnabled(false);
    m_new->setEnabled(false);
    m_unlockPending = true;
    auto secret = std::make_shared<const crypto::SecureBytes>(passphrase);
    crypto::cleanse(passphrase);
    m_unlock->setFuture(QtConcurrent::run(&jobs::unlock, path, std::move(secret)));
}

void MainWindow::finishOpen(const UnlockOutcome &outcome)
{
    QGuiApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    m_open->setEnabled(true);
    m_new->setEnabled(true);
    const QString &path = outcome.path;
    if (outcome.error || !outcome.key) {
        const Error e = outcome.error.value_or(makeError(ErrorCode::Io, tr("Opening was interrupted.")));
        if (e.code == ErrorCode::WrongPassphrase)
            askPassphrase(path, e.message);
        else
            showError(tr("Open inspection"), e.message);
        return;
    }
    // The UI thread's own handle, made here because a connection belongs to
    // the thread that opens it; the key is not derived a second time.
    const auto mode = QFileInfo(path).isWritable() ? InspectionFile::Mode::ReadWrite : InspectionFile::Mode::ReadOnly;
    auto file = InspectionFile::open(path, *outcome.key, mode);
    if (!file) {
        showError(tr("Open inspection"), file.error().message);
        return;
    }
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
    int step = std::exchange(m_openStepOnce, -1);
    if (step < 0)
        step = m_openStep;
    if (step < 0)
        step = StepModel::fromKey(QSettings().value(stepKey(path)).toString());
    m_inspection->showStep(InspectionWidget::Step(step >= 0 ? step : int(StepModel::Setup)));
    m_stack->setCurrentWidget(m_inspection);
    m_sampleOpen = QFileInfo(path) == QFileInfo(samplePath());
    RecentFiles::add(path);
    updateRecentMenu();
    retranslate();
    updateActions();
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), 5000);
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
    openWithPassphrase(path, samplePassphrase());
    return {};
}

QString MainWindow::stepKey(const QString &path)
{
    // A hash of the path, not the path: settings keys stay plain, nothing there names a file.
    const QByteArray h = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("ui/lastStep/") + QString::fromLatin1(h);
}

void MainWindow::rememberStep()
{
    if (m_session)
        QSettings().setValue(stepKey(m_session->file().path()), StepModel::key(m_inspection->currentStep()));
}

void MainWindow::closeInspection()
{
    if (!m_session)
        return;
    rememberStep();
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
        // The regime's shipped catalog, or the file chosen, is pinned with the new inspection.
        auto catalog = req->catalogPath.isEmpty() ? catalog::Catalog::shipped(req->meta.regime) : catalog::Catalog::load(req->catalogPath);
        if (catalog && catalog->regime() != req->meta.regime)
            catalog = makeError(ErrorCode::Usage,
                                tr("Catalog %1 is for the regime %2, not %3.").arg(catalog->id(), catalog->regime(), req->meta.regime));
        if (!catalog) {
            crypto::cleanse(req->passphrase);
            showError(tr("New inspection"), catalog.error().message);
            return;
        }
        req->meta.catalogId = catalog->id();
        req->meta.catalogVersion = catalog->version();
        const PinnedCatalog pin = catalog->pin();
        auto file = InspectionFile::create(req->path, req->meta, req->passphrase, QString(), &pin);
        if (!file) {
            crypto::cleanse(req->passphrase);
            showError(tr("New inspection"), file.error().message);
            return;
        }
        file->reset();                     // reopen as the UI thread's handle through the normal path
        m_openStepOnce = StepModel::Setup; // the authorisation document comes next
        openWithPassphrase(req->path, std::move(req->passphrase));
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
    m_inspection->saveUiState(settings);
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
    m_exportSealed->setEnabled(writable && !busy);
    m_cancel->setEnabled(busy);
    m_findEvidence->setEnabled(open);
    for (QAction *a : std::as_const(m_stepActions))
        a->setEnabled(open);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("%1 %2").arg(i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0"), QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecent);
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace ab::ui
