#pragma once

#include "core/evidence/EvidenceItem.h"
#include "core/util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace ab {

class InspectionFile;

struct ImportRequest {
    QString path;
    QString name; // defaults to the file name of path
    QString kind; // defaults to a guess from the name
    QString item;
    QString note;
};

// Files expanded from the paths a user dropped or named: folders walked
// without following symbolic links to folders (so a link loop cannot trap us).
struct ImportPlan {
    QStringList files;
    QStringList skipped; // "path: reason", for the user to read
    qint64 totalBytes = 0;
};
Result<ImportPlan> planImport(const QStringList &paths);

// Encrypted, content-addressed, chunked evidence contents inside the
// inspection file. Memory stays bounded by one chunk whatever the size.
class EvidenceStore final {
public:
    static constexpr qint64 ChunkSize = 1 << 20;
    static constexpr qint64 ThreadedImportBytes = 4 << 20;
    // (bytes done, bytes total) -> false to cancel
    using Progress = std::function<bool(qint64, qint64)>;
    using Sink = std::function<bool(QByteArrayView)>;

    explicit EvidenceStore(InspectionFile &file) : m_file(file) {}

    // One file, one transaction with its custody entry: all or nothing.
    Result<EvidenceItem> importFile(const ImportRequest &request, const Progress &progress = {});
    // Many files, grouped into transactions of up to BatchItems files,
    // BatchBytes or BatchMillis (small files would otherwise cost a disk sync
    // each). Each file has its own savepoint and custody entry; `committed`
    // hears of an item only after its transaction is on disk. A file that
    // cannot be read goes to `failed` and the rest go on. Returns an error
    // only when the inspection itself fails, or Cancelled (items finished
    // before the cancel are kept and announced).
    using Committed = std::function<void(const EvidenceItem &)>;
    using Failed = std::function<void(const QString &path, const Error &error)>;
    static constexpr qint64 BatchBytes = 8 << 20;
    static constexpr int BatchItems = 256;
    static constexpr int BatchMillis = 500;
    Result<void> importBatch(const QList<ImportRequest> &requests, const Progress &progress, const Committed &committed,
                             const Failed &failed);
    // Bytes produced by the workbench itself (probe transcripts, notes).
    Result<EvidenceItem> importData(QByteArrayView data, const ImportRequest &request);
    // The same inside the caller's transaction (under a savepoint of its own),
    // so many transcripts and the rows that cite them commit together.
    Result<EvidenceItem> storeData(QByteArrayView data, const ImportRequest &request);

    Result<QList<EvidenceItem>> list() const;
    Result<EvidenceItem> get(qint64 id) const;
    Result<qint64> count() const;

    // Decrypts the contents in order, checking every chunk's tag and the
    // SHA-256 at the end; a failure names what is wrong.
    Result<void> read(qint64 id, const Sink &sink, const Progress &progress = {}) const;
    // The same for one stored content (a blob), as verify walks them.
    Result<void> readBlob(qint64 blobId, const Sink &sink, const Progress &progress = {}) const;
    // Writes the original bytes to outPath through QSaveFile, only if they
    // hash to the recorded SHA-256.
    Result<void> exportTo(qint64 id, const QString &outPath, const Progress &progress = {}) const;

    // The AAD binding a chunk to its file, blob and position.
    static QByteArray chunkAad(const QByteArray &fileId, const QByteArray &blobAadId, qint64 index, bool last);

private:
    bool isInspectionItself(const QString &path) const;
    static Error selfImportError(const QString &path);
    // Inside the caller's transaction, under a savepoint of its own.
    Result<EvidenceItem> storeCommitted(QIODevice &source, qint64 total, const ImportRequest &request, const Progress &progress);
    Result<EvidenceItem> store(QIODevice &source, qint64 total, const ImportRequest &request, const Progress &progress);
    Result<EvidenceItem> insertItem(qint64 blobId, const QString &sha256, qint64 size, const ImportRequest &request);
    InspectionFile &m_file;
};

} // namespace ab
