#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};
} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Problem:
        return Problem;
    case ErrorCode::Usage:
        return Usage;
    case ErrorCode::BadInput:
    case ErrorCode::WrongPassphrase:
        return BadInput;
    case ErrorCode::Io:
        return IoFailure;
    case ErrorCode::Cancelled:
        return Problem;
    }
    return BadInput;
}

Context::Context(QString command, QStringList args)
    : m_command(std::move(command)), m_args(std::move(args)), m_out(stdout), m_err(stderr), m_tty(isatty(STDERR_FILENO))
{
    m_parser.setApplicationDescription(QString());
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("json"), Tr::tr("Print one JSON document on stdout.")});
    m_parser.addOption({QStringLiteral("lang"), Tr::tr("Language of messages: zh_CN, vi or en."), Tr::tr("LANG")});
    m_parser.addOption({QStringLiteral("passphrase-file"),
                        Tr::tr("Read the inspection passphrase from FILE (else from AUDITBENCH_PASSPHRASE)."), Tr::tr("FILE")});
    m_parser.addOption({QStringLiteral("as"),
                        Tr::tr("Name recorded in the custody log for this change (else AUDITBENCH_USER or the login name)."),
                        Tr::tr("NAME")});
}

std::optional<int> Context::parse(const QString &synopsis, int minPositional, int maxPositional)
{
    m_parser.setApplicationDescription(synopsis);
    QStringList full = m_args;
    full.prepend(QStringLiteral("auditbench-cli ") + m_command);
    if (!m_parser.parse(full))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names argv[0] (often a full path) and knows
        // nothing of the command; show what the user has to type instead.
        QString help = m_parser.helpText();
        const QString program = QCoreApplication::arguments().value(0) + QStringLiteral(" [options]");
        if (const qsizetype at = help.indexOf(program); at >= 0 && at < help.indexOf(QLatin1Char('\n')))
            help.replace(at, program.size(), QStringLiteral("auditbench-cli ") + m_command + QStringLiteral(" [options]"));
        m_out << help;
        m_out.flush();
        return Success;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional)
        return usage(Tr::tr("missing arguments; see auditbench-cli %1 --help").arg(m_command));
    if (maxPositional >= 0 && n > maxPositional)
        return usage(Tr::tr("too many arguments; see auditbench-cli %1 --help").arg(m_command));
    return std::nullopt;
}

Result<QByteArray> Context::passphrase() const
{
    if (m_parser.isSet(QStringLiteral("passphrase-file"))) {
        const QString path = m_parser.value(QStringLiteral("passphrase-file"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read the passphrase file %1: %2.").arg(path, f.errorString()));
        QByteArray p = f.read(4096);
        // One line; a trailing newline is not part of the passphrase.
        if (const qsizetype nl = p.indexOf('\n'); nl >= 0)
            p.truncate(nl);
        if (p.endsWith('\r'))
            p.chop(1);
        if (p.isEmpty())
            return makeError(ErrorCode::Usage, Tr::tr("The passphrase file %1 is empty.").arg(path));
        return p;
    }
    QByteArray p = qgetenv("AUDITBENCH_PASSPHRASE");
    if (p.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("No passphrase: set AUDITBENCH_PASSPHRASE or use --passphrase-file FILE."));
    return p;
}

Result<std::unique_ptr<InspectionFile>> Context::openInspection(InspectionFile::Mode mode) const
{
    auto pass = passphrase();
    if (!pass)
        return pass.error();
    auto f = InspectionFile::open(positional().value(0), *pass, mode);
    crypto::cleanse(pass.value());
    if (f && m_parser.isSet(QStringLiteral("as")))
        (*f)->setActor(m_parser.value(QStringLiteral("as")));
    return f;
}

int Context::fail(const Error &error) const
{
    endProgress();
    m_err << QStringLiteral("auditbench-cli %1: ").arg(m_command) << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int Context::usage(const QString &message) const
{
    m_err << QStringLiteral("auditbench-cli %1: ").arg(m_command) << message << Qt::endl;
    return Usage;
}

void Context::warn(const QString &message) const
{
    endProgress();
    m_err << QStringLiteral("auditbench-cli %1: ").arg(m_command) << message << Qt::endl;
}

void Context::printJson(const QJsonDocument &doc) const
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Context::progress(const QString &label, qint64 done, qint64 total) const
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    if (percent == m_lastPercent)
        return;
    if (!m_tty && percent % 10 != 0 && percent != 100)
        return; // plain lines, not a flood of them
    m_lastPercent = percent;
    if (m_tty) {
        const int width = 30;
        const int filled = percent * width / 100;
        m_err << QLatin1Char('\r') << label << QStringLiteral(" [") << QString(filled, QLatin1Char('#'))
              << QString(width - filled, QLatin1Char('.')) << QStringLiteral("] ") << percent << QLatin1Char('%');
    } else {
        m_err << label << QLatin1Char(' ') << percent << QStringLiteral("%\n");
    }
    m_err.flush();
}

void Context::endProgress() const
{
    if (m_tty && m_lastPercent >= 0)
        m_err << QLatin1Char('\n');
    m_err.flush();
    m_lastPercent = -1;
}

} // namespace ab::cli
