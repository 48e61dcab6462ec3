// The PDF reader and the incremental writer: objects and tokens, documents
// from QPdfWriter and the same documents rewritten by qpdf (object streams,
// cross-reference streams, linearized), an update appended and read back
// revision by revision, and every Broken*.pdf refused with one clear error.
#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfForm.h"
#include "core/report/pdf/PdfIncrementalWriter.h"
#include "core/report/pdf/PdfParser.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/pdf/PdfText.h"
#include "core/report/pdf/PdfVerifier.h"

#include "tests/common/KeyFixture.h"
#include "tests/common/PdfFixture.h"

#include <QTest>
#include <QTimeZone>

using namespace ab::report::pdf;
using ab::ErrorCode;

class TestPdfReader final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parseObjects_data();
    void parseObjects();
    void parseErrors_data();
    void parseErrors();
    void textStrings();
    void dates();
    void qpdfVariants_data();
    void qpdfVariants();
    void appendUpdate_data();
    void appendUpdate();
    void brokenFiles_data();
    void brokenFiles();

private:
    QString qpdf(const QString &name, const QStringList &options);
    QTemporaryDir m_dir;
    QByteArray m_pdf;
    bool m_hasQpdf = false;
};

void TestPdfReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdf = abtest::writePdf(3);
    QVERIFY(abtest::writeBytes(m_dir.filePath(QStringLiteral("base.pdf")), m_pdf));
    m_hasQpdf = !QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty();
}

QString TestPdfReader::qpdf(const QString &name, const QStringList &options)
{
    const QString out = m_dir.filePath(name);
    const abtest::ToolRun r =
        abtest::runTool(QStringLiteral("qpdf"), options + QStringList{m_dir.filePath(QStringLiteral("base.pdf")), out});
    return r.ok() || r.exitCode == 3 ? out : QString(); // 3: warnings only
}

void TestPdfReader::parseObjects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("serialized");
    QTest::newRow("integer") << QByteArray("  -42 ") << QByteArray("-42");
    QTest::newRow("real") << QByteArray("3.25") << QByteArray("3.25");
    QTest::newRow("leading dot") << QByteArray("-.5") << QByteArray("-0.5");
    QTest::newRow("literal escapes") << QByteArray("(a\\(b\\)c\\\\ \\101\\n)") << QByteArray("(a\\(b\\)c\\\\ A\\012)");
    QTest::newRow("nested parens") << QByteArray("(x (y) z)") << QByteArray("(x \\(y\\) z)");
    QTest::newRow("line continuation") << QByteArray("(ab\\\ncd)") << QByteArray("(abcd)");
    QTest::newRow("hex odd digits") << QByteArray("<41 42 4>") << QByteArray("<414240>");
    QTest::newRow("name escapes") << QByteArray("/A#20B#2Fc") << QByteArray("/A#20B#2Fc");
    QTest::newRow("reference") << QByteArray("12 0 R") << QByteArray("12 0 R");
    QTest::newRow("array of refs and ints") << QByteArray("[1 2 3 0 R 4]") << QByteArray("[1 2 3 0 R 4]");
    QTest::newRow("dictionary") << QByteArray("<</Type/Page/Kids[1 0 R]/N null/X true>>")
                                << QByteArray("<</Type /Page /Kids [1 0 R] /X true >>");
    QTest::newRow("comment") << QByteArray("% a comment\n[1 %inside\n 2]") << QByteArray("[1 2]");
}

void TestPdfReader::parseObjects()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, serialized);
    auto src = PdfSource::fromBytes(text);
    PdfParser p(*src, 0);
    auto o = p.parseObject();
    QVERIFY2(o, qPrintable(p.error()));
    QCOMPARE(o->serialize(), serialized);
    // What we write reads back as the same value.
    auto again = PdfSource::fromBytes(o->serialize());
    PdfParser p2(*again, 0);
    auto o2 = p2.parseObject();
    QVERIFY(o2);
    QVERIFY(o2->sameAs(*o));
}

void TestPdfReader::parseErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("unterminated string") << QByteArray("(never closed");
    QTest::newRow("unterminated array") << QByteArray("[1 2 3");
    QTest::newRow("unterminated dict") << QByteArray("<< /A 1");
    QTest::newRow("key not a name") << QByteArray("<< 1 2 >>");
    QTest::newRow("key without value") << QByteArray("<< /A >>");
    QTest::newRow("bad hex") << QByteArray("<4G>");
    QTest::newRow("integer overflow") << QByteArray("99999999999999999999999");
    QTest::newRow("malformed number") << QByteArray("1.2.3");
    QTest::newRow("deep arrays") << QByteArray(100, '[') + QByteArray(100, ']');
    QTest::newRow("deep dicts") << QByteArray("<</A ").repeated(100) + QByteArray(">>").repeated(100);
    QTest::newRow("stray delimiter") << QByteArray(")");
    QTest::newRow("reference out of range") << QByteArray("1 99999 R");
    QTest::newRow("empty") << QByteArray();
}

void TestPdfReader::parseErrors()
{
    QFETCH(QByteArray, text);
    auto src = PdfSource::fromBytes(text);
    PdfParser p(*src, 0);
    QVERIFY(!p.parseObject());
    QVERIFY(!p.error().isEmpty());
}

void TestPdfReader::textStrings()
{
    const QString vi = QStringLiteral("Nguyễn Văn A — Đoàn kiểm tra");
    const PdfObject o = PdfText::string(vi);
    QVERIFY(o.isHexString());
    QVERIFY(o.bytes().startsWith("\xfe\xff"));
    QCOMPARE(PdfText::decode(o.bytes()), vi);
    QCOMPARE(PdfText::string(QStringLiteral("plain")).serialize(), QByteArray("(plain)"));
    QCOMPARE(PdfText::decode(QByteArray("\xef\xbb\xbf") + QStringLiteral("检查").toUtf8()), QStringLiteral("检查"));
    QCOMPARE(PdfText::decode("caf\xe9"), QStringLiteral("café"));
}

void TestPdfReader::dates()
{
    const QDateTime hanoi(QDate(2024, 5, 1), QTime(14, 3, 22), QTimeZone(7 * 3600));
    QCOMPARE(PdfText::date(hanoi), QByteArray("D:20240501140322+07'00'"));
    QCOMPARE(PdfText::parseDate(PdfText::date(hanoi)), hanoi);
    QCOMPARE(PdfText::parseDate("D:20240501070322Z").toUTC(), hanoi.toUTC());
    QCOMPARE(PdfText::parseDate("D:2024").date(), QDate(2024, 1, 1));
    QVERIFY(!PdfText::parseDate("garbage").isValid());
    QVERIFY(!PdfText::parseDate("D:20241399").isValid());
}

void TestPdfReader::qpdfVariants_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("xrefStream");
    QTest::newRow("as QPdfWriter wrote it") << QStringList() << false;
    QTest::newRow("object streams") << QStringList{QStringLiteral("--object-streams=generate")} << true;
    QTest::newRow("linearized") << QStringList{QStringLiteral("--linearize")} << false;
    QTest::newRow("linearized with object streams")
        << QStringList{QStringLiteral("--linearize"), QStringLiteral("--object-streams=generate")} << true;
    QTest::newRow("compressed streams, predictors")
        << QStringList{QStringLiteral("--object-streams=generate"), QStringLiteral("--compress-streams=y"),
                       QStringLiteral("--recompress-flate")}
        << true;
}

void TestPdfReader::qpdfVariants()
{
    QFETCH(QStringList, options);
    QFETCH(bool, xrefStream);
    QString path = m_dir.filePath(QStringLiteral("base.pdf"));
    if (!options.isEmpty()) {
        if (!m_hasQpdf)
            QSKIP("qpdf is needed");
        path = qpdf(QStringLiteral("variant.pdf"), options);
        QVERIFY(!path.isEmpty());
    }
    auto doc = PdfDocument::openFile(path);
    QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
    QCOMPARE((*doc)->sections().first().isStream, xrefStream);
    auto pages = (*doc)->pages();
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error().message));
    QCOMPARE(pages->size(), 3);
    for (const PdfRef &p : *pages) {
        auto page = (*doc)->object(p);
        QVERIFY(page);
        QVERIFY(page->dictionary().value("Type").isName("Page"));
        auto contents = (*doc)->get(*page, "Contents");
        QVERIFY(contents);
        QVERIFY(contents->isStream());
        auto data = (*doc)->decodedStream(*contents, PdfDocument::MaxStreamBytes);
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));
        QVERIFY(data->contains("Tj") || data->contains("TJ"));
    }
    // Unsigned, so the verifier says exactly that and nothing worse.
    auto v = PdfVerifier::verify(**doc);
    QVERIFY(v);
    QVERIFY(!v->ok());
    QVERIFY(v->problems.join(QLatin1Char(' ')).contains(QStringLiteral("no digital signature")));
}

void TestPdfReader::appendUpdate_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("classic table") << QStringList();
    QTest::newRow("cross-reference stream") << QStringList{QStringLiteral("--object-streams=generate")};
}

void TestPdfReader::appendUpdate()
{
    QFETCH(QStringList, options);
    QString path = m_dir.filePath(QStringLiteral("base.pdf"));
    if (!options.isEmpty()) {
        if (!m_hasQpdf)
            QSKIP("qpdf is needed");
        path = qpdf(QStringLiteral("stream-base.pdf"), options);
    }
    const QByteArray before = abtest::readBytes(path);
    auto doc = PdfDocument::fromBytes(before);
    QVERIFY(doc);
    auto root = (*doc)->rootRef();
    QVERIFY(root);
    PdfIncrementalWriter w(**doc);
    const PdfRef note = w.add(PdfText::string(QStringLiteral("added later")));
    auto cat = w.edit(*root);
    QVERIFY(cat);
    (*cat)->editDictionary().set("ABNote", PdfObject::ref(note));
    const QByteArray after = before + w.finish();

    auto reread = PdfDocument::fromBytes(after);
    QVERIFY2(reread, reread ? "" : qPrintable(reread.error().message));
    QCOMPARE((*reread)->sections().size(), (*doc)->sections().size() + 1);
    QCOMPARE((*reread)->sections().first().isStream, (*doc)->sections().first().isStream);
    QVERIFY(after.startsWith(before)); // nothing earlier was touched
    auto now = (*reread)->catalog();
    QVERIFY(now);
    auto text = (*reread)->get(*now, "ABNote");
    QVERIFY(text);
    QCOMPARE(PdfText::decode(text->bytes()), QStringLiteral("added later"));
    // As of the old end of file, the catalog is what it was.
    auto then = (*reread)->catalog(before.size());
    QVERIFY(then);
    QVERIFY(!then->dictionary().contains("ABNote"));
    QVERIFY((*reread)->object(note, before.size())->isNull());
    auto pages = (*reread)->pages();
    QVERIFY(pages);
    QCOMPARE(pages->size(), 3);
    if (m_hasQpdf) {
        QVERIFY(abtest::writeBytes(m_dir.filePath(QStringLiteral("updated.pdf")), after));
        const abtest::ToolRun check =
            abtest::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_dir.filePath(QStringLiteral("updated.pdf"))});
        QVERIFY2(check.ok(), qPrintable(check.describe()));
    }
}

void TestPdfReader::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a pdf") << "BrokenNotPdf.pdf"
                               << "is not a PDF file";
    QTest::newRow("empty") << "BrokenEmpty.pdf"
                           << "is not a PDF file";
    QTest::newRow("truncated") << "BrokenTruncated.pdf"
                               << "truncated";
    QTest::newRow("startxref past the end") << "BrokenStartxref.pdf"
                                            << "startxref offset is invalid";
    QTest::newRow("prev points at itself") << "BrokenPrevLoop.pdf"
                                           << "form a loop";
    QTest::newRow("prev cycle") << "BrokenPrevCycle.pdf"
                                << "form a loop";
    QTest::newRow("huge numbers") << "BrokenHugeNumbers.pdf"
                                  << "cross-reference table is malformed";
    QTest::newRow("huge count") << "BrokenHugeCount.pdf"
                                << "claims more objects";
    QTest::newRow("deep nesting") << "BrokenDeepNesting.pdf"
                                  << "nest too deeply";
    QTest::newRow("page tree loop") << "BrokenPageTreeLoop.pdf"
                                    << "page tree contains a loop";
    QTest::newRow("reference chain") << "BrokenRefChain.pdf"
                                     << "does not end";
    QTest::newRow("no root") << "BrokenNoRoot.pdf"
                             << "no document catalog";
    QTest::newRow("no pages") << "BrokenNoPages.pdf"
                              << "no page tree";
    QTest::newRow("unterminated string") << "BrokenUnterminatedString.pdf"
                                         << "unterminated string";
    QTest::newRow("xref stream widths") << "BrokenXrefStream.pdf"
                                        << "no valid /W";
    QTest::newRow("zip bomb") << "BrokenZipBomb.pdf"
                              << "expands beyond 64 MiB";
    QTest::newRow("object stream header") << "BrokenObjStm.pdf"
                                          << "object stream has an invalid header";
}

void TestPdfReader::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const QString path = qEnvironmentVariable("AB_TEST_DATA") + QStringLiteral("/pdf/") + file;
    QVERIFY(QFile::exists(path));
    // Whatever step meets the damage first must say so, as BadInput.
    ab::Error error;
    bool failed = false;
    auto doc = PdfDocument::openFile(path);
    if (!doc) {
        error = doc.error();
        failed = true;
    } else if (auto pages = (*doc)->pages(); !pages) {
        error = pages.error();
        failed = true;
    } else if (auto fields = PdfForm::fields(**doc); !fields) {
        error = fields.error();
        failed = true;
    }
    QVERIFY2(failed, "the damage went unnoticed");
    QCOMPARE(error.code, ErrorCode::BadInput);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QVERIFY2(error.message.contains(file), qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1Char('\n')));
    // The other entry points refuse it just as cleanly.
    auto v = PdfVerifier::verifyFile(path);
    if (!v)
        QCOMPARE(v.error().code, ErrorCode::BadInput);
    else
        QVERIFY(!v->ok());
    auto manifest = PdfPreparer::readManifestFile(path);
    QVERIFY(!manifest);
}

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
