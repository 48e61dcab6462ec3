#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ab {

class InspectionFile;

// The catalog an inspection started with, kept byte for byte in the file, so a
// newer catalog installed later never changes a running inspection. Plain data
// here: the inspection layer stores it, core/catalog parses it.
struct PinnedCatalog {
    QString id;
    QString version;
    QString sha256; // of json
    QByteArray json;
    QJsonObject record() const; // what the custody log records of it
};

class CatalogPin final {
public:
    explicit CatalogPin(InspectionFile &file) : m_file(file) {}
    // nullopt when none is pinned yet (a file from before format 2).
    Result<std::optional<PinnedCatalog>> get() const;
    // Inside the caller's write transaction; one catalog per inspection.
    Result<void> pin(const PinnedCatalog &catalog);

private:
    InspectionFile &m_file;
};

} // namespace ab
