// kill -9 in the middle of a large import: every item whose id was printed
// is kept, the interrupted one is not, and the file verifies intact.
#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <csignal>

using abit::Run;
using abit::run;

class TestCliCrash final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sigkillDuringLargeImport();
};

void TestCliCrash::sigkillDuringLargeImport()
{
    QVERIFY2(QFileInfo(abit::cli()).isExecutable(), "AB_CLI must name the built auditbench-cli");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("crash.inspection"));
    Run r = run(abit::initArgs(file));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    QStringList paths;
    for (const char *name : {"small1.txt", "small2.txt"}) {
        paths.append(dir.filePath(QLatin1String(name)));
        QVERIFY(abit::writeFile(paths.last(), QByteArray("contents of ") + name));
    }
    // Past the import's batch size (8 MiB), so the items before it are
    // committed and announced before the large one starts.
    paths.append(dir.filePath(QStringLiteral("medium.bin")));
    QVERIFY(abit::writeFile(paths.last(), QByteArray(12 * 1024 * 1024, 'm')));
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(QByteArray("start of a large sparse file")));
        QVERIFY(f.resize(300LL * 1024 * 1024)); // sparse: cheap to make, 300 MiB to import
    }
    paths.append(big);
    paths.append(dir.filePath(QStringLiteral("small3.txt")));
    QVERIFY(abit::writeFile(paths.last(), QByteArray("after the big one")));

    QProcess p;
    p.setProcessEnvironment(abit::environment(abit::passphrase()));
    p.start(abit::cli(), QStringList{QStringLiteral("evidence"), QStringLiteral("add"), file} + paths);
    QVERIFY(p.waitForStarted(30000));
    // Progress lines go to stderr as "importing N%" of all bytes; the large
    // file spans 4%..100%, so 20% is squarely inside it.
    p.setReadChannel(QProcess::StandardError);
    QByteArray out, err;
    while (!err.contains("importing 20%") && p.state() == QProcess::Running) {
        p.waitForReadyRead(60000); // hang guard; we wait for output, not time
        out += p.readAllStandardOutput();
        err += p.readAllStandardError();
    }
    QVERIFY2(p.state() == QProcess::Running, qPrintable(QString::fromUtf8("import ended before the kill:\n" + out + err)));
    p.kill(); // SIGKILL on Unix
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    out += p.readAllStandardOutput();

    // Ids printed before the kill.
    QSet<qint64> printed;
    QStringList printedNames;
    for (const QByteArray &line : out.trimmed().split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() == 3) {
            printed.insert(f.at(0).toLongLong());
            printedNames.append(QString::fromUtf8(f.at(2)));
        }
    }
    QVERIFY2(printedNames.contains(QStringLiteral("small1.txt")), out.constData());
    QVERIFY2(!printedNames.contains(QStringLiteral("big.bin")), out.constData());

    // The interrupted write left a journal; a wrong passphrase must not be
    // the one that rolls it back: file and journal stay byte for byte.
    const QString journal = file + QStringLiteral("-journal");
    QVERIFY2(QFileInfo(journal).size() > 0, "the kill should leave a hot journal behind");
    const QByteArray fileBefore = abit::sha256Of(file), journalBefore = abit::sha256Of(journal);
    r = abit::run({QStringLiteral("info"), file}, QByteArrayLiteral("not the passphrase"));
    QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(r.describe()));
    QCOMPARE(abit::sha256Of(file), fileBefore);
    QCOMPARE(abit::sha256Of(journal), journalBefore);

    // The file opens, verifies intact, and holds exactly the announced items.
    r = run({QStringLiteral("info"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("verify"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("intact")), QJsonValue(true));
    r = run({QStringLiteral("evidence"), QStringLiteral("list"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QSet<qint64> listed;
    for (const auto &v : r.json().array()) {
        listed.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        QVERIFY(v.toObject().value(QStringLiteral("name")).toString() != QStringLiteral("big.bin"));
    }
    QCOMPARE(listed, printed);

    // And work goes on: the rest imports and the whole still verifies.
    r = run({QStringLiteral("evidence"), QStringLiteral("add"), file, paths.last()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run({QStringLiteral("verify"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")) || QFileInfo(file + QStringLiteral("-journal")).size() == 0);
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_cli_crash.moc"
