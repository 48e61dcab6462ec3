// TLS audit against real `openssl s_server` instances on 127.0.0.9: a legacy
// server (TLS 1.0-1.3, NULL suites, expired self-signed RSA-1024/SHA-1
// certificate) and a modern one (TLS 1.2/1.3 only, fresh EC P-256); plain
// TCP services that are not TLS (garbage, silence, closed) end cleanly and
// in bounded time; the scope gate and Stop are honoured.
#include "ProbeTestEnv.h"

#include "core/probe/TlsAudit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <atomic>
#include <thread>

using namespace ab::probe;

namespace
{
const QString Host = QStringLiteral("127.0.0.9");

Endpoint ep(quint16 port)
{
    return Endpoint{QHostAddress(Host), port};
}

struct KeyCert {
    QByteArray key;
    QByteArray cert;
};

QByteArray bioText(BIO *b)
{
    char *d = nullptr;
    const long n = BIO_get_mem_data(b, &d);
    return QByteArray(d, int(n));
}

// A self-signed certificate with the given key, digest, validity and SANs.
KeyCert makeCert(EVP_PKEY *key, const EVP_MD *md, const char *notBefore, const char *notAfter, const char *cn, const char *sans = nullptr)
{
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 4242);
    ASN1_TIME_set_string_X509(X509_getm_notBefore(x), notBefore);
    ASN1_TIME_set_string_X509(X509_getm_notAfter(x), notAfter);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("AuditBench Test"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_issuer_name(x, name);
    if (sans) {
        X509V3_CTX v3;
        X509V3_set_ctx_nodb(&v3);
        X509V3_set_ctx(&v3, x, x, nullptr, nullptr, 0);
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &v3, NID_subject_alt_name, sans);
        X509_add_ext(x, ext, -1);
        X509_EXTENSION_free(ext);
    }
    X509_sign(x, key, md);
    BIO *kb = BIO_new(BIO_s_mem());
    BIO *cb = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(kb, key, nullptr, nullptr, 0, nullptr, nullptr);
    PEM_write_bio_X509(cb, x);
    KeyCert kc{bioText(kb), bioText(cb)};
    BIO_free(kb);
    BIO_free(cb);
    X509_free(x);
    return kc;
}

QString asn1Now(qint64 offsetDays)
{
    return QDateTime::currentDateTimeUtc().addDays(offsetDays).toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A TCP listener on 127.0.0.9 that answers every connection with `reply`
// (then closes), or never accepts at all when `silent`.
class PlainServer
{
public:
    PlainServer(quint16 port, QByteArray reply, bool silent) : m_reply(std::move(reply))
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(port);
        ::inet_pton(AF_INET, "127.0.0.9", &sin.sin_addr);
        m_ok = ::bind(m_fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) == 0 && ::listen(m_fd, 16) == 0;
        if (m_ok && !silent)
            m_thread = std::thread([this] {
                for (;;) {
                    const int c = ::accept(m_fd, nullptr, nullptr);
                    if (c < 0 || m_stop)
                        break;
                    char buf[4096];
                    (void)::recv(c, buf, sizeof buf, 0); // the ClientHello
                    (void)::send(c, m_reply.constData(), size_t(m_reply.size()), MSG_NOSIGNAL);
                    ::close(c);
                }
            });
    }
    ~PlainServer()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_fd);
    }
    bool ok() const { return m_ok; }

private:
    int m_fd = -1;
    bool m_ok = false;
    std::atomic<bool> m_stop{false};
    QByteArray m_reply;
    std::thread m_thread;
};

Limits quickLimits()
{
    Limits l;
    l.ioTimeoutMs = 1000;
    l.exchangeTimeoutMs = 3000;
    l.connectTimeoutMs = 1000;
    return l;
}
} // namespace

class TestTlsAudit final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void certificateAnalysis();
    void legacyServer();
    void modernServer();
    void notTls_data();
    void notTls();
    void outOfScopeSendsNothing();
    void stopIsImmediate();

private:
    QTemporaryDir m_dir;
    QString m_openssl;
    KeyCert m_legacy;
    KeyCert m_modern;
};

void TestTlsAudit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    EVP_PKEY *rsa1024 = EVP_RSA_gen(1024);
    EVP_PKEY *p256 = EVP_EC_gen("P-256");
    QVERIFY(rsa1024 && p256);
    m_legacy = makeCert(rsa1024, EVP_sha1(), "20200101000000Z", "20210101000000Z", "legacy-camera.test");
    m_modern = makeCert(p256, EVP_sha256(), qPrintable(asn1Now(-1)), qPrintable(asn1Now(30)), "modern-camera.test",
                        "DNS:modern-camera.test,IP:127.0.0.9");
    EVP_PKEY_free(rsa1024);
    EVP_PKEY_free(p256);
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("legacy.key")), m_legacy.key));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("legacy.crt")), m_legacy.cert));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("modern.key")), m_modern.key));
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("modern.crt")), m_modern.cert));
}

void TestTlsAudit::certificateAnalysis()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto legacy = analyseCertificate(m_legacy.cert, now);
    QVERIFY2(legacy.ok(), qPrintable(legacy.ok() ? QString() : legacy.error().message));
    QCOMPARE(legacy->subject, QStringLiteral("CN=legacy-camera.test,O=AuditBench Test"));
    QCOMPARE(legacy->issuer, legacy->subject);
    QCOMPARE(legacy->notAfter, QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(legacy->expired);
    QVERIFY(!legacy->notYetValid);
    QVERIFY(legacy->selfSigned);
    QCOMPARE(legacy->key(), QStringLiteral("RSA 1024"));
    QVERIFY(legacy->weakKey);
    QCOMPARE(legacy->sigAlg, QStringLiteral("sha1WithRSAEncryption"));
    QVERIFY(legacy->weakSignature);
    QCOMPARE(legacy->sha256.size(), 32 * 3 - 1);

    auto modern = analyseCertificate(m_modern.cert, now);
    QVERIFY(modern.ok());
    QVERIFY(!modern->expired && !modern->notYetValid && !modern->weakKey && !modern->weakSignature);
    QVERIFY(modern->selfSigned);
    QCOMPARE(modern->key(), QStringLiteral("EC 256"));
    QCOMPARE(modern->sigAlg, QStringLiteral("ecdsa-with-SHA256"));
    QCOMPARE(modern->subjectAltNames, (QStringList{QStringLiteral("DNS:modern-camera.test"), QStringLiteral("IP:127.0.0.9")}));
    // The same certificate judged a year before it was issued.
    auto early = analyseCertificate(m_modern.cert, now.addYears(-1));
    QVERIFY(early.ok() && early->notYetValid && !early->expired);

    // A certificate signed by another key is not self-signed even with issuer == subject.
    EVP_PKEY *k1 = EVP_EC_gen("P-256");
    EVP_PKEY *k2 = EVP_EC_gen("P-256");
    KeyCert forged = makeCert(k1, EVP_sha256(), "20200101000000Z", "20300101000000Z", "forged.test");
    X509 *x = nullptr;
    {
        BIO *b = BIO_new_mem_buf(forged.cert.constData(), int(forged.cert.size()));
        x = PEM_read_bio_X509(b, nullptr, nullptr, nullptr);
        BIO_free(b);
    }
    QVERIFY(x);
    X509_sign(x, k2, EVP_sha256()); // re-signed with a different key
    BIO *out = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(out, x);
    auto notSelf = analyseCertificate(bioText(out), now);
    BIO_free(out);
    X509_free(x);
    EVP_PKEY_free(k1);
    EVP_PKEY_free(k2);
    QVERIFY(notSelf.ok());
    QCOMPARE(notSelf->issuer, notSelf->subject);
    QVERIFY(!notSelf->selfSigned);

    QVERIFY(!analyseCertificate(QByteArrayLiteral("-----BEGIN CERTIFICATE-----\ngarbage\n-----END CERTIFICATE-----\n")).ok());
    QVERIFY(!analyseCertificate(QByteArray()).ok());
}

void TestTlsAudit::legacyServer()
{
    PROBETEST_REQUIRE_TOOL(openssl, "openssl");
    const quint16 port = 18443;
    probetest::Daemon server;
    QVERIFY(server.start(openssl,
                         {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("%1:%2").arg(Host).arg(port),
                          QStringLiteral("-cert"), m_dir.filePath(QStringLiteral("legacy.crt")), QStringLiteral("-key"),
                          m_dir.filePath(QStringLiteral("legacy.key")), QStringLiteral("-cipher"), QStringLiteral("ALL:eNULL:@SECLEVEL=0"),
                          QStringLiteral("-www"), QStringLiteral("-quiet")},
                         Host, port));
    auto ctx = probetest::loopbackContext(quickLimits());
    QElapsedTimer t;
    t.start();
    const ProbeOutcome out = auditTls(*ctx, ep(port), QStringLiteral("legacy-camera.test"));
    qInfo("legacy audit: %lld ms", static_cast<long long>(t.elapsed()));
    QCOMPARE(out.services.size(), 1);
    QCOMPARE(out.transcripts.size(), 1);
    const Service &s = out.services[0];
    QCOMPARE(s.name, QStringLiteral("tls"));
    QVERIFY(s.tls);
    QCOMPARE(s.transcripts, QList<int>{0});
    QCOMPARE(s.facts.value(QStringLiteral("tls.versions")).toStringList(),
             (QStringList{QStringLiteral("TLSv1.0"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
    const QStringList weak = s.facts.value(QStringLiteral("tls.weak_ciphers")).toStringList();
    QVERIFY2(weak.join(QLatin1Char(' ')).contains(QLatin1String("NULL-")), qPrintable(weak.join(QStringLiteral(" | "))));
    const QStringList untested = s.facts.value(QStringLiteral("tls.untested_cipher_classes")).toStringList();
    QVERIFY2(untested.contains(QStringLiteral("RC4")), qPrintable(untested.join(QLatin1Char(','))));
    QCOMPARE(s.facts.value(QStringLiteral("cert.expired")).toBool(), true);
    QCOMPARE(s.facts.value(QStringLiteral("cert.self_signed")).toBool(), true);
    QCOMPARE(s.facts.value(QStringLiteral("cert.key")).toString(), QStringLiteral("RSA 1024"));
    QCOMPARE(s.facts.value(QStringLiteral("cert.sig_alg")).toString(), QStringLiteral("sha1WithRSAEncryption"));
    QCOMPARE(s.facts.value(QStringLiteral("cert.not_after")).toString(), QStringLiteral("2021-01-01T00:00:00Z"));
    QVERIFY(s.facts.value(QStringLiteral("cert.subject")).toString().contains(QLatin1String("legacy-camera.test")));
    QCOMPARE(s.facts.value(QStringLiteral("cert.sha256")).toString(), analyseCertificate(m_legacy.cert)->sha256);

    QCOMPARE(out.observations.size(), 1);
    const Observation &o = out.observations[0];
    QCOMPARE(o.check, QStringLiteral("tls-weak"));
    QCOMPARE(o.severity, Severity::Medium);
    QCOMPARE(o.endpoint, ep(port));
    QCOMPARE(o.transcripts, QList<int>{0});
    for (const char *must :
         {"TLSv1.0", "TLSv1.1", "weak cipher suites", "expired", "self-signed", "RSA 1024", "sha1WithRSAEncryption", "RC4"})
        QVERIFY2(o.detail.contains(QLatin1String(must)),
                 qPrintable(QStringLiteral("missing %1 in: %2").arg(QLatin1String(must), o.detail)));

    const QByteArray transcript = out.transcripts[0].render();
    qInfo("%s", qPrintable(o.detail));
    QVERIFY2(transcript.contains("TLSv1.0: accepted"), transcript.constData());
    QVERIFY(transcript.contains("weak:NULL: accepted"));
    QCOMPARE(out.transcripts[0].protocol, QStringLiteral("tls"));
}

void TestTlsAudit::modernServer()
{
    PROBETEST_REQUIRE_TOOL(openssl, "openssl");
    const quint16 port = 18444;
    probetest::Daemon server;
    QVERIFY(server.start(openssl,
                         {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("%1:%2").arg(Host).arg(port),
                          QStringLiteral("-cert"), m_dir.filePath(QStringLiteral("modern.crt")), QStringLiteral("-key"),
                          m_dir.filePath(QStringLiteral("modern.key")), QStringLiteral("-no_tls1"), QStringLiteral("-no_tls1_1"),
                          QStringLiteral("-www"), QStringLiteral("-quiet")},
                         Host, port));
    auto ctx = probetest::loopbackContext(quickLimits());
    Transcript tr;
    auto report = runTlsAudit(*ctx, ep(port), QStringLiteral("modern-camera.test"), tr);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->versions, (QStringList{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
    QCOMPARE(report->bestVersion, QStringLiteral("TLSv1.3"));
    QVERIFY(report->weakCiphers.isEmpty());
    QVERIFY(report->cert.has_value());
    QCOMPARE(report->cert->key(), QStringLiteral("EC 256"));
    QCOMPARE(report->problems.size(), 1); // self-signed, nothing else
    QVERIFY(report->problems[0].startsWith(QLatin1String("self-signed")));
    // Every protocol version was tried, each on its own connection.
    int refused = 0;
    for (const TlsHandshake &h : report->handshakes)
        refused += (h.attempt == QLatin1String("TLSv1.0") || h.attempt == QLatin1String("TLSv1.1")) && !h.accepted;
    QCOMPARE(refused, 2);

    const ProbeOutcome out = auditTls(*ctx, ep(port));
    QCOMPARE(out.observations.size(), 1);
    QVERIFY(!out.observations[0].detail.contains(QLatin1String("legacy")));
    QVERIFY(out.observations[0].detail.contains(QLatin1String("self-signed")));
}

void TestTlsAudit::notTls_data()
{
    QTest::addColumn<int>("kind"); // 0 garbage, 1 silent, 2 closed port
    QTest::newRow("http garbage") << 0;
    QTest::newRow("never answers") << 1;
    QTest::newRow("closed port") << 2;
}

void TestTlsAudit::notTls()
{
    QFETCH(int, kind);
    const quint16 port = quint16(18445 + kind);
    std::unique_ptr<PlainServer> server;
    if (kind < 2) {
        server = std::make_unique<PlainServer>(
            port, QByteArrayLiteral("HTTP/1.0 400 Bad Request\r\nServer: x\r\n\r\n") + QByteArray(70000, 'A'), kind == 1);
        QVERIFY(server->ok());
    }
    auto ctx = probetest::loopbackContext(quickLimits());
    QElapsedTimer t;
    t.start();
    Transcript tr;
    auto report = runTlsAudit(*ctx, ep(port), {}, tr);
    const qint64 ms = t.elapsed();
    QVERIFY(!report.ok());
    QVERIFY2(report.error().message.contains(QLatin1String("127.0.0.9")), qPrintable(report.error().message));
    QVERIFY2(ms < 2500, QByteArray::number(ms).constData()); // one timeout at most, never a timeout per handshake
    QVERIFY(!tr.exchanges.isEmpty());

    const ProbeOutcome out = auditTls(*ctx, ep(port));
    QVERIFY(out.services.isEmpty());
    QVERIFY(out.observations.isEmpty());
    QCOMPARE(out.transcripts.size(), 1);
}

void TestTlsAudit::outOfScopeSendsNothing()
{
    auto ctx = probetest::loopbackContext(quickLimits());
    const Endpoint outside{QHostAddress(QStringLiteral("192.0.2.1")), 443};
    Transcript tr;
    auto report = runTlsAudit(*ctx, outside, {}, tr);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ab::ErrorCode::Usage);
    QCOMPARE(ctx->gate().refusals().size(), 1);
}

void TestTlsAudit::stopIsImmediate()
{
    PlainServer silent(18448, {}, true);
    QVERIFY(silent.ok());
    Limits slow = quickLimits();
    slow.ioTimeoutMs = 20000;
    slow.exchangeTimeoutMs = 20000;
    auto ctx = probetest::loopbackContext(slow);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        ctx->cancel();
    });
    QElapsedTimer t;
    t.start();
    Transcript tr;
    auto report = runTlsAudit(*ctx, ep(18448), {}, tr);
    stopper.join();
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ab::ErrorCode::Cancelled);
    QVERIFY2(t.elapsed() < 1500, QByteArray::number(t.elapsed()).constData());
}

QTEST_GUILESS_MAIN(TestTlsAudit)
#include "tst_tlsaudit.moc"
