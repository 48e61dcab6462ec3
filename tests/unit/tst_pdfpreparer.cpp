// PdfPreparer: the manifest embedded as auditbench-manifest.json (pdfdetach
// lists and extracts it) and one empty signature field per slot, by one
// incremental update that leaves the renderer's bytes as they were.
#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfForm.h"
#include "core/report/pdf/PdfPreparer.h"

#include "tests/common/KeyFixture.h"
#include "tests/common/PdfFixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace ab::report::pdf;
using ab::ErrorCode;

class TestPdfPreparer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fieldsAndManifest_data();
    void fieldsAndManifest();
    void popplerSeesManifest();
    void slotOnFirstPage();
    void slotOutOfRange();
    void preparedTwice();
    void notAPdf();
    void noManifest();
    void objectStreamInput();
    void danglingReferences();

private:
    QTemporaryDir m_dir;
};

void TestPdfPreparer::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPdfPreparer::fieldsAndManifest_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("slots");
    QTest::newRow("vi, two slots") << "vi" << 2;
    QTest::newRow("zh_CN, one slot") << "zh_CN" << 1;
    QTest::newRow("en, no slot") << "en" << 0;
}

void TestPdfPreparer::fieldsAndManifest()
{
    QFETCH(QString, lang);
    QFETCH(int, slots);
    const ab::report::RenderedPdf r = abtest::renderedReport(4, lang, slots);
    auto prepared = PdfPreparer::prepare(r);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
    QVERIFY(prepared->startsWith(r.pdf));
    auto doc = PdfDocument::fromBytes(*prepared);
    QVERIFY(doc);
    QCOMPARE((*doc)->sections().size(), 2);
    auto pages = (*doc)->pages();
    QVERIFY(pages);
    QCOMPARE(pages->size(), 4);
    auto fields = PdfForm::fields(**doc);
    QVERIFY(fields);
    QCOMPARE(fields->size(), slots);
    for (int i = 0; i < slots; ++i) {
        const PdfField &f = fields->at(i);
        QCOMPARE(f.name, QStringLiteral("Signature%1").arg(i + 1));
        QVERIFY(f.isSignature);
        QVERIFY(f.value.isNull());
        QCOMPARE(f.tooltip, r.slots[i].role);
        QCOMPARE(f.rect, r.slots[i].rect);
        QCOMPARE(f.page, pages->last());
        QCOMPARE(f.widget, f.ref);
        // Listed among the last page's annotations.
        auto page = (*doc)->object(pages->last());
        auto annots = (*doc)->get(*page, "Annots");
        QVERIFY(annots);
        bool listed = false;
        for (const PdfObject &a : annots->items())
            listed = listed || a.toRef() == f.ref;
        QVERIFY(listed);
    }
    auto manifest = PdfPreparer::readManifest(*prepared);
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message));
    QCOMPARE(*manifest, r.manifest);
    // Associated file too (PDF 2.0 / PDF/A-3).
    auto cat = (*doc)->catalog();
    QCOMPARE(cat->dictionary().value("AF").items().size(), size_t(1));
}

void TestPdfPreparer::popplerSeesManifest()
{
    const ab::report::RenderedPdf r = abtest::renderedReport(2, QStringLiteral("vi"));
    auto prepared = PdfPreparer::prepare(r);
    QVERIFY(prepared);
    const QString path = m_dir.filePath(QStringLiteral("prepared.pdf"));
    QVERIFY(abtest::writeBytes(path, *prepared));
    abtest::ToolRun list = abtest::runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), path});
    QVERIFY2(list.ok() && list.out.contains("auditbench-manifest.json"), qPrintable(list.describe()));
    const QString out = m_dir.filePath(QStringLiteral("extracted.json"));
    abtest::ToolRun save =
        abtest::runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), out, path});
    QVERIFY2(save.ok(), qPrintable(save.describe()));
    QCOMPARE(QJsonDocument::fromJson(abtest::readBytes(out)).object(), r.manifest);
    abtest::ToolRun info = abtest::runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.ok() && info.out.contains("Pages:           2"), qPrintable(info.describe()));
    abtest::ToolRun sig = abtest::runTool(QStringLiteral("pdfsig"), {path});
    QVERIFY2(sig.out.contains("not signed") || sig.out.contains("does not contain any signatures"), qPrintable(sig.describe()));
    if (!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty()) {
        abtest::ToolRun check = abtest::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        QVERIFY2(check.ok(), qPrintable(check.describe()));
    }
}

void TestPdfPreparer::slotOnFirstPage()
{
    ab::report::RenderedPdf r = abtest::renderedReport(3, QStringLiteral("en"), 3);
    auto prepared = PdfPreparer::prepare(r);
    QVERIFY(prepared);
    auto doc = PdfDocument::fromBytes(*prepared);
    auto fields = PdfForm::fields(**doc);
    QCOMPARE(fields->size(), 3);
    QCOMPARE(fields->at(2).page, (*doc)->pages()->first());
}

void TestPdfPreparer::slotOutOfRange()
{
    ab::report::RenderedPdf r = abtest::renderedReport(2);
    r.slots[0].page = 5;
    auto prepared = PdfPreparer::prepare(r);
    QVERIFY(!prepared);
    QCOMPARE(prepared.error().code, ErrorCode::Usage);
    QVERIFY2(prepared.error().message.contains(QStringLiteral("page 6")), qPrintable(prepared.error().message));
}

void TestPdfPreparer::preparedTwice()
{
    ab::report::RenderedPdf r = abtest::renderedReport(1);
    auto once = PdfPreparer::prepare(r);
    QVERIFY(once);
    r.pdf = *once;
    auto twice = PdfPreparer::prepare(r);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::Usage);
}

void TestPdfPreparer::notAPdf()
{
    ab::report::RenderedPdf r;
    r.pdf = "<html>not a pdf</html>";
    auto prepared = PdfPreparer::prepare(r);
    QVERIFY(!prepared);
    QCOMPARE(prepared.error().code, ErrorCode::BadInput);
}

void TestPdfPreparer::noManifest()
{
    auto m = PdfPreparer::readManifest(abtest::writePdf(1));
    QVERIFY(!m);
    QCOMPARE(m.error().code, ErrorCode::Problem);
    QVERIFY(m.error().message.contains(QStringLiteral("no AuditBench manifest")));
}

void TestPdfPreparer::objectStreamInput()
{
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
        QSKIP("qpdf is needed");
    const QString in = m_dir.filePath(QStringLiteral("plain.pdf"));
    const QString packed = m_dir.filePath(QStringLiteral("packed.pdf"));
    QVERIFY(abtest::writeBytes(in, abtest::writePdf(2)));
    QVERIFY(abtest::runTool(QStringLiteral("qpdf"), {QStringLiteral("--object-streams=generate"), in, packed}).ok());
    ab::report::RenderedPdf r = abtest::renderedReport(2);
    r.pdf = abtest::readBytes(packed);
    auto prepared = PdfPreparer::prepare(r);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
    const QString out = m_dir.filePath(QStringLiteral("packed-prepared.pdf"));
    QVERIFY(abtest::writeBytes(out, *prepared));
    abtest::ToolRun check = abtest::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), out});
    QVERIFY2(check.ok(), qPrintable(check.describe()));
    QCOMPARE(*PdfPreparer::readManifest(*prepared), r.manifest);
    QCOMPARE(PdfForm::fields(**PdfDocument::fromBytes(*prepared))->size(), 2);
}

void TestPdfPreparer::danglingReferences()
{
    // The catalog names a form and a name dictionary by numbers no object
    // has (beyond /Size): exactly the numbers this update hands out next.
    // They must count as absent, not lead into the update's own objects.
    const QList<QByteArray> bodies{"<< /Type /Catalog /Pages 2 0 R /AcroForm 5 0 R /Names 6 0 R >>",
                                   "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Annots 7 0 R >>",
                                   "<< /Length 8 >>\nstream\nBT ET 0 \nendstream"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qint64> offsets;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + bodies[i] + "\nendobj\n";
    }
    const qint64 xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (qint64 o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    ab::report::RenderedPdf r = abtest::renderedReport(1);
    r.pdf = pdf;
    auto prepared = PdfPreparer::prepare(r);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
    QCOMPARE(*PdfPreparer::readManifest(*prepared), r.manifest);
    auto doc = PdfDocument::fromBytes(*prepared);
    QVERIFY(doc);
    auto fields = PdfForm::fields(**doc);
    QVERIFY(fields);
    QCOMPARE(fields->size(), 2);
    QCOMPARE(fields->first().tooltip, QStringLiteral("member"));
    // The embedded file stream was left as it was written.
    for (quint32 n = 5; n < (*doc)->objectCount(); ++n) {
        auto o = (*doc)->object({n, 0});
        QVERIFY(o);
        if (o->dictionary().value("Type").isName("EmbeddedFile"))
            QVERIFY(!o->dictionary().contains("Fields") && !o->dictionary().contains("EmbeddedFiles"));
    }
}

QTEST_MAIN(TestPdfPreparer)
#include "tst_pdfpreparer.moc"
