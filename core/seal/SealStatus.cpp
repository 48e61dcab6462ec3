#include "core/seal/SealStatus.h"

#include <QJsonArray>

namespace ab
{

QJsonObject SealChange::toJson() const
{
    QJsonObject o{{QStringLiteral("object"), object}, {QStringLiteral("kind"), kind}, {QStringLiteral("detail"), detail}};
    if (custodySeq > 0)
        o.insert(QStringLiteral("custody_seq"), double(custodySeq));
    return o;
}

QJsonObject SealStatus::toJson() const
{
    QJsonArray changes;
    for (const SealChange &c : changedAfterSeal)
        changes.append(c.toJson());
    return QJsonObject{
        {QStringLiteral("sealed"), true},
        {QStringLiteral("seal_id"), double(sealId)},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("certificate"), certificate.isNull() ? QJsonObject() : certificate.toJson()},
        {QStringLiteral("sealed_at"), crypto::isoUtc(sealedAt)},
        {QStringLiteral("sealed_by"), sealedBy},
        {QStringLiteral("chain"), QJsonObject{{QStringLiteral("seq"), double(chainSeq)}, {QStringLiteral("hash"), chainHead}}},
        {QStringLiteral("signature_valid"), signatureValid},
        {QStringLiteral("trust"), crypto::CmsVerification::trustName(trust)},
        {QStringLiteral("trust_detail"), trustDetail},
        {QStringLiteral("intact"), intact()},
        {QStringLiteral("changed_after_seal"), changes}};
}

} // namespace ab
