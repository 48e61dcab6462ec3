// scrypt key derivation: a known vector, and the parameter bounds that keep a
// hostile inspection file from asking for unbounded memory or time.
#include "core/crypto/Kdf.h"

#include <QJsonObject>
#include <QTest>

using ab::crypto::KdfParams;

namespace {
QJsonObject params(QJsonValue n, QJsonValue r, QJsonValue p, QJsonValue salt = QString::fromLatin1(QByteArray(16, 's').toBase64()),
                   QJsonValue alg = QStringLiteral("scrypt"))
{
    return QJsonObject{{QStringLiteral("alg"), alg}, {QStringLiteral("n"), n}, {QStringLiteral("r"), r}, {QStringLiteral("p"), p},
                       {QStringLiteral("salt"), salt}};
}
} // namespace

class TestKdf final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshRoundTrip();
    void accepted_data();
    void accepted();
    void hostileRejected_data();
    void hostileRejected();
    void rfc7914Vector();
    void deterministicAndSensitive();
};

void TestKdf::freshRoundTrip()
{
    const KdfParams a = KdfParams::fresh();
    QCOMPARE(a.salt.size(), 16);
    QVERIFY(a.salt != KdfParams::fresh().salt);
    auto b = KdfParams::fromJson(a.toJson());
    QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
    QCOMPARE(b->algorithm, a.algorithm);
    QCOMPARE(b->n, a.n);
    QCOMPARE(b->r, a.r);
    QCOMPARE(b->p, a.p);
    QCOMPARE(b->salt, a.salt);
}

void TestKdf::accepted_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("default") << params(65536, 8, 1);
    QTest::newRow("smallest") << params(2, 1, 1);
    QTest::newRow("strongest memory") << params(1 << 19, 8, 1);
    QTest::newRow("strongest work") << params(1 << 16, 8, 16);
    QTest::newRow("long salt") << params(65536, 8, 2, QString::fromLatin1(QByteArray(64, 'x').toBase64()));
}

void TestKdf::accepted()
{
    QFETCH(QJsonObject, json);
    auto k = KdfParams::fromJson(json);
    QVERIFY2(k.ok(), qPrintable(k.ok() ? QString() : k.error().message));
}

void TestKdf::hostileRejected_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("other algorithm") << params(65536, 8, 1, QString::fromLatin1(QByteArray(16, 's').toBase64()), QStringLiteral("pbkdf2"));
    QTest::newRow("no algorithm") << params(65536, 8, 1, QString::fromLatin1(QByteArray(16, 's').toBase64()), QJsonValue());
    QTest::newRow("n missing") << params(QJsonValue(), 8, 1);
    QTest::newRow("n as text") << params(QStringLiteral("65536"), 8, 1);
    QTest::newRow("n = 0") << params(0, 8, 1);
    QTest::newRow("n = 1") << params(1, 8, 1);
    QTest::newRow("n not a power of two") << params(65535, 8, 1);
    QTest::newRow("n fractional") << params(65536.5, 8, 1);
    QTest::newRow("n negative") << params(-65536, 8, 1);
    QTest::newRow("n 2^23") << params(double(1 << 23), 8, 1);
    QTest::newRow("n 2^63") << params(9223372036854775808.0, 8, 1);
    QTest::newRow("n 1e300") << params(1e300, 8, 1);
    QTest::newRow("r = 0") << params(65536, 0, 1);
    QTest::newRow("r = 33") << params(65536, 33, 1);
    QTest::newRow("r 2^32 + 1") << params(65536, 4294967297.0, 1);
    QTest::newRow("r negative") << params(65536, -8, 1);
    QTest::newRow("p = 0") << params(65536, 8, 0);
    QTest::newRow("p = 17") << params(65536, 8, 17);
    QTest::newRow("p 2^32 + 1") << params(65536, 8, 4294967297.0);
    // Each bound alone is fine; together they ask for 16 GiB (128 * r * n).
    QTest::newRow("memory bomb n 2^22 r 32") << params(double(1 << 22), 32, 1);
    QTest::newRow("memory 1 GiB") << params(double(1 << 20), 8, 1);
    // 16 lanes of 1 GiB each: minutes of CPU before the passphrase is even checked.
    QTest::newRow("time bomb n 2^19 r 8 p 16") << params(double(1 << 19), 8, 16);
    QTest::newRow("salt short") << params(65536, 8, 1, QString::fromLatin1(QByteArray(15, 's').toBase64()));
    QTest::newRow("salt missing") << params(65536, 8, 1, QJsonValue());
    QTest::newRow("empty object") << QJsonObject();
}

void TestKdf::hostileRejected()
{
    QFETCH(QJsonObject, json);
    auto k = KdfParams::fromJson(json);
    QVERIFY(!k.ok());
    QCOMPARE(k.error().code, ab::ErrorCode::BadInput);
    QVERIFY(!k.error().message.isEmpty());
}

void TestKdf::rfc7914Vector()
{
    // RFC 7914 section 12, second vector; the first 32 of its 64 bytes.
    KdfParams p;
    p.n = 1024;
    p.r = 8;
    p.p = 16;
    p.salt = QByteArray("NaCl");
    auto key = ab::crypto::deriveKey(QByteArray("password"), p);
    QVERIFY(key.ok());
    QCOMPARE(key->size(), 32);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(key->data()), key->size()).toHex(),
             QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"));
}

void TestKdf::deterministicAndSensitive()
{
    KdfParams p;
    p.n = 1024;
    p.salt = QByteArray(16, 'a');
    auto bytes = [](const ab::Result<ab::crypto::SecureBytes> &k) {
        return QByteArray(reinterpret_cast<const char *>(k->data()), k->size());
    };
    auto a = ab::crypto::deriveKey(QByteArray("correct horse"), p);
    auto b = ab::crypto::deriveKey(QByteArray("correct horse"), p);
    auto c = ab::crypto::deriveKey(QByteArray("correct horsE"), p);
    KdfParams q = p;
    q.salt[0] = 'b';
    auto d = ab::crypto::deriveKey(QByteArray("correct horse"), q);
    QVERIFY(a.ok() && b.ok() && c.ok() && d.ok());
    QCOMPARE(bytes(a), bytes(b));
    QVERIFY(bytes(a) != bytes(c));
    QVERIFY(bytes(a) != bytes(d));
}

QTEST_GUILESS_MAIN(TestKdf)
#include "tst_kdf.moc"
