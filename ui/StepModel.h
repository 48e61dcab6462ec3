#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QString>

namespace ab::ui
{

// The steps of an inspection, in the order an inspector goes through them,
// with what each has done and still lacks; then, below a separator, the
// reference pages (evidence, custody log) and the supervisor's review.
// Rows are steps and the separator.
class StepModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Step { Setup, Interview, Document, Probe, Findings, Report, Evidence, Custody, Review, StepCount };
    enum Role {
        StepRole = Qt::UserRole + 1, // int Step, -1 for the separator
        ProgressRole,                // "14 / 20 answered"
        MissingRole,                 // int: how many things are still missing (0: none)
        DoneRole,                    // bool: nothing missing and something done
        SeparatorRole,               // bool
        ShortcutRole,                // "Ctrl+2"
    };
    static constexpr int SeparatorRow = Report + 1;

    explicit StepModel(QObject *parent = nullptr);

    static int rowOf(Step step) { return step <= Report ? int(step) : int(step) + 1; }
    static int stepAt(int row) { return row < SeparatorRow ? row : row == SeparatorRow ? -1 : row - 1; }
    // A stable name for settings and the command line (setup, interview, ...).
    static QString key(Step step);
    static int fromKey(const QString &key); // -1 when unknown

    // name may carry a mnemonic (&) for menus; the list shows it without.
    void setName(Step step, const QString &name);
    QString name(Step step) const { return m_steps[step].name; }
    void setIcon(Step step, const QIcon &icon);
    void setProgress(Step step, const QString &text, int missing, bool done);
    QString progress(Step step) const { return m_steps[step].progress; }
    int missing(Step step) const { return m_steps[step].missing; }
    void clearProgress();
    static QString withoutMnemonic(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry {
        QString name;
        QIcon icon;
        QString progress;
        int missing = 0;
        bool done = false;
    };
    void changed(Step step);
    Entry m_steps[StepCount];
};

} // namespace ab::ui
