#include "core/seal/SealManifest.h"

#include "core/catalog/Answers.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/CatalogPin.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/Schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ab
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::SealManifest)
};

Result<qint64> rowCount(InspectionFile &file, const QString &table)
{
    if (!schema::tablesOf(file.schemaVersion()).contains(table))
        return qint64(0);
    return RecordTable(file, table).count();
}
} // namespace

Result<SealManifest> SealManifest::describe(InspectionFile &file)
{
    SealManifest m;
    m.inspectionId = file.meta().id;
    m.fileId = QString::fromLatin1(file.fileId().toHex());
    auto head = file.custody().recordedHead();
    if (!head)
        return head.error();
    m.chainSeq = head->seq;
    m.chainHash = head->hash;
    auto metaText = file.meta(QStringLiteral("inspection"));
    if (!metaText)
        return metaText.error();
    m.meta = QJsonDocument::fromJson(metaText->toUtf8()).object();
    if (file.schemaVersion() >= 2) {
        auto pin = CatalogPin(file).get();
        if (!pin)
            return pin.error();
        if (pin->has_value()) {
            m.catalogId = (*pin)->id;
            m.catalogVersion = (*pin)->version;
            m.catalogSha256 = (*pin)->sha256;
        }
    }
    auto items = EvidenceStore(file).list();
    if (!items)
        return items.error();
    for (const EvidenceItem &e : std::as_const(*items))
        m.evidence.append({e.id, e.sha256, e.size, e.name, e.kind});
    auto answers = catalog::AnswerStore(file).all();
    if (!answers)
        return answers.error();
    m.answers = answers->size();
    for (auto [table, count] : {std::pair{QStringLiteral("finding"), &m.findings}, std::pair{QStringLiteral("device"), &m.devices},
                                std::pair{QStringLiteral("report"), &m.reports}}) {
        auto n = rowCount(file, table);
        if (!n)
            return n.error();
        *count = *n;
    }
    return m;
}

QJsonObject SealManifest::toJson() const
{
    QJsonArray items;
    for (const SealedEvidence &e : evidence)
        items.append(QJsonObject{{QStringLiteral("id"), double(e.id)},
                                 {QStringLiteral("sha256"), e.sha256},
                                 {QStringLiteral("size"), double(e.size)},
                                 {QStringLiteral("name"), e.name},
                                 {QStringLiteral("kind"), e.kind}});
    return QJsonObject{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("inspection_id"), inspectionId},
        {QStringLiteral("file_id"), fileId},
        {QStringLiteral("sealed_at"), sealedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sealed_by"), sealedBy},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("chain"), QJsonObject{{QStringLiteral("seq"), double(chainSeq)}, {QStringLiteral("hash"), chainHash}}},
        {QStringLiteral("meta"), meta},
        {QStringLiteral("catalog"), QJsonObject{{QStringLiteral("id"), catalogId},
                                                {QStringLiteral("version"), catalogVersion},
                                                {QStringLiteral("sha256"), catalogSha256}}},
        {QStringLiteral("evidence"), items},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("answers"), double(answers)},
                                               {QStringLiteral("findings"), double(findings)},
                                               {QStringLiteral("devices"), double(devices)},
                                               {QStringLiteral("reports"), double(reports)}}},
    };
}

QByteArray SealManifest::canonicalBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<SealManifest> SealManifest::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || o.value(QStringLiteral("format")).toString() != formatName())
        return makeError(ErrorCode::BadInput, Tr::tr("The seal's manifest is not an AuditBench seal manifest (%1).").arg(formatName()));
    SealManifest m;
    m.inspectionId = o.value(QStringLiteral("inspection_id")).toString();
    m.fileId = o.value(QStringLiteral("file_id")).toString();
    m.sealedAt = QDateTime::fromString(o.value(QStringLiteral("sealed_at")).toString(), Qt::ISODate);
    m.sealedBy = o.value(QStringLiteral("sealed_by")).toString();
    m.signer = o.value(QStringLiteral("signer")).toObject();
    const QJsonObject chain = o.value(QStringLiteral("chain")).toObject();
    m.chainSeq = qint64(chain.value(QStringLiteral("seq")).toDouble());
    m.chainHash = chain.value(QStringLiteral("hash")).toString();
    m.meta = o.value(QStringLiteral("meta")).toObject();
    const QJsonObject cat = o.value(QStringLiteral("catalog")).toObject();
    m.catalogId = cat.value(QStringLiteral("id")).toString();
    m.catalogVersion = cat.value(QStringLiteral("version")).toString();
    m.catalogSha256 = cat.value(QStringLiteral("sha256")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        m.evidence.append({qint64(e.value(QStringLiteral("id")).toDouble()), e.value(QStringLiteral("sha256")).toString(),
                           qint64(e.value(QStringLiteral("size")).toDouble()), e.value(QStringLiteral("name")).toString(),
                           e.value(QStringLiteral("kind")).toString()});
    }
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    m.answers = qint64(counts.value(QStringLiteral("answers")).toDouble());
    m.findings = qint64(counts.value(QStringLiteral("findings")).toDouble());
    m.devices = qint64(counts.value(QStringLiteral("devices")).toDouble());
    m.reports = qint64(counts.value(QStringLiteral("reports")).toDouble());
    return m;
}

} // namespace ab
