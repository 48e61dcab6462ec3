#pragma once

#include "core/catalog/Catalog.h"
#include "core/inspection/InspectionFile.h"

#include <QtGlobal>

#include <memory>

namespace guitest {

inline QString catalogPath()
{
    return qEnvironmentVariable("AB_TEST_DATA") + QStringLiteral("/catalogs/MiniCatalog.json");
}

inline QByteArray passphrase()
{
    return QByteArrayLiteral("gui-test passphrase");
}

// A new inspection of one level-3 system pinned to tests/data/catalogs/MiniCatalog.json,
// with the given authorised scope.
inline std::unique_ptr<ab::InspectionFile> createMini(const QString &path, QString *error, const QStringList &scope = {})
{
    auto c = ab::catalog::Catalog::load(catalogPath());
    if (!c) {
        *error = c.error().message;
        return {};
    }
    ab::InspectionMeta meta;
    meta.regime = c->regime();
    meta.organisation = QStringLiteral("Mini operator");
    meta.systems = {ab::SystemInfo{QStringLiteral("CCTV"), 3}};
    meta.inspectors = {QStringLiteral("Tester")};
    meta.scope = scope;
    meta.catalogId = c->id();
    meta.catalogVersion = c->version();
    const ab::PinnedCatalog pin = c->pin();
    auto f = ab::InspectionFile::create(path, meta, passphrase(), QStringLiteral("tester"), &pin);
    if (!f) {
        *error = f.error().message;
        return {};
    }
    return std::move(f).value();
}

} // namespace guitest
