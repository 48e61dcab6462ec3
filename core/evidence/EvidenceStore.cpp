#include "core/evidence/EvidenceStore.h"

#include "core/crypto/Aead.h"
#include "core/crypto/Hash.h"
#include "core/evidence/ChunkSealer.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtEndian>

#include <optional>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::EvidenceStore)
};

Error cancelled() { return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled; nothing was added.")); }

EvidenceItem itemFromQuery(const QSqlQuery &q)
{
    EvidenceItem e;
    e.id = q.value(0).toLongLong();
    e.sha256 = q.value(1).toString();
    e.size = q.value(2).toLongLong();
    e.name = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.item = q.value(5).toString();
    e.note = q.value(6).toString();
    e.addedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    e.addedBy = q.value(8).toString();
    return e;
}

const QString SelectItems = QStringLiteral(
    "SELECT e.id, b.sha256, b.size, e.name, e.kind, e.item, e.note, e.added_at, e.added_by"
    " FROM evidence e JOIN blob b ON b.id = e.blob_id");
} // namespace

Result<ImportPlan> planImport(const QStringList &paths)
{
    ImportPlan plan;
    QSet<QString> seen;
    auto addFile = [&](const QFileInfo &fi) -> Result<void> {
        if (!fi.isReadable())
            return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: permission denied; nothing was added.").arg(fi.filePath()));
        const QString canonical = fi.canonicalFilePath();
        if (seen.contains(canonical))
            return {};
        seen.insert(canonical);
        plan.files.append(fi.filePath());
        plan.totalBytes += fi.size();
        return {};
    };
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        if (!fi.exists()) {
            if (fi.isSymLink())
                return makeError(ErrorCode::Io, Tr::tr("%1 is a broken symbolic link; nothing was added.").arg(path));
            return makeError(ErrorCode::Io, Tr::tr("%1 does not exist; nothing was added.").arg(path));
        }
        if (fi.isFile()) {
            if (auto r = addFile(fi); !r)
                return r.error();
            continue;
        }
        if (!fi.isDir())
            return makeError(ErrorCode::Io, Tr::tr("%1 is neither a file nor a folder; nothing was added.").arg(path));
        if (!fi.isReadable() || !fi.isExecutable())
            return makeError(ErrorCode::Io, Tr::tr("Cannot read the folder %1: permission denied; nothing was added.").arg(path));
        // Symbolic links to folders are not followed: a loop cannot trap the walk.
        QDirIterator it(path, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            if (entry.isSymLink() && entry.isDir()) {
                plan.skipped.append(Tr::tr("%1: symbolic link to a folder, not followed").arg(entry.filePath()));
                continue;
            }
            if (entry.isSymLink() && !entry.exists()) {
                plan.skipped.append(Tr::tr("%1: broken or looping symbolic link").arg(entry.filePath()));
                continue;
            }
            if (entry.isDir())
                continue;
            if (!entry.isFile()) {
                plan.skipped.append(Tr::tr("%1: not a regular file").arg(entry.filePath()));
                continue;
            }
            files.append(entry.filePath());
        }
        files.sort(); // a stable, reproducible order of import
        for (const QString &f : files)
            if (auto r = addFile(QFileInfo(f)); !r)
                return r.error();
    }
    return plan;
}

QByteArray EvidenceStore::chunkAad(const QByteArray &fileId, const QByteArray &blobAadId, qint64 index, bool last)
{
    QByteArray aad;
    aad.reserve(64);
    aad.append("AuditBench chunk v1:");
    aad.append(fileId);
    aad.append(blobAadId);
    char be[8];
    qToBigEndian<quint64>(quint64(index), be);
    aad.append(be, 8);
    aad.append(last ? '\1' : '\0');
    return aad;
}

bool EvidenceStore::isInspectionItself(const QString &path) const
{
    // The file (or its journal) read while we write it would be a torn
    // snapshot, never evidence of anything.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QFileInfo self(m_file.path());
    return !canonical.isEmpty()
        && (canonical == self.canonicalFilePath() || canonical == QFileInfo(m_file.path() + QStringLiteral("-journal")).canonicalFilePath());
}

Error EvidenceStore::selfImportError(const QString &path)
{
    return makeError(ErrorCode::Usage, Tr::tr("%1 is this inspection file itself and cannot be added to it as evidence.").arg(path));
}

Result<EvidenceItem> EvidenceStore::importFile(const ImportRequest &request, const Progress &progress)
{
    if (isInspectionItself(request.path))
        return selfImportError(request.path);
    QFile f(request.path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2; nothing was added.").arg(request.path, f.errorString()));
    ImportRequest r = request;
    if (r.name.isEmpty())
        r.name = QFileInfo(request.path).fileName();
    return storeCommitted(f, f.size(), r, progress);
}

Result<EvidenceItem> EvidenceStore::importData(QByteArrayView data, const ImportRequest &request)
{
    QByteArray copy = data.toByteArray();
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    return storeCommitted(buf, copy.size(), request, {});
}

Result<EvidenceItem> EvidenceStore::storeData(QByteArrayView data, const ImportRequest &request)
{
    QByteArray copy = data.toByteArray();
    QBuffer buf(&copy);
    buf.open(QIODevice::ReadOnly);
    return store(buf, copy.size(), request, {});
}

Result<EvidenceItem> EvidenceStore::store(QIODevice &source, qint64 total, const ImportRequest &request, const Progress &progress)
{
    if (!m_file.isWritable())
        return makeError(ErrorCode::Usage, Tr::tr("The inspection is open read-only; evidence cannot be added."));
    if (auto sealed = m_file.checkWrite(QStringLiteral("evidence.add")); !sealed)
        return sealed.error();
    const QString kind = request.kind.isEmpty() ? EvidenceItem::kindForName(request.name) : request.kind;
    if (!EvidenceItem::kinds().contains(kind))
        return makeError(ErrorCode::Usage, Tr::tr("Unknown evidence kind \"%1\"; use document, photo, note or transcript.").arg(kind));
    ImportRequest req = request;
    req.kind = kind;

    QSqlDatabase db = m_file.database();
    sql::Savepoint sp(db);
    if (auto r = sp.begin(); !r)
        return r.error();

    const QByteArray aadId = crypto::randomBytes(16);
    QSqlQuery insBlob = sql::prepare(db, QStringLiteral("INSERT INTO blob (sha256, size, chunks, aad_id) VALUES (NULL, 0, 0, ?)"));
    insBlob.addBindValue(aadId);
    if (auto r = sql::exec(insBlob); !r)
        return r.error();
    const qint64 blobId = insBlob.lastInsertId().toLongLong();

    QSqlQuery insChunk = sql::prepare(db, QStringLiteral("INSERT INTO chunk (blob_id, idx, data) VALUES (?, ?, ?)"));
    // Large sources are read, hashed and sealed on a second thread while this
    // one writes; for small ones a thread would cost more than it saves.
    ChunkSealer sealer(source, m_file.fileKey(), m_file.fileId(), aadId, ChunkSize, total >= ThreadedImportBytes);
    qint64 index = 0, done = 0;
    while (auto chunk = sealer.next()) {
        insChunk.bindValue(0, blobId);
        insChunk.bindValue(1, chunk->index);
        insChunk.bindValue(2, chunk->sealed);
        if (auto r = sql::exec(insChunk); !r)
            return r.error();
        done += chunk->plainSize;
        index = chunk->index + 1;
        if (progress && !progress(done, qMax(total, done)))
            return cancelled();
    }
    if (sealer.failed())
        return makeError(ErrorCode::Io, Tr::tr("Reading %1 failed: %2; nothing was added.").arg(req.path, sealer.errorString()));
    const QString sha = QString::fromLatin1(sealer.sha256().toHex());

    QSqlQuery existing = sql::prepare(db, QStringLiteral("SELECT id FROM blob WHERE sha256 = ?"));
    existing.addBindValue(sha);
    if (auto r = sql::exec(existing); !r)
        return r.error();
    if (existing.next()) {
        // Same contents already stored: drop the copy, keep one blob.
        const qint64 have = existing.value(0).toLongLong();
        existing.finish();
        sp.rollback();
        auto item = insertItem(have, sha, done, req);
        if (!item)
            return item;
        if (auto r = sp.release(); !r)
            return r.error();
        return item;
    }
    QSqlQuery upd = sql::prepare(db, QStringLiteral("UPDATE blob SET sha256 = ?, size = ?, chunks = ? WHERE id = ?"));
    upd.addBindValue(sha);
    upd.addBindValue(done);
    upd.addBindValue(index);
    upd.addBindValue(blobId);
    if (auto r = sql::exec(upd); !r)
        return r.error();
    auto item = insertItem(blobId, sha, done, req);
    if (!item)
        return item;
    if (auto r = sp.release(); !r)
        return r.error();
    return item;
}

Result<EvidenceItem> EvidenceStore::storeCommitted(QIODevice &source, qint64 total, const ImportRequest &request,
                                                   const Progress &progress)
{
    sql::Transaction tx(m_file.database());
    if (auto r = tx.begin(); !r)
        return r.error();
    auto item = store(source, total, request, progress);
    if (!item)
        return item;
    if (auto r = tx.commit(); !r)
        return r.error();
    return item;
}

Result<void> EvidenceStore::importBatch(const QList<ImportRequest> &requests, const Progress &progress, const Committed &committed,
                                        const Failed &failed)
{
    if (!m_file.isWritable())
        return makeError(ErrorCode::Usage, Tr::tr("The inspection is open read-only; evidence cannot be added."));
    if (auto sealed = m_file.checkWrite(QStringLiteral("evidence.add")); !sealed)
        return sealed.error();
    qint64 total = 0;
    for (const auto &r : requests)
        total += QFileInfo(r.path).size();

    std::optional<sql::Transaction> tx;
    QList<EvidenceItem> pending;
    qint64 pendingBytes = 0, base = 0;
    QElapsedTimer age;
    // Items are announced only once their transaction is committed, so a
    // crash can lose only items nobody was told about.
    auto flush = [&]() -> Result<void> {
        if (!tx)
            return {};
        auto r = tx->commit();
        tx.reset();
        if (!r)
            return r;
        for (const auto &e : std::as_const(pending))
            if (committed)
                committed(e);
        pending.clear();
        pendingBytes = 0;
        return {};
    };
    for (const ImportRequest &request : requests) {
        if (isInspectionItself(request.path)) {
            if (failed)
                failed(request.path, selfImportError(request.path));
            base += QFileInfo(request.path).size();
            continue;
        }
        QFile f(request.path);
        const qint64 size = f.size();
        if (!f.open(QIODevice::ReadOnly)) {
            if (failed)
                failed(request.path, makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2; it was not added.").arg(request.path, f.errorString())));
            base += size;
            continue;
        }
        if (!tx) {
            tx.emplace(m_file.database());
            if (auto r = tx->begin(); !r) {
                tx.reset();
                return r;
            }
            age.start();
        }
        ImportRequest req = request;
        if (req.name.isEmpty())
            req.name = QFileInfo(request.path).fileName();
        auto item = store(f, size, req, [&](qint64 done, qint64) { return !progress || progress(base + done, total); });
        base += size;
        if (!item) {
            if (item.error().code == ErrorCode::Cancelled) {
                if (auto r = flush(); !r)
                    return r;
                return item.error();
            }
            if (item.error().code != ErrorCode::Io) {
                tx.reset(); // rolls back; nothing of this batch was announced
                return item.error();
            }
            if (failed)
                failed(request.path, item.error());
            continue;
        }
        pending.append(*item);
        pendingBytes += size;
        if (pendingBytes >= BatchBytes || pending.size() >= BatchItems || age.elapsed() >= BatchMillis)
            if (auto r = flush(); !r)
                return r;
    }
    return flush();
}

Result<EvidenceItem> EvidenceStore::insertItem(qint64 blobId, const QString &sha256, qint64 size, const ImportRequest &req)
{
    EvidenceItem e;
    e.sha256 = sha256;
    e.size = size;
    e.name = req.name;
    e.kind = req.kind;
    // Never NULL: an absent item or note is stored as an empty string.
    e.item = req.item.isNull() ? QString(QLatin1String("")) : req.item;
    e.note = req.note.isNull() ? QString(QLatin1String("")) : req.note;
    e.addedAt = QDateTime::currentDateTimeUtc();
    e.addedBy = m_file.actor();
    QSqlQuery ins = sql::prepare(m_file.database(),
                                 QStringLiteral("INSERT INTO evidence (blob_id, name, kind, item, note, added_at, added_by)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(blobId);
    ins.addBindValue(e.name);
    ins.addBindValue(e.kind);
    ins.addBindValue(e.item);
    ins.addBindValue(e.note);
    ins.addBindValue(e.addedAt.toString(Qt::ISODateWithMs));
    ins.addBindValue(e.addedBy);
    if (auto r = sql::exec(ins); !r)
        return r.error();
    e.id = ins.lastInsertId().toLongLong();
    if (auto r = m_file.custody().append(QStringLiteral("evidence.add"), QStringLiteral("evidence:%1").arg(e.id), e.custodyRecord()); !r)
        return r.error();
    return e;
}

Result<QList<EvidenceItem>> EvidenceStore::list() const
{
    QSqlQuery q = sql::prepare(m_file.database(), SelectItems + QStringLiteral(" ORDER BY e.id"));
    if (auto r = sql::exec(q); !r)
        return r.error();
    QList<EvidenceItem> out;
    while (q.next())
        out.append(itemFromQuery(q));
    return out;
}

Result<EvidenceItem> EvidenceStore::get(qint64 id) const
{
    QSqlQuery q = sql::prepare(m_file.database(), SelectItems + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(id);
    if (auto r = sql::exec(q); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::Usage, Tr::tr("There is no evidence item %1 in this inspection.").arg(id));
    return itemFromQuery(q);
}

Result<qint64> EvidenceStore::count() const
{
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT count(*) FROM evidence"));
    if (auto r = sql::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<void> EvidenceStore::read(qint64 id, const Sink &sink, const Progress &progress) const
{
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT blob_id FROM evidence WHERE id = ?"));
    q.addBindValue(id);
    if (auto r = sql::exec(q); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::Usage, Tr::tr("There is no evidence item %1 in this inspection.").arg(id));
    const qint64 blobId = q.value(0).toLongLong();
    q.finish();
    auto r = readBlob(blobId, sink, progress);
    if (!r && r.error().code == ErrorCode::Problem)
        return makeError(ErrorCode::Problem, Tr::tr("Evidence %1: %2").arg(id).arg(r.error().message));
    return r;
}

Result<void> EvidenceStore::readBlob(qint64 blobId, const Sink &sink, const Progress &progress) const
{
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT sha256, size, chunks, aad_id FROM blob WHERE id = ?"));
    q.addBindValue(blobId);
    if (auto r = sql::exec(q); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::Problem, Tr::tr("its stored contents are missing."));
    const QString sha = q.value(0).toString();
    const qint64 size = q.value(1).toLongLong();
    const qint64 chunks = q.value(2).toLongLong();
    const QByteArray aadId = q.value(3).toByteArray();
    q.finish();

    QSqlQuery c = sql::prepare(m_file.database(), QStringLiteral("SELECT data FROM chunk WHERE blob_id = ? AND idx = ?"));
    crypto::Sha256 hash;
    QByteArray plain;
    qint64 done = 0;
    for (qint64 i = 0; i < chunks; ++i) {
        c.bindValue(0, blobId);
        c.bindValue(1, i);
        if (auto r = sql::exec(c); !r)
            return r.error();
        if (!c.next())
            return makeError(ErrorCode::Problem, Tr::tr("chunk %1 of %2 is missing.").arg(i + 1).arg(chunks));
        const QByteArray sealed = c.value(0).toByteArray();
        c.finish();
        if (!crypto::Aead::open(m_file.fileKey(), sealed, chunkAad(m_file.fileId(), aadId, i, i == chunks - 1), plain))
            return makeError(ErrorCode::Problem, Tr::tr("chunk %1 of %2 fails authentication (altered, moved or swapped).").arg(i + 1).arg(chunks));
        hash.add(plain);
        done += plain.size();
        if (sink && !sink(plain))
            return cancelled();
        if (progress && !progress(done, size))
            return cancelled();
    }
    crypto::cleanse(plain);
    const QString got = QString::fromLatin1(hash.result().toHex());
    if (done != size || got != sha)
        return makeError(ErrorCode::Problem, Tr::tr("its contents hash to %1 but %2 was recorded.").arg(got, sha));
    return {};
}

Result<void> EvidenceStore::exportTo(qint64 id, const QString &outPath, const Progress &progress) const
{
    // QSaveFile would replace the whole inspection with one item's bytes.
    const QFileInfo target(outPath);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_file.path()).canonicalFilePath())
        return makeError(ErrorCode::Usage, Tr::tr("%1 is the inspection file itself; export to another file.").arg(outPath));
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2.").arg(outPath, out.errorString()));
    bool writeFailed = false;
    auto r = read(
        id,
        [&](QByteArrayView data) {
            if (out.write(data.data(), data.size()) != data.size()) {
                writeFailed = true;
                return false;
            }
            return true;
        },
        progress);
    if (writeFailed) {
        out.cancelWriting();
        return makeError(ErrorCode::Io, Tr::tr("Writing %1 failed: %2.").arg(outPath, out.errorString()));
    }
    if (!r) {
        out.cancelWriting(); // never leave unverified bytes behind
        return r;
    }
    if (!out.commit())
        return makeError(ErrorCode::Io, Tr::tr("Writing %1 failed: %2.").arg(outPath, out.errorString()));
    return {};
}

} // namespace ab
