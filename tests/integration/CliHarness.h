#pragma once

// Runs the real auditbench-cli (path from AB_CLI) the way a script would:
// passphrase in the child's environment, never in its arguments.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

namespace abit {

inline QByteArray passphrase() { return QByteArrayLiteral("integration passphrase"); }

inline QString cli() { return qEnvironmentVariable("AB_CLI"); }
inline QString testData(const QString &name) { return qEnvironmentVariable("AB_TEST_DATA") + QLatin1Char('/') + name; }

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString errText() const { return QString::fromUtf8(err).trimmed(); }
    // CLI.md: every failure prints one clear line on stderr.
    bool oneErrorLine() const
    {
        const QString e = errText();
        return !e.isEmpty() && !e.contains(QLatin1Char('\n')) && e.startsWith(QLatin1String("auditbench-cli"));
    }
    QString describe() const
    {
        return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (crashed)") : QString())
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

inline QProcessEnvironment environment(const QByteArray &pass)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AUDITBENCH_PASSPHRASE"));
    if (!pass.isNull())
        env.insert(QStringLiteral("AUDITBENCH_PASSPHRASE"), QString::fromUtf8(pass));
    env.insert(QStringLiteral("AUDITBENCH_USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // messages in English
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

// When the tests run as root, permission bits do not stop the child; run it
// as nobody instead so read-only and unreadable files behave as for a user.
inline bool dropsPrivileges() { return geteuid() == 0; }
inline bool canRunUnprivileged()
{
    return !dropsPrivileges() || !QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty();
}

struct Options {
    QByteArray pass = passphrase();
    QString workDir;
    bool unprivileged = false;
};

inline Run run(const QStringList &args, const Options &o = {})
{
    QProcess p;
    p.setProcessEnvironment(environment(o.pass));
    if (!o.workDir.isEmpty())
        p.setWorkingDirectory(o.workDir);
    if (o.unprivileged && dropsPrivileges())
        p.start(QStandardPaths::findExecutable(QStringLiteral("setpriv")),
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), cli()} + args);
    else
        p.start(cli(), args);
    Run r;
    // A hang guard only: every command here finishes in seconds.
    if (!p.waitForStarted(30000) || !p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        r.err = "did not start or finish: " + p.errorString().toUtf8();
        return r;
    }
    r.exitCode = p.exitCode();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline Run run(const QStringList &args, const QByteArray &pass)
{
    Options o;
    o.pass = pass;
    return run(args, o);
}

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.flush();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArrayLiteral("<unreadable>");
}

// Edits the file behind AuditBench's back, as someone with the sqlite3 tool would.
inline QString sqlExec(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("abit-raw-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            for (const QString &s : statements) {
                QSqlQuery q(db);
                if (!q.exec(s)) {
                    error = s + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

inline QStringList initArgs(const QString &path)
{
    return {QStringLiteral("init"), path, QStringLiteral("--regime"), QStringLiteral("vn-mic"), QStringLiteral("--org"),
            QStringLiteral("Công ty ABC"), QStringLiteral("--system"), QStringLiteral("CCTV:3"), QStringLiteral("--scope"),
            QStringLiteral("127.0.0.0/24"), QStringLiteral("--inspector"), QStringLiteral("Nguyễn Văn A")};
}

// The evidence ids and names `evidence list --json` reports, for before/after comparisons.
inline QByteArray listing(const QString &path)
{
    const Run r = run({QStringLiteral("evidence"), QStringLiteral("list"), path, QStringLiteral("--json")});
    return r.exitCode == 0 ? r.out : QByteArrayLiteral("<list failed> ") + r.err;
}

} // namespace abit
