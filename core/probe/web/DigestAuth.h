#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace ab::probe::web {

// One challenge of a WWW-Authenticate / Proxy-Authenticate header.
struct AuthChallenge {
    QByteArray scheme; // lower case: "basic", "digest", "negotiate", ...
    QList<std::pair<QByteArray, QByteArray>> params; // names lower case, values unquoted

    QByteArray param(const QByteArray &name) const;
    QByteArray realm() const { return param("realm"); }
    QByteArray nonce() const { return param("nonce"); }
    QByteArray opaque() const { return param("opaque"); }
    QByteArray algorithm() const; // upper case, "MD5" when absent
    QList<QByteArray> qops() const; // "auth", "auth-int"
    bool stale() const { return param("stale").compare("true", Qt::CaseInsensitive) == 0; }
    bool isBasic() const { return scheme == "basic"; }
    bool isDigest() const { return scheme == "digest"; }
    bool digestSupported() const; // an algorithm we can compute (MD5, MD5-sess, SHA-256, SHA-256-sess)
};

// Parses header values (several headers, several challenges per header),
// bounded: at most 16 challenges of 32 parameters, values cut at 1 KiB.
QList<AuthChallenge> parseChallenges(const QList<QByteArray> &headerValues);
// The challenge to answer: a computable Digest first (SHA-256 over MD5),
// then Basic; nullptr-equivalent (scheme empty) when none is usable.
AuthChallenge preferredChallenge(const QList<AuthChallenge> &challenges);
// "basic", "digest" or "basic,digest" etc. for Service facts.
QString schemeNames(const QList<AuthChallenge> &challenges);

QByteArray basicAuthorization(const QString &user, const QString &password);

struct DigestInput {
    QString user;
    QString password;
    QByteArray method; // "GET", "DESCRIBE", "POST", "REGISTER"
    QByteArray uri;    // as in the request line
    QByteArray cnonce; // random per attempt; tests fix it
    quint32 nc = 1;
    QByteArray body;   // for qop=auth-int
};
// The Authorization header value answering a Digest challenge (RFC 7616,
// RFC 2617, and RFC 2069 when the challenge offers no qop). Empty when the
// algorithm is not supported.
QByteArray digestAuthorization(const AuthChallenge &c, const DigestInput &in);
// Only the "response" hash, for tests against the RFC examples.
QByteArray digestResponse(const AuthChallenge &c, const DigestInput &in, QByteArray *qopUsed = nullptr);
QByteArray randomCnonce();

} // namespace ab::probe::web
