#include "core/seal/SealVerifier.h"

#include "core/evidence/Verifier.h"
#include "core/inspection/CustodyLog.h"
#include "core/inspection/InspectionFile.h"
#include "core/seal/SealManifest.h"
#include "core/seal/SealStore.h"

#include <QCoreApplication>
#include <QSet>

#include <limits>

namespace ab
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::SealVerifier)
};

const QString Altered = QStringLiteral("altered");
const QString Missing = QStringLiteral("missing");
const QString Extra = QStringLiteral("extra");
const QString Corrupt = QStringLiteral("corrupt");

QString sealObject(const SealRecord &s)
{
    return QStringLiteral("seal:%1").arg(s.id);
}

QStringList differing(const QJsonObject &a, const QJsonObject &b)
{
    QSet<QString> keys;
    for (auto it = a.begin(); it != a.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        keys.insert(it.key());
    QStringList out;
    for (const QString &k : keys)
        if (a.value(k) != b.value(k))
            out.append(k);
    out.sort();
    return out;
}
} // namespace

Result<void> SealVerifier::check(VerifyReport &report)
{
    auto seals = SealStore(m_file).all();
    if (!seals)
        return seals.error();
    if (seals->isEmpty())
        return {};
    auto log = m_file.custody().entries(std::numeric_limits<qint64>::min());
    if (!log)
        return log.error();
    auto now = SealManifest::describe(m_file);
    if (!now)
        return now.error();
    // What the other checks found changed the file after it was sealed.
    const QList<VerifyProblem> earlier = report.problems;
    // The seal's own findings go in beside the others (each says something
    // of its own); only the very same sentence is not repeated.
    QSet<QString> known;
    for (const VerifyProblem &p : earlier)
        known.insert(p.kind + QLatin1Char(' ') + p.object + QLatin1Char(' ') + p.detail);
    for (const SealRecord &seal : std::as_const(*seals)) {
        SealStatus status = checkOne(seal, *now, *log);
        for (const SealChange &c : std::as_const(status.changedAfterSeal)) {
            const QString key = c.kind + QLatin1Char(' ') + c.object + QLatin1Char(' ') + c.detail;
            if (known.contains(key))
                continue;
            known.insert(key);
            report.problems.append({c.object, c.kind, c.detail});
        }
        for (const VerifyProblem &p : earlier)
            status.changedAfterSeal.append({p.object, p.kind, p.detail, 0});
        report.seals.append(std::move(status));
    }
    return {};
}

SealStatus SealVerifier::checkOne(const SealRecord &seal, const SealManifest &now, const QList<CustodyEntry> &log)
{
    SealStatus st;
    st.sealId = seal.id;
    st.sealedAt = seal.sealedAt;
    st.sealedBy = seal.sealedBy;
    st.chainSeq = seal.chainSeq;
    st.chainHead = seal.chainHead;
    QList<SealChange> &out = st.changedAfterSeal;
    const QString object = sealObject(seal);

    crypto::ContentStream content;
    content.addBytes(seal.manifest);
    auto cms = crypto::CmsVerifier::verifyDetached(seal.signature, content, m_options);
    if (cms) {
        st.certificate = cms->signer;
        st.signer = cms->signer.displayName();
        st.signatureValid = cms->valid();
        st.trust = cms->trust;
        st.trustDetail = cms->trustDetail;
    }
    if (!st.signatureValid)
        out.append({object, Altered,
                    Tr::tr("The signature of seal %1 does not match its manifest: the manifest or the signature was changed after sealing.")
                        .arg(seal.id)});

    auto parsed = SealManifest::parse(seal.manifest);
    if (!parsed) {
        out.append({object, Corrupt, Tr::tr("Seal %1: %2").arg(seal.id).arg(parsed.error().message)});
        return st;
    }
    const SealManifest &m = *parsed;
    if (st.signer.isEmpty())
        st.signer = m.signer.value(QStringLiteral("common_name")).toString();
    const QString named = m.signer.value(QStringLiteral("sha256")).toString();
    if (st.signatureValid && !st.certificate.isNull() && st.certificate.sha256Fingerprint != named)
        out.append({object, Altered,
                    Tr::tr("Seal %1 is signed by %2, but its manifest names another certificate (%3): the signature was replaced.")
                        .arg(seal.id)
                        .arg(st.certificate.displayName(), m.signer.value(QStringLiteral("common_name")).toString())});

    // The row repeats the manifest's facts; both must say the same.
    QStringList rowDiff;
    if (seal.signer != m.signer.value(QStringLiteral("subject")).toString())
        rowDiff << QStringLiteral("signer");
    if (seal.chainSeq != m.chainSeq)
        rowDiff << QStringLiteral("chain_seq");
    if (seal.chainHead != m.chainHash)
        rowDiff << QStringLiteral("chain_head");
    if (seal.sealedAt != m.sealedAt)
        rowDiff << QStringLiteral("sealed_at");
    if (seal.sealedBy != m.sealedBy)
        rowDiff << QStringLiteral("sealed_by");
    if (!rowDiff.isEmpty())
        out.append({object, Altered,
                    Tr::tr("Seal %1 differs from its signed manifest in: %2.").arg(seal.id).arg(rowDiff.join(QStringLiteral(", ")))});
    if (m.inspectionId != now.inspectionId || m.fileId != now.fileId)
        out.append({object, Extra,
                    Tr::tr("Seal %1 was made for another inspection (%2) and copied into this one.").arg(seal.id).arg(m.inspectionId)});

    const auto at = std::find_if(log.cbegin(), log.cend(), [&](const CustodyEntry &e) { return e.seq == m.chainSeq; });
    if (at == log.cend())
        out.append({QStringLiteral("custody:%1").arg(m.chainSeq), Missing,
                    Tr::tr("Custody entry %1, the head seal %2 covers, is missing.").arg(m.chainSeq).arg(seal.id), m.chainSeq});
    else if (at->hash != m.chainHash)
        out.append({QStringLiteral("custody:%1").arg(m.chainSeq), Altered,
                    Tr::tr("The custody log up to seal %1 was rewritten: entry %2 no longer has the hash the seal signed.")
                        .arg(seal.id)
                        .arg(m.chainSeq),
                    m.chainSeq});

    compareContents(seal, m, now, out);
    checkLaterCustody(seal, log, out);
    return st;
}

void SealVerifier::compareContents(const SealRecord &seal, const SealManifest &sealed, const SealManifest &now, QList<SealChange> &out)
{
    if (const QStringList diff = differing(sealed.meta, now.meta); !diff.isEmpty())
        out.append(
            {QStringLiteral("inspection"), Altered,
             Tr::tr("The inspection details differ from what seal %1 covers in: %2.").arg(seal.id).arg(diff.join(QStringLiteral(", ")))});
    if (sealed.catalogId != now.catalogId || sealed.catalogVersion != now.catalogVersion || sealed.catalogSha256 != now.catalogSha256)
        out.append({QStringLiteral("catalog:%1").arg(sealed.catalogId.isEmpty() ? now.catalogId : sealed.catalogId), Altered,
                    Tr::tr("The pinned catalog differs from the one seal %1 covers (%2 %3).")
                        .arg(seal.id)
                        .arg(sealed.catalogId, sealed.catalogVersion)});

    QMap<qint64, SealedEvidence> current;
    for (const SealedEvidence &e : now.evidence)
        current.insert(e.id, e);
    for (const SealedEvidence &e : sealed.evidence) {
        const QString object = QStringLiteral("evidence:%1").arg(e.id);
        const auto it = current.constFind(e.id);
        if (it == current.cend()) {
            out.append({object, Missing, Tr::tr("Evidence %1 (%2), covered by seal %3, is missing.").arg(e.id).arg(e.name).arg(seal.id)});
            continue;
        }
        QStringList diff;
        if (it->sha256 != e.sha256)
            diff << QStringLiteral("sha256");
        if (it->size != e.size)
            diff << QStringLiteral("size");
        if (it->name != e.name)
            diff << QStringLiteral("name");
        if (it->kind != e.kind)
            diff << QStringLiteral("kind");
        if (!diff.isEmpty())
            out.append({object, Altered,
                        Tr::tr("Evidence %1 (%2) differs from what seal %3 covers in: %4.")
                            .arg(e.id)
                            .arg(e.name)
                            .arg(seal.id)
                            .arg(diff.join(QStringLiteral(", ")))});
        current.remove(e.id);
    }
    for (const SealedEvidence &e : std::as_const(current))
        out.append({QStringLiteral("evidence:%1").arg(e.id), Extra,
                    Tr::tr("Evidence %1 (%2) was added after seal %3.").arg(e.id).arg(e.name).arg(seal.id)});

    // Counts catch what no custody row names (rows added or removed behind
    // AuditBench's back are also named by the other checks).
    const struct {
        QString object;
        qint64 then, now;
    } counts[] = {{QStringLiteral("answers"), sealed.answers, now.answers},
                  {QStringLiteral("findings"), sealed.findings, now.findings},
                  {QStringLiteral("devices"), sealed.devices, now.devices},
                  {QStringLiteral("reports"), sealed.reports, now.reports}};
    for (const auto &c : counts)
        if (c.then != c.now)
            out.append(
                {c.object, Altered, Tr::tr("The file holds %1 %2; seal %3 covers %4.").arg(c.now).arg(c.object).arg(seal.id).arg(c.then)});
}

void SealVerifier::checkLaterCustody(const SealRecord &seal, const QList<CustodyEntry> &log, QList<SealChange> &out) const
{
    QSet<QString> before;
    for (const CustodyEntry &e : log) {
        if (e.seq <= seal.chainSeq) {
            before.insert(e.object);
            continue;
        }
        if (InspectionFile::allowedAfterSeal(e.action))
            continue;
        const QString verb = e.action.section(QLatin1Char('.'), 1);
        QString kind = Altered;
        if (verb == QLatin1String("delete"))
            kind = Missing;
        else if (verb == QLatin1String("add") || !before.contains(e.object))
            kind = Extra;
        before.insert(e.object);
        out.append(
            {e.object, kind,
             Tr::tr("Custody entry %1 (%2 of %3 by %4 at %5) came after seal %6: only review comments and approvals may follow a seal.")
                 .arg(e.seq)
                 .arg(e.action, e.object, e.actor, e.at.toUTC().toString(Qt::ISODate))
                 .arg(seal.id),
             e.seq});
    }
}

} // namespace ab
