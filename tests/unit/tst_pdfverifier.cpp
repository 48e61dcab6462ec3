// PdfVerifier: a signed report passes; a changed byte, an update that
// changes a page (even one signed again afterwards), a new annotation or
// empty field, a swapped catalog, a forged byte range, a truncated file and a
// non-PDF do not, each with a sentence saying why; certificate facts
// (self-signed, expired since, trusted through a CA) are reported.
#include "core/crypto/SigningKey.h"
#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfForm.h"
#include "core/report/pdf/PdfIncrementalWriter.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/pdf/PdfSigner.h"
#include "core/report/pdf/PdfText.h"
#include "core/report/pdf/PdfVerifier.h"

#include "tests/common/KeyFixture.h"
#include "tests/common/PdfFixture.h"
#include "tests/common/PopplerTools.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace ab::report::pdf;
using ab::ErrorCode;
using ab::crypto::SigningKey;

namespace {
// An update someone appends after signing, made with our own writer.
using Edit = std::function<bool(const PdfDocument &, PdfIncrementalWriter &)>;
QByteArray appendUpdate(const QByteArray &pdf, const Edit &edit)
{
    auto doc = PdfDocument::fromBytes(pdf);
    if (!doc)
        return {};
    PdfIncrementalWriter w(**doc);
    if (!edit(**doc, w))
        return {};
    return pdf + w.finish();
}

PdfRef firstPage(const PdfDocument &doc)
{
    return doc.pages()->first();
}
} // namespace

class TestPdfVerifier final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signedPasses();
    void jsonShape();
    void changedByte_data();
    void changedByte();
    void laterUpdates_data();
    void laterUpdates();
    void changedThenSignedAgain();
    void forgedByteRange();
    void truncated();
    void notSigned();
    void expiredSinceSigning();
    void trustedThroughCa();

private:
    std::unique_ptr<SigningKey> key(const QString &stem);
    QString save(const QString &name, const QByteArray &data);
    abtest::KeyFactory m_keys;
    QTemporaryDir m_dir;
    QByteArray m_prepared;
    QByteArray m_signed;
    const QByteArray m_pass = QByteArrayLiteral("verifier passphrase");
};

void TestPdfVerifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_keys.selfSigned(QStringLiteral("signer"), QStringLiteral("Lê Văn C"), QStringLiteral("Đoàn kiểm tra")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("signer"), m_pass));
    auto prepared = PdfPreparer::prepare(abtest::renderedReport(2, QStringLiteral("vi")));
    QVERIFY(prepared);
    m_prepared = *prepared;
    auto signedPdf = PdfSigner::sign(m_prepared, *key(QStringLiteral("signer")), {});
    QVERIFY(signedPdf);
    m_signed = *signedPdf;
}

std::unique_ptr<SigningKey> TestPdfVerifier::key(const QString &stem)
{
    auto k = SigningKey::fromPkcs12(m_keys.path(stem + QStringLiteral(".p12")), m_pass);
    return k ? std::move(k).value() : nullptr;
}

QString TestPdfVerifier::save(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    return abtest::writeBytes(path, data) ? path : QString();
}

void TestPdfVerifier::signedPasses()
{
    auto v = PdfVerifier::verifyFile(save(QStringLiteral("good.pdf"), m_signed));
    QVERIFY(v);
    QVERIFY2(v->ok(), qPrintable(v->allProblems().join(QLatin1Char('\n'))));
    QCOMPARE(v->signatures.size(), 1);
    const PdfSignatureCheck &s = v->signatures.first();
    QVERIFY(s.valid && s.intact && s.coversWholeFile);
    QCOMPARE(s.revision, 3); // QPdfWriter's, the preparer's, the signature's
    QCOMPARE(v->revisions, 3);
    QVERIFY(s.cms.signer.selfSigned);
    QVERIFY(!s.cms.expiredNow);
    QVERIFY(s.problems.isEmpty());
}

void TestPdfVerifier::jsonShape()
{
    auto v = PdfVerifier::verify(m_signed);
    QVERIFY(v);
    const QJsonObject json = v->toJson();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    const QJsonObject s = json.value(QStringLiteral("signatures")).toArray().first().toObject();
    for (const char *key :
         {"signer", "signed_at", "valid", "covers_whole_file", "trusted", "self_signed", "expired", "certificate", "field"})
        QVERIFY2(s.contains(QLatin1String(key)), key);
    QCOMPARE(s.value(QStringLiteral("signer")).toString(), QStringLiteral("Lê Văn C"));
    QCOMPARE(s.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("covers_whole_file")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("trusted")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("trust")).toString(), QStringLiteral("self-signed"));
    QCOMPARE(s.value(QStringLiteral("self_signed")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("certificate")).toObject().value(QStringLiteral("organization")).toString(),
             QStringLiteral("Đoàn kiểm tra"));
    QVERIFY(QDateTime::fromString(s.value(QStringLiteral("signed_at")).toString(), Qt::ISODate).isValid());
}

void TestPdfVerifier::changedByte_data()
{
    QTest::addColumn<QByteArray>("marker"); // the change lands just after this
    QTest::addColumn<int>("skip");
    QTest::newRow("page content stream") << QByteArray("stream\n") << 20;
    QTest::newRow("embedded manifest") << QByteArray("/Subtype /application#2Fjson") << 0;
    QTest::newRow("signature reason in the signed range") << QByteArray("/Type /Sig") << 2;
}

void TestPdfVerifier::changedByte()
{
    QFETCH(QByteArray, marker);
    QFETCH(int, skip);
    QByteArray changed = m_signed;
    const qsizetype at = changed.indexOf(marker) + marker.size() + skip;
    QVERIFY(at > marker.size());
    changed[at] = char(changed[at] ^ 0x01);
    const QString path = save(QStringLiteral("changed.pdf"), changed);
    auto v = PdfVerifier::verifyFile(path);
    QVERIFY2(v, v ? "" : qPrintable(v.error().message));
    QVERIFY(!v->ok());
    QVERIFY(!v->signatures.first().valid);
    QVERIFY(!v->signatures.first().intact);
    QVERIFY2(v->allProblems().join(QLatin1Char(' ')).contains(QStringLiteral("changed since they were signed")),
             qPrintable(v->allProblems().join(QLatin1Char('\n'))));
    const auto sigs = abtest::pdfsig(path);
    QVERIFY(!sigs.isEmpty());
    QVERIFY(!sigs.first().valid); // poppler agrees
}

void TestPdfVerifier::laterUpdates_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("page content replaced") << 0 << "The content of page 1";
    QTest::newRow("page box changed") << 1 << "(/MediaBox)";
    QTest::newRow("annotation added") << 2 << "gained something that is not a signature";
    QTest::newRow("empty signature field added") << 3 << "gained something that is not a signature";
    QTest::newRow("catalog swapped") << 4 << "/Root was replaced";
    QTest::newRow("object deleted") << 5 << "was deleted";
    QTest::newRow("unchanged object rewritten") << 6 << "were added after the last signature";
    QTest::newRow("signed field's appearance replaced") << 7 << "Signature field Signature1";
}

void TestPdfVerifier::laterUpdates()
{
    QFETCH(int, kind);
    QFETCH(QString, says);
    QByteArray changed;
    if (kind == 4) {
        // A second catalog and a trailer naming it: no old object changes.
        auto doc = PdfDocument::fromBytes(m_signed);
        PdfIncrementalWriter w(**doc);
        PdfObject cat = (*doc)->catalog().value();
        cat.editDictionary().set("PageMode", PdfObject::name("FullScreen"));
        const PdfRef ref = w.add(cat);
        QByteArray update = w.finish();
        const QByteArray oldRoot = "/Root " + (*doc)->trailer().value("Root").serialize();
        const qsizetype at = update.lastIndexOf(oldRoot);
        QVERIFY(at > 0);
        update.replace(at, oldRoot.size(), QByteArray("/Root " + PdfObject::ref(ref).serialize()));
        changed = m_signed + update;
    } else if (kind == 5) {
        // An update that frees the first page's content stream.
        auto doc = PdfDocument::fromBytes(m_signed);
        const PdfRef contents = (*doc)->object(firstPage(**doc))->dictionary().value("Contents").toRef();
        const qint64 prev = (*doc)->sections().first().offset;
        changed = m_signed + "xref\n" + QByteArray::number(contents.num) + " 1\n0000000000 00001 f \ntrailer\n<</Size " +
                  QByteArray::number((*doc)->objectCount()) + " /Root " + (*doc)->trailer().value("Root").serialize() + " /Prev " +
                  QByteArray::number(prev) + ">>\nstartxref\n" + QByteArray::number(m_signed.size()) + "\n%%EOF\n";
    } else {
        changed = appendUpdate(m_signed, [kind](const PdfDocument &doc, PdfIncrementalWriter &w) {
            const PdfRef page = firstPage(doc);
            auto p = w.edit(page);
            if (!p)
                return false;
            switch (kind) {
            case 0:
                w.setStream((*p)->dictionary().value("Contents").toRef(), {}, "BT /F7 24 Tf 100 700 Td (All findings withdrawn) Tj ET");
                return true;
            case 1:
                (*p)->editDictionary().set("MediaBox", PdfObject::array({PdfObject::integer(0), PdfObject::integer(0),
                                                                         PdfObject::integer(595), PdfObject::integer(400)}));
                return true;
            case 2: {
                PdfDict note;
                note.set("Type", PdfObject::name("Annot"));
                note.set("Subtype", PdfObject::name("FreeText"));
                note.set("Rect", PdfObject::array(
                                     {PdfObject::integer(50), PdfObject::integer(700), PdfObject::integer(500), PdfObject::integer(760)}));
                note.set("Contents", PdfText::string(QStringLiteral("Approved without findings")));
                const PdfRef ref = w.add(PdfObject::dict(note));
                auto arr = w.edit((*p)->dictionary().value("Annots").toRef());
                (*arr)->editItems().push_back(PdfObject::ref(ref));
                return true;
            }
            case 3: {
                PdfDict field;
                field.set("Type", PdfObject::name("Annot"));
                field.set("Subtype", PdfObject::name("Widget"));
                field.set("FT", PdfObject::name("Sig"));
                field.set("T", PdfText::string(QStringLiteral("Extra")));
                field.set("Rect",
                          PdfObject::array({PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0)}));
                const PdfRef ref = w.add(PdfObject::dict(field));
                return bool(PdfForm::addField(doc, w, ref, ref, page));
            }
            case 7: {
                // Another name drawn over the intact first signature.
                auto fields = PdfForm::fields(doc);
                if (!fields || fields->isEmpty())
                    return false;
                PdfDict form;
                form.set("Type", PdfObject::name("XObject"));
                form.set("Subtype", PdfObject::name("Form"));
                form.set("BBox",
                         PdfObject::array({PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(220), PdfObject::integer(64)}));
                const PdfRef ap = w.addStream(form, "0 0 1 rg 0 0 220 64 re f");
                auto widget = w.edit(fields->first().widget);
                PdfDict normal;
                normal.set("N", PdfObject::ref(ap));
                (*widget)->editDictionary().set("AP", PdfObject::dict(normal));
                return true;
            }
            default:
                return true; // the page written again, unchanged
            }
        });
    }
    QVERIFY(!changed.isEmpty());
    auto v = PdfVerifier::verify(changed);
    QVERIFY2(v, v ? "" : qPrintable(v.error().message));
    QVERIFY(!v->ok());
    const PdfSignatureCheck &s = v->signatures.first();
    QVERIFY(s.intact);           // the signature itself still holds for what it signed...
    QVERIFY(!s.coversWholeFile); // ...but the file is more than that
    const QString all = v->allProblems().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(says), qPrintable(all));
    if (kind != 6)
        QVERIFY2(!s.laterChanges.isEmpty(), qPrintable(all));
    const QJsonObject json = v->toJson();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
}

void TestPdfVerifier::changedThenSignedAgain()
{
    // A page changed between two signatures: the second covers everything
    // and is valid, the document still fails on what came after the first.
    const QByteArray changed = appendUpdate(m_signed, [](const PdfDocument &doc, PdfIncrementalWriter &w) {
        auto p = w.edit(firstPage(doc));
        (*p)->editDictionary().set("Rotate", PdfObject::integer(90));
        return true;
    });
    auto again = PdfSigner::sign(changed, *key(QStringLiteral("signer")), {});
    QVERIFY(again);
    auto v = PdfVerifier::verify(*again);
    QVERIFY(v);
    QCOMPARE(v->signatures.size(), 2);
    QVERIFY(v->signatures[1].valid && v->signatures[1].coversWholeFile);
    QVERIFY(v->signatures[0].valid);
    QVERIFY(!v->signatures[0].laterChanges.isEmpty());
    QVERIFY(v->signatures[0].laterChanges.join(QLatin1Char(' ')).contains(QStringLiteral("/Rotate")));
    QVERIFY(!v->ok());
}

void TestPdfVerifier::forgedByteRange()
{
    // Same width, other numbers: the range no longer leaves out exactly /Contents.
    QByteArray forged = m_signed;
    const qsizetype at = forged.lastIndexOf("/ByteRange [0 ") + 14;
    const qsizetype end = forged.indexOf(']', at);
    const QList<QByteArray> nums = forged.mid(at, end - at).split(' ');
    const QByteArray replacement = QByteArray::number(nums[0].toLongLong() + 2) + ' ' + nums[1] + ' ' + nums[2];
    QVERIFY(replacement.size() <= end - at + 8);
    forged.replace(at, end - at, replacement);
    auto v = PdfVerifier::verify(forged);
    QVERIFY(v);
    QVERIFY(!v->ok());
    QVERIFY(!v->signatures.first().valid);
    QVERIFY2(v->allProblems().join(QLatin1Char(' ')).contains(QStringLiteral("does not leave out exactly")),
             qPrintable(v->allProblems().join(QLatin1Char('\n'))));
}

void TestPdfVerifier::truncated()
{
    // Cut inside the signature's update: refused as damaged, never read as
    // the older revision it still contains.
    for (qsizetype cut : {qsizetype(100), qsizetype(2000), qsizetype(m_signed.size() - m_prepared.size() - 10)}) {
        auto v = PdfVerifier::verify(m_signed.left(m_signed.size() - cut));
        QVERIFY2(!v, "a truncated file was read");
        QCOMPARE(v.error().code, ErrorCode::BadInput);
        QVERIFY2(v.error().message.contains(QStringLiteral("truncated")), qPrintable(v.error().message));
    }
    auto v = PdfVerifier::verify("%PDF-1.7\nnothing else");
    QVERIFY(!v);
    QCOMPARE(v.error().code, ErrorCode::BadInput);
    auto notPdf = PdfVerifier::verify("<html><body>report</body></html>");
    QVERIFY(!notPdf);
    QVERIFY(notPdf.error().message.contains(QStringLiteral("not a PDF")));
}

void TestPdfVerifier::notSigned()
{
    auto v = PdfVerifier::verify(m_prepared);
    QVERIFY(v);
    QVERIFY(!v->ok());
    QVERIFY(v->signatures.isEmpty());
    QVERIFY(v->problems.join(QLatin1Char(' ')).contains(QStringLiteral("no digital signature")));
}

void TestPdfVerifier::expiredSinceSigning()
{
    // Valid for a few seconds: signed inside them, checked after.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_keys.selfSignedBetween(QStringLiteral("brief"), QStringLiteral("Short Lived"), QStringLiteral("Org"), now.addSecs(-60),
                                     now.addSecs(3)));
    QVERIFY(m_keys.pkcs12(QStringLiteral("brief"), m_pass));
    auto k = key(QStringLiteral("brief"));
    QVERIFY(k);
    auto signedPdf = PdfSigner::sign(m_prepared, *k, {});
    QVERIFY2(signedPdf, signedPdf ? "" : qPrintable(signedPdf.error().message));
    while (QDateTime::currentDateTimeUtc() <= now.addSecs(4))
        QThread::msleep(200);
    auto v = PdfVerifier::verify(*signedPdf);
    QVERIFY(v);
    const PdfSignatureCheck &s = v->signatures.first();
    QVERIFY(s.cms.expiredNow);
    QVERIFY(s.cms.validAtSigning);
    QVERIFY(s.valid);
    QVERIFY(v->ok()); // signed while valid: the document stands
    QCOMPARE(s.toJson().value(QStringLiteral("expired")).toBool(), true);
    QCOMPARE(s.toJson().value(QStringLiteral("valid_at_signing")).toBool(), true);
}

void TestPdfVerifier::trustedThroughCa()
{
    QVERIFY(m_keys.caCertificate(QStringLiteral("ca"), QStringLiteral("Cục An toàn thông tin CA")));
    QVERIFY(m_keys.issued(QStringLiteral("staff"), QStringLiteral("ca"), QStringLiteral("Phạm Văn D"),
                          QStringLiteral("Cục An toàn thông tin")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("staff"), m_pass, {QStringLiteral("ca")}));
    auto signedPdf = PdfSigner::sign(m_prepared, *key(QStringLiteral("staff")), {});
    QVERIFY(signedPdf);
    auto untrusted = PdfVerifier::verify(*signedPdf);
    QVERIFY(untrusted);
    QVERIFY(untrusted->ok()); // unknown issuer is a fact, not a failure
    QCOMPARE(untrusted->signatures.first().cms.trust, ab::crypto::CmsVerification::Trust::UnknownIssuer);
    QCOMPARE(untrusted->signatures.first().toJson().value(QStringLiteral("chain")).toArray().size(), 1);
    ab::crypto::CmsVerifyOptions withCa;
    withCa.trustAnchors << m_keys.certificateDer(QStringLiteral("ca"));
    auto trusted = PdfVerifier::verify(*signedPdf, withCa);
    QVERIFY(trusted);
    QCOMPARE(trusted->signatures.first().cms.trust, ab::crypto::CmsVerification::Trust::Trusted);
    QCOMPARE(trusted->signatures.first().toJson().value(QStringLiteral("trusted")).toBool(), true);
}

QTEST_MAIN(TestPdfVerifier)
#include "tst_pdfverifier.moc"
