#pragma once

#include "core/probe/ProbeContext.h"
#include "core/probe/ProbeTypes.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab::probe
{

// What the certificate a server presented says, and what is wrong with it.
struct TlsCertInfo {
    QString subject; // RFC 2253
    QString issuer;
    QDateTime notBefore; // UTC
    QDateTime notAfter;
    bool expired = false;
    bool notYetValid = false;
    bool selfSigned = false; // issuer == subject and the signature verifies with its own key
    QString keyType;         // "RSA", "EC", "DSA", "ED25519", ...
    int keyBits = 0;
    bool weakKey = false;        // RSA/DSA < 2048, EC < 256
    QString sigAlg;              // e.g. "sha256WithRSAEncryption"
    bool weakSignature = false;  // MD2/MD4/MD5/SHA-1
    QStringList subjectAltNames; // "DNS:x", "IP:1.2.3.4"
    QString sha256;              // hex, upper case, colon-separated
    QString key() const { return keyBits > 0 ? keyType + QLatin1Char(' ') + QString::number(keyBits) : keyType; }
};

// Parses one certificate (PEM or DER) and judges it at `now`.
Result<TlsCertInfo> analyseCertificate(const QByteArray &pemOrDer, const QDateTime &now = QDateTime::currentDateTimeUtc());

struct TlsHandshake {
    QString attempt; // "TLSv1.2", "weak:RC4", ...
    bool accepted = false;
    QString version; // negotiated
    QString cipher;  // negotiated
    QString error;   // why it failed (alert, timeout, not TLS, ...)
};

struct TlsReport {
    QStringList versions;        // accepted: "TLSv1.0" ... "TLSv1.3"
    QStringList weakCiphers;     // negotiated weak suites, e.g. "NULL-SHA (NULL)"
    QStringList untestedClasses; // weak classes this OpenSSL cannot offer (e.g. RC4, DES, 3DES, EXPORT)
    QString bestVersion;
    QString bestCipher;
    std::optional<TlsCertInfo> cert;
    QList<TlsHandshake> handshakes;
    QStringList problems;  // one line each, English
    bool cutShort = false; // stopped early (time budget)
};

// The audit itself, one gated connection per handshake (Conn::connect), run
// on a worker thread. Fails when no handshake succeeded at all (not TLS, no
// answer, refused, out of scope, stopped); the transcript is filled either way.
Result<TlsReport> runTlsAudit(ProbeContext &ctx, const Endpoint &endpoint, const QString &sniHost, Transcript &transcript);

// The audit as a probe step: a "tls" Service with facts tls.versions,
// tls.weak_ciphers, tls.untested_cipher_classes, tls.cipher, cert.subject,
// cert.issuer, cert.not_before, cert.not_after, cert.expired,
// cert.not_yet_valid, cert.self_signed, cert.key, cert.sig_alg, cert.sha256,
// cert.sans; one "tls-weak" observation (medium) listing every problem; one
// transcript with a note per handshake. Not TLS: only the transcript.
ProbeOutcome auditTls(ProbeContext &ctx, const Endpoint &endpoint, const QString &sniHost = {});

} // namespace ab::probe
