#include "cli/CliContext.h"

#include "core/util/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

// --lang is honoured before any message is built, so even usage errors speak it.
QString languageFromArgs(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
    }
    return {};
}

void printHelp(QTextStream &out)
{
    out << Tr::tr("auditbench-cli — AuditBench inspection files from the command line.\n\n"
              "Usage: auditbench-cli COMMAND FILE [options]   (COMMAND --help for details)\n\n"
              "Commands:\n"
              "  init FILE --regime cn-miit|vn-mic --org NAME [--system NAME:LEVEL]... [--scope TARGET]... [--inspector NAME]...\n"
              "       [--catalog ID|PATH]\n"
              "  info FILE [--json]\n"
              "  edit FILE [--org NAME] [--system NAME:LEVEL]... [--inspector NAME]... [--scope TARGET]... [--location TEXT]\n"
              "       [--start DATE] [--end DATE] [--authorisation EVIDENCE_ID] [--json]\n"
              "  evidence add FILE PATH... [--kind K] [--item ITEM_ID] [--note TEXT]\n"
              "  evidence list FILE [--json]\n"
              "  evidence export FILE ID OUTPATH\n"
              "  verify FILE [--json] [--trust CERT]...\n"
              "  custody FILE [--json]\n"
              "  answer FILE ITEM_ID VALUE [--note TEXT] [--evidence ID]... [--override-reason TEXT]\n"
              "  questions FILE [--json] [--pending] [--all]\n"
              "  score FILE [--json]\n"
              "  catalog check PATH|ID [--json]\n"
              "  probe FILE [--target CIDR|HOST[:PORTS]]... [--ports LIST|camera|top100|all] [--no-credentials] [--no-udp]\n"
              "        [--multicast] [--rate N] [--concurrency N] [--per-host N] [--attempts N] [--credentials-dir DIR]\n"
              "        [--fingerprints-dir DIR] [--json]\n"
              "  import-nmap FILE NMAP.xml [--fingerprints-dir DIR]\n"
              "  devices FILE [--json]\n"
              "  findings FILE [--json]\n"
              "  export FILE OUT.inspection [--seal KEY.p12 [--key-passphrase-file F] | --pkcs11 URI [--pkcs11-module PATH] [--pin-file F]]\n"
              "         [--force]\n"
              "  review FILE --comment TEXT [--object OBJ] | --approve [--comment TEXT] | --reject --comment TEXT\n"
              "  review FILE --list [--json]\n"
              "  compare FILE1 FILE2 [FILE...] [--json] [--all]\n"
              "  report FILE --out OUT [--lang zh_CN|vi|en] [--kind report|notice|record] [--format pdf|html] [--number TEXT]\n"
              "         [--date YYYY-MM-DD] [--issuer NAME] [--place PLACE] [--representative NAME]... [--deadline-days N] [--json]\n"
              "  finding add FILE --title T --severity high|medium|low|info [--item ID] [--asset ADDR[:PORT]] [--evidence ID]...\n"
              "          [--detail T] [--recommendation T] [--deadline DATE] [--json]\n"
              "  finding edit FILE ID [the same options] [--status open|resolved|dismissed] [--json]\n"
              "  finding merge FILE KEEP_ID ID... [--json]\n"
              "  finding from-answer FILE ITEM_ID [--json]\n"
              "  readiness FILE [--json]\n"
              "  sign-report IN.pdf --out OUT.pdf (--sign KEY.p12 [--key-passphrase-file F] | --pkcs11 URI [--pkcs11-module PATH]\n"
              "        [--pin-file F]) [--reason TEXT] [--location TEXT] [--lang zh_CN|vi|en]\n"
              "  verify-report OUT.pdf [--json] [--inspection FILE] [--trust CERT]...\n\n"
              "The passphrase comes from AUDITBENCH_PASSPHRASE or --passphrase-file FILE, never from an argument;\n"
              "a key file's from AUDITBENCH_KEY_PASSPHRASE or --key-passphrase-file F, a token PIN from AUDITBENCH_PIN or --pin-file F.\n"
              "Exit codes: 0 success, 1 a problem was found, 2 usage error, 3 bad input or wrong passphrase, 4 I/O failure.\n");
    out.flush();
}
} // namespace

// Qt's platform setup warns on stderr when XDG_RUNTIME_DIR is unset (root
// in a container, cron) and carries on with a private folder; the CLI
// promises one line on stderr per failure, so that notice is dropped.
namespace
{
QtMessageHandler g_previousHandler = nullptr;
void quietPlatformNotices(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

// Commands that lay out text (documents, signature appearances) need fonts,
// hence a QGuiApplication; on the offscreen platform unless one is chosen, so
// they run without a display. Every other command stays a QCoreApplication.
bool needsGui(int argc, char **argv)
{
    static const char *const commands[] = {"report", "sign-report"};
    if (argc < 2)
        return false;
    for (const char *c : commands)
        if (qstrcmp(argv[1], c) == 0)
            return true;
    return false;
}

int run(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> appHolder;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietPlatformNotices);
        // Without a session (cron, ssh, a container) Qt warns on stderr that
        // XDG_RUNTIME_DIR is unset and picks /tmp/runtime-USER itself; do the
        // same quietly, so that a failure stays one line on stderr (CLI.md).
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
            if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", dir);
        }
        appHolder = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("AuditBench"));
    QCoreApplication::setOrganizationName(QStringLiteral("AuditBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AB_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);

    QString lang = languageFromArgs(args);
    if (lang.isEmpty())
        lang = Language::fromSystemLocale();
    if (!Language::install(lang)) {
        QTextStream(stderr) << "auditbench-cli: --lang must be zh_CN, vi or en" << Qt::endl;
        return Usage;
    }

    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command.isEmpty()) {
        // A usage error like any other: one line on stderr (CLI.md), no help dump.
        QTextStream(stderr) << Tr::tr("auditbench-cli: no command given; see auditbench-cli --help.") << Qt::endl;
        return Usage;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        QTextStream out(stdout);
        printHelp(out);
        return Success;
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "auditbench-cli " << AB_VERSION << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("init"))
        return runInit(rest);
    if (command == QLatin1String("info"))
        return runInfo(rest);
    if (command == QLatin1String("evidence"))
        return runEvidence(rest);
    if (command == QLatin1String("verify"))
        return runVerify(rest);
    if (command == QLatin1String("custody"))
        return runCustody(rest);
    if (command == QLatin1String("answer"))
        return runAnswer(rest);
    if (command == QLatin1String("questions"))
        return runQuestions(rest);
    if (command == QLatin1String("score"))
        return runScore(rest);
    if (command == QLatin1String("catalog"))
        return runCatalog(rest);
    if (command == QLatin1String("probe"))
        return runProbe(rest);
    if (command == QLatin1String("import-nmap"))
        return runImportNmap(rest);
    if (command == QLatin1String("devices"))
        return runDevices(rest);
    if (command == QLatin1String("findings"))
        return runFindings(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("review"))
        return runReview(rest);
    if (command == QLatin1String("compare"))
        return runCompare(rest);
    if (command == QLatin1String("report"))
        return runReport(rest);
    if (command == QLatin1String("finding"))
        return runFinding(rest);
    if (command == QLatin1String("edit"))
        return runEdit(rest);
    if (command == QLatin1String("readiness"))
        return runReadiness(rest);
    if (command == QLatin1String("sign-report"))
        return runSignReport(rest);
    if (command == QLatin1String("verify-report"))
        return runVerifyReport(rest);
    QTextStream(stderr) << Tr::tr("auditbench-cli: unknown command \"%1\"; see auditbench-cli --help.").arg(command) << Qt::endl;
    return Usage;
}

} // namespace ab::cli
