#pragma once

#include <QStringList>

namespace ab::ui {

// The most recently opened inspections, newest first, kept in QSettings.
// Paths only: a passphrase is never stored anywhere.
class RecentFiles final {
public:
    static constexpr int Max = 10;
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace ab::ui
