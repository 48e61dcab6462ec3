#pragma once

#include "core/evidence/EvidenceItem.h"
#include "core/evidence/Verifier.h"
#include "core/inspection/InspectionFile.h"
#include "core/probe/ProbeRunner.h"
#include "core/util/Result.h"

#include <QPromise>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ab::ui
{

// What an import records with every file (a kind and an item for all of them).
struct ImportOptions {
    QString kind; // empty: guessed from each name
    QString item;
};

struct ImportOutcome {
    int added = 0;
    QList<qint64> addedIds; // in the order they were committed
    QStringList failures;   // "name: message"
    QStringList skipped;    // from planImport
    std::optional<Error> error;
};

struct ExportOutcome {
    QString path;
    std::optional<Error> error;
};

struct UnlockOutcome {
    QString path;
    std::shared_ptr<InspectionFile::UnlockedKey> key;
    std::optional<Error> error;
};

struct ProbeOutcomeSummary {
    std::optional<probe::ProbeRunResult> result;
    std::optional<Error> error;
};

struct VerifyOutcome {
    std::optional<VerifyReport> report;
    std::optional<Error> error;
};

// One evidence item decrypted for viewing: its record, the first bytes of
// its contents, and whether all of it hashes to the recorded SHA-256.
struct EvidenceContent {
    qint64 id = 0;
    EvidenceItem item;
    QByteArray head;            // at most the `keep` bytes asked for
    bool complete = false;      // head holds the whole contents
    std::optional<Error> error; // unreadable, or it does not match its SHA-256
};

// Work that runs on a pool thread. Each job opens its own handle with
// InspectionFile::openAnother() on that thread, because a QSqlDatabase
// connection belongs to the thread that made it, and closes it there too.
// Progress is reported in thousandths; cancelling the future stops the work
// at the next chunk.
namespace jobs
{
void importFiles(QPromise<ImportOutcome> &promise, const InspectionFile &main, const QStringList &paths, const ImportOptions &options = {});
void exportItem(QPromise<ExportOutcome> &promise, const InspectionFile &main, qint64 id, const QString &outPath);
// `trust` judges a sealed copy's signer (the organisation's CA, say).
void verify(QPromise<VerifyOutcome> &promise, const InspectionFile &main, const crypto::CmsVerifyOptions &trust = {});
// Decrypts evidence item `id` in full (the SHA-256 check needs every byte)
// and keeps its first `keep` bytes; memory stays bounded by keep plus a chunk.
// Shared so the viewer can move the bytes out of the future's copy.
void readEvidence(QPromise<std::shared_ptr<EvidenceContent>> &promise, const InspectionFile &main, qint64 id, qint64 keep);
// A probe run on its own handle; `runner` is shared so Stop can reach it.
// Progress goes to `onProgress` (called on worker threads).
void probe(QPromise<ProbeOutcomeSummary> &promise, const InspectionFile &main, const std::shared_ptr<probe::ProbeRunner> &runner,
           const std::function<void(const probe::ProbeProgress &)> &onProgress);
// Checks the file and derives its key (the slow, deliberate part of opening).
// The passphrase lives in one wiped-on-destruction buffer, never copied.
UnlockOutcome unlock(const QString &path, const std::shared_ptr<const crypto::SecureBytes> &passphrase);
} // namespace jobs

} // namespace ab::ui
