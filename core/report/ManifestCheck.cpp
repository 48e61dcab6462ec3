#include "core/report/ManifestCheck.h"

#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ab::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::ManifestCheck)
};
} // namespace

QJsonObject ManifestCheck::toJson() const
{
    return QJsonObject{{QStringLiteral("matches"), matches()},
                       {QStringLiteral("evidence_checked"), evidenceChecked},
                       {QStringLiteral("mismatches"), QJsonArray::fromStringList(mismatches)}};
}

Result<ManifestCheck> ManifestCheck::run(const QJsonObject &manifest, InspectionFile &file)
{
    ManifestCheck c;
    if (manifest.value(QStringLiteral("format")).toString() != Format)
        c.mismatches << Tr::tr("The report's manifest has the format \"%1\", not %2.")
                            .arg(manifest.value(QStringLiteral("format")).toString(), Format);
    const QString id = manifest.value(QStringLiteral("inspection_id")).toString();
    if (id != file.meta().id)
        c.mismatches << Tr::tr("The report is of inspection %1, this file is inspection %2.")
                            .arg(id.isEmpty() ? Tr::tr("(none)") : id, file.meta().id);

    const QJsonObject chain = manifest.value(QStringLiteral("chain")).toObject();
    const qint64 seq = qint64(chain.value(QStringLiteral("seq")).toDouble(-1));
    const QString hash = chain.value(QStringLiteral("hash")).toString();
    if (seq < 1 || hash.isEmpty()) {
        c.mismatches << Tr::tr("The report's manifest names no custody chain head.");
    } else {
        auto rows = file.custody().entries(seq, 1);
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            c.mismatches << Tr::tr("The custody log has no row %1, which the report names as its chain head.").arg(seq);
        else if (rows->first().hash != hash)
            c.mismatches << Tr::tr("Custody row %1 has the hash %2, the report says %3.").arg(seq).arg(rows->first().hash, hash);
        else if (rows->first().computeHash() != hash)
            c.mismatches << Tr::tr("Custody row %1 no longer hashes to the value the report names: it was altered.").arg(seq);
    }

    EvidenceStore store(file);
    for (const QJsonValue &v : manifest.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        const qint64 eid = qint64(e.value(QStringLiteral("id")).toDouble(-1));
        const QString name = e.value(QStringLiteral("name")).toString();
        const QString sha = e.value(QStringLiteral("sha256")).toString();
        ++c.evidenceChecked;
        auto item = store.get(eid);
        if (!item) {
            if (item.error().code == ErrorCode::Io || item.error().code == ErrorCode::BadInput)
                return item.error();
            c.mismatches << Tr::tr("Evidence %1 (%2), listed in the report, is not in the inspection.").arg(eid).arg(name);
            continue;
        }
        if (item->sha256 != sha)
            c.mismatches << Tr::tr("Evidence %1 (%2) has the SHA-256 %3 in the inspection, the report says %4.")
                                .arg(eid)
                                .arg(name, item->sha256, sha);
        else if (e.contains(QStringLiteral("size")) && qint64(e.value(QStringLiteral("size")).toDouble()) != item->size)
            c.mismatches << Tr::tr("Evidence %1 (%2) has %3 bytes in the inspection, the report says %4.")
                                .arg(eid)
                                .arg(name)
                                .arg(item->size)
                                .arg(qint64(e.value(QStringLiteral("size")).toDouble()));
    }
    return c;
}

} // namespace ab::report
