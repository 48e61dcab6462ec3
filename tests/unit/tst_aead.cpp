// AES-256-GCM: round trips, and every kind of tampering refused.
#include "core/crypto/Aead.h"

#include <QTest>

using ab::crypto::Aead;
using ab::crypto::SecureBytes;

namespace {
SecureBytes key(char fill) { return SecureBytes(QByteArray(Aead::KeySize, fill)); }
}

class TestAead final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void freshNonceEachTime();
    void tampered_data();
    void tampered();
    void wrongKeyOrAad();
    void tooShort();
    void randomBytes();
};

void TestAead::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty, no aad") << QByteArray() << QByteArray();
    QTest::newRow("empty, aad") << QByteArray() << QByteArray("place");
    QTest::newRow("one byte") << QByteArray("x") << QByteArray("place");
    QTest::newRow("block") << QByteArray(16, 'b') << QByteArray();
    QTest::newRow("1 MiB") << QByteArray(1 << 20, '\x5a') << QByteArray("chunk 0");
}

void TestAead::roundTrip()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, aad);
    const SecureBytes k = key('k');
    const QByteArray sealed = Aead::seal(k, plain, aad);
    QCOMPARE(sealed.size(), plain.size() + Aead::Overhead);
    if (plain.size() >= 16)
        QVERIFY(!sealed.contains(plain)); // it really is encrypted
    const auto opened = Aead::open(k, sealed, aad);
    QVERIFY(opened.has_value());
    QCOMPARE(*opened, plain);
    QByteArray buffer("previous contents");
    QVERIFY(Aead::open(k, sealed, aad, buffer));
    QCOMPARE(buffer, plain);
}

void TestAead::freshNonceEachTime()
{
    const SecureBytes k = key('k');
    const QByteArray a = Aead::seal(k, QByteArrayView("same"), QByteArrayView("aad"));
    const QByteArray b = Aead::seal(k, QByteArrayView("same"), QByteArrayView("aad"));
    QVERIFY(a.left(Aead::NonceSize) != b.left(Aead::NonceSize));
    QVERIFY(a != b);
}

void TestAead::tampered_data()
{
    QTest::addColumn<int>("offset"); // negative counts from the end
    QTest::newRow("nonce first byte") << 0;
    QTest::newRow("nonce last byte") << Aead::NonceSize - 1;
    QTest::newRow("ciphertext first byte") << Aead::NonceSize;
    QTest::newRow("ciphertext middle") << Aead::NonceSize + 500;
    QTest::newRow("tag first byte") << -Aead::TagSize;
    QTest::newRow("tag last byte") << -1;
}

void TestAead::tampered()
{
    QFETCH(int, offset);
    const SecureBytes k = key('k');
    const QByteArray plain(1000, 'p');
    QByteArray sealed = Aead::seal(k, plain, QByteArrayView("aad"));
    const qsizetype at = offset >= 0 ? offset : sealed.size() + offset;
    sealed[at] = char(sealed[at] ^ 0x01);
    QVERIFY(!Aead::open(k, sealed, QByteArrayView("aad")).has_value());
    QByteArray out;
    QVERIFY(!Aead::open(k, sealed, QByteArrayView("aad"), out));
    QVERIFY(!out.contains('p')); // no unauthenticated plaintext handed out
}

void TestAead::wrongKeyOrAad()
{
    const SecureBytes k = key('k');
    const QByteArray sealed = Aead::seal(k, QByteArrayView("secret"), QByteArrayView("chunk 1"));
    QVERIFY(!Aead::open(key('K'), sealed, QByteArrayView("chunk 1")).has_value());
    QVERIFY(!Aead::open(k, sealed, QByteArrayView("chunk 2")).has_value());
    QVERIFY(!Aead::open(k, sealed, QByteArrayView()).has_value());
    QVERIFY(!Aead::open(SecureBytes(QByteArray(16, 'k')), sealed, QByteArrayView("chunk 1")).has_value()); // short key
    // Truncated or extended messages fail too.
    QVERIFY(!Aead::open(k, sealed.chopped(1), QByteArrayView("chunk 1")).has_value());
    QVERIFY(!Aead::open(k, QByteArray(sealed + QByteArray("x")), QByteArrayView("chunk 1")).has_value());
    QVERIFY(Aead::open(k, sealed, QByteArrayView("chunk 1")).has_value());
}

void TestAead::tooShort()
{
    const SecureBytes k = key('k');
    QVERIFY(!Aead::open(k, QByteArray(), QByteArray()).has_value());
    QVERIFY(!Aead::open(k, QByteArray(Aead::Overhead - 1, '\0'), QByteArray()).has_value());
    QVERIFY(!Aead::open(k, QByteArray(Aead::Overhead, '\0'), QByteArray()).has_value());
}

void TestAead::randomBytes()
{
    const QByteArray a = ab::crypto::randomBytes(32);
    const QByteArray b = ab::crypto::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
}

QTEST_GUILESS_MAIN(TestAead)
#include "tst_aead.moc"
