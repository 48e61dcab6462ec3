#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ab
{

class InspectionFile;

// One row of `seal`: the manifest's exact bytes and the detached CMS
// signature over them, with the facts repeated for listing without parsing.
struct SealRecord {
    qint64 id = 0;
    QByteArray manifest;  // canonical bytes, as signed
    QByteArray signature; // DER (stored as base64)
    QString signer;       // subject of the sealing certificate
    qint64 chainSeq = 0;
    QString chainHead;
    QDateTime sealedAt;
    QString sealedBy;
};

// The seal rows of an inspection, through RecordTable (so each is a seal.add
// custody entry holding the whole row).
class SealStore final
{
public:
    explicit SealStore(InspectionFile &file) : m_file(file) {}
    // Inside the caller's write transaction; returns the row with its id.
    Result<SealRecord> add(const SealRecord &seal);
    Result<QList<SealRecord>> all() const; // by id; empty before format 4
    // The most recent seal, or a record with id 0 when the file is not sealed.
    Result<SealRecord> latest() const;

private:
    InspectionFile &m_file;
};

} // namespace ab
