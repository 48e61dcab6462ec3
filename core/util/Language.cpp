#include "core/util/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace ab {

namespace {
QPointer<QTranslator> g_app;
QPointer<QTranslator> g_qt;
QString g_current = QStringLiteral("en");
} // namespace

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("vi"))
        return QStringLiteral("Tiếng Việt");
    return QStringLiteral("English");
}

QString Language::normalise(const QString &localeName)
{
    const QString l = localeName.toLower();
    if (l.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (l.startsWith(QLatin1String("vi")))
        return QStringLiteral("vi");
    return QStringLiteral("en");
}

QString Language::fromSystemLocale()
{
    // LANGUAGE/LC_ALL/LANG as the C library sees them, through QLocale.
    return normalise(QLocale::system().name());
}

bool Language::install(const QString &code)
{
    if (!codes().contains(code))
        return false;
    auto *app = QCoreApplication::instance();
    if (g_app) {
        app->removeTranslator(g_app);
        delete g_app;
    }
    if (g_qt) {
        app->removeTranslator(g_qt);
        delete g_qt;
    }
    g_current = code;
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_GB") : code));
    if (code == QLatin1String("en"))
        return true;
    g_app = new QTranslator(app);
    if (g_app->load(QStringLiteral(":/i18n/auditbench_%1.qm").arg(code)))
        app->installTranslator(g_app);
    g_qt = new QTranslator(app);
    if (g_qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(g_qt);
    return true;
}

QString Language::current() { return g_current; }

} // namespace ab
