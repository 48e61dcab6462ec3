#include "core/probe/TlsAudit.h"

#include "core/probe/Conn.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <poll.h>
#include <sys/socket.h>

namespace ab::probe
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::TlsAudit)
};

template <auto Fn> struct Deleter {
    template <typename T> void operator()(T *p) const { Fn(p); }
};
using CtxPtr = std::unique_ptr<SSL_CTX, Deleter<SSL_CTX_free>>;
using SslPtr = std::unique_ptr<SSL, Deleter<SSL_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;

// ---- a BIO over the connection's socket -----------------------------------
// Our own instead of SSL_set_fd: writes use MSG_NOSIGNAL (a peer that hangs
// up must not SIGPIPE the whole program), and the bytes a server sends
// during one handshake are capped like every other read in the probe library.
struct SocketIo {
    int fd = -1;
    qint64 sent = 0;
    qint64 received = 0;
    qint64 cap = 0;
    bool capped = false;
};

int bioWrite(BIO *b, const char *data, int len)
{
    auto *io = static_cast<SocketIo *>(BIO_get_data(b));
    BIO_clear_retry_flags(b);
    for (;;) {
        const ssize_t n = ::send(io->fd, data, size_t(len), MSG_NOSIGNAL);
        if (n >= 0) {
            io->sent += n;
            return int(n);
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            BIO_set_retry_write(b);
        return -1;
    }
}

int bioRead(BIO *b, char *data, int len)
{
    auto *io = static_cast<SocketIo *>(BIO_get_data(b));
    BIO_clear_retry_flags(b);
    if (io->received >= io->cap) {
        io->capped = true;
        return -1;
    }
    len = int(qMin<qint64>(len, io->cap - io->received));
    for (;;) {
        const ssize_t n = ::recv(io->fd, data, size_t(len), 0);
        if (n >= 0) {
            io->received += n;
            return int(n);
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            BIO_set_retry_read(b);
        return -1;
    }
}

long bioCtrl(BIO *, int cmd, long, void *)
{
    return cmd == BIO_CTRL_FLUSH ? 1 : 0;
}

int bioCreate(BIO *b)
{
    BIO_set_init(b, 1);
    return 1;
}

BIO_METHOD *socketMethod()
{
    static BIO_METHOD *m = [] {
        BIO_METHOD *meth = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "auditbench-socket");
        BIO_meth_set_write(meth, bioWrite);
        BIO_meth_set_read(meth, bioRead);
        BIO_meth_set_ctrl(meth, bioCtrl);
        BIO_meth_set_create(meth, bioCreate);
        return meth;
    }();
    return m;
}

// ---- certificate facts ------------------------------------------------------
QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qMin<long>(n, 1024));
}

QDateTime asnTime(const ASN1_TIME *t)
{
    struct tm tm {
    };
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString hexColon(const unsigned char *d, unsigned int n)
{
    QStringList parts;
    for (unsigned int i = 0; i < n; ++i)
        parts.append(QStringLiteral("%1").arg(d[i], 2, 16, QLatin1Char('0')).toUpper());
    return parts.join(QLatin1Char(':'));
}

TlsCertInfo certInfo(X509 *c, const QDateTime &now)
{
    TlsCertInfo info;
    info.subject = nameText(X509_get_subject_name(c));
    info.issuer = nameText(X509_get_issuer_name(c));
    info.notBefore = asnTime(X509_get0_notBefore(c));
    info.notAfter = asnTime(X509_get0_notAfter(c));
    info.expired = info.notAfter.isValid() && info.notAfter < now;
    info.notYetValid = info.notBefore.isValid() && info.notBefore > now;
    ERR_set_mark();
    info.selfSigned = X509_self_signed(c, 1) == 1;
    ERR_pop_to_mark();
    if (EVP_PKEY *pk = X509_get0_pubkey(c)) {
        const int id = EVP_PKEY_get_base_id(pk);
        info.keyBits = EVP_PKEY_get_bits(pk);
        switch (id) {
        case EVP_PKEY_RSA:
            info.keyType = QStringLiteral("RSA");
            break;
        case EVP_PKEY_RSA_PSS:
            info.keyType = QStringLiteral("RSA-PSS");
            break;
        case EVP_PKEY_EC:
            info.keyType = QStringLiteral("EC");
            break;
        case EVP_PKEY_DSA:
            info.keyType = QStringLiteral("DSA");
            break;
        case EVP_PKEY_ED25519:
            info.keyType = QStringLiteral("ED25519");
            break;
        case EVP_PKEY_ED448:
            info.keyType = QStringLiteral("ED448");
            break;
        default:
            info.keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(pk)).left(40);
        }
        if (id == EVP_PKEY_RSA || id == EVP_PKEY_RSA_PSS || id == EVP_PKEY_DSA)
            info.weakKey = info.keyBits < 2048;
        else if (id == EVP_PKEY_EC)
            info.weakKey = info.keyBits < 256;
    }
    const int sigNid = X509_get_signature_nid(c);
    info.sigAlg = QString::fromLatin1(OBJ_nid2ln(sigNid) ? OBJ_nid2ln(sigNid) : "unknown");
    int mdNid = NID_undef, pkNid = NID_undef;
    if (OBJ_find_sigid_algs(sigNid, &mdNid, &pkNid))
        info.weakSignature = mdNid == NID_md5 || mdNid == NID_sha1 || mdNid == NID_md4 || mdNid == NID_md2 || mdNid == NID_md5_sha1;
    if (NamesPtr names{static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(c, NID_subject_alt_name, nullptr, nullptr))}) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names.get()) && info.subjectAltNames.size() < 50; ++i) {
            const GENERAL_NAME *g = sk_GENERAL_NAME_value(names.get(), i);
            if (g->type == GEN_DNS) {
                const ASN1_STRING *s = g->d.dNSName;
                info.subjectAltNames.append(
                    QStringLiteral("DNS:") +
                    QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), qMin(ASN1_STRING_length(s), 255)));
            } else if (g->type == GEN_IPADD) {
                const ASN1_OCTET_STRING *s = g->d.iPAddress;
                const unsigned char *d = ASN1_STRING_get0_data(s);
                if (ASN1_STRING_length(s) == 4) {
                    info.subjectAltNames.append(
                        QStringLiteral("IP:") +
                        QHostAddress(quint32(d[0]) << 24 | quint32(d[1]) << 16 | quint32(d[2]) << 8 | d[3]).toString());
                } else if (ASN1_STRING_length(s) == 16) {
                    info.subjectAltNames.append(QStringLiteral("IP:") + QHostAddress(d).toString());
                }
            }
        }
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    if (X509_digest(c, EVP_sha256(), md, &mdLen) == 1)
        info.sha256 = hexColon(md, mdLen);
    return info;
}

// ---- one handshake -----------------------------------------------------------
enum class Failure { None, Connect, Timeout, Cancelled, Protocol };

struct Attempt {
    QString name;
    int minVersion = 0;
    int maxVersion = 0;
    QByteArray cipherList; // TLS <= 1.2
};

struct HandshakeResult {
    TlsHandshake hs;
    Failure failure = Failure::None;
    Error error;
    X509Ptr cert;
};

QString opensslReason()
{
    const unsigned long e = ERR_peek_last_error();
    const char *r = e ? ERR_reason_error_string(e) : nullptr;
    return r ? QString::fromLatin1(r) : QString();
}

QString versionName(int v)
{
    switch (v) {
    case TLS1_VERSION:
        return QStringLiteral("TLSv1.0");
    case TLS1_1_VERSION:
        return QStringLiteral("TLSv1.1");
    case TLS1_2_VERSION:
        return QStringLiteral("TLSv1.2");
    case TLS1_3_VERSION:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
    }
}

HandshakeResult handshake(ProbeContext &ctx, const Endpoint &to, const QString &sni, const Attempt &a, Transcript &transcript,
                          int timeoutMs)
{
    HandshakeResult out;
    out.hs.attempt = a.name;
    auto conn = Conn::connect(ctx, to, &transcript, qMin(timeoutMs, ctx.limits().connectTimeoutMs));
    if (!conn) {
        out.failure = conn.error().code == ErrorCode::Cancelled ? Failure::Cancelled : Failure::Connect;
        out.error = conn.error();
        out.hs.error = conn.error().message;
        return out;
    }
    ERR_clear_error();
    CtxPtr sctx(SSL_CTX_new(TLS_client_method()));
    if (!sctx) {
        out.failure = Failure::Protocol;
        out.hs.error = QStringLiteral("OpenSSL could not create a TLS context");
        return out;
    }
    // The audit wants to see what the server accepts, not to judge it while
    // connecting: security level 0, no verification (the certificate is
    // examined afterwards).
    SSL_CTX_set_security_level(sctx.get(), 0);
    SSL_CTX_set_verify(sctx.get(), SSL_VERIFY_NONE, nullptr);
    SSL_CTX_set_min_proto_version(sctx.get(), a.minVersion);
    SSL_CTX_set_max_proto_version(sctx.get(), a.maxVersion);
    SSL_CTX_set_options(sctx.get(), SSL_OP_NO_TICKET | SSL_OP_LEGACY_SERVER_CONNECT);
    if (!a.cipherList.isEmpty() && SSL_CTX_set_cipher_list(sctx.get(), a.cipherList.constData()) != 1) {
        ERR_clear_error();
        out.failure = Failure::Protocol;
        out.hs.error = QStringLiteral("untestable");
        return out;
    }
    SslPtr ssl(SSL_new(sctx.get()));
    SocketIo io{conn->fd(), 0, 0, qMax<qint64>(ctx.limits().maxResponseBytes, 64 * 1024), false};
    BIO *bio = BIO_new(socketMethod());
    if (!ssl || !bio) {
        BIO_free(bio);
        out.failure = Failure::Protocol;
        out.hs.error = QStringLiteral("OpenSSL could not create a connection");
        return out;
    }
    BIO_set_data(bio, &io);
    SSL_set_bio(ssl.get(), bio, bio);
    if (!sni.isEmpty() && QHostAddress(sni).isNull())
        SSL_set_tlsext_host_name(ssl.get(), sni.toUtf8().constData());

    QElapsedTimer t;
    t.start();
    for (;;) {
        ERR_clear_error();
        const int r = SSL_connect(ssl.get());
        if (r == 1)
            break;
        const int e = SSL_get_error(ssl.get(), r);
        short events = 0;
        if (e == SSL_ERROR_WANT_READ)
            events = POLLIN;
        else if (e == SSL_ERROR_WANT_WRITE)
            events = POLLOUT;
        if (events == 0) {
            out.failure = Failure::Protocol;
            QString why = opensslReason();
            if (io.capped)
                why = QStringLiteral("more than %1 bytes during the handshake").arg(io.cap);
            else if (why.isEmpty() && e == SSL_ERROR_SYSCALL)
                why = io.received == 0 ? QStringLiteral("connection closed without an answer")
                                       : QStringLiteral("connection closed during the handshake");
            else if (why.isEmpty())
                why = QStringLiteral("handshake failed");
            out.hs.error = why;
            ERR_clear_error();
            transcript.note(QStringLiteral("%1: refused (%2); sent %3 bytes, received %4").arg(a.name, why).arg(io.sent).arg(io.received));
            return out;
        }
        const int left = int(timeoutMs - t.elapsed());
        pollfd fds[2] = {{conn->fd(), events, 0}, {ctx.cancelFd(), POLLIN, 0}};
        int pr = left > 0 ? ::poll(fds, ctx.cancelFd() >= 0 ? 2 : 1, left) : 0;
        if (pr < 0 && errno == EINTR)
            continue;
        if (ctx.cancelled()) {
            out.failure = Failure::Cancelled;
            out.error = makeError(ErrorCode::Cancelled, Tr::tr("Probing was stopped."));
            out.hs.error = QStringLiteral("stopped");
            transcript.note(QStringLiteral("%1: stopped").arg(a.name));
            return out;
        }
        if (pr <= 0) {
            out.failure = Failure::Timeout;
            out.hs.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
            transcript.note(QStringLiteral("%1: no handshake within %2 ms; sent %3 bytes, received %4")
                                .arg(a.name)
                                .arg(timeoutMs)
                                .arg(io.sent)
                                .arg(io.received));
            return out;
        }
    }
    out.hs.accepted = true;
    out.hs.version = QString::fromLatin1(SSL_get_version(ssl.get()));
    if (out.hs.version == QLatin1String("TLSv1"))
        out.hs.version = QStringLiteral("TLSv1.0");
    out.hs.cipher = QString::fromLatin1(SSL_CIPHER_get_name(SSL_get_current_cipher(ssl.get())));
    out.cert.reset(SSL_get1_peer_certificate(ssl.get()));
    transcript.note(QStringLiteral("%1: accepted, %2 %3; sent %4 bytes, received %5")
                        .arg(a.name, out.hs.version, out.hs.cipher)
                        .arg(io.sent)
                        .arg(io.received));
    ERR_clear_error();
    SSL_shutdown(ssl.get()); // one close_notify, never waited for
    ERR_clear_error();
    return out;
}

struct WeakClass {
    const char *name;
    const char *cipherString;
};
// Clearly weak suites only. Debian's OpenSSL 3 no longer builds RC4, DES,
// 3DES or export suites: those classes are reported as untested.
constexpr WeakClass WeakClasses[] = {
    {"NULL", "eNULL:@SECLEVEL=0"}, {"aNULL", "aNULL:@SECLEVEL=0"}, {"EXPORT", "EXP:@SECLEVEL=0"}, {"DES", "DES:@SECLEVEL=0"},
    {"3DES", "3DES:@SECLEVEL=0"},  {"RC4", "RC4:@SECLEVEL=0"},     {"MD5", "MD5:@SECLEVEL=0"},
};

bool cipherClassAvailable(const char *cipherString)
{
    CtxPtr c(SSL_CTX_new(TLS_client_method()));
    const bool ok = c && SSL_CTX_set_cipher_list(c.get(), cipherString) == 1;
    ERR_clear_error();
    return ok;
}

QString dateText(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("?");
}
} // namespace

Result<TlsCertInfo> analyseCertificate(const QByteArray &pemOrDer, const QDateTime &now)
{
    if (pemOrDer.isEmpty() || pemOrDer.size() > 1024 * 1024)
        return makeError(ErrorCode::BadInput, Tr::tr("Not a certificate (empty or larger than 1 MiB)."));
    ERR_clear_error();
    BioPtr bio(BIO_new_mem_buf(pemOrDer.constData(), int(pemOrDer.size())));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        const auto *p = reinterpret_cast<const unsigned char *>(pemOrDer.constData());
        cert.reset(d2i_X509(nullptr, &p, long(pemOrDer.size())));
    }
    ERR_clear_error();
    if (!cert)
        return makeError(ErrorCode::BadInput, Tr::tr("Not a readable X.509 certificate (PEM or DER)."));
    return certInfo(cert.get(), now);
}

Result<TlsReport> runTlsAudit(ProbeContext &ctx, const Endpoint &endpoint, const QString &sniHost, Transcript &transcript)
{
    transcript.protocol = QStringLiteral("tls");
    transcript.transport = QStringLiteral("tcp");
    transcript.endpoint = endpoint;
    TlsReport report;
    const int timeoutMs = qMax(200, qMin(ctx.limits().ioTimeoutMs, ctx.limits().exchangeTimeoutMs));
    const qint64 budgetMs = qMax<qint64>(3LL * ctx.limits().exchangeTimeoutMs, 4LL * timeoutMs);
    QElapsedTimer total;
    total.start();
    X509Ptr bestCert;
    bool anyAccepted = false;

    // Newest first: the first success gives the certificate a modern client sees.
    const int versions[] = {TLS1_3_VERSION, TLS1_2_VERSION, TLS1_1_VERSION, TLS1_VERSION};
    QList<Attempt> attempts;
    for (int v : versions)
        attempts.append(Attempt{versionName(v), v, v, v == TLS1_3_VERSION ? QByteArray() : QByteArrayLiteral("ALL:@SECLEVEL=0")});
    for (const WeakClass &w : WeakClasses) {
        if (!cipherClassAvailable(w.cipherString)) {
            report.untestedClasses.append(QString::fromLatin1(w.name));
            continue;
        }
        attempts.append(Attempt{QStringLiteral("weak:") + QLatin1String(w.name), TLS1_VERSION, TLS1_2_VERSION, QByteArray(w.cipherString)});
    }
    if (!report.untestedClasses.isEmpty())
        transcript.note(QStringLiteral("cipher classes this OpenSSL cannot offer (untested): %1")
                            .arg(report.untestedClasses.join(QStringLiteral(", "))));

    for (const Attempt &a : attempts) {
        const bool weak = a.name.startsWith(QLatin1String("weak:"));
        if (weak && !report.versions.contains(QStringLiteral("TLSv1.2")) && !report.versions.contains(QStringLiteral("TLSv1.1")) &&
            !report.versions.contains(QStringLiteral("TLSv1.0")))
            break; // TLS 1.3 has no weak suites; nothing below it is spoken
        if (total.elapsed() > budgetMs) {
            report.cutShort = true;
            transcript.note(QStringLiteral("audit stopped: time budget of %1 ms used").arg(budgetMs));
            break;
        }
        HandshakeResult r = handshake(ctx, endpoint, sniHost, a, transcript, timeoutMs);
        if (r.failure == Failure::Cancelled)
            return r.error;
        if (r.failure == Failure::Connect) {
            transcript.note(QStringLiteral("%1: %2").arg(a.name, r.hs.error));
            if (!anyAccepted)
                return r.error;
            report.handshakes.append(r.hs);
            continue;
        }
        if (r.failure == Failure::Timeout && !anyAccepted) {
            report.handshakes.append(r.hs);
            return makeError(ErrorCode::Io, Tr::tr("%1: no TLS handshake within %2 ms; the service does not speak TLS or does not answer.")
                                                .arg(endpoint.toString())
                                                .arg(timeoutMs));
        }
        report.handshakes.append(r.hs);
        if (!r.hs.accepted)
            continue;
        anyAccepted = true;
        if (weak) {
            report.weakCiphers.append(QStringLiteral("%1 (%2, %3)").arg(r.hs.cipher, a.name.mid(5), r.hs.version));
        } else {
            report.versions.append(a.name);
            if (report.bestVersion.isEmpty()) {
                report.bestVersion = r.hs.version;
                report.bestCipher = r.hs.cipher;
            }
            if (!bestCert && r.cert)
                bestCert = std::move(r.cert);
        }
    }
    if (!anyAccepted)
        return makeError(
            ErrorCode::Problem,
            Tr::tr("%1: no TLS handshake succeeded with any protocol version; the service does not speak TLS.").arg(endpoint.toString()));
    // Oldest first reads better in reports.
    std::reverse(report.versions.begin(), report.versions.end());

    if (bestCert)
        report.cert = certInfo(bestCert.get(), QDateTime::currentDateTimeUtc());
    for (const QString &legacy : {QStringLiteral("TLSv1.0"), QStringLiteral("TLSv1.1")})
        if (report.versions.contains(legacy))
            report.problems.append(QStringLiteral("legacy protocol %1 accepted").arg(legacy));
    if (!report.weakCiphers.isEmpty())
        report.problems.append(QStringLiteral("weak cipher suites accepted: %1").arg(report.weakCiphers.join(QStringLiteral(", "))));
    if (report.cert) {
        const TlsCertInfo &c = *report.cert;
        if (c.expired)
            report.problems.append(QStringLiteral("certificate expired on %1").arg(dateText(c.notAfter)));
        if (c.notYetValid)
            report.problems.append(QStringLiteral("certificate not valid before %1").arg(dateText(c.notBefore)));
        if (c.selfSigned)
            report.problems.append(QStringLiteral("self-signed certificate (%1)").arg(c.subject.left(200)));
        if (c.weakKey)
            report.problems.append(QStringLiteral("weak certificate key %1").arg(c.key()));
        if (c.weakSignature)
            report.problems.append(QStringLiteral("weak certificate signature %1").arg(c.sigAlg));
    }
    return report;
}

ProbeOutcome auditTls(ProbeContext &ctx, const Endpoint &endpoint, const QString &sniHost)
{
    ProbeOutcome out;
    Transcript t;
    auto report = runTlsAudit(ctx, endpoint, sniHost, t);
    if (!report) {
        t.note(report.error().message);
        out.addTranscript(std::move(t));
        return out;
    }
    const int ti = out.addTranscript(std::move(t));
    const TlsReport &r = *report;
    Service s;
    s.endpoint = endpoint;
    s.name = QStringLiteral("tls");
    s.tls = true;
    s.banner = QStringLiteral("%1 %2").arg(r.bestVersion, r.bestCipher);
    s.facts.insert(QStringLiteral("tls.versions"), r.versions);
    s.facts.insert(QStringLiteral("tls.weak_ciphers"), r.weakCiphers);
    s.facts.insert(QStringLiteral("tls.untested_cipher_classes"), r.untestedClasses);
    s.facts.insert(QStringLiteral("tls.cipher"), r.bestCipher);
    if (r.cert) {
        const TlsCertInfo &c = *r.cert;
        s.facts.insert(QStringLiteral("cert.subject"), c.subject);
        s.facts.insert(QStringLiteral("cert.issuer"), c.issuer);
        s.facts.insert(QStringLiteral("cert.not_before"), dateText(c.notBefore));
        s.facts.insert(QStringLiteral("cert.not_after"), dateText(c.notAfter));
        s.facts.insert(QStringLiteral("cert.expired"), c.expired);
        s.facts.insert(QStringLiteral("cert.not_yet_valid"), c.notYetValid);
        s.facts.insert(QStringLiteral("cert.self_signed"), c.selfSigned);
        s.facts.insert(QStringLiteral("cert.key"), c.key());
        s.facts.insert(QStringLiteral("cert.sig_alg"), c.sigAlg);
        s.facts.insert(QStringLiteral("cert.sha256"), c.sha256);
        s.facts.insert(QStringLiteral("cert.sans"), c.subjectAltNames);
    }
    s.transcripts = {ti};
    out.services.append(s);
    if (!r.problems.isEmpty()) {
        Observation o;
        o.check = QStringLiteral("tls-weak");
        o.severity = Severity::Medium;
        o.title = QStringLiteral("Weak TLS configuration");
        o.detail = r.problems.join(QStringLiteral("; "));
        if (!r.untestedClasses.isEmpty())
            o.detail +=
                QStringLiteral("; not tested (not available in this OpenSSL): %1").arg(r.untestedClasses.join(QStringLiteral(", ")));
        o.endpoint = endpoint;
        o.remediation =
            QStringLiteral("Disable TLS 1.0/1.1 and weak cipher suites, and install a valid certificate with an RSA key of at least "
                           "2048 bits (or EC P-256) signed with SHA-256 or better, issued by the organisation's CA.");
        o.transcripts = {ti};
        out.observations.append(o);
    }
    return out;
}

} // namespace ab::probe
