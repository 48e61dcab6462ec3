// SigningKey: PKCS#12 files made with openssl (good, EC, legacy, chained,
// wrong passphrase, not a key file, expired) and a SoftHSM2 token (good PIN,
// wrong PIN, missing object, PIN in the URI refused).
#include "core/crypto/Pkcs11Engine.h"
#include "core/crypto/SigningKey.h"

#include "tests/common/KeyFixture.h"

#include <QTest>

using ab::ErrorCode;
using ab::crypto::Pkcs11Engine;
using ab::crypto::SigningKey;

class TestSigningKey final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pkcs12Good();
    void pkcs12EcKey();
    void pkcs12Legacy();
    void pkcs12Chain();
    void pkcs12WrongPassphrase_data();
    void pkcs12WrongPassphrase();
    void notPkcs12_data();
    void notPkcs12();
    void missingFile();
    void expiredCertificate();
    void objectUri_data();
    void objectUri();
    void pkcs11WrongPin();
    void pkcs11Good();
    void pkcs11WrongPinAfterLogin();
    void pkcs11DefaultModule();
    void pkcs11CertificateFile();
    void pkcs11Failures_data();
    void pkcs11Failures();

private:
    abtest::KeyFactory m_keys;
    abtest::SoftHsmToken m_token;
    bool m_hasToken = false;
    const QByteArray m_pass = QByteArrayLiteral("correct horse ✓ battery");
    const QByteArray m_pin = QByteArrayLiteral("314159");
};

void TestSigningKey::initTestCase()
{
    QVERIFY(m_keys.isValid());
    QVERIFY2(m_keys.selfSigned(QStringLiteral("good"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("Công ty ABC")),
             qPrintable(m_keys.lastError()));
    QVERIFY2(m_keys.pkcs12(QStringLiteral("good"), m_pass), qPrintable(m_keys.lastError()));
    if (abtest::SoftHsmToken::available()) {
        QVERIFY2(m_token.init(QStringLiteral("Team Token"), m_pin), qPrintable(m_token.lastError()));
        QVERIFY2(m_keys.selfSigned(QStringLiteral("tok"), QStringLiteral("张伟"), QStringLiteral("检查组")),
                 qPrintable(m_keys.lastError()));
        QVERIFY2(m_token.import(m_keys.path(QStringLiteral("tok.key")), m_keys.path(QStringLiteral("tok.crt")), QStringLiteral("leader"),
                                QStringLiteral("4c31"), m_pin),
                 qPrintable(m_token.lastError()));
        m_hasToken = true;
    }
}

void TestSigningKey::pkcs12Good()
{
    auto key = SigningKey::fromPkcs12(m_keys.path(QStringLiteral("good.p12")), m_pass);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    const auto &c = (*key)->certificate();
    QCOMPARE(c.commonName, QStringLiteral("Nguyễn Văn A"));
    QCOMPARE(c.organization, QStringLiteral("Công ty ABC"));
    QVERIFY(c.subject.contains(QStringLiteral("CN=Nguyễn Văn A")));
    QCOMPARE(c.issuerCommonName, c.commonName);
    QVERIFY(c.selfSigned);
    QVERIFY(c.signingUsage);
    QCOMPARE(c.keyType, QStringLiteral("RSA"));
    QCOMPARE(c.keyBits, 2048);
    QCOMPARE(c.sha256Fingerprint, m_keys.fingerprint(QStringLiteral("good")));
    QCOMPARE(c.der, m_keys.certificateDer(QStringLiteral("good")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(c.notBefore <= now && c.notBefore > now.addSecs(-600));
    QVERIFY(c.notAfter > now.addDays(364) && c.notAfter < now.addDays(366));
    QVERIFY(!c.serial.isEmpty());
    QVERIFY((*key)->chain().isEmpty());
    QVERIFY(!(*key)->onToken());
    QCOMPARE((*key)->maxSignatureSize(), 256);
    QCOMPARE((*key)->source(), QStringLiteral("good.p12"));
    QVERIFY((*key)->checkUsableAt(now));
    const QJsonObject json = c.toJson();
    QCOMPARE(json.value(QStringLiteral("common_name")).toString(), c.commonName);
    QCOMPARE(json.value(QStringLiteral("sha256")).toString(), c.sha256Fingerprint);
}

void TestSigningKey::pkcs12EcKey()
{
    QVERIFY2(m_keys.selfSigned(QStringLiteral("ec"), QStringLiteral("EC Signer"), {}, 30, QStringLiteral("ec")),
             qPrintable(m_keys.lastError()));
    QVERIFY(m_keys.pkcs12(QStringLiteral("ec"), m_pass));
    auto key = SigningKey::fromPkcs12(m_keys.path(QStringLiteral("ec.p12")), m_pass);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    QCOMPARE((*key)->certificate().keyType, QStringLiteral("EC P-256"));
    QCOMPARE((*key)->certificate().keyBits, 256);
    QVERIFY((*key)->certificate().organization.isEmpty());
}

void TestSigningKey::pkcs12Legacy()
{
    // RC2-40 and SHA-1 MAC, as older Windows exports are.
    QVERIFY(m_keys.pkcs12(QStringLiteral("good"), m_pass, {}, true));
    auto key = SigningKey::fromPkcs12(m_keys.path(QStringLiteral("good.p12")), m_pass);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    QCOMPARE((*key)->certificate().commonName, QStringLiteral("Nguyễn Văn A"));
    auto wrong = SigningKey::fromPkcs12(m_keys.path(QStringLiteral("good.p12")), "nope");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
    QVERIFY(m_keys.pkcs12(QStringLiteral("good"), m_pass)); // back to the modern file for the other tests
}

void TestSigningKey::pkcs12Chain()
{
    QVERIFY(m_keys.caCertificate(QStringLiteral("ca"), QStringLiteral("AuditBench Test CA")));
    QVERIFY2(m_keys.issued(QStringLiteral("member"), QStringLiteral("ca"), QStringLiteral("Trần Thị B"), QStringLiteral("Đoàn kiểm tra")),
             qPrintable(m_keys.lastError()));
    QVERIFY(m_keys.pkcs12(QStringLiteral("member"), m_pass, {QStringLiteral("ca")}));
    auto key = SigningKey::fromPkcs12(m_keys.path(QStringLiteral("member.p12")), m_pass);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    QVERIFY(!(*key)->certificate().selfSigned);
    QCOMPARE((*key)->certificate().issuerCommonName, QStringLiteral("AuditBench Test CA"));
    QCOMPARE((*key)->chain().size(), 1);
    QCOMPARE((*key)->chain().first().commonName, QStringLiteral("AuditBench Test CA"));
}

void TestSigningKey::pkcs12WrongPassphrase_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::newRow("other") << QByteArray("correct horse battery");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("prefix") << m_pass.left(5);
}

void TestSigningKey::pkcs12WrongPassphrase()
{
    QFETCH(QByteArray, passphrase);
    auto key = SigningKey::fromPkcs12(m_keys.path(QStringLiteral("good.p12")), passphrase);
    QVERIFY(!key);
    QCOMPARE(key.error().code, ErrorCode::WrongPassphrase);
    QVERIFY2(key.error().message.contains(QStringLiteral("passphrase")) && key.error().message.contains(QStringLiteral("good.p12")),
             qPrintable(key.error().message));
}

void TestSigningKey::notPkcs12_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("text") << "notes.txt" << QByteArray("these are not the keys you are looking for\n");
    QTest::newRow("empty") << "empty.p12" << QByteArray();
    QTest::newRow("pem certificate") << "cert.p12" << abtest::readBytes(m_keys.path(QStringLiteral("good.crt")));
    const QByteArray p12 = abtest::readBytes(m_keys.path(QStringLiteral("good.p12")));
    QTest::newRow("truncated p12") << "cut.p12" << p12.left(p12.size() / 2);
    QTest::newRow("der garbage") << "junk.p12" << QByteArray::fromHex("3082ffff0201033082");
}

void TestSigningKey::notPkcs12()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);
    const QString path = m_keys.path(file);
    QVERIFY(abtest::writeBytes(path, contents));
    auto key = SigningKey::fromPkcs12(path, m_pass);
    QVERIFY(!key);
    QCOMPARE(key.error().code, ErrorCode::BadInput);
    QVERIFY2(key.error().message.contains(QStringLiteral("not a PKCS#12")), qPrintable(key.error().message));
}

void TestSigningKey::missingFile()
{
    auto key = SigningKey::fromPkcs12(m_keys.path(QStringLiteral("absent.p12")), m_pass);
    QVERIFY(!key);
    QCOMPARE(key.error().code, ErrorCode::Io);
}

void TestSigningKey::expiredCertificate()
{
    QVERIFY2(m_keys.selfSignedBetween(QStringLiteral("old"), QStringLiteral("Old Signer"), QStringLiteral("Org"),
                                      QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()),
                                      QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc())),
             qPrintable(m_keys.lastError()));
    QVERIFY(m_keys.pkcs12(QStringLiteral("old"), m_pass));
    auto key = SigningKey::fromPkcs12(m_keys.path(QStringLiteral("old.p12")), m_pass);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    const auto &c = (*key)->certificate();
    QCOMPARE(c.notAfter, QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(c.hasExpiredAt(QDateTime::currentDateTimeUtc()));
    QVERIFY(c.isValidAt(QDateTime(QDate(2020, 6, 1), QTime(12, 0), QTimeZone::utc())));
    auto usable = (*key)->checkUsableAt(QDateTime::currentDateTimeUtc());
    QVERIFY(!usable);
    QCOMPARE(usable.error().code, ErrorCode::BadInput);
    QVERIFY2(usable.error().message.contains(QStringLiteral("expired on 2021-01-01")), qPrintable(usable.error().message));
    auto early = (*key)->checkUsableAt(QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(!early);
    QVERIFY(early.error().message.contains(QStringLiteral("not valid before")));
}

void TestSigningKey::objectUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("adds type") << "pkcs11:token=T;object=k"
                               << "private"
                               << "pkcs11:token=T;object=k;type=private";
    QTest::newRow("replaces type") << "pkcs11:token=T;object=k;type=private"
                                   << "cert"
                                   << "pkcs11:token=T;object=k;type=cert";
    QTest::newRow("by id") << "pkcs11:id=%01%02"
                           << "cert"
                           << "pkcs11:id=%01%02;type=cert";
    QTest::newRow("keeps module query") << "pkcs11:object=k?module-path=/x.so"
                                        << "cert"
                                        << "pkcs11:object=k;type=cert?module-path=/x.so";
    QTest::newRow("pin in query") << "pkcs11:object=k?pin-value=1234"
                                  << "private"
                                  << "";
    QTest::newRow("pin source") << "pkcs11:object=k?pin-source=file:/p"
                                << "private"
                                << "";
    QTest::newRow("no object") << "pkcs11:token=T"
                               << "private"
                               << "";
    QTest::newRow("not a uri") << "/path/key.p12"
                               << "private"
                               << "";
}

void TestSigningKey::objectUri()
{
    QFETCH(QString, uri);
    QFETCH(QString, type);
    QFETCH(QString, expected);
    auto r = Pkcs11Engine::objectUri(uri, type);
    if (expected.isEmpty()) {
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Usage);
    } else {
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, expected);
    }
}

void TestSigningKey::pkcs11Good()
{
    if (!m_hasToken)
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    auto key =
        SigningKey::fromPkcs11({QStringLiteral("pkcs11:token=Team%20Token;object=leader"), abtest::SoftHsmToken::module(), {}}, m_pin);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    QVERIFY((*key)->onToken());
    QCOMPARE((*key)->certificate().commonName, QStringLiteral("张伟"));
    QCOMPARE((*key)->certificate().organization, QStringLiteral("检查组"));
    QCOMPARE((*key)->certificate().sha256Fingerprint, m_keys.fingerprint(QStringLiteral("tok")));
    QCOMPARE((*key)->source(), QStringLiteral("token \"Team Token\""));
    QCOMPARE((*key)->maxSignatureSize(), 256);
    // By id as well as by label.
    auto byId = SigningKey::fromPkcs11({QStringLiteral("pkcs11:token=Team%20Token;id=%4c%31"), abtest::SoftHsmToken::module(), {}}, m_pin);
    QVERIFY2(byId, byId ? "" : qPrintable(byId.error().message));
    QCOMPARE((*byId)->certificate().commonName, QStringLiteral("张伟"));
}

void TestSigningKey::pkcs11DefaultModule()
{
    if (!m_hasToken)
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    // libp11 keeps the first module loaded for the life of the process: a
    // different one is refused instead of silently using the first. (The
    // default module, p11-kit-proxy, is tried from a fresh process in
    // tst_cli_signing.)
    auto key = SigningKey::fromPkcs11({QStringLiteral("pkcs11:token=Team%20Token;object=leader"), {}, {}}, m_pin);
    QVERIFY(!key);
    QCOMPARE(key.error().code, ErrorCode::BadInput);
    QVERIFY2(key.error().message.contains(QStringLiteral("already in use")) && key.error().message.contains(Pkcs11Engine::defaultModule()),
             qPrintable(key.error().message));
}

void TestSigningKey::pkcs11CertificateFile()
{
    if (!m_hasToken)
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    // The caller's certificate must belong to the token's key.
    auto wrong = SigningKey::fromPkcs11({QStringLiteral("pkcs11:token=Team%20Token;object=leader"), abtest::SoftHsmToken::module(),
                                         m_keys.path(QStringLiteral("good.crt"))},
                                        m_pin);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::BadInput);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("does not belong")), qPrintable(wrong.error().message));
    auto right = SigningKey::fromPkcs11(
        {QStringLiteral("pkcs11:token=Team%20Token;object=leader"), abtest::SoftHsmToken::module(), m_keys.path(QStringLiteral("tok.crt"))},
        m_pin);
    QVERIFY2(right, right ? "" : qPrintable(right.error().message));
}

void TestSigningKey::pkcs11WrongPin()
{
    if (!m_hasToken)
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    // The first login of this process: the token itself says CKR_PIN_INCORRECT.
    auto key =
        SigningKey::fromPkcs11({QStringLiteral("pkcs11:token=Team%20Token;object=leader"), abtest::SoftHsmToken::module(), {}}, "000000");
    QVERIFY(!key);
    QCOMPARE(key.error().code, ErrorCode::WrongPassphrase);
    QVERIFY2(key.error().message.contains(QStringLiteral("PIN")) && key.error().message.contains(QStringLiteral("Team Token")),
             qPrintable(key.error().message));
}

void TestSigningKey::pkcs11WrongPinAfterLogin()
{
    if (!m_hasToken)
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    // libp11 keeps the token logged in since pkcs11Good and would accept any
    // PIN now: the wrong one is caught all the same.
    auto key =
        SigningKey::fromPkcs11({QStringLiteral("pkcs11:token=Team%20Token;object=leader"), abtest::SoftHsmToken::module(), {}}, "000000");
    QVERIFY(!key);
    QCOMPARE(key.error().code, ErrorCode::WrongPassphrase);
    auto again =
        SigningKey::fromPkcs11({QStringLiteral("pkcs11:token=Team%20Token;object=leader"), abtest::SoftHsmToken::module(), {}}, m_pin);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
}

void TestSigningKey::pkcs11Failures_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    const QString m = abtest::SoftHsmToken::module();
    QTest::newRow("no such object") << "pkcs11:token=Team%20Token;object=nobody" << m << m_pin << int(ErrorCode::BadInput)
                                    << "No private key";
    QTest::newRow("no such token") << "pkcs11:token=Elsewhere;object=leader" << m << m_pin << int(ErrorCode::BadInput) << "No private key";
    QTest::newRow("missing module") << "pkcs11:token=Team%20Token;object=leader"
                                    << "/nonexistent/module.so" << m_pin << int(ErrorCode::BadInput) << "does not exist";
    QTest::newRow("not a module") << "pkcs11:token=Team%20Token;object=leader"
                                  << "/etc/hostname" << m_pin << int(ErrorCode::BadInput) << "not a PKCS#11 module";
    QTest::newRow("pin in uri") << "pkcs11:token=Team%20Token;object=leader?pin-value=314159" << m << m_pin << int(ErrorCode::Usage)
                                << "must not carry the PIN";
    QTest::newRow("empty pin") << "pkcs11:token=Team%20Token;object=leader" << m << QByteArray() << int(ErrorCode::Usage) << "No PIN";
}

void TestSigningKey::pkcs11Failures()
{
    if (!m_hasToken)
        QSKIP("softhsm2 and opensc (pkcs11-tool) are needed");
    QFETCH(QString, uri);
    QFETCH(QString, module);
    QFETCH(QByteArray, pin);
    QFETCH(int, code);
    QFETCH(QString, says);
    auto key = SigningKey::fromPkcs11({uri, module, {}}, pin);
    QVERIFY(!key);
    QCOMPARE(int(key.error().code), code);
    QVERIFY2(key.error().message.contains(says), qPrintable(key.error().message));
}

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"
