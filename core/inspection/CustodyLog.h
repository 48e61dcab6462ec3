#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ab {

class InspectionFile;

// One row of the custody log: who did what to which object, chained to the
// row before it by SHA-256.
struct CustodyEntry {
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action;  // e.g. inspection.create, evidence.add
    QString object;  // e.g. inspection, evidence:12
    QJsonObject detail;
    QString prev;    // hex SHA-256 of the previous row (the genesis value for row 1)
    QString hash;    // hex SHA-256 of this row

    // The bytes the hash covers: a canonical JSON array of every field but hash.
    QByteArray canonical() const;
    QString computeHash() const;
};

// Append-only, hash-chained history. The head (last seq and hash) is also
// kept in meta with an HMAC under the file key, so truncating the log or
// rewriting it whole is detected by anyone holding the passphrase.
class CustodyLog final {
public:
    explicit CustodyLog(InspectionFile &file) : m_file(file) {}

    // Must be called inside a write transaction; returns the new row.
    Result<CustodyEntry> append(const QString &action, const QString &object, const QJsonObject &detail);
    Result<QList<CustodyEntry>> entries(qint64 fromSeq = 1, qint64 limit = -1) const;
    Result<qint64> count() const;
    // The number of the last entry: what count() says for an intact log, in
    // a single index lookup instead of a walk over every row.
    Result<qint64> lastSeq() const;

    struct Head {
        qint64 seq = 0;
        QString hash;
        bool macValid = false;
    };
    // The head recorded in meta, with whether its MAC checks out.
    Result<Head> recordedHead() const;
    QString genesis() const; // prev value of row 1: SHA-256 of the inspection id

private:
    QByteArray headMac(qint64 seq, const QString &hash) const;
    InspectionFile &m_file;
};

} // namespace ab
