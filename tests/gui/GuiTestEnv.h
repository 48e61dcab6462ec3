#pragma once

// Every GUI test runs against its own settings and data folders inside its
// temporary directory, in English, so nothing leaks between tests or from
// the developer's own AuditBench settings.
#include "core/util/Language.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace guitest {

inline void isolate(const QTemporaryDir &dir, const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("AuditBenchTest"));
    QCoreApplication::setApplicationName(applicationName);
    ab::Language::install(QStringLiteral("en"));
}

} // namespace guitest
