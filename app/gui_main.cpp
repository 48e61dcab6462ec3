// auditbench: the desktop workbench. All the work is in ui/ and core/.
#include "core/util/Language.h"
#include "ui/InspectionWidget.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuditBench"));
    QApplication::setApplicationName(QStringLiteral("AuditBench"));
    QApplication::setApplicationVersion(QStringLiteral(AB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("auditbench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Create (if absent) and open the sample inspection (passphrase: auditbench-sample)."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of the interface: en, zh_CN or vi."), QStringLiteral("LANG"));
    const QCommandLineOption tab(QStringLiteral("tab"), QStringLiteral("Tab shown when the inspection opens: overview, interview, document, probe, evidence, score or custody."),
                                 QStringLiteral("TAB"));
    parser.addOption(sample);
    parser.addOption(lang);
    parser.addOption(tab);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An inspection file to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    // --lang, else the last choice, else the system locale.
    QString code = parser.isSet(lang) ? ab::Language::normalise(parser.value(lang))
                                      : QSettings().value(QStringLiteral("ui/language")).toString();
    if (!ab::Language::codes().contains(code))
        code = ab::Language::fromSystemLocale();
    ab::Language::install(code);

    ab::ui::MainWindow window;
    if (parser.isSet(tab)) {
        const QStringList tabs{QStringLiteral("overview"), QStringLiteral("interview"), QStringLiteral("document"), QStringLiteral("probe"),
                               QStringLiteral("evidence"), QStringLiteral("score"),     QStringLiteral("custody")};
        const qsizetype i = tabs.indexOf(parser.value(tab));
        if (i < 0)
            qWarning("auditbench: unknown tab %s", qPrintable(parser.value(tab)));
        else
            window.setOpenTab(int(ab::ui::InspectionWidget::OverviewTab + i));
    }
    window.show();
    const QString file = parser.positionalArguments().value(0);
    // Open after the event loop starts, so dialogs have a shown parent.
    QTimer::singleShot(0, &window, [&window, &parser, &sample, file] {
        if (parser.isSet(sample)) {
            if (auto r = window.openSample(); !r)
                qWarning("auditbench: %s", qPrintable(r.error().message));
        } else if (!file.isEmpty()) {
            window.openPath(file);
        }
    });
    return app.exec();
}
