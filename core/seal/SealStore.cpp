#include "core/seal/SealStore.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/Schema.h"

#include <QJsonObject>

namespace ab
{

namespace
{
const QString Table = QStringLiteral("seal");

SealRecord fromRow(const QJsonObject &row)
{
    SealRecord s;
    s.id = qint64(row.value(QStringLiteral("id")).toDouble());
    s.manifest = row.value(QStringLiteral("manifest")).toString().toUtf8();
    s.signature = QByteArray::fromBase64(row.value(QStringLiteral("signature")).toString().toLatin1());
    s.signer = row.value(QStringLiteral("signer")).toString();
    s.chainSeq = qint64(row.value(QStringLiteral("chain_seq")).toDouble());
    s.chainHead = row.value(QStringLiteral("chain_head")).toString();
    s.sealedAt = QDateTime::fromString(row.value(QStringLiteral("sealed_at")).toString(), Qt::ISODate);
    s.sealedBy = row.value(QStringLiteral("sealed_by")).toString();
    return s;
}
} // namespace

Result<SealRecord> SealStore::add(const SealRecord &seal)
{
    auto row = RecordTable(m_file, Table)
                   .add(QJsonObject{{QStringLiteral("manifest"), QString::fromUtf8(seal.manifest)},
                                    {QStringLiteral("signature"), QString::fromLatin1(seal.signature.toBase64())},
                                    {QStringLiteral("signer"), seal.signer},
                                    {QStringLiteral("chain_seq"), double(seal.chainSeq)},
                                    {QStringLiteral("chain_head"), seal.chainHead},
                                    {QStringLiteral("sealed_at"), seal.sealedAt.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("sealed_by"), seal.sealedBy}});
    if (!row)
        return row.error();
    return fromRow(*row);
}

Result<QList<SealRecord>> SealStore::all() const
{
    QList<SealRecord> out;
    if (!schema::tablesOf(m_file.schemaVersion()).contains(Table))
        return out;
    auto rows = RecordTable(m_file, Table).all();
    if (!rows)
        return rows.error();
    for (const QJsonObject &row : std::as_const(*rows))
        out.append(fromRow(row));
    return out;
}

Result<SealRecord> SealStore::latest() const
{
    auto seals = all();
    if (!seals)
        return seals.error();
    return seals->isEmpty() ? SealRecord{} : seals->last();
}

} // namespace ab
