#include "ui/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace ab::ui {

namespace {
QString key()
{
    return QStringLiteral("ui/recentFiles");
}

void store(const QStringList &files)
{
    QSettings().setValue(key(), files);
}
} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(key()).toStringList().mid(0, Max);
}

void RecentFiles::add(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(abs);
    files.prepend(abs);
    store(files.mid(0, Max));
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    store(files);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace ab::ui
