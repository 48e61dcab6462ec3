#pragma once

#include "core/util/Result.h"
#include "ui/BackgroundJobs.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace ab::ui
{

class DialogProvider;
class InspectionSession;
class InspectionWidget;
class SealedCopyExport;
class CompareWindow;
class TaskProgress;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // Tests pass a provider that answers dialogs without a person.
    explicit MainWindow(std::unique_ptr<DialogProvider> dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Asks for the passphrase (again, with the reason, when it is wrong) and opens.
    void openPath(const QString &path);
    // Opens with a passphrase already known. The key is derived on a pool
    // thread (the window stays live); a wrong passphrase asks again, other
    // errors are shown. The passphrase is wiped after use.
    void openWithPassphrase(const QString &path, QByteArray passphrase);
    bool isOpening() const;
    // Creates the sample inspection under AppDataLocation when absent and opens it.
    Result<void> openSample();
    void closeInspection();
    void setLanguage(const QString &code);
    // The step (StepModel::Step) shown when an inspection opens; unless set,
    // the step last shown for that file, or Setup for a file new to us.
    void setOpenStep(int step) { m_openStep = step; }
    QAction *stepAction(int step) const;

    InspectionSession *session() const { return m_session; }
    InspectionWidget *inspectionWidget() const { return m_inspection; }
    TaskProgress *taskProgress() const { return m_progress; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *verifyAction() const { return m_verify; }
    QAction *exportSealedAction() const { return m_exportSealed; }
    SealedCopyExport *sealedCopyExport() const { return m_sealedExport; }
    QAction *compareAction() const { return m_compare; }
    // File ▸ Compare Inspections…: a new window with the open inspection in it.
    CompareWindow *openCompareWindow();
    static QString samplePath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateActions();
    void updateRecentMenu();
    void askPassphrase(const QString &path, const QString &error);
    void newInspection();
    void chooseAndOpen();
    void showError(const QString &title, const QString &text);
    void finishOpen(const UnlockOutcome &outcome);
    void rememberStep();
    static QString stepKey(const QString &path);

    std::unique_ptr<DialogProvider> m_dialogs;
    QFutureWatcher<UnlockOutcome> *m_unlock = nullptr;
    bool m_unlockPending = false;
    InspectionSession *m_session = nullptr;
    bool m_sampleOpen = false;
    int m_openStep = -1;     // -1: the last step shown for the file
    int m_openStepOnce = -1; // for the next open only (a new inspection starts at Setup)
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    InspectionWidget *m_inspection = nullptr;
    TaskProgress *m_progress = nullptr;
    QLabel *m_note = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_inspectionMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QActionGroup *m_stepGroup = nullptr;
    QList<QAction *> m_stepActions;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_clearRecent = nullptr;
    QAction *m_addFiles = nullptr;
    QAction *m_addFolder = nullptr;
    QAction *m_export = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_findEvidence = nullptr;
    QAction *m_sample = nullptr;
    QAction *m_about = nullptr;
    QAction *m_exportSealed = nullptr;
    QAction *m_compare = nullptr;
    SealedCopyExport *m_sealedExport = nullptr;
};

} // namespace ab::ui
