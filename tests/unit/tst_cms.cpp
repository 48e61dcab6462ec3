// CmsSigner and CmsVerifier: detached CAdES signatures made from PKCS#12
// files and a SoftHSM2 token, checked by our verifier and by openssl cms
// -verify; a flipped byte of the content or of the signature fails; expired,
// self-signed and CA-issued certificates are told apart.
#include "core/crypto/CmsSigner.h"
#include "core/crypto/CmsVerifier.h"
#include "core/crypto/SigningKey.h"

#include "tests/common/KeyFixture.h"

#include <QRandomGenerator>
#include <QTest>

using ab::crypto::CmsSigner;
using ab::crypto::CmsVerification;
using ab::crypto::CmsVerifier;
using ab::crypto::CmsVerifyOptions;
using ab::crypto::ContentStream;
using ab::crypto::SigningKey;
using Trust = CmsVerification::Trust;

class TestCms final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signAndVerify_data();
    void signAndVerify();
    void opensslAgrees();
    void streamedRanges();
    void flippedContentByte_data();
    void flippedContentByte();
    void flippedSignatureByte();
    void notCms_data();
    void notCms();
    void expiredCertificate();
    void trustAnchors();
    void token();

private:
    std::unique_ptr<SigningKey> key(const QString &stem);
    static QDateTime nowSeconds();
    CmsVerification verify(const QByteArray &der, const QByteArray &content, const CmsVerifyOptions &options = {});
    abtest::KeyFactory m_keys;
    const QByteArray m_pass = QByteArrayLiteral("cms test passphrase");
    QByteArray m_content;
};

void TestCms::initTestCase()
{
    QVERIFY(m_keys.isValid());
    QVERIFY2(m_keys.selfSigned(QStringLiteral("rsa"), QStringLiteral("Lê Văn C"), QStringLiteral("Sở Thông tin và Truyền thông")),
             qPrintable(m_keys.lastError()));
    QVERIFY(m_keys.pkcs12(QStringLiteral("rsa"), m_pass));
    QVERIFY(m_keys.selfSigned(QStringLiteral("ec"), QStringLiteral("王芳"), QStringLiteral("网络安全检查组"), 30, QStringLiteral("ec")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("ec"), m_pass));
    QVERIFY(m_keys.caCertificate(QStringLiteral("ca"), QStringLiteral("Inspection CA")));
    QVERIFY2(m_keys.issued(QStringLiteral("member"), QStringLiteral("ca"), QStringLiteral("Team Member"), QStringLiteral("Team")),
             qPrintable(m_keys.lastError()));
    QVERIFY(m_keys.pkcs12(QStringLiteral("member"), m_pass, {QStringLiteral("ca")}));
    QVERIFY(m_keys.selfSignedBetween(QStringLiteral("old"), QStringLiteral("Old Signer"), QStringLiteral("Org"),
                                     QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()),
                                     QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc())));
    QVERIFY(m_keys.pkcs12(QStringLiteral("old"), m_pass));
    m_content = QByteArrayLiteral("%PDF-1.7 pretend document\n") + QByteArray(70000, 'x') + QByteArrayLiteral("\n%%EOF\n");
}

std::unique_ptr<SigningKey> TestCms::key(const QString &stem)
{
    auto k = SigningKey::fromPkcs12(m_keys.path(stem + QStringLiteral(".p12")), m_pass);
    if (!k)
        qWarning("%s", qPrintable(k.error().message));
    return k ? std::move(k).value() : nullptr;
}

QDateTime TestCms::nowSeconds()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
}

CmsVerification TestCms::verify(const QByteArray &der, const QByteArray &content, const CmsVerifyOptions &options)
{
    ContentStream s;
    s.addBytes(content);
    auto v = CmsVerifier::verifyDetached(der, s, options);
    if (!v)
        qWarning("%s", qPrintable(v.error().message));
    return v ? *v : CmsVerification{};
}

void TestCms::signAndVerify_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("cn");
    QTest::addColumn<int>("trust");
    QTest::addColumn<int>("certificates");
    QTest::newRow("rsa self-signed") << "rsa"
                                     << "Lê Văn C" << int(Trust::SelfSigned) << 1;
    QTest::newRow("ec self-signed") << "ec"
                                    << "王芳" << int(Trust::SelfSigned) << 1;
    QTest::newRow("issued by a ca") << "member"
                                    << "Team Member" << int(Trust::UnknownIssuer) << 2;
}

void TestCms::signAndVerify()
{
    QFETCH(QString, stem);
    QFETCH(QString, cn);
    QFETCH(int, trust);
    QFETCH(int, certificates);
    auto k = key(stem);
    QVERIFY(k);
    const QDateTime when = nowSeconds();
    ContentStream s;
    s.addBytes(m_content);
    auto der = CmsSigner::signDetached(*k, s, when);
    QVERIFY2(der, der ? "" : qPrintable(der.error().message));
    QVERIFY(der->size() <= CmsSigner::estimateSize(*k));
    const CmsVerification v = verify(*der, m_content);
    QVERIFY2(v.valid(), qPrintable(v.problems.join(QLatin1Char(' '))));
    QVERIFY(v.signatureValid);
    QVERIFY(v.digestMatches);
    QCOMPARE(v.digestAlgorithm, QStringLiteral("sha256"));
    QCOMPARE(v.signingTime, when);
    QVERIFY(v.signingTimeSigned);
    QCOMPARE(v.signer.commonName, cn);
    QCOMPARE(v.signer.der, k->certificate().der);
    QCOMPARE(v.certificates.size(), certificates);
    QVERIFY(v.signingCertificatePresent);
    QVERIFY(v.signingCertificateV2);
    QVERIFY(v.signingCertificateMatches);
    QVERIFY(v.validAtSigning);
    QVERIFY(!v.expiredNow);
    QCOMPARE(int(v.trust), trust);
    QVERIFY(!v.trustDetail.isEmpty());
    QVERIFY2(v.problems.isEmpty(), qPrintable(v.problems.join(QLatin1Char(' '))));
}

void TestCms::opensslAgrees()
{
    auto k = key(QStringLiteral("rsa"));
    QVERIFY(k);
    ContentStream s;
    s.addBytes(m_content);
    auto der = CmsSigner::signDetached(*k, s, nowSeconds());
    QVERIFY(der);
    QVERIFY(abtest::writeBytes(m_keys.path(QStringLiteral("content.bin")), m_content));
    QVERIFY(abtest::writeBytes(m_keys.path(QStringLiteral("sig.der")), *der));
    const QStringList verifyArgs{QStringLiteral("cms"),
                                 QStringLiteral("-verify"),
                                 QStringLiteral("-binary"),
                                 QStringLiteral("-inform"),
                                 QStringLiteral("DER"),
                                 QStringLiteral("-in"),
                                 m_keys.path(QStringLiteral("sig.der")),
                                 QStringLiteral("-content"),
                                 m_keys.path(QStringLiteral("content.bin")),
                                 QStringLiteral("-out"),
                                 QStringLiteral("/dev/null")};
    // Trusting the signer's own certificate, with openssl's CAdES checks.
    abtest::ToolRun r = abtest::runTool(
        QStringLiteral("openssl"), verifyArgs + QStringList{QStringLiteral("-CAfile"), m_keys.path(QStringLiteral("rsa.crt")),
                                                            QStringLiteral("-cades"), QStringLiteral("-purpose"), QStringLiteral("any")});
    QVERIFY2(r.ok() && r.err.contains("Verification successful"), qPrintable(r.describe()));
    // The signed attributes are the ones PAdES asks for.
    r = abtest::runTool(QStringLiteral("openssl"),
                        {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"), QStringLiteral("-inform"),
                         QStringLiteral("DER"), QStringLiteral("-in"), m_keys.path(QStringLiteral("sig.der"))});
    QVERIFY(r.ok());
    for (const char *attr : {"contentType", "messageDigest", "signingTime", "id-smime-aa-signingCertificateV2", "sha256"})
        QVERIFY2(r.out.contains(attr), attr);
    QVERIFY2(!r.out.contains("S/MIME Capabilities"), "no S/MIME capabilities in a PDF signature");
    QVERIFY2(r.out.contains("eContent: <ABSENT>"), "detached");
    // A changed byte fails there too.
    QByteArray changed = m_content;
    changed[100] = char(changed[100] ^ 1);
    QVERIFY(abtest::writeBytes(m_keys.path(QStringLiteral("content.bin")), changed));
    r = abtest::runTool(QStringLiteral("openssl"), verifyArgs + QStringList{QStringLiteral("-noverify")});
    QVERIFY2(!r.ok(), qPrintable(r.describe()));
}

void TestCms::streamedRanges()
{
    // Two ranges of a file around a hole, then bytes from memory: what a
    // PDF signature covers. openssl checks it against the same bytes joined.
    QByteArray file(3 << 20, '\0');
    QRandomGenerator rng(7);
    rng.fillRange(reinterpret_cast<quint32 *>(file.data()), file.size() / 4);
    const QString path = m_keys.path(QStringLiteral("big.bin"));
    QVERIFY(abtest::writeBytes(path, file));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray tail = QByteArrayLiteral("appended in memory");
    ContentStream s;
    s.addDevice(&f, 0, 1000);
    s.addDevice(&f, 5000, file.size() - 5000);
    s.addBytes(tail, 3, 9);
    QCOMPARE(s.size(), 1000 + file.size() - 5000 + 9);
    auto k = key(QStringLiteral("rsa"));
    QVERIFY(k);
    auto der = CmsSigner::signDetached(*k, s, nowSeconds());
    QVERIFY(der);
    auto v = CmsVerifier::verifyDetached(*der, s);
    QVERIFY(v);
    QVERIFY2(v->valid(), qPrintable(v->problems.join(QLatin1Char(' '))));
    const QByteArray joined = file.left(1000) + file.mid(5000) + tail.mid(3, 9);
    QVERIFY(abtest::writeBytes(m_keys.path(QStringLiteral("joined.bin")), joined));
    QVERIFY(abtest::writeBytes(m_keys.path(QStringLiteral("big.der")), *der));
    const abtest::ToolRun r = abtest::runTool(
        QStringLiteral("openssl"),
        {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-noverify"),
         QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), m_keys.path(QStringLiteral("big.der")),
         QStringLiteral("-content"), m_keys.path(QStringLiteral("joined.bin")), QStringLiteral("-out"), QStringLiteral("/dev/null")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
    // A device that ends early is an I/O error, not a verdict.
    ContentStream shortRead;
    shortRead.addDevice(&f, file.size() - 10, 100);
    auto cut = CmsVerifier::verifyDetached(*der, shortRead);
    QVERIFY(!cut);
    QCOMPARE(cut.error().code, ab::ErrorCode::Io);
}

void TestCms::flippedContentByte_data()
{
    QTest::addColumn<int>("position");
    QTest::newRow("first") << 0;
    QTest::newRow("middle") << int(m_content.size() / 2);
    QTest::newRow("last") << int(m_content.size() - 1);
}

void TestCms::flippedContentByte()
{
    QFETCH(int, position);
    auto k = key(QStringLiteral("rsa"));
    QVERIFY(k);
    ContentStream s;
    s.addBytes(m_content);
    auto der = CmsSigner::signDetached(*k, s, nowSeconds());
    QVERIFY(der);
    QByteArray changed = m_content;
    changed[position] = char(changed[position] ^ 0x20);
    const CmsVerification v = verify(*der, changed);
    QVERIFY(v.parsed);
    QVERIFY(v.signatureValid); // the attributes are intact...
    QVERIFY(!v.digestMatches); // ...but they no longer describe the content
    QVERIFY(!v.valid());
    QVERIFY2(v.problems.join(QLatin1Char(' ')).contains(QStringLiteral("changed since")), qPrintable(v.problems.join(QLatin1Char(' '))));
}

void TestCms::flippedSignatureByte()
{
    auto k = key(QStringLiteral("rsa"));
    QVERIFY(k);
    ContentStream s;
    s.addBytes(m_content);
    auto der = CmsSigner::signDetached(*k, s, nowSeconds());
    QVERIFY(der);
    // The RSA signature value is the last 256 bytes of the DER.
    QByteArray changed = *der;
    changed[changed.size() - 10] = char(changed[changed.size() - 10] ^ 0x01);
    const CmsVerification v = verify(changed, m_content);
    QVERIFY(v.parsed);
    QVERIFY(v.digestMatches);
    QVERIFY(!v.signatureValid);
    QVERIFY(!v.valid());
}

void TestCms::notCms_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("zeros") << QByteArray(8192, '\0');
    QTest::newRow("text") << QByteArray("not a signature at all");
    QTest::newRow("certificate") << m_keys.certificateDer(QStringLiteral("rsa"));
    QTest::newRow("huge length") << QByteArray::fromHex("3084ffffffff06092a864886f70d010702");
}

void TestCms::notCms()
{
    QFETCH(QByteArray, der);
    const CmsVerification v = verify(der, m_content);
    QVERIFY(!v.parsed);
    QVERIFY(!v.valid());
    QVERIFY(!v.problems.isEmpty());
}

void TestCms::expiredCertificate()
{
    auto k = key(QStringLiteral("old"));
    QVERIFY(k);
    ContentStream s;
    s.addBytes(m_content);
    // Signed today with a certificate that ended in 2021.
    auto late = CmsSigner::signDetached(*k, s, nowSeconds());
    QVERIFY(late);
    CmsVerification v = verify(*late, m_content);
    QVERIFY(v.valid());         // intact...
    QVERIFY(!v.validAtSigning); // ...but the certificate was dead when it signed
    QVERIFY(v.expiredNow);
    QVERIFY2(v.problems.join(QLatin1Char(' ')).contains(QStringLiteral("had expired")), qPrintable(v.problems.join(QLatin1Char(' '))));
    QCOMPARE(v.trust, Trust::SelfSigned); // expiry is not mistaken for distrust
    // Signed while it was valid: fine then, expired now.
    auto inTime = CmsSigner::signDetached(*k, s, QDateTime(QDate(2020, 6, 1), QTime(9, 30), QTimeZone::utc()));
    QVERIFY(inTime);
    v = verify(*inTime, m_content);
    QVERIFY(v.valid());
    QVERIFY(v.validAtSigning);
    QVERIFY(v.expiredNow);
    QVERIFY2(v.problems.isEmpty(), qPrintable(v.problems.join(QLatin1Char(' '))));
}

void TestCms::trustAnchors()
{
    auto k = key(QStringLiteral("member"));
    QVERIFY(k);
    ContentStream s;
    s.addBytes(m_content);
    auto der = CmsSigner::signDetached(*k, s, nowSeconds());
    QVERIFY(der);
    CmsVerifyOptions withCa;
    withCa.trustAnchors << m_keys.certificateDer(QStringLiteral("ca"));
    withCa.systemStore = false;
    QCOMPARE(verify(*der, m_content, withCa).trust, Trust::Trusted);
    CmsVerifyOptions otherCa;
    otherCa.trustAnchors << m_keys.certificateDer(QStringLiteral("rsa"));
    QCOMPARE(verify(*der, m_content, otherCa).trust, Trust::UnknownIssuer);
    // A self-signed certificate the verifier was told to trust is trusted.
    auto self = key(QStringLiteral("rsa"));
    auto selfDer = CmsSigner::signDetached(*self, s, nowSeconds());
    QVERIFY(selfDer);
    CmsVerifyOptions pinned;
    pinned.trustAnchors << m_keys.certificateDer(QStringLiteral("rsa"));
    QCOMPARE(verify(*selfDer, m_content, pinned).trust, Trust::Trusted);
}

void TestCms::token()
{
    if (!abtest::SoftHsmToken::available())
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    abtest::SoftHsmToken hsm;
    const QByteArray pin = "246810";
    QVERIFY2(hsm.init(QStringLiteral("CMS Token"), pin), qPrintable(hsm.lastError()));
    QVERIFY2(hsm.import(m_keys.path(QStringLiteral("rsa.key")), m_keys.path(QStringLiteral("rsa.crt")), QStringLiteral("signer"),
                        QStringLiteral("01"), pin),
             qPrintable(hsm.lastError()));
    auto k = SigningKey::fromPkcs11({QStringLiteral("pkcs11:token=CMS%20Token;object=signer"), abtest::SoftHsmToken::module(), {}}, pin);
    QVERIFY2(k, k ? "" : qPrintable(k.error().message));
    ContentStream s;
    s.addBytes(m_content);
    auto der = CmsSigner::signDetached(**k, s, nowSeconds());
    QVERIFY2(der, der ? "" : qPrintable(der.error().message));
    const CmsVerification v = verify(*der, m_content);
    QVERIFY2(v.valid(), qPrintable(v.problems.join(QLatin1Char(' '))));
    QCOMPARE(v.signer.commonName, QStringLiteral("Lê Văn C"));
    QVERIFY(abtest::writeBytes(m_keys.path(QStringLiteral("token.der")), *der));
    QVERIFY(abtest::writeBytes(m_keys.path(QStringLiteral("content.bin")), m_content));
    const abtest::ToolRun r = abtest::runTool(
        QStringLiteral("openssl"),
        {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-noverify"),
         QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), m_keys.path(QStringLiteral("token.der")),
         QStringLiteral("-content"), m_keys.path(QStringLiteral("content.bin")), QStringLiteral("-out"), QStringLiteral("/dev/null")});
    QVERIFY2(r.ok(), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCms)
#include "tst_cms.moc"
