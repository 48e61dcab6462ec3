#pragma once

#include "core/seal/SealManifest.h"
#include "core/util/Result.h"

#include <QString>

#include <functional>

namespace ab
{

class InspectionFile;
namespace crypto
{
class SigningKey;
}

struct ExportOptions {
    QString target;                          // OUT.inspection
    bool overwrite = false;                  // replace an existing target (never the source)
    const crypto::SigningKey *key = nullptr; // seal with it; null: a plain consistent copy
};

struct ExportResult {
    QString path;
    bool sealed = false;
    qint64 sealId = 0;
    SealManifest manifest;  // what the seal covers (when sealed)
    qint64 bytes = 0;       // size of the copy
    qint64 exportEntry = 0; // the inspection.export custody entry in the source
};

// Writes a copy of an inspection for a supervisor, optionally sealed: the
// source records an inspection.export custody entry first; the copy is made
// through the SQLite backup API into a temporary file beside the target,
// verified (a seal vouches only for an intact file), sealed (a `seal` row
// holding the signed manifest, itself a seal.add custody entry in the copy)
// and only then renamed into place, so the target is never half-written.
// Meant for a worker thread: the source handle must belong to it.
class InspectionExporter final
{
public:
    enum class Stage { Copying, Verifying, Sealing };
    // (stage, done, total) -> false cancels; nothing is left at the target.
    using Progress = std::function<bool(Stage, qint64, qint64)>;

    explicit InspectionExporter(InspectionFile &source) : m_source(source) {}
    Result<ExportResult> run(const ExportOptions &options, const Progress &progress = {});

    // Usage error when target would be the source itself (same file by any
    // path) or exists without overwrite.
    static Result<void> checkTarget(const QString &source, const QString &target, bool overwrite);

private:
    Result<void> recordExport(const ExportOptions &options, ExportResult &result);
    Result<void> seal(const QString &copyPath, const ExportOptions &options, const Progress &progress, ExportResult &result);
    InspectionFile &m_source;
};

} // namespace ab
