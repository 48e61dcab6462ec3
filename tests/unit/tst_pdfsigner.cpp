// PdfSigner: PAdES signatures that poppler's pdfsig reports valid (the
// certificate untrusted, as self-signed ones are), one or several in turn,
// from a PKCS#12 file or a SoftHSM2 token; prepared slots filled in order,
// then invisible fields; documents with cross-reference streams and
// linearized ones; the visible block drawn where the slot is.
#include "core/crypto/SigningKey.h"
#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfForm.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/pdf/PdfSigner.h"
#include "core/report/pdf/PdfVerifier.h"
#include "core/report/pdf/SignatureAppearance.h"

#include "tests/common/KeyFixture.h"
#include "tests/common/PdfFixture.h"
#include "tests/common/PopplerTools.h"

#include <QTest>
#include <QTimeZone>

using namespace ab::report::pdf;
using ab::ErrorCode;
using ab::crypto::SigningKey;

class TestPdfSigner final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void singleSignature();
    void signaturesInTurn();
    void visibleBlock_data();
    void visibleBlock();
    void appearanceWording();
    void signFileInPlace();
    void unpreparedDocument();
    void otherWriters_data();
    void otherWriters();
    void token();
    void expiredCertificateRefused();
    void damagedInputRefused();

private:
    std::unique_ptr<SigningKey> key(const QString &stem);
    QString save(const QString &name, const QByteArray &data);
    abtest::KeyFactory m_keys;
    QTemporaryDir m_dir;
    QByteArray m_prepared;
    const QByteArray m_pass = QByteArrayLiteral("signer passphrase");
};

void TestPdfSigner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_keys.selfSigned(QStringLiteral("member"), QStringLiteral("Trần Thị B"), QStringLiteral("Đoàn kiểm tra số 2")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("member"), m_pass));
    QVERIFY(m_keys.selfSigned(QStringLiteral("leader"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("Cục An toàn thông tin")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("leader"), m_pass));
    QVERIFY(m_keys.selfSigned(QStringLiteral("zh"), QStringLiteral("张伟"), QStringLiteral("工业和信息化部网络安全检查组")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("zh"), m_pass));
    auto prepared = PdfPreparer::prepare(abtest::renderedReport(3, QStringLiteral("vi")));
    QVERIFY(prepared);
    m_prepared = *prepared;
}

std::unique_ptr<SigningKey> TestPdfSigner::key(const QString &stem)
{
    auto k = SigningKey::fromPkcs12(m_keys.path(stem + QStringLiteral(".p12")), m_pass);
    return k ? std::move(k).value() : nullptr;
}

QString TestPdfSigner::save(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    return abtest::writeBytes(path, data) ? path : QString();
}

void TestPdfSigner::singleSignature()
{
    auto k = key(QStringLiteral("member"));
    QVERIFY(k);
    auto signedPdf = PdfSigner::sign(m_prepared, *k, {QStringLiteral("Kiểm tra tại chỗ"), QStringLiteral("Hà Nội"), {}, {}, {}, {}});
    QVERIFY2(signedPdf, signedPdf ? "" : qPrintable(signedPdf.error().message));
    QVERIFY(signedPdf->startsWith(m_prepared));
    const QString path = save(QStringLiteral("one.pdf"), *signedPdf);
    QString raw;
    const auto sigs = abtest::pdfsig(path, &raw);
    QCOMPARE(sigs.size(), 2); // the filled slot and the leader's still empty one
    QCOMPARE(sigs[0].field, QStringLiteral("Signature1"));
    QVERIFY2(sigs[0].valid, qPrintable(raw));
    QVERIFY2(sigs[0].wholeDocument, qPrintable(raw));
    QCOMPARE(sigs[0].signer, QStringLiteral("Trần Thị B"));
    QVERIFY2(sigs[0].certificate.contains(QStringLiteral("unknown")) || sigs[0].certificate.contains(QStringLiteral("not Trusted")),
             qPrintable(raw));
    QVERIFY(!sigs[1].signedField);

    auto v = PdfVerifier::verify(*signedPdf);
    QVERIFY(v);
    QVERIFY2(v->ok(), qPrintable(v->allProblems().join(QLatin1Char('\n'))));
    QCOMPARE(v->signatures.size(), 1);
    const PdfSignatureCheck &s = v->signatures.first();
    QCOMPARE(s.signer, QStringLiteral("Trần Thị B"));
    QCOMPARE(s.reason, QStringLiteral("Kiểm tra tại chỗ"));
    QCOMPARE(s.location, QStringLiteral("Hà Nội"));
    QCOMPARE(s.subFilter, QStringLiteral("ETSI.CAdES.detached"));
    QVERIFY(s.cms.signingCertificateV2 && s.cms.signingCertificateMatches);
    QCOMPARE(s.cms.trust, ab::crypto::CmsVerification::Trust::SelfSigned);
    QVERIFY(qAbs(s.signedAt.secsTo(QDateTime::currentDateTime())) < 120);
    // The overhead of one visible signature, for the report.
    qInfo("one visible signature added %lld bytes", qint64(signedPdf->size() - m_prepared.size()));
}

void TestPdfSigner::signaturesInTurn()
{
    auto member = key(QStringLiteral("member"));
    auto leader = key(QStringLiteral("leader"));
    QVERIFY(member && leader);
    auto first = PdfSigner::sign(m_prepared, *member, {});
    QVERIFY(first);
    auto second = PdfSigner::sign(*first, *leader, {QStringLiteral("Phê duyệt"), {}, {}, {}, {}, {}});
    QVERIFY(second);
    QVERIFY(second->startsWith(*first));
    // Both slots are taken: the third signature is invisible, in a new field.
    auto third = PdfSigner::sign(*second, *member, {});
    QVERIFY(third);
    qInfo("an invisible signature added %lld bytes", qint64(third->size() - second->size()));
    const QString path = save(QStringLiteral("three.pdf"), *third);
    QString raw;
    const auto sigs = abtest::pdfsig(path, &raw);
    QCOMPARE(sigs.size(), 3);
    QStringList fields;
    for (const auto &s : sigs) {
        QVERIFY2(s.valid, qPrintable(raw));
        fields << s.field;
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("Signature1"), QStringLiteral("Signature2"), QStringLiteral("Signature3")}));

    auto v = PdfVerifier::verify(*third);
    QVERIFY(v);
    QVERIFY2(v->ok(), qPrintable(v->allProblems().join(QLatin1Char('\n'))));
    QCOMPARE(v->signatures.size(), 3);
    QCOMPARE(v->signatures[0].field, QStringLiteral("Signature1"));
    QCOMPARE(v->signatures[0].signer, QStringLiteral("Trần Thị B"));
    QCOMPARE(v->signatures[1].field, QStringLiteral("Signature2"));
    QCOMPARE(v->signatures[1].signer, QStringLiteral("Nguyễn Văn A"));
    QCOMPARE(v->signatures[2].field, QStringLiteral("Signature3"));
    QVERIFY(!v->signatures[0].coversWholeFile);
    QVERIFY(!v->signatures[1].coversWholeFile);
    QVERIFY(v->signatures[2].coversWholeFile);
    QCOMPARE(v->signatures[0].signedBytes, first->size());
    QCOMPARE(v->signatures[1].signedBytes, second->size());
    for (const auto &s : v->signatures)
        QVERIFY(s.laterChanges.isEmpty());
    auto fieldsNow = PdfForm::fields(**PdfDocument::fromBytes(*third));
    QVERIFY(fieldsNow);
    QCOMPARE(fieldsNow->last().rect.width(), 0.0);
}

void TestPdfSigner::visibleBlock_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("stem");
    QTest::newRow("vi") << "vi"
                        << "leader";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh";
    QTest::newRow("en") << "en"
                        << "member";
}

void TestPdfSigner::visibleBlock()
{
    QFETCH(QString, lang);
    QFETCH(QString, stem);
    const ab::report::RenderedPdf r = abtest::renderedReport(2, lang);
    auto prepared = PdfPreparer::prepare(r);
    QVERIFY(prepared);
    auto k = key(stem);
    auto signedPdf = PdfSigner::sign(*prepared, *k, {QStringLiteral("Inspection"), QStringLiteral("Site"), {}, {}, {}, {}});
    QVERIFY(signedPdf);
    const QString path = save(QStringLiteral("visible-%1.pdf").arg(lang), *signedPdf);
    const QImage before = abtest::renderPage(save(QStringLiteral("unsigned-%1.pdf").arg(lang), *prepared), 2, 100,
                                             m_dir.filePath(QStringLiteral("unsigned-%1").arg(lang)));
    const QImage after = abtest::renderPage(path, 2, 100, m_dir.filePath(QStringLiteral("visible-%1").arg(lang)));
    QVERIFY(!after.isNull());
    // Ink in the first slot now, none before; the second slot still blank.
    const double inkBefore = abtest::inkInside(before, r.slots[0].rect, 842);
    const double inkAfter = abtest::inkInside(after, r.slots[0].rect, 842);
    const double otherSlot = abtest::inkInside(after, r.slots[1].rect, 842);
    QVERIFY2(inkBefore < 0.001, qPrintable(QString::number(inkBefore)));
    QVERIFY2(inkAfter > 0.03, qPrintable(QString::number(inkAfter)));
    QVERIFY2(otherSlot < 0.001, qPrintable(QString::number(otherSlot)));
    // Rendering copies for a person to look at: AB_KEEP_RENDERINGS=DIR.
    if (const QString keep = qEnvironmentVariable("AB_KEEP_RENDERINGS"); !keep.isEmpty())
        after.save(keep + QStringLiteral("/signed-last-page-%1.png").arg(lang));
}

void TestPdfSigner::appearanceWording()
{
    const QDateTime when(QDate(2024, 5, 1), QTime(14, 3, 22), QTimeZone(8 * 3600));
    const AppearanceText zh{QStringLiteral("zh_CN"), QStringLiteral("张伟"), QStringLiteral("检查组"), when, {}, {}};
    QCOMPARE(SignatureAppearance::lines(zh), (QStringList{QStringLiteral("数字签名：张伟"), QStringLiteral("单位：检查组"),
                                                          QStringLiteral("时间：2024年05月01日 14:03:22 (UTC+08:00)")}));
    const AppearanceText vi{QStringLiteral("vi"),           QStringLiteral("Nguyễn Văn A"), {},
                            when.toOffsetFromUtc(7 * 3600), QStringLiteral("Phê duyệt"),    {}};
    QCOMPARE(SignatureAppearance::lines(vi),
             (QStringList{QStringLiteral("Ký số bởi: Nguyễn Văn A"), QStringLiteral("Thời gian: 13:03:22 ngày 01/05/2024 (UTC+07:00)"),
                          QStringLiteral("Lý do: Phê duyệt")}));
    const AppearanceText en{QStringLiteral("en"), QStringLiteral("A"), QStringLiteral("B"), when.toUTC(), {}, QStringLiteral("Hanoi")};
    QCOMPARE(SignatureAppearance::lines(en),
             (QStringList{QStringLiteral("Digitally signed by A"), QStringLiteral("Organisation: B"),
                          QStringLiteral("Date: 2024-05-01 06:03:22 UTC+00:00"), QStringLiteral("Location: Hanoi")}));
    // Drawn as filled outlines, no text operators and no font to embed.
    auto ops = SignatureAppearance::contentStream(QSizeF(220, 64), zh);
    QVERIFY(ops);
    QVERIFY(ops->contains(" c\n") && ops->contains("f\n"));
    QVERIFY(!ops->contains("Tf") && !ops->contains("Tj"));
}

void TestPdfSigner::signFileInPlace()
{
    const QString path = save(QStringLiteral("inplace.pdf"), m_prepared);
    auto k = key(QStringLiteral("leader"));
    auto r = PdfSigner::signFile(path, path, *k, {});
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->field, QStringLiteral("Signature1"));
    QVERIFY(r->visible);
    QCOMPARE(r->signer.commonName, QStringLiteral("Nguyễn Văn A"));
    const QByteArray now = abtest::readBytes(path);
    QCOMPARE(qint64(now.size()), r->size);
    QCOMPARE(r->added, qint64(now.size() - m_prepared.size()));
    QVERIFY(now.startsWith(m_prepared));
    auto v = PdfVerifier::verifyFile(path);
    QVERIFY(v);
    QVERIFY2(v->ok(), qPrintable(v->allProblems().join(QLatin1Char('\n'))));
    // Into another file, the input left alone.
    const QString out = m_dir.filePath(QStringLiteral("inplace-2.pdf"));
    auto r2 = PdfSigner::signFile(path, out, *k, {});
    QVERIFY(r2);
    QCOMPARE(r2->field, QStringLiteral("Signature2"));
    QCOMPARE(abtest::readBytes(path), now);
    QVERIFY(PdfVerifier::verifyFile(out)->ok());
}

void TestPdfSigner::unpreparedDocument()
{
    // Any PDF can be signed: without a slot the signature is invisible.
    const QByteArray plain = abtest::writePdf(2);
    auto k = key(QStringLiteral("member"));
    auto signedPdf = PdfSigner::sign(plain, *k, {});
    QVERIFY2(signedPdf, signedPdf ? "" : qPrintable(signedPdf.error().message));
    const auto sigs = abtest::pdfsig(save(QStringLiteral("plain-signed.pdf"), *signedPdf));
    QCOMPARE(sigs.size(), 1);
    QVERIFY(sigs[0].valid && sigs[0].wholeDocument);
    QVERIFY(PdfVerifier::verify(*signedPdf)->ok());
    // And again: the form the first signature created takes the second.
    auto twice = PdfSigner::sign(*signedPdf, *k, {});
    QVERIFY(twice);
    const auto both = abtest::pdfsig(save(QStringLiteral("plain-signed-2.pdf"), *twice));
    QCOMPARE(both.size(), 2);
    QVERIFY(both[0].valid && both[1].valid);
    QVERIFY(PdfVerifier::verify(*twice)->ok());
}

void TestPdfSigner::otherWriters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("object streams") << QStringList{QStringLiteral("--object-streams=generate")};
    QTest::newRow("linearized") << QStringList{QStringLiteral("--linearize")};
}

void TestPdfSigner::otherWriters()
{
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
        QSKIP("qpdf is needed");
    QFETCH(QStringList, options);
    const QString in = save(QStringLiteral("other-in.pdf"), m_prepared);
    const QString rewritten = m_dir.filePath(QStringLiteral("other.pdf"));
    QVERIFY(abtest::runTool(QStringLiteral("qpdf"), options + QStringList{in, rewritten}).ok());
    auto k = key(QStringLiteral("leader"));
    const QString out = m_dir.filePath(QStringLiteral("other-signed.pdf"));
    auto first = PdfSigner::signFile(rewritten, out, *k, {});
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    auto second = PdfSigner::signFile(out, out, *k, {});
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QString raw;
    const auto sigs = abtest::pdfsig(out, &raw);
    int valid = 0;
    for (const auto &s : sigs)
        valid += s.valid ? 1 : 0;
    QVERIFY2(valid == 2, qPrintable(raw));
    const abtest::ToolRun check = abtest::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), out});
    QVERIFY2(check.ok(), qPrintable(check.describe()));
    auto v = PdfVerifier::verifyFile(out);
    QVERIFY(v);
    QVERIFY2(v->ok(), qPrintable(v->allProblems().join(QLatin1Char('\n'))));
    QCOMPARE(v->signatures.size(), 2);
}

void TestPdfSigner::token()
{
    if (!abtest::SoftHsmToken::available())
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    abtest::SoftHsmToken hsm;
    const QByteArray pin = "135791";
    QVERIFY2(hsm.init(QStringLiteral("Leader Key"), pin), qPrintable(hsm.lastError()));
    QVERIFY2(hsm.import(m_keys.path(QStringLiteral("zh.key")), m_keys.path(QStringLiteral("zh.crt")), QStringLiteral("sign"),
                        QStringLiteral("02"), pin),
             qPrintable(hsm.lastError()));
    auto k = SigningKey::fromPkcs11({QStringLiteral("pkcs11:token=Leader%20Key;object=sign"), abtest::SoftHsmToken::module(), {}}, pin);
    QVERIFY2(k, k ? "" : qPrintable(k.error().message));
    auto first = PdfSigner::sign(m_prepared, *key(QStringLiteral("member")), {});
    QVERIFY(first);
    auto second = PdfSigner::sign(*first, **k, {});
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QString raw;
    const auto sigs = abtest::pdfsig(save(QStringLiteral("token.pdf"), *second), &raw);
    QCOMPARE(sigs.size(), 2);
    QVERIFY2(sigs[0].valid && sigs[1].valid, qPrintable(raw));
    QCOMPARE(sigs[1].signer, QStringLiteral("张伟"));
    QVERIFY(PdfVerifier::verify(*second)->ok());
}

void TestPdfSigner::expiredCertificateRefused()
{
    QVERIFY(m_keys.selfSignedBetween(QStringLiteral("old"), QStringLiteral("Old"), {},
                                     QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()),
                                     QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc())));
    QVERIFY(m_keys.pkcs12(QStringLiteral("old"), m_pass));
    auto k = key(QStringLiteral("old"));
    QVERIFY(k);
    auto r = PdfSigner::sign(m_prepared, *k, {});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::BadInput);
    QVERIFY2(r.error().message.contains(QStringLiteral("expired on 2021-01-01")), qPrintable(r.error().message));
}

void TestPdfSigner::damagedInputRefused()
{
    auto k = key(QStringLiteral("member"));
    auto notPdf = PdfSigner::sign("just text", *k, {});
    QVERIFY(!notPdf);
    QCOMPARE(notPdf.error().code, ErrorCode::BadInput);
    auto cut = PdfSigner::sign(m_prepared.left(m_prepared.size() - 200), *k, {});
    QVERIFY(!cut);
    QCOMPARE(cut.error().code, ErrorCode::BadInput);
    const QString out = m_dir.filePath(QStringLiteral("never-written.pdf"));
    auto missing = PdfSigner::signFile(m_dir.filePath(QStringLiteral("absent.pdf")), out, *k, {});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Io);
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestPdfSigner)
#include "tst_pdfsigner.moc"
