#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ab {

// The languages AuditBench speaks: English (the source), Simplified Chinese
// and Vietnamese. Translations are compiled in as resources under :/i18n.
struct Language {
    static QStringList codes() { return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("vi")}; }
    static QString nativeName(const QString &code);
    // zh, zh_CN, zh-Hans... -> zh_CN; vi_VN -> vi; anything else -> en.
    static QString normalise(const QString &localeName);
    static QString fromSystemLocale();
    // Replaces the installed translators; returns false when the code is unknown.
    static bool install(const QString &code);
    static QString current();
};

} // namespace ab
