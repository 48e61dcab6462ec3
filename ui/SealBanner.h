#pragma once

#include "core/seal/ReviewStore.h"
#include "core/seal/SealManifest.h"
#include "core/seal/SealStatus.h"
#include "core/seal/SealStore.h"
#include "ui/ChangeDescriber.h"

#include <QFrame>

#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;

namespace ab::ui
{

// What a supervisor sees first on a sealed copy: that it is a sealed copy
// (read-only), who sealed it and when, whether the signature holds and
// whom it is trusted as (self-signed: "not from a trusted authority", not
// "invalid"), the verdict of the full verify run in the background on open
// (with its progress and a Cancel), every change since the seal in words a
// person reads, each leading to its object, and where the review stands.
class SealBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class State { Hidden, Checking, Intact, Broken, NotChecked, Failed };

    explicit SealBanner(QWidget *parent = nullptr);
    // The seal as recorded (before verify has judged it).
    void setSeal(const SealRecord &seal, const std::optional<SealManifest> &manifest);
    void setReview(const ReviewSummary &review);
    void startChecking();
    void setProgress(int permille);
    void showResult(const SealStatus &status, const QList<ReadableChange> &changes);
    void showNotChecked();
    void showFailure(const QString &message);
    void clear();

    State state() const { return m_state; }
    QString headline() const;
    QString facts() const;
    QListWidget *changeList() const { return m_changes; }
    const QList<ReadableChange> &changes() const { return m_readable; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *checkButton() const { return m_check; }

Q_SIGNALS:
    void cancelRequested();
    void checkRequested();
    void objectActivated(const QString &object);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColours();
    void activate(QListWidgetItem *item);
    QString signatureText() const;
    QString reviewText() const;

    State m_state = State::Hidden;
    SealRecord m_seal;
    std::optional<SealManifest> m_manifest;
    std::optional<SealStatus> m_status;
    ReviewSummary m_review;
    QList<ReadableChange> m_readable;
    QString m_failure;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_changes = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_check = nullptr;
};

} // namespace ab::ui
