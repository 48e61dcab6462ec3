#pragma once

#include "core/inspection/InspectionFile.h"
#include "core/seal/Comparison.h"
#include "core/util/Result.h"
#include "ui/BackgroundJobs.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace ab::ui
{

class ComparisonModel;
class DialogProvider;

// Several inspectors' files of the same site side by side (File ▸ Compare
// inspections…): each file is unlocked once (its passphrase asked through the
// DialogProvider, the key derived off the UI thread), then every comparison
// opens read-only handles on a pool thread and runs InspectionComparer there,
// as `auditbench-cli compare` does. Nothing is written to any file.
class CompareWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit CompareWindow(DialogProvider *dialogs, QWidget *parent = nullptr);
    ~CompareWindow() override;

    // The inspection open in the main window, without asking its passphrase again.
    void addOpenInspection(const InspectionFile &file);
    // Asks for the file's passphrase and adds it (Add inspection… does this with a chosen path).
    void addPath(const QString &path);
    QStringList files() const;
    bool isBusy() const;
    ComparisonModel *model() const { return m_model; }
    QString statusText() const;

Q_SIGNALS:
    void comparisonFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Source {
        QString path;
        std::shared_ptr<const InspectionFile::UnlockedKey> key;
    };
    struct CompareOutcome {
        std::optional<Comparison> comparison;
        std::optional<Error> error;
    };
    static CompareOutcome compareJob(const QList<Source> &sources);

    void retranslate();
    void chooseAndAdd();
    void askPassphrase(const QString &path, const QString &error);
    void unlocked();
    void removeSelected();
    void compareNow();
    void compared();
    void updateState();
    void fillSections();

    DialogProvider *m_dialogs;
    QList<Source> m_sources;
    ComparisonModel *m_model;
    QListWidget *m_fileList;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCheckBox *m_onlyDifferences;
    QComboBox *m_section;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_filesLabel;
    QFutureWatcher<UnlockOutcome> m_unlock;
    QFutureWatcher<CompareOutcome> m_compare;
    bool m_unlockPending = false;
    bool m_comparePending = false;
    bool m_compareAgain = false;
    QString m_error;
};

} // namespace ab::ui
