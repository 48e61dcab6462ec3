#pragma once

#include "core/inspection/InspectionFile.h"
#include "core/util/Result.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace ab::cli {

// Exit codes from CLI.md.
enum Exit { Success = 0, Problem = 1, Usage = 2, BadInput = 3, IoFailure = 4 };
int exitCodeFor(ErrorCode code);

// What every command shares: its parser with the common options, the
// passphrase source, and the streams. Passphrases come only from the
// environment or a file, never from the command line (CLI.md).
class Context final {
public:
    Context(QString command, QStringList args);
    Q_DISABLE_COPY_MOVE(Context)

    QCommandLineParser &parser() { return m_parser; }
    // Parses; on --help or a usage error prints and returns an exit code.
    std::optional<int> parse(const QString &synopsis, int minPositional, int maxPositional = -1);
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }

    Result<QByteArray> passphrase() const;
    Result<std::unique_ptr<InspectionFile>> openInspection(InspectionFile::Mode mode) const;

    // One clear line on stderr and the matching exit code.
    int fail(const Error &error) const;
    int usage(const QString &message) const;
    // A line on stderr about one part of the work (a skipped or failed file).
    void warn(const QString &message) const;
    void printJson(const QJsonDocument &doc) const;
    void printJson(const QJsonObject &obj) const { printJson(QJsonDocument(obj)); }
    void printJson(const QJsonArray &arr) const { printJson(QJsonDocument(arr)); }
    QTextStream &out() const { return m_out; }
    QTextStream &err() const { return m_err; }
    // Progress on stderr: a bar on a terminal, plain lines otherwise.
    void progress(const QString &label, qint64 done, qint64 total) const;
    void endProgress() const;

private:
    QString m_command;
    QStringList m_args;
    QCommandLineParser m_parser;
    mutable QTextStream m_out;
    mutable QTextStream m_err;
    bool m_tty = false;
    mutable int m_lastPercent = -1;
};

int runInit(const QStringList &args);
int runInfo(const QStringList &args);
int runEvidence(const QStringList &args);
int runVerify(const QStringList &args);
int runCustody(const QStringList &args);
int runAnswer(const QStringList &args);
int runQuestions(const QStringList &args);
int runScore(const QStringList &args);
int runCatalog(const QStringList &args);
int runProbe(const QStringList &args);
int runImportNmap(const QStringList &args);
int runDevices(const QStringList &args);
int runFindings(const QStringList &args);
int runExport(const QStringList &args);
int runReview(const QStringList &args);
int runCompare(const QStringList &args);
int runReport(const QStringList &args);
int runFinding(const QStringList &args);
int runEdit(const QStringList &args);
int runReadiness(const QStringList &args);
int runSignReport(const QStringList &args);
int runVerifyReport(const QStringList &args);

// Entry point of auditbench-cli; returns the process exit code.
int run(int argc, char **argv);

} // namespace ab::cli
