// sign-report and verify-report end to end (CLI.md): signatures from a
// PKCS#12 file and a SoftHSM2 token, in turn, that pdfsig reports valid;
// wrong passphrase or PIN exit 3 without writing; changed, appended,
// truncated and foreign files rejected; the manifest checked against the
// inspection file with --inspection. Fixture reports come from QPdfWriter
// and PdfPreparer, as the report command makes them.
#include "CliHarness.h"

#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfIncrementalWriter.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/pdf/PdfSigner.h"

#include "tests/common/KeyFixture.h"
#include "tests/common/PdfFixture.h"
#include "tests/common/PopplerTools.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

using abit::Run;

namespace {
// Runs the CLI with a key passphrase or PIN in its environment (never in
// its arguments), and nothing else that could answer for it.
Run runWith(const QStringList &args, const QByteArray &keyPass = {}, const QByteArray &pin = {})
{
    qunsetenv("AUDITBENCH_KEY_PASSPHRASE");
    qunsetenv("AUDITBENCH_PIN");
    if (!keyPass.isEmpty())
        qputenv("AUDITBENCH_KEY_PASSPHRASE", keyPass);
    if (!pin.isEmpty())
        qputenv("AUDITBENCH_PIN", pin);
    Run r = abit::run(args);
    qunsetenv("AUDITBENCH_KEY_PASSPHRASE");
    qunsetenv("AUDITBENCH_PIN");
    return r;
}
} // namespace

class TestCliSigning final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help_data();
    void help();
    void signAndVerify();
    void signInTurnInPlace();
    void keyFailures_data();
    void keyFailures();
    void usage_data();
    void usage();
    void token();
    void tokenFailures_data();
    void tokenFailures();
    void rejected_data();
    void rejected();
    void unsigned_();
    void expiredCertificate();
    void trustedCa();
    void againstInspection();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString prepared(const QString &name, const QJsonObject &manifest = {});
    QString signedReport(const QString &name);
    QTemporaryDir m_dir;
    abtest::KeyFactory m_keys;
    abtest::SoftHsmToken m_hsm;
    bool m_hasToken = false;
    const QByteArray m_pass = QByteArrayLiteral("key file passphrase");
    const QByteArray m_pin = QByteArrayLiteral("482910");
};

void TestCliSigning::initTestCase()
{
    QVERIFY2(QFileInfo(abit::cli()).isExecutable(), "AB_CLI must name the built auditbench-cli");
    QVERIFY(m_dir.isValid() && m_keys.isValid());
    QVERIFY(m_keys.selfSigned(QStringLiteral("member"), QStringLiteral("Trần Thị B"), QStringLiteral("Đoàn kiểm tra")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("member"), m_pass));
    QVERIFY(m_keys.selfSigned(QStringLiteral("leader"), QStringLiteral("王芳"), QStringLiteral("网络安全检查组")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("leader"), m_pass));
    QVERIFY(abit::writeFile(path(QStringLiteral("key.pass")), m_pass + '\n'));
    QVERIFY(abit::writeFile(path(QStringLiteral("wrong.pass")), "not the passphrase\n"));
    if (abtest::SoftHsmToken::available()) {
        QVERIFY2(m_hsm.init(QStringLiteral("Inspector Key"), m_pin), qPrintable(m_hsm.lastError()));
        QVERIFY2(m_hsm.import(m_keys.path(QStringLiteral("leader.key")), m_keys.path(QStringLiteral("leader.crt")),
                              QStringLiteral("leader"), QStringLiteral("0a"), m_pin),
                 qPrintable(m_hsm.lastError()));
        QVERIFY(abit::writeFile(path(QStringLiteral("pin")), m_pin + '\n'));
        QVERIFY(abit::writeFile(path(QStringLiteral("wrong.pin")), "111111\n"));
        m_hasToken = true;
    }
}

QString TestCliSigning::prepared(const QString &name, const QJsonObject &manifest)
{
    ab::report::RenderedPdf r = abtest::renderedReport(2, QStringLiteral("vi"));
    if (!manifest.isEmpty())
        r.manifest = manifest;
    auto pdf = ab::report::pdf::PdfPreparer::prepare(r);
    return pdf && abit::writeFile(path(name), *pdf) ? path(name) : QString();
}

QString TestCliSigning::signedReport(const QString &name)
{
    const QString in = prepared(name + QStringLiteral(".in.pdf"));
    const Run r =
        runWith({QStringLiteral("sign-report"), in, QStringLiteral("--out"), path(name), QStringLiteral("--sign"),
                 m_keys.path(QStringLiteral("member.p12")), QStringLiteral("--key-passphrase-file"), path(QStringLiteral("key.pass"))});
    return r.exitCode == 0 ? path(name) : QString();
}

void TestCliSigning::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("sign-report") << "sign-report"
                                 << "--pkcs11-module";
    QTest::newRow("verify-report") << "verify-report"
                                   << "--inspection";
}

void TestCliSigning::help()
{
    QFETCH(QString, command);
    QFETCH(QString, mentions);
    const Run r = abit::run({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(mentions), qPrintable(r.describe()));
    const Run top = abit::run({QStringLiteral("--help")});
    QVERIFY(QString::fromUtf8(top.out).contains(command));
}

void TestCliSigning::signAndVerify()
{
    const QString in = prepared(QStringLiteral("report.pdf"));
    const QString out = path(QStringLiteral("report-signed.pdf"));
    Run r = runWith({QStringLiteral("sign-report"), in, QStringLiteral("--out"), out, QStringLiteral("--sign"),
                     m_keys.path(QStringLiteral("member.p12")), QStringLiteral("--key-passphrase-file"), path(QStringLiteral("key.pass")),
                     QStringLiteral("--reason"), QStringLiteral("Kiểm tra tại chỗ"), QStringLiteral("--location"),
                     QStringLiteral("Đà Nẵng"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    const QJsonObject signedJson = r.json().object();
    QCOMPARE(signedJson.value(QStringLiteral("field")).toString(), QStringLiteral("Signature1"));
    QCOMPARE(signedJson.value(QStringLiteral("visible")).toBool(), true);
    QCOMPARE(signedJson.value(QStringLiteral("signer")).toString(), QStringLiteral("Trần Thị B"));

    r = abit::run({QStringLiteral("verify-report"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("OK:")));
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("untrusted (self-signed)")));
    r = abit::run({QStringLiteral("verify-report"), out, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray sigs = r.json().object().value(QStringLiteral("signatures")).toArray();
    QCOMPARE(sigs.size(), 1);
    const QJsonObject s = sigs.first().toObject();
    QCOMPARE(s.value(QStringLiteral("signer")).toString(), QStringLiteral("Trần Thị B"));
    QCOMPARE(s.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("covers_whole_file")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("trusted")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("self_signed")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("reason")).toString(), QStringLiteral("Kiểm tra tại chỗ"));
    QVERIFY(!s.value(QStringLiteral("signed_at")).toString().isEmpty());
    const auto poppler = abtest::pdfsig(out);
    QVERIFY(!poppler.isEmpty() && poppler.first().valid && poppler.first().wholeDocument);
}

void TestCliSigning::signInTurnInPlace()
{
    const QString file = prepared(QStringLiteral("turns.pdf"));
    Run r = runWith({QStringLiteral("sign-report"), file, QStringLiteral("--out"), file, QStringLiteral("--sign"),
                     m_keys.path(QStringLiteral("member.p12"))},
                    m_pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("Signature1")));
    r = runWith({QStringLiteral("sign-report"), file, QStringLiteral("--out"), file, QStringLiteral("--sign"),
                 m_keys.path(QStringLiteral("leader.p12")), QStringLiteral("--lang"), QStringLiteral("zh_CN")},
                m_pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = abit::run({QStringLiteral("verify-report"), file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray sigs = r.json().object().value(QStringLiteral("signatures")).toArray();
    QCOMPARE(sigs.size(), 2);
    QCOMPARE(sigs[0].toObject().value(QStringLiteral("covers_whole_file")).toBool(), false);
    QCOMPARE(sigs[1].toObject().value(QStringLiteral("covers_whole_file")).toBool(), true);
    QCOMPARE(sigs[1].toObject().value(QStringLiteral("signer")).toString(), QStringLiteral("王芳"));
    QString raw;
    const auto poppler = abtest::pdfsig(file, &raw);
    QCOMPARE(poppler.size(), 2);
    QVERIFY2(poppler[0].valid && poppler[1].valid, qPrintable(raw));
}

void TestCliSigning::keyFailures_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("passFile");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong passphrase") << "member.p12"
                                      << "wrong.pass" << 3 << "wrong";
    QTest::newRow("not a key file") << "member.crt"
                                    << "key.pass" << 3 << "not a PKCS#12";
    QTest::newRow("no key file") << "absent.p12"
                                 << "key.pass" << 4 << "does not exist";
    QTest::newRow("no passphrase") << "member.p12"
                                   << "" << 2 << "AUDITBENCH_KEY_PASSPHRASE";
}

void TestCliSigning::keyFailures()
{
    QFETCH(QString, key);
    QFETCH(QString, passFile);
    QFETCH(int, exit);
    QFETCH(QString, says);
    const QString in = prepared(QStringLiteral("keyfail.pdf"));
    const QByteArray before = abit::sha256Of(in);
    const QString out = path(QStringLiteral("keyfail-out.pdf"));
    QFile::remove(out);
    QStringList args{QStringLiteral("sign-report"), in, QStringLiteral("--out"), out, QStringLiteral("--sign"), m_keys.path(key)};
    if (!passFile.isEmpty())
        args << QStringLiteral("--key-passphrase-file") << path(passFile);
    const Run r = runWith(args);
    QVERIFY2(r.exitCode == exit, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(says), qPrintable(r.describe()));
    QVERIFY(!r.errText().contains(QString::fromUtf8(m_pass)));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(abit::sha256Of(in), before);
}

void TestCliSigning::usage_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("says");
    QTest::newRow("no out") << QStringList{QStringLiteral("--sign"), QStringLiteral("%KEY%")} << "--out";
    QTest::newRow("no key") << QStringList{QStringLiteral("--out"), QStringLiteral("%OUT%")} << "No signing key";
    QTest::newRow("both keys") << QStringList{QStringLiteral("--out"), QStringLiteral("%OUT%"),    QStringLiteral("--sign"),
                                              QStringLiteral("%KEY%"), QStringLiteral("--pkcs11"), QStringLiteral("pkcs11:object=x")}
                               << "not both";
    QTest::newRow("pin with a key file") << QStringList{QStringLiteral("--out"), QStringLiteral("%OUT%"),      QStringLiteral("--sign"),
                                                        QStringLiteral("%KEY%"), QStringLiteral("--pin-file"), QStringLiteral("%OUT%")}
                                         << "goes with --pkcs11";
    QTest::newRow("pin in the uri") << QStringList{QStringLiteral("--out"), QStringLiteral("%OUT%"), QStringLiteral("--pkcs11"),
                                                   QStringLiteral("pkcs11:token=T;object=k?pin-value=1234")}
                                    << "must not carry the PIN";
    QTest::newRow("not a uri") << QStringList{QStringLiteral("--out"), QStringLiteral("%OUT%"), QStringLiteral("--pkcs11"),
                                              QStringLiteral("/dev/usb0")}
                               << "not a PKCS#11 URI";
}

void TestCliSigning::usage()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, says);
    const QString in = prepared(QStringLiteral("usage.pdf"));
    QStringList args{QStringLiteral("sign-report"), in};
    for (const QString &a : extra)
        args << QString(a)
                    .replace(QStringLiteral("%KEY%"), m_keys.path(QStringLiteral("member.p12")))
                    .replace(QStringLiteral("%OUT%"), path(QStringLiteral("u.pdf")));
    const Run r = runWith(args, m_pass, m_pin);
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine() && r.errText().contains(says), qPrintable(r.describe()));
}

void TestCliSigning::token()
{
    if (!m_hasToken)
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    const QString file = prepared(QStringLiteral("token.pdf"));
    Run r = runWith({QStringLiteral("sign-report"), file, QStringLiteral("--out"), file, QStringLiteral("--pkcs11"),
                     QStringLiteral("pkcs11:token=Inspector%20Key;object=leader"), QStringLiteral("--pkcs11-module"),
                     abtest::SoftHsmToken::module(), QStringLiteral("--pin-file"), path(QStringLiteral("pin"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("王芳")));
    // PIN from the environment, module left to p11-kit-proxy when it knows SoftHSM2.
    QStringList second{QStringLiteral("sign-report"), file,
                       QStringLiteral("--out"),       file,
                       QStringLiteral("--pkcs11"),    QStringLiteral("pkcs11:token=Inspector%20Key;id=%0a")};
    if (!QFile::exists(QStringLiteral("/usr/share/p11-kit/modules/softhsm2.module")))
        second << QStringLiteral("--pkcs11-module") << abtest::SoftHsmToken::module();
    r = runWith(second, {}, m_pin);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QString raw;
    const auto poppler = abtest::pdfsig(file, &raw);
    QCOMPARE(poppler.size(), 2);
    QVERIFY2(poppler[0].valid && poppler[1].valid, qPrintable(raw));
    r = abit::run({QStringLiteral("verify-report"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCliSigning::tokenFailures_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("pinFile");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("says");
    const QString m = abtest::SoftHsmToken::module();
    QTest::newRow("wrong pin") << "pkcs11:token=Inspector%20Key;object=leader" << m << "wrong.pin" << 3
                               << "PIN for token \"Inspector Key\" is wrong";
    QTest::newRow("no such key") << "pkcs11:token=Inspector%20Key;object=nobody" << m << "pin" << 3 << "No private key";
    QTest::newRow("not a module") << "pkcs11:token=Inspector%20Key;object=leader"
                                  << "/etc/hostname"
                                  << "pin" << 3 << "not a PKCS#11 module";
    QTest::newRow("no pin") << "pkcs11:token=Inspector%20Key;object=leader" << m << "" << 2 << "AUDITBENCH_PIN";
}

void TestCliSigning::tokenFailures()
{
    if (!m_hasToken)
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    QFETCH(QString, uri);
    QFETCH(QString, module);
    QFETCH(QString, pinFile);
    QFETCH(int, exit);
    QFETCH(QString, says);
    const QString in = prepared(QStringLiteral("tokenfail.pdf"));
    const QString out = path(QStringLiteral("tokenfail-out.pdf"));
    QFile::remove(out);
    QStringList args{QStringLiteral("sign-report"), in,  QStringLiteral("--out"),           out,
                     QStringLiteral("--pkcs11"),    uri, QStringLiteral("--pkcs11-module"), module};
    if (!pinFile.isEmpty())
        args << QStringLiteral("--pin-file") << path(pinFile);
    const Run r = runWith(args);
    QVERIFY2(r.exitCode == exit, qPrintable(r.describe()));
    QVERIFY2(r.oneErrorLine() && r.errText().contains(says), qPrintable(r.describe()));
    QVERIFY(!r.errText().contains(QString::fromUtf8(m_pin)));
    QVERIFY(!QFile::exists(out));
}

void TestCliSigning::rejected_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("says");
    QTest::newRow("changed byte") << 0 << 1 << "changed since they were signed";
    QTest::newRow("update appended") << 1 << 1 << "Changed after this signature";
    QTest::newRow("truncated") << 2 << 3 << "truncated";
    QTest::newRow("not a pdf") << 3 << 3 << "not a PDF";
    QTest::newRow("missing") << 4 << 4 << "Cannot read";
}

void TestCliSigning::rejected()
{
    QFETCH(int, kind);
    QFETCH(int, exit);
    QFETCH(QString, says);
    const QString good = signedReport(QStringLiteral("rejected.pdf"));
    QVERIFY(!good.isEmpty());
    QByteArray bytes = abit::readFile(good);
    QString target = path(QStringLiteral("rejected-case.pdf"));
    switch (kind) {
    case 0: {
        const qsizetype at = bytes.indexOf("stream\n") + 30;
        bytes[at] = char(bytes[at] ^ 0x04);
        break;
    }
    case 1: {
        // A later revision that changes the first page's box.
        auto doc = ab::report::pdf::PdfDocument::fromBytes(bytes);
        QVERIFY(doc);
        ab::report::pdf::PdfIncrementalWriter w(**doc);
        auto page = w.edit((*doc)->pages()->first());
        QVERIFY(page);
        (*page)->editDictionary().set("CropBox", ab::report::pdf::PdfObject::array(
                                                     {ab::report::pdf::PdfObject::integer(0), ab::report::pdf::PdfObject::integer(0),
                                                      ab::report::pdf::PdfObject::integer(100), ab::report::pdf::PdfObject::integer(100)}));
        bytes += w.finish();
        break;
    }
    case 2:
        bytes.chop(1500);
        break;
    case 3:
        bytes = "GIF89a this is a picture, not a report";
        break;
    case 4:
        target = path(QStringLiteral("no-such-report.pdf"));
        break;
    }
    if (kind != 4)
        QVERIFY(abit::writeFile(target, bytes));
    const Run r = abit::run({QStringLiteral("verify-report"), target});
    QVERIFY2(r.exitCode == exit, qPrintable(r.describe()));
    if (exit == 1) {
        QVERIFY2(QString::fromUtf8(r.out).contains(says) && QString::fromUtf8(r.out).contains(QStringLiteral("NOT OK")),
                 qPrintable(r.describe()));
        const Run j = abit::run({QStringLiteral("verify-report"), target, QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 1);
        QCOMPARE(j.json().object().value(QStringLiteral("ok")).toBool(), false);
    } else {
        QVERIFY2(r.oneErrorLine() && r.errText().contains(says), qPrintable(r.describe()));
    }
}

void TestCliSigning::unsigned_()
{
    const Run r = abit::run({QStringLiteral("verify-report"), prepared(QStringLiteral("unsigned.pdf")), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("signatures")).toArray().size(), 0);
    QVERIFY(o.value(QStringLiteral("problems")).toArray().first().toString().contains(QStringLiteral("no digital signature")));
}

void TestCliSigning::expiredCertificate()
{
    // Signing with a dead certificate is refused...
    QVERIFY(m_keys.selfSignedBetween(QStringLiteral("dead"), QStringLiteral("Old Signer"), {},
                                     QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()),
                                     QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc())));
    QVERIFY(m_keys.pkcs12(QStringLiteral("dead"), m_pass));
    const QString in = prepared(QStringLiteral("expired.pdf"));
    Run r = runWith({QStringLiteral("sign-report"), in, QStringLiteral("--out"), path(QStringLiteral("expired-out.pdf")),
                     QStringLiteral("--sign"), m_keys.path(QStringLiteral("dead.p12"))},
                    m_pass);
    QVERIFY2(r.exitCode == 3 && r.oneErrorLine() && r.errText().contains(QStringLiteral("expired on 2021-01-01")),
             qPrintable(r.describe()));
    // ...and one that expired after signing is reported, the report still good.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_keys.selfSignedBetween(QStringLiteral("brief"), QStringLiteral("Brief Signer"), {}, now.addSecs(-60), now.addSecs(3)));
    QVERIFY(m_keys.pkcs12(QStringLiteral("brief"), m_pass));
    r = runWith({QStringLiteral("sign-report"), in, QStringLiteral("--out"), in, QStringLiteral("--sign"),
                 m_keys.path(QStringLiteral("brief.p12"))},
                m_pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    while (QDateTime::currentDateTimeUtc() <= now.addSecs(4))
        QThread::msleep(200);
    r = abit::run({QStringLiteral("verify-report"), in, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject s = r.json().object().value(QStringLiteral("signatures")).toArray().first().toObject();
    QCOMPARE(s.value(QStringLiteral("expired")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("valid_at_signing")).toBool(), true);
    r = abit::run({QStringLiteral("verify-report"), in});
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("expired since")));
}

void TestCliSigning::trustedCa()
{
    QVERIFY(m_keys.caCertificate(QStringLiteral("ca"), QStringLiteral("Inspection Authority CA")));
    QVERIFY(m_keys.issued(QStringLiteral("staff"), QStringLiteral("ca"), QStringLiteral("Staff Signer"), QStringLiteral("Authority")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("staff"), m_pass, {QStringLiteral("ca")}));
    const QString file = prepared(QStringLiteral("ca.pdf"));
    Run r = runWith({QStringLiteral("sign-report"), file, QStringLiteral("--out"), file, QStringLiteral("--sign"),
                     m_keys.path(QStringLiteral("staff.p12"))},
                    m_pass);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = abit::run({QStringLiteral("verify-report"), file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("signatures")).toArray().first().toObject().value(QStringLiteral("trust")).toString(),
             QStringLiteral("unknown-issuer"));
    r = abit::run({QStringLiteral("verify-report"), file, QStringLiteral("--json"), QStringLiteral("--trust"),
                   m_keys.path(QStringLiteral("ca.crt"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("signatures")).toArray().first().toObject().value(QStringLiteral("trusted")).toBool(),
             true);
    r = abit::run({QStringLiteral("verify-report"), file, QStringLiteral("--trust"), path(QStringLiteral("key.pass"))});
    QVERIFY2(r.exitCode == 3 && r.oneErrorLine() && r.errText().contains(QStringLiteral("not a certificate")), qPrintable(r.describe()));
}

void TestCliSigning::againstInspection()
{
    const QString insp = path(QStringLiteral("site.inspection"));
    Run r = abit::run(abit::initArgs(insp));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(abit::writeFile(path(QStringLiteral("photo.jpg")), QByteArray(5000, 'p')));
    QVERIFY(abit::writeFile(path(QStringLiteral("approval.pdf")), "%PDF-1.4 approval scan"));
    r = abit::run(
        {QStringLiteral("evidence"), QStringLiteral("add"), insp, path(QStringLiteral("photo.jpg")), path(QStringLiteral("approval.pdf"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject info = abit::run({QStringLiteral("info"), insp, QStringLiteral("--json")}).json().object();
    const QJsonArray evidence =
        abit::run({QStringLiteral("evidence"), QStringLiteral("list"), insp, QStringLiteral("--json")}).json().array();
    QCOMPARE(evidence.size(), 2);
    // The manifest as the renderer writes it (docs/report-signing.md).
    QJsonArray listed;
    for (const QJsonValue &v : evidence) {
        const QJsonObject e = v.toObject();
        listed.append(QJsonObject{{QStringLiteral("id"), e.value(QStringLiteral("id"))},
                                  {QStringLiteral("sha256"), e.value(QStringLiteral("sha256"))},
                                  {QStringLiteral("size"), e.value(QStringLiteral("size"))},
                                  {QStringLiteral("name"), e.value(QStringLiteral("name"))}});
    }
    QJsonObject manifest = abtest::sampleManifest(QStringLiteral("vi"));
    manifest.insert(QStringLiteral("inspection_id"), info.value(QStringLiteral("id")));
    manifest.insert(QStringLiteral("chain"),
                    QJsonObject{{QStringLiteral("seq"), info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("custody"))},
                                {QStringLiteral("hash"), info.value(QStringLiteral("chain_head"))}});
    manifest.insert(QStringLiteral("evidence"), listed);
    const auto signWith = [&](const QJsonObject &m, const QString &name) {
        const QString file = prepared(name, m);
        const Run s = runWith({QStringLiteral("sign-report"), file, QStringLiteral("--out"), file, QStringLiteral("--sign"),
                               m_keys.path(QStringLiteral("member.p12"))},
                              m_pass);
        return s.exitCode == 0 ? file : QString();
    };
    const QString good = signWith(manifest, QStringLiteral("tied.pdf"));
    QVERIFY(!good.isEmpty());
    r = abit::run({QStringLiteral("verify-report"), good, QStringLiteral("--inspection"), insp});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("matches site.inspection")));
    // Work goes on after the report: more evidence, more custody rows.
    QVERIFY(abit::writeFile(path(QStringLiteral("later.txt")), "added after the report"));
    QCOMPARE(abit::run({QStringLiteral("evidence"), QStringLiteral("add"), insp, path(QStringLiteral("later.txt"))}).exitCode, 0);
    r = abit::run({QStringLiteral("verify-report"), good, QStringLiteral("--inspection"), insp, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("inspection")).toObject().value(QStringLiteral("matches")).toBool(), true);
    QCOMPARE(r.json().object().value(QStringLiteral("inspection")).toObject().value(QStringLiteral("evidence_checked")).toInt(), 2);

    // Each kind of mismatch, named.
    QJsonObject otherHash = manifest;
    QJsonArray changed = listed;
    QJsonObject second = changed[1].toObject();
    second.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
    changed[1] = second;
    otherHash.insert(QStringLiteral("evidence"), changed);
    QJsonObject otherInspection = manifest;
    otherInspection.insert(QStringLiteral("inspection_id"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QJsonObject otherChain = manifest;
    otherChain.insert(QStringLiteral("chain"),
                      QJsonObject{{QStringLiteral("seq"), 2}, {QStringLiteral("hash"), QString(64, QLatin1Char('f'))}});
    QJsonObject missingItem = manifest;
    QJsonArray extra = listed;
    extra.append(QJsonObject{{QStringLiteral("id"), 99},
                             {QStringLiteral("sha256"), QString(64, QLatin1Char('1'))},
                             {QStringLiteral("name"), QStringLiteral("gone.txt")}});
    missingItem.insert(QStringLiteral("evidence"), extra);
    const QList<QPair<QJsonObject, QString>> cases{
        {otherHash, QStringLiteral("Evidence %1 (approval.pdf) has the SHA-256").arg(second.value(QStringLiteral("id")).toInt())},
        {otherInspection, QStringLiteral("is of inspection 00000000")},
        {otherChain, QStringLiteral("Custody row 2 has the hash")},
        {missingItem, QStringLiteral("Evidence 99 (gone.txt)")}};
    int n = 0;
    for (const auto &[m, says] : cases) {
        const QString file = signWith(m, QStringLiteral("mismatch-%1.pdf").arg(++n));
        QVERIFY(!file.isEmpty());
        r = abit::run({QStringLiteral("verify-report"), file, QStringLiteral("--inspection"), insp});
        QVERIFY2(r.exitCode == 1 && QString::fromUtf8(r.out).contains(says), qPrintable(says + QLatin1Char('\n') + r.describe()));
    }
    // No manifest at all: cannot be tied (exit 1); wrong inspection passphrase: exit 3.
    const QString plain = path(QStringLiteral("no-manifest.pdf"));
    QVERIFY(abit::writeFile(plain, abtest::writePdf(1)));
    QCOMPARE(runWith({QStringLiteral("sign-report"), plain, QStringLiteral("--out"), plain, QStringLiteral("--sign"),
                      m_keys.path(QStringLiteral("member.p12"))},
                     m_pass)
                 .exitCode,
             0);
    r = abit::run({QStringLiteral("verify-report"), plain, QStringLiteral("--inspection"), insp});
    QVERIFY2(r.exitCode == 1 && QString::fromUtf8(r.out).contains(QStringLiteral("no AuditBench manifest")), qPrintable(r.describe()));
    r = abit::run({QStringLiteral("verify-report"), good, QStringLiteral("--inspection"), insp}, QByteArray("wrong inspection passphrase"));
    QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(r.describe()));
}

QTEST_MAIN(TestCliSigning)
#include "tst_cli_signing.moc"
