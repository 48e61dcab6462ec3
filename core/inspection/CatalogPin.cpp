#include "core/inspection/CatalogPin.h"

#include "core/crypto/Hash.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::CatalogPin)
};
} // namespace

QJsonObject PinnedCatalog::record() const
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("version"), version}, {QStringLiteral("sha256"), sha256}};
}

Result<std::optional<PinnedCatalog>> CatalogPin::get() const
{
    if (m_file.schemaVersion() < 2)
        return std::optional<PinnedCatalog>();
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT id, version, sha256, json FROM catalog"));
    if (auto r = sql::exec(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<PinnedCatalog>();
    PinnedCatalog c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toByteArray()};
    if (q.next())
        return makeError(ErrorCode::BadInput, Tr::tr("The inspection file is damaged: it holds more than one catalog."));
    if (QString::fromLatin1(crypto::Sha256::hashHex(c.json)) != c.sha256)
        return makeError(ErrorCode::BadInput, Tr::tr("The catalog kept in the inspection file was altered; run verify for details."));
    return std::optional<PinnedCatalog>(std::move(c));
}

Result<void> CatalogPin::pin(const PinnedCatalog &catalog)
{
    auto existing = get();
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::Usage, Tr::tr("This inspection already follows catalog %1 %2; it cannot change catalogs.")
                                               .arg((*existing)->id, (*existing)->version));
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("INSERT INTO catalog (id, version, sha256, json) VALUES (?, ?, ?, ?)"));
    q.addBindValue(catalog.id);
    q.addBindValue(catalog.version);
    q.addBindValue(catalog.sha256);
    q.addBindValue(catalog.json);
    if (auto r = sql::exec(q); !r)
        return r;
    auto entry = m_file.custody().append(QStringLiteral("catalog.pin"), QStringLiteral("catalog:%1").arg(catalog.id), catalog.record());
    if (!entry)
        return entry.error();
    return {};
}

} // namespace ab
