// auditbench: the desktop workbench. All the work is in ui/ and core/.
#include "core/util/Language.h"
#include "ui/StepModel.h"
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
    const QCommandLineOption tab(QStringLiteral("tab"),
                                 QStringLiteral("Step shown when the inspection opens: setup, interview, document, probe, findings, report, evidence or "
                                                "custody (overview and score still work)."),
                                 QStringLiteral("STEP"));
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
        // The tabs' old names lead to the steps that took them over.
        QString name = parser.value(tab);
        if (name == QLatin1String("overview"))
            name = QStringLiteral("setup");
        else if (name == QLatin1String("score"))
            name = QStringLiteral("report");
        const int step = ab::ui::StepModel::fromKey(name);
        if (step < 0)
            qWarning("auditbench: unknown step %s", qPrintable(parser.value(tab)));
        else
            window.setOpenStep(step);
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
