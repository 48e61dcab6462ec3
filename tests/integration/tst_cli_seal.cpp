// export / verify / review / compare through the real auditbench-cli: exit
// codes and JSON shapes of CLI.md, and every refusal leaving files as they were.
#include "../common/KeyFixture.h"
#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using abit::Run;
using abit::run;

class TestCliSeal final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportSealedVerifies();
    void plainExportSaysSo();
    void tamperedCopyFails_data();
    void tamperedCopyFails();
    void reviewKeepsSeal();
    void sealedRefusesAnswer();
    void refusals_data();
    void refusals();
    void forceReplaces();
    void pkcs11Export();
    void compare();
    void compareRefusals();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString freshSealed(const QString &name);
    QStringList sealArgs() const
    {
        return {QStringLiteral("--seal"), m_keys.path(QStringLiteral("leader.p12")), QStringLiteral("--key-passphrase-file"),
                path(QStringLiteral("kp.txt"))};
    }
    QTemporaryDir m_dir;
    abtest::KeyFactory m_keys;
    QString m_file;
};

void TestCliSeal::initTestCase()
{
    QVERIFY(QFile::exists(abit::cli()));
    QVERIFY(m_keys.selfSigned(QStringLiteral("leader"), QStringLiteral("Trưởng đoàn"), QStringLiteral("Cục ATTT")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("leader"), "key passphrase"));
    QVERIFY(abit::writeFile(path(QStringLiteral("kp.txt")), "key passphrase\n"));
    QVERIFY(abit::writeFile(path(QStringLiteral("wrong-kp.txt")), "not it\n"));
    m_file = path(QStringLiteral("site.inspection"));
    QCOMPARE(run(abit::initArgs(m_file)).exitCode, 0);
    QVERIFY(abit::writeFile(path(QStringLiteral("scan.pdf")), QByteArray(3 << 20, 'p')));
    QCOMPARE(run({QStringLiteral("evidence"), QStringLiteral("add"), m_file, path(QStringLiteral("scan.pdf"))}).exitCode, 0);
    const Run a = run({QStringLiteral("answer"), m_file, QStringLiteral("INT-04"), QStringLiteral("noncompliant"), QStringLiteral("--note"),
                       QStringLiteral("default pw")});
    QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));
}

QString TestCliSeal::freshSealed(const QString &name)
{
    const QString out = path(name);
    QFile::remove(out);
    const Run r = run(QStringList{QStringLiteral("export"), m_file, out} + sealArgs());
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return out;
}

void TestCliSeal::exportSealedVerifies()
{
    const QString out = path(QStringLiteral("sealed.inspection"));
    const Run e = run(QStringList{QStringLiteral("export"), m_file, out, QStringLiteral("--json")} + sealArgs());
    QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
    QCOMPARE(e.json().object().value(QStringLiteral("sealed")).toBool(), true);
    QCOMPARE(e.json().object().value(QStringLiteral("signer")).toString(), QStringLiteral("Trưởng đoàn"));
    const Run v = run({QStringLiteral("verify"), out, QStringLiteral("--json")});
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    const QJsonObject o = v.json().object();
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("problems")).isArray());
    const QJsonObject seal = o.value(QStringLiteral("seal")).toObject();
    QCOMPARE(seal.value(QStringLiteral("sealed")).toBool(), true);
    QCOMPARE(seal.value(QStringLiteral("signature_valid")).toBool(), true);
    QCOMPARE(seal.value(QStringLiteral("trust")).toString(), QStringLiteral("self-signed"));
    QCOMPARE(seal.value(QStringLiteral("signer")).toString(), QStringLiteral("Trưởng đoàn"));
    QCOMPARE(seal.value(QStringLiteral("sealed_by")).toString(), QStringLiteral("tester"));
    QVERIFY(!seal.value(QStringLiteral("sealed_at")).toString().isEmpty());
    QVERIFY(seal.value(QStringLiteral("changed_after_seal")).toArray().isEmpty());
    // Trusting the leader's own certificate makes it trusted.
    const Run t = run(
        {QStringLiteral("verify"), out, QStringLiteral("--json"), QStringLiteral("--trust"), m_keys.path(QStringLiteral("leader.crt"))});
    QCOMPARE(t.json().object().value(QStringLiteral("seal")).toObject().value(QStringLiteral("trust")).toString(),
             QStringLiteral("trusted"));
    // info shows the seal; custody in the source shows the export.
    const Run info = run({QStringLiteral("info"), out, QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("seal")).toObject().value(QStringLiteral("sealed")).toBool(), true);
    const Run custody = run({QStringLiteral("custody"), m_file});
    QVERIFY(custody.out.contains("inspection.export"));
    const Run source = run({QStringLiteral("verify"), m_file, QStringLiteral("--json")});
    QCOMPARE(source.exitCode, 0);
    QCOMPARE(source.json().object().value(QStringLiteral("seal")).toObject().value(QStringLiteral("sealed")).toBool(), false);
}

void TestCliSeal::plainExportSaysSo()
{
    const QString out = path(QStringLiteral("plain.inspection"));
    const Run e = run({QStringLiteral("export"), m_file, out});
    QVERIFY2(e.exitCode == 0, qPrintable(e.describe()));
    QVERIFY2(e.err.contains("not sealed"), qPrintable(e.describe()));
    const Run v = run({QStringLiteral("verify"), out, QStringLiteral("--json")});
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.json().object().value(QStringLiteral("seal")).toObject().value(QStringLiteral("sealed")).toBool(), false);
}

void TestCliSeal::tamperedCopyFails_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("object");
    QTest::newRow("evidence chunk") << "UPDATE chunk SET data = CAST(X'00' || substr(data, 2) AS BLOB) WHERE blob_id = 1 AND idx = 2"
                                    << "evidence:1";
    QTest::newRow("answer") << "UPDATE answer SET value = '\"compliant\"'"
                            << "answer:INT-04";
    QTest::newRow("seal") << "UPDATE seal SET manifest = replace(manifest, 'scan.pdf', 'scan2.pdf')"
                          << "seal:1";
}

void TestCliSeal::tamperedCopyFails()
{
    QFETCH(QString, sql);
    QFETCH(QString, object);
    const QString out = freshSealed(QStringLiteral("tampered.inspection"));
    QVERIFY(!out.isEmpty());
    QCOMPARE(abit::sqlExec(out, {sql}), QString());
    const Run v = run({QStringLiteral("verify"), out, QStringLiteral("--json")});
    QCOMPARE(v.exitCode, 1);
    const QJsonObject seal = v.json().object().value(QStringLiteral("seal")).toObject();
    bool named = false;
    for (const QJsonValue &c : seal.value(QStringLiteral("changed_after_seal")).toArray())
        named = named || c.toObject().value(QStringLiteral("object")).toString() == object;
    QVERIFY2(named, qPrintable(v.describe()));
    const Run text = run({QStringLiteral("verify"), out});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains("BROKEN") && text.out.contains(object.toUtf8()));
}

void TestCliSeal::reviewKeepsSeal()
{
    const QString out = freshSealed(QStringLiteral("review.inspection"));
    QVERIFY(!out.isEmpty());
    abit::Options supervisor;
    const Run c = run({QStringLiteral("review"), out, QStringLiteral("--comment"), QStringLiteral("Ảnh mờ"), QStringLiteral("--object"),
                       QStringLiteral("evidence:1")});
    QVERIFY2(c.exitCode == 0, qPrintable(c.describe()));
    QCOMPARE(run({QStringLiteral("review"), out, QStringLiteral("--approve")}).exitCode, 0);
    const Run l = run({QStringLiteral("review"), out, QStringLiteral("--list"), QStringLiteral("--json")});
    QCOMPARE(l.exitCode, 0);
    const QJsonArray reviews = l.json().object().value(QStringLiteral("reviews")).toArray();
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews[0].toObject().value(QStringLiteral("object")).toString(), QStringLiteral("evidence:1"));
    QCOMPARE(reviews[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Ảnh mờ"));
    QCOMPARE(reviews[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("approval"));
    QCOMPARE(reviews[1].toObject().value(QStringLiteral("seal_id")).toInt(), 1);
    QCOMPARE(l.json().object().value(QStringLiteral("summary")).toObject().value(QStringLiteral("decision")).toString(),
             QStringLiteral("approval"));
    const Run v = run({QStringLiteral("verify"), out});
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    const Run custody = run({QStringLiteral("custody"), out});
    QVERIFY(custody.out.contains("review.add") && custody.out.contains("Ảnh mờ"));
    const Run info = run({QStringLiteral("info"), out, QStringLiteral("--json")});
    QCOMPARE(info.json().object().value(QStringLiteral("review")).toObject().value(QStringLiteral("comments")).toInt(), 1);
    // Usage errors.
    QCOMPARE(run({QStringLiteral("review"), out, QStringLiteral("--reject")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("review"), out}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("review"), out, QStringLiteral("--comment"), QStringLiteral("x"), QStringLiteral("--object"),
                  QStringLiteral("evidence:42")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("review"), m_file, QStringLiteral("--approve")}).exitCode, 2); // not sealed
}

void TestCliSeal::sealedRefusesAnswer()
{
    const QString out = freshSealed(QStringLiteral("refuse.inspection"));
    QVERIFY(!out.isEmpty());
    const QByteArray before = abit::sha256Of(out);
    const Run a = run({QStringLiteral("answer"), out, QStringLiteral("INT-04"), QStringLiteral("compliant")});
    QCOMPARE(a.exitCode, 2);
    QVERIFY2(a.oneErrorLine() && a.err.contains("sealed copy"), qPrintable(a.describe()));
    const Run e = run({QStringLiteral("evidence"), QStringLiteral("add"), out, path(QStringLiteral("kp.txt"))});
    QCOMPARE(e.exitCode, 2);
    QCOMPARE(abit::sha256Of(out), before);
}

void TestCliSeal::refusals_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<int>("exit");
    QTest::newRow("wrong passphrase") << "wrong-passphrase" << 3;
    QTest::newRow("wrong key passphrase") << "wrong-key" << 3;
    QTest::newRow("OUT equal to FILE") << "same" << 2;
    QTest::newRow("OUT exists") << "exists" << 2;
    QTest::newRow("not an inspection") << "foreign" << 3;
    QTest::newRow("key file is not a key") << "not-a-key" << 3;
    QTest::newRow("both key and token") << "both" << 2;
    QTest::newRow("missing OUT") << "no-out" << 2;
}

void TestCliSeal::refusals()
{
    QFETCH(QString, case_);
    QFETCH(int, exit);
    const QString out = path(QStringLiteral("refused.inspection"));
    QFile::remove(out);
    const QByteArray sourceBefore = abit::sha256Of(m_file);
    QStringList args{QStringLiteral("export"), m_file, out};
    abit::Options o;
    if (case_ == QLatin1String("wrong-passphrase")) {
        o.pass = "not the passphrase";
        args += sealArgs();
    } else if (case_ == QLatin1String("wrong-key")) {
        args << QStringLiteral("--seal") << m_keys.path(QStringLiteral("leader.p12")) << QStringLiteral("--key-passphrase-file")
             << path(QStringLiteral("wrong-kp.txt"));
    } else if (case_ == QLatin1String("same")) {
        args[2] = m_file;
        args += sealArgs();
    } else if (case_ == QLatin1String("exists")) {
        QVERIFY(abit::writeFile(out, "someone's file"));
    } else if (case_ == QLatin1String("foreign")) {
        args[1] = abit::testData(QStringLiteral("BrokenNotSqlite.inspection"));
    } else if (case_ == QLatin1String("not-a-key")) {
        args << QStringLiteral("--seal") << path(QStringLiteral("kp.txt")) << QStringLiteral("--key-passphrase-file")
             << path(QStringLiteral("kp.txt"));
    } else if (case_ == QLatin1String("both")) {
        args += sealArgs();
        args << QStringLiteral("--pkcs11") << QStringLiteral("pkcs11:token=x;object=y");
    } else if (case_ == QLatin1String("no-out")) {
        args.removeLast();
    }
    const Run r = run(args, o);
    QVERIFY2(r.exitCode == exit, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    if (case_ == QLatin1String("exists"))
        QCOMPARE(abit::readFile(out), QByteArray("someone's file"));
    else if (case_ != QLatin1String("same"))
        QVERIFY(!QFile::exists(out));
    QCOMPARE(abit::sha256Of(m_file), sourceBefore); // refused before the export entry
    QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("*.exporting")}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList());
}

void TestCliSeal::forceReplaces()
{
    const QString out = path(QStringLiteral("forced.inspection"));
    QVERIFY(abit::writeFile(out, "old"));
    const Run r = run(QStringList{QStringLiteral("export"), m_file, out, QStringLiteral("--force")} + sealArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(run({QStringLiteral("verify"), out}).exitCode, 0);
}

void TestCliSeal::pkcs11Export()
{
    if (!abtest::SoftHsmToken::available())
        QSKIP("softhsm2 and opensc are not installed (scripts/setup.sh --test installs them)");
    abtest::SoftHsmToken token;
    QVERIFY2(token.init(QStringLiteral("CliSeal"), "4321"), qPrintable(token.lastError()));
    QVERIFY2(token.import(m_keys.path(QStringLiteral("leader.key")), m_keys.path(QStringLiteral("leader.crt")), QStringLiteral("leader"),
                          QStringLiteral("02"), "4321"),
             qPrintable(token.lastError()));
    QVERIFY(abit::writeFile(path(QStringLiteral("pin.txt")), "4321\n"));
    QVERIFY(abit::writeFile(path(QStringLiteral("bad-pin.txt")), "0000\n"));
    const QString out = path(QStringLiteral("token.inspection"));
    QStringList args{QStringLiteral("export"),
                     m_file,
                     out,
                     QStringLiteral("--pkcs11"),
                     QStringLiteral("pkcs11:token=CliSeal;object=leader"),
                     QStringLiteral("--pkcs11-module"),
                     abtest::SoftHsmToken::module(),
                     QStringLiteral("--pin-file")};
    const Run bad = run(args + QStringList{path(QStringLiteral("bad-pin.txt"))});
    QVERIFY2(bad.exitCode == 3 && bad.oneErrorLine(), qPrintable(bad.describe()));
    QVERIFY(!QFile::exists(out));
    const Run r = run(args + QStringList{path(QStringLiteral("pin.txt"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const Run v = run({QStringLiteral("verify"), out, QStringLiteral("--json")});
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.json().object().value(QStringLiteral("seal")).toObject().value(QStringLiteral("signature_valid")).toBool(), true);
}

void TestCliSeal::compare()
{
    const QString other = path(QStringLiteral("other.inspection"));
    QCOMPARE(run(abit::initArgs(other)).exitCode, 0);
    QCOMPARE(run({QStringLiteral("answer"), other, QStringLiteral("INT-04"), QStringLiteral("compliant")}).exitCode, 0);
    const Run r = run({QStringLiteral("compare"), m_file, other, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("files")).toArray().size(), 2);
    bool answer = false, evidence = false;
    for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        QVERIFY(row.value(QStringLiteral("differs")).toBool());
        if (row.value(QStringLiteral("section")).toString() == QLatin1String("answer") &&
            row.value(QStringLiteral("key")).toString() == QLatin1String("INT-04")) {
            answer = true;
            QCOMPARE(row.value(QStringLiteral("cells")).toArray()[0].toObject().value(QStringLiteral("value")).toString(),
                     QStringLiteral("noncompliant"));
            QCOMPARE(row.value(QStringLiteral("cells")).toArray()[1].toObject().value(QStringLiteral("value")).toString(),
                     QStringLiteral("compliant"));
        }
        if (row.value(QStringLiteral("section")).toString() == QLatin1String("evidence"))
            evidence = !row.value(QStringLiteral("cells")).toArray()[1].toObject().value(QStringLiteral("present")).toBool();
    }
    QVERIFY(answer && evidence);
    const Run text = run({QStringLiteral("compare"), m_file, other});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("INT-04") && text.out.contains("(absent)"));
}

void TestCliSeal::compareRefusals()
{
    const QString other = path(QStringLiteral("other2.inspection"));
    abit::Options second;
    second.pass = "another passphrase here";
    QCOMPARE(run(abit::initArgs(other), second).exitCode, 0);
    // One passphrase for both: the second file refuses it.
    const Run wrong = run({QStringLiteral("compare"), m_file, other});
    QVERIFY2(wrong.exitCode == 3 && wrong.oneErrorLine(), qPrintable(wrong.describe()));
    // One --passphrase-file per file, in order.
    QVERIFY(abit::writeFile(path(QStringLiteral("p1.txt")), abit::passphrase() + '\n'));
    QVERIFY(abit::writeFile(path(QStringLiteral("p2.txt")), "another passphrase here\n"));
    const Run ok = run({QStringLiteral("compare"), m_file, other, QStringLiteral("--passphrase-file"), path(QStringLiteral("p1.txt")),
                        QStringLiteral("--passphrase-file"), path(QStringLiteral("p2.txt"))},
                       QByteArray());
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    QCOMPARE(run({QStringLiteral("compare"), m_file}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("compare"), m_file, abit::testData(QStringLiteral("BrokenNotSqlite.inspection"))}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliSeal)
#include "tst_cli_seal.moc"
