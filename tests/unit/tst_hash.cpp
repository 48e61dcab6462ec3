// Sha256 and HMAC-SHA-256 against published vectors (FIPS 180-2, RFC 4231).
#include "core/crypto/Hash.h"

#include <QTest>

using ab::crypto::Sha256;

class TestHash final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sha256_data();
    void sha256();
    void incrementalMatchesOneShot();
    void resultResets();
    void hmac_data();
    void hmac();
    void constantTimeCompare();
};

void TestHash::sha256_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty") << QByteArray() << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("million a") << QByteArray(1000000, 'a')
                               << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestHash::sha256()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    QCOMPARE(Sha256::hashHex(input), hex);
    QCOMPARE(Sha256::hash(input).size(), 32);
}

void TestHash::incrementalMatchesOneShot()
{
    QByteArray data;
    for (int i = 0; i < 100000; ++i)
        data.append(char(i * 7 + 3));
    Sha256 h;
    // Uneven pieces, including empty ones, must not change the digest.
    qsizetype pos = 0;
    for (qsizetype piece : {0, 1, 63, 64, 65, 0, 4096, 12345}) {
        h.add(QByteArrayView(data).sliced(pos, piece));
        pos += piece;
    }
    h.add(data.constData() + pos, data.size() - pos);
    QCOMPARE(h.result(), Sha256::hash(data));
}

void TestHash::resultResets()
{
    Sha256 h;
    h.add(QByteArrayView("garbage"));
    (void)h.result();
    h.add(QByteArrayView("abc"));
    QCOMPARE(h.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestHash::hmac_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("rfc4231 tc1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                 << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("rfc4231 tc2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                 << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("rfc4231 tc6 long key") << QByteArray(131, '\xaa')
                                          << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                                          << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

void TestHash::hmac()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, hex);
    const QByteArray mac = ab::crypto::hmacSha256(reinterpret_cast<const unsigned char *>(key.constData()), key.size(), data);
    QCOMPARE(mac.toHex(), hex);
}

void TestHash::constantTimeCompare()
{
    using ab::crypto::equalConstantTime;
    QVERIFY(equalConstantTime(QByteArrayView("abcdef"), QByteArrayView("abcdef")));
    QVERIFY(equalConstantTime(QByteArrayView(), QByteArrayView()));
    QVERIFY(!equalConstantTime(QByteArrayView("abcdef"), QByteArrayView("abcdeg")));
    QVERIFY(!equalConstantTime(QByteArrayView("abcdef"), QByteArrayView("abcde")));
    QVERIFY(!equalConstantTime(QByteArrayView("abc"), QByteArrayView()));
}

QTEST_GUILESS_MAIN(TestHash)
#include "tst_hash.moc"
