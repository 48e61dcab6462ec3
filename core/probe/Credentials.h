#pragma once

#include "core/probe/ProbeTypes.h"
#include "core/util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <mutex>

namespace ab::probe {

// One user name / password pair to try, with where it comes from.
struct CredentialPair {
    QString user;
    QString password;   // may be empty (blank password); lives only in memory
    QString vendor;     // "" for generic, else e.g. "hikvision", "dahua"
    QString source;     // file it came from, for the transcript note
};

// The default and weak credential lists: resources/credentials/*.json (built
// in, under :/credentials) plus any *.json in a user folder. Vendor-aware:
// pairs of the identified vendor are tried first, then the generic ones.
//
// File format: {"format":"auditbench-credentials","version":1,
//               "entries":[{"services":["http","rtsp","onvif"],"vendor":"hikvision",
//                           "user":"admin","password":"12345"}, ...]}
// "services" may hold "*" for every login service (not "snmp": communities
// come only from entries that name "snmp").
class CredentialList final {
public:
    static Result<CredentialList> loadBuiltIn();
    // Built-in lists plus every *.json in `userDir` (when it exists).
    static Result<CredentialList> load(const QString &userDir);
    static Result<CredentialList> fromJson(const QByteArray &json, const QString &source);

    // Pairs for a service ("http", "rtsp", "onvif", "ftp", "telnet", "ssh", "snmp", "mqtt"),
    // the vendor's own first, duplicates removed, in file order otherwise.
    // For "snmp" the password is the community and user is empty.
    QList<CredentialPair> forService(const QString &service, const QString &vendor = {}) const;
    qsizetype size() const { return m_entries.size(); }
    void append(const CredentialList &other);

private:
    struct Entry {
        QStringList services;
        CredentialPair pair;
    };
    QList<Entry> m_entries;
};

// Lockout-safe policy, shared by every credential check in a run and
// carried from run to run (toJson/restore, kept in each probe run's record):
// at most Limits::attemptsPerAccount attempts per (device, account) within
// Limits::attemptWindowSeconds — over all its ports and protocols together,
// because a camera counts failures per account, not per interface — and
// none at all on a device that showed a lockout signal on any service
// (HTTP 423/429/503 after failures, "locked", "too many", a connection
// refused mid-run...).
class LockoutPolicy final {
public:
    LockoutPolicy(int attemptsPerAccount, int windowSeconds) : m_max(attemptsPerAccount), m_window(windowSeconds) {}
    // Reserves an attempt; false when the account's budget is spent or the service is locked.
    bool mayTry(const Endpoint &e, const QString &service, const QString &user);
    void recordLockout(const Endpoint &e, const QString &service, const QString &signal);
    bool lockedOut(const Endpoint &e, const QString &service) const;
    QString lockoutSignal(const Endpoint &e, const QString &service) const;
    int attempts(const Endpoint &e, const QString &service, const QString &user) const;

    // {"attempts":{"<address>\n<user>":[ms,...]},"locked":{"<address>":"signal"}},
    // only what is still inside the window. Account names, never passwords
    // (SNMP counts a community under snmpCommunityAccount(), a digest).
    QJsonObject toJson() const;
    void restore(const QJsonObject &state);

private:
    static QString key(const Endpoint &e, const QString &) { return e.address.toString(); }
    mutable std::mutex m_mutex;
    int m_max;
    int m_window;
    QHash<QString, QList<qint64>> m_attempts; // key + '\n' + user -> attempt times (ms since epoch)
    QHash<QString, QString> m_locked;         // key -> signal seen
};

// What one credential check concluded for one service. Passwords are kept
// masked here; the full exchange is in the (encrypted) transcript.
struct CredentialResult {
    Endpoint endpoint;
    QString service;
    QString user;
    QString maskedPassword;
    bool accepted = false;
    bool blankOrAnonymous = false;
    int tried = 0;            // attempts made on this service
    QString lockoutSignal;    // non-empty when the check stopped at a lockout
};

// The observation a successful login becomes: check "default-credentials"
// (PRB-03: a default or weak password; the title says which), severity
// high; detail names the account and the masked password.
Observation credentialObservation(const CredentialResult &r, bool vendorDefault, QList<int> transcripts);

} // namespace ab::probe
