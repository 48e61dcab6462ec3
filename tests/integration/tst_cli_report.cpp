// `auditbench-cli report` end to end: PDF and HTML written and recorded in
// the inspection (verify still passes), usage errors, a wrong passphrase, a
// sealed and a read-only inspection (rendered, not recorded, unchanged),
// an output that cannot be written; --sign: prepared and signed into the
// first field, recorded with its signature, accepted by verify-report
// --inspection and pdfsig; a wrong key passphrase writes nothing.
#include "CliHarness.h"

#include "tests/common/KeyFixture.h"
#include "tests/common/PopplerTools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using abit::Run;
using abit::run;

namespace
{
// stderr without the progress lines ("Rendering 40%"), which CLI.md allows beside the one line that matters.
QStringList notices(const Run &r)
{
    QStringList out;
    for (const QString &l : r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!l.contains(QRegularExpression(QStringLiteral("^.+ \\d+%$"))))
            out << l;
    return out;
}

// The `signatures` column of every `report` row, in order.
QStringList recordedSignatures(const QString &path)
{
    QStringList out;
    const QString name = QStringLiteral("report-rows");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT signatures FROM report ORDER BY id"), db);
            while (q.next())
                out << q.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}
} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfIsWrittenAndRecorded();
    void htmlFormat();
    void everyKindAndLanguage_data();
    void everyKindAndLanguage();
    void usageErrors_data();
    void usageErrors();
    void wrongPassphrase();
    void notAnInspection();
    void sealedInspection();
    void readOnlyInspection();
    void unwritableOutput();
    void signedPdf();
    void unsignedThenSigned();
    void signUsage_data();
    void signUsage();
    void wrongKeyPassphrase();

private:
    QString copyOfBase(const QString &name);
    QTemporaryDir m_dir;
    QString m_base;
    abtest::KeyFactory m_keys;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = m_dir.filePath(QStringLiteral("base.inspection"));
    QProcess p;
    QProcessEnvironment env = abit::environment(abit::passphrase());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AB_REPORT_FIXTURE), {m_base, QStringLiteral("cn-miit"), QStringLiteral("15"), QStringLiteral("6")});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(m_keys.isValid());
    QVERIFY2(m_keys.selfSigned(QStringLiteral("leader"), QStringLiteral("王芳"), QStringLiteral("网络安全检查组")),
             qPrintable(m_keys.lastError()));
    QVERIFY(m_keys.pkcs12(QStringLiteral("leader"), QByteArrayLiteral("key passphrase")));
    QVERIFY(abit::writeFile(m_dir.filePath(QStringLiteral("key.pass")), "key passphrase\n"));
    QVERIFY(abit::writeFile(m_dir.filePath(QStringLiteral("wrong.pass")), "not the key passphrase\n"));
}

QString TestCliReport::copyOfBase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_base, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestCliReport::pdfIsWrittenAndRecorded()
{
    const QString file = copyOfBase(QStringLiteral("recorded.inspection"));
    const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                       QStringLiteral("--date"), QStringLiteral("2025-03-06"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
    QCOMPARE(o.value(QStringLiteral("lang")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    QCOMPARE(o.value(QStringLiteral("number")).toString(), QStringLiteral("网安检报〔2025〕1号"));
    QVERIFY(o.value(QStringLiteral("recorded")).toBool());
    QCOMPARE(o.value(QStringLiteral("report_id")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("pages")).toInt() > 3);
    const QByteArray pdf = abit::readFile(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(o.value(QStringLiteral("sha256")).toString().toLatin1(), QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QCOMPARE(o.value(QStringLiteral("size")).toInteger(), pdf.size());

    // The issued document is in the custody log, and the file still verifies.
    const Run custody = run({QStringLiteral("custody"), file, QStringLiteral("--json")});
    QVERIFY2(custody.exitCode == 0, qPrintable(custody.describe()));
    QVERIFY(custody.out.contains("report.add"));
    QVERIFY(custody.out.contains(o.value(QStringLiteral("sha256")).toString().toLatin1()));
    const Run verify = run({QStringLiteral("verify"), file});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));

    // The next of its kind takes the next number.
    const Run again = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                           QStringLiteral("--date"), QStringLiteral("2025-03-06"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(again.json().object().value(QStringLiteral("number")).toString(), QStringLiteral("网安检报〔2025〕2号"));
    const Run human = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--kind"), QStringLiteral("notice"), QStringLiteral("--number"), QStringLiteral("RN/7")});
    QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
    QVERIFY(human.out.contains("RN/7"));
    QVERIFY(human.out.contains("Recorded"));
}

void TestCliReport::htmlFormat()
{
    const QString file = copyOfBase(QStringLiteral("html.inspection"));
    const QString out = m_dir.filePath(QStringLiteral("report.html"));
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("vi"),
                       QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().object().value(QStringLiteral("format")).toString(), QStringLiteral("html"));
    const QString html = QString::fromUtf8(abit::readFile(out));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"vi\">")));
    QVERIFY(html.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    QVERIFY(html.contains(QStringLiteral("华东视频云科技有限公司")));
    QVERIFY(html.contains(QStringLiteral("auditbench-manifest")));
    QVERIFY(!html.contains(QStringLiteral("Sup3rSecret!")));
}

void TestCliReport::everyKindAndLanguage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("lang");
    for (const char *k : {"report", "notice", "record"})
        for (const char *l : {"zh_CN", "vi", "en"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(k), QLatin1String(l))))
                << QString::fromLatin1(k) << QString::fromLatin1(l);
}

void TestCliReport::everyKindAndLanguage()
{
    QFETCH(QString, kind);
    QFETCH(QString, lang);
    const QString out = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(kind, lang));
    const QString file = copyOfBase(QStringLiteral("kinds.inspection"));
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--lang"), lang,
                       QStringLiteral("--kind"), kind, QStringLiteral("--representative"), QStringLiteral("赵六")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(abit::readFile(out).startsWith("%PDF-"));
}

void TestCliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("bad --lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")};
    QTest::newRow("bad --kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("letter")};
    QTest::newRow("bad --format") << QStringList{QStringLiteral("--format"), QStringLiteral("docx")};
    QTest::newRow("bad --date") << QStringList{QStringLiteral("--date"), QStringLiteral("2025-13-01")};
    QTest::newRow("date not ISO") << QStringList{QStringLiteral("--date"), QStringLiteral("06/03/2025")};
    QTest::newRow("bad --deadline-days") << QStringList{QStringLiteral("--deadline-days"), QStringLiteral("0")};
    QTest::newRow("no --out") << QStringList{QStringLiteral("--no-out")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--sgin"), QStringLiteral("x")};
}

void TestCliReport::usageErrors()
{
    QFETCH(QStringList, extra);
    const QString file = copyOfBase(QStringLiteral("usage.inspection"));
    const QString out = m_dir.filePath(QStringLiteral("usage.pdf"));
    QFile::remove(out);
    const QByteArray before = abit::sha256Of(file);
    QStringList args{QStringLiteral("report"), file};
    if (extra != QStringList{QStringLiteral("--no-out")})
        args << QStringLiteral("--out") << out << extra;
    const Run r = run(args);
    QVERIFY2(r.exitCode == 2 && r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(abit::sha256Of(file), before);
}

void TestCliReport::wrongPassphrase()
{
    const QString file = copyOfBase(QStringLiteral("pass.inspection"));
    const QString out = m_dir.filePath(QStringLiteral("pass.pdf"));
    QFile::remove(out);
    const QByteArray before = abit::sha256Of(file);
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), out}, QByteArray("not the passphrase"));
    QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(abit::sha256Of(file), before);
}

void TestCliReport::notAnInspection()
{
    const QString file = m_dir.filePath(QStringLiteral("not.inspection"));
    QVERIFY(abit::writeFile(file, QByteArray("%PDF-1.4 this is no inspection\n")));
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
    QVERIFY2(r.exitCode == 3 && r.oneErrorLine(), qPrintable(r.describe()));
}

void TestCliReport::sealedInspection()
{
    // A copy sealed for the supervisor: the document is rendered, not recorded.
    const QString file = copyOfBase(QStringLiteral("sealed.inspection"));
    const QString err =
        abit::sqlExec(file, {QStringLiteral("INSERT INTO seal (manifest, signature, signer, chain_seq, chain_head, sealed_at, sealed_by)"
                                            " VALUES ('{}', 'sig', 'leader', 1, 'x', '2025-03-06T00:00:00Z', 'leader')")});
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const QByteArray before = abit::sha256Of(file);
    const QString out = m_dir.filePath(QStringLiteral("sealed.pdf"));
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!r.json().object().value(QStringLiteral("recorded")).toBool());
    const QStringList lines = notices(r);
    QVERIFY2(lines.size() == 1 && lines.first().contains(QStringLiteral("not recorded")) &&
                 lines.first().contains(QStringLiteral("sealed")),
             qPrintable(r.describe()));
    QVERIFY(abit::readFile(out).startsWith("%PDF-"));
    QCOMPARE(abit::sha256Of(file), before);
}

void TestCliReport::readOnlyInspection()
{
    if (!abit::canRunUnprivileged())
        QSKIP("running as root without setpriv: permission bits cannot make a file read-only here");
    const QString folder = m_dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755)));
    const QString file = folder + QStringLiteral("/ro.inspection");
    QFile::remove(file);
    QVERIFY(QFile::copy(m_base, file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x7777)));
    const QByteArray before = abit::sha256Of(file);
    abit::Options o;
    o.unprivileged = true;
    o.workDir = folder;
    const QString out = folder + QStringLiteral("/ro.pdf");
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("vi")}, o);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = notices(r);
    // --lang picks the language of messages too (CLI.md): the notice is in Vietnamese.
    QVERIFY2(lines.size() == 1 && lines.first().contains(QStringLiteral("chưa được ghi nhận")) &&
                 lines.first().contains(QStringLiteral("chỉ đọc")),
             qPrintable(r.describe()));
    QVERIFY(abit::readFile(out).startsWith("%PDF-"));
    QCOMPARE(abit::sha256Of(file), before);
}

void TestCliReport::unwritableOutput()
{
    const QString file = copyOfBase(QStringLiteral("io.inspection"));
    const QByteArray before = abit::sha256Of(file);
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"))});
    QVERIFY2(r.exitCode == 4 && r.oneErrorLine(), qPrintable(r.describe()));
    QCOMPARE(abit::sha256Of(file), before);
    // Nothing was recorded for a document that was not written.
    const Run custody = run({QStringLiteral("custody"), file, QStringLiteral("--json")});
    QVERIFY(!custody.out.contains("report.add"));
}

void TestCliReport::signedPdf()
{
    const QString file = copyOfBase(QStringLiteral("signed.inspection"));
    const QString out = m_dir.filePath(QStringLiteral("signed.pdf"));
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                       QStringLiteral("--sign"), m_keys.path(QStringLiteral("leader.p12")), QStringLiteral("--key-passphrase-file"),
                       m_dir.filePath(QStringLiteral("key.pass")), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QVERIFY(o.value(QStringLiteral("recorded")).toBool());
    const QJsonArray sigs = o.value(QStringLiteral("signatures")).toArray();
    QCOMPARE(sigs.size(), 1);
    const QJsonObject sig = sigs.first().toObject();
    QCOMPARE(sig.value(QStringLiteral("signer")).toString(), QStringLiteral("王芳"));
    QCOMPARE(sig.value(QStringLiteral("field")).toString(), QStringLiteral("Signature1"));
    QCOMPARE(sig.value(QStringLiteral("certificate_sha256")).toString(), m_keys.fingerprint(QStringLiteral("leader")));
    const QDateTime signedAt = QDateTime::fromString(sig.value(QStringLiteral("signed_at")).toString(), Qt::ISODate);
    QVERIFY(signedAt.isValid() && qAbs(signedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    QCOMPARE(o.value(QStringLiteral("sha256")).toString().toLatin1(), abit::sha256Of(out));

    // The row carries the signature, as the JSON said.
    const QStringList rows = recordedSignatures(file);
    QCOMPARE(rows.size(), 1);
    const QJsonArray recorded = QJsonDocument::fromJson(rows.first().toUtf8()).array();
    QCOMPARE(recorded, sigs);

    // verify-report, against the inspection too, and poppler agree.
    const Run verify = run({QStringLiteral("verify-report"), out, QStringLiteral("--inspection"), file});
    QVERIFY2(verify.exitCode == 0 && verify.out.contains("OK: every signature is valid") && verify.out.contains("matches"),
             qPrintable(verify.describe()));
    QString raw;
    const QList<abtest::PdfSigEntry> poppler = abtest::pdfsig(out, &raw);
    QVERIFY2(poppler.size() >= 1 && poppler.first().valid && poppler.first().wholeDocument, qPrintable(raw));
    QCOMPARE(poppler.first().field, QStringLiteral("Signature1"));
    const Run custody = run({QStringLiteral("verify"), file});
    QVERIFY2(custody.exitCode == 0, qPrintable(custody.describe()));

    // Without --json, the signature is said in words.
    const Run human = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--sign"),
                           m_keys.path(QStringLiteral("leader.p12")), QStringLiteral("--key-passphrase-file"),
                           m_dir.filePath(QStringLiteral("key.pass"))});
    QVERIFY2(human.exitCode == 0 && human.out.contains("Signed by 王芳"), qPrintable(human.describe()));
}

// Without --sign the PDF is still prepared: the manifest ties it to the
// inspection, and sign-report later fills the visible slot (Signature1).
void TestCliReport::unsignedThenSigned()
{
    const QString file = copyOfBase(QStringLiteral("later.inspection"));
    const QString out = m_dir.filePath(QStringLiteral("later.pdf"));
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("vi")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const Run unsignedCheck = run({QStringLiteral("verify-report"), out, QStringLiteral("--inspection"), file});
    QVERIFY2(unsignedCheck.exitCode == 1 && unsignedCheck.out.contains("carries no digital signature") &&
                 unsignedCheck.out.contains("matches"),
             qPrintable(unsignedCheck.describe()));
    const QString signedOut = m_dir.filePath(QStringLiteral("later-signed.pdf"));
    const Run sign = run({QStringLiteral("sign-report"), out, QStringLiteral("--out"), signedOut, QStringLiteral("--sign"),
                          m_keys.path(QStringLiteral("leader.p12")), QStringLiteral("--key-passphrase-file"),
                          m_dir.filePath(QStringLiteral("key.pass"))});
    QVERIFY2(sign.exitCode == 0 && sign.out.contains("visible signature in field Signature1"), qPrintable(sign.describe()));
    const Run verify = run({QStringLiteral("verify-report"), signedOut, QStringLiteral("--inspection"), file});
    QVERIFY2(verify.exitCode == 0 && verify.out.contains("matches"), qPrintable(verify.describe()));
}

void TestCliReport::signUsage_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("html") << QStringList{QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--sign"),
                                         QStringLiteral("k.p12")};
    QTest::newRow("both keys") << QStringList{QStringLiteral("--sign"), QStringLiteral("k.p12"), QStringLiteral("--pkcs11"),
                                              QStringLiteral("pkcs11:token=T")};
    QTest::newRow("pin without token") << QStringList{QStringLiteral("--pin-file"), QStringLiteral("pin")};
    QTest::newRow("passphrase without key") << QStringList{QStringLiteral("--key-passphrase-file"), QStringLiteral("pass")};
}

void TestCliReport::signUsage()
{
    QFETCH(QStringList, extra);
    const QString file = copyOfBase(QStringLiteral("signusage.inspection"));
    const QString out = m_dir.filePath(QStringLiteral("signusage.out"));
    QFile::remove(out);
    const QByteArray before = abit::sha256Of(file);
    const Run r = run(QStringList{QStringLiteral("report"), file, QStringLiteral("--out"), out} + extra);
    QVERIFY2(r.exitCode == 2 && r.oneErrorLine(), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(abit::sha256Of(file), before);
}

void TestCliReport::wrongKeyPassphrase()
{
    const QString file = copyOfBase(QStringLiteral("wrongkey.inspection"));
    const QString out = m_dir.filePath(QStringLiteral("wrongkey.pdf"));
    QFile::remove(out);
    const QByteArray before = abit::sha256Of(file);
    const Run r = run({QStringLiteral("report"), file, QStringLiteral("--out"), out, QStringLiteral("--sign"),
                       m_keys.path(QStringLiteral("leader.p12")), QStringLiteral("--key-passphrase-file"),
                       m_dir.filePath(QStringLiteral("wrong.pass"))});
    QVERIFY2(r.exitCode == 3 && r.oneErrorLine() && r.errText().contains(QStringLiteral("passphrase")), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(abit::sha256Of(file), before);
    QVERIFY(recordedSignatures(file).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
