#include "ui/StepModel.h"

#include <QKeySequence>
#include <QRegularExpression>

namespace ab::ui
{

StepModel::StepModel(QObject *parent) : QAbstractListModel(parent) {}

QString StepModel::key(Step step)
{
    static const char *const keys[StepCount] = {"setup", "interview", "document", "probe", "findings", "report", "evidence", "custody", "review"};
    return step >= 0 && step < StepCount ? QLatin1String(keys[step]) : QString();
}

int StepModel::fromKey(const QString &key)
{
    for (int s = 0; s < StepCount; ++s)
        if (StepModel::key(Step(s)) == key)
            return s;
    return -1;
}

QString StepModel::withoutMnemonic(const QString &text)
{
    // "访谈(&V)" -> "访谈", "Inter&view" -> "Interview", "&&" stays one "&".
    static const QRegularExpression cjk(QStringLiteral("\\(&[^&]\\)"));
    QString out = text;
    out.remove(cjk);
    out.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    out.remove(QLatin1Char('&'));
    out.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return out.trimmed();
}

void StepModel::changed(Step step)
{
    const QModelIndex i = index(rowOf(step));
    Q_EMIT dataChanged(i, i);
}

void StepModel::setName(Step step, const QString &name)
{
    m_steps[step].name = name;
    changed(step);
}

void StepModel::setIcon(Step step, const QIcon &icon)
{
    m_steps[step].icon = icon;
    changed(step);
}

void StepModel::setProgress(Step step, const QString &text, int missing, bool done)
{
    Entry &e = m_steps[step];
    if (e.progress == text && e.missing == missing && e.done == done)
        return;
    e.progress = text;
    e.missing = missing;
    e.done = done;
    changed(step);
}

void StepModel::clearProgress()
{
    for (int s = 0; s < StepCount; ++s)
        setProgress(Step(s), QString(), 0, false);
}

int StepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StepCount + 1;
}

QVariant StepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int s = stepAt(index.row());
    if (s < 0)
        return role == SeparatorRole ? QVariant(true) : role == StepRole ? QVariant(-1) : QVariant();
    const Entry &e = m_steps[s];
    switch (role) {
    case Qt::DisplayRole:
        return withoutMnemonic(e.name);
    case Qt::DecorationRole:
        return e.icon;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString t = withoutMnemonic(e.name);
        if (!e.progress.isEmpty())
            t += QStringLiteral(": ") + e.progress;
        return QString(t + QStringLiteral(" (%1)").arg(data(index, ShortcutRole).toString()));
    }
    case StepRole:
        return s;
    case ProgressRole:
        return e.progress;
    case MissingRole:
        return e.missing;
    case DoneRole:
        return e.done;
    case SeparatorRole:
        return false;
    case ShortcutRole:
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + s)).toString(QKeySequence::NativeText);
    }
    return {};
}

Qt::ItemFlags StepModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || stepAt(index.row()) < 0)
        return Qt::NoItemFlags; // the separator is never current
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace ab::ui
