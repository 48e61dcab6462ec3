#include "core/evidence/Verifier.h"
#include "core/inspection/RecordTable.h"

#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/Schema.h"
#include "core/inspection/SqlUtil.h"
#include "core/seal/SealVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <limits>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::Verifier)
};

const QString Altered = QStringLiteral("altered");
const QString Missing = QStringLiteral("missing");
const QString Extra = QStringLiteral("extra");
const QString Corrupt = QStringLiteral("corrupt");

void add(VerifyReport &r, const QString &object, const QString &kind, const QString &detail)
{
    r.problems.append({object, kind, detail});
}

} // namespace

// Names the fields in which two records differ ("name, note").
QStringList Verifier::differingFields(const QJsonObject &expected, const QJsonObject &actual)
{
    QStringList out;
    QSet<QString> keys;
    for (auto it = expected.begin(); it != expected.end(); ++it)
        keys.insert(it.key());
    for (auto it = actual.begin(); it != actual.end(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString &k : sorted)
        if (expected.value(k) != actual.value(k))
            out.append(k);
    return out;
}

QJsonObject VerifyReport::toJson() const
{
    QJsonArray ps;
    for (const auto &p : problems)
        ps.append(QJsonObject{{QStringLiteral("object"), p.object}, {QStringLiteral("kind"), p.kind}, {QStringLiteral("detail"), p.detail}});
    QJsonObject seal{{QStringLiteral("sealed"), false}};
    QJsonArray allSeals;
    for (const SealStatus &st : seals)
        allSeals.append(st.toJson());
    if (!seals.isEmpty())
        seal = seals.last().toJson();
    QJsonObject out{{QStringLiteral("intact"), intact()},
                       {QStringLiteral("problems"), ps},
                       {QStringLiteral("seal"), seal},
                       {QStringLiteral("evidence_checked"), double(evidenceChecked)},
                       {QStringLiteral("bytes_checked"), double(bytesChecked)},
                       {QStringLiteral("custody_rows"), double(custodyRows)},
                       {QStringLiteral("chain_head"), chainHead}};
    if (seals.size() > 1)
        out.insert(QStringLiteral("seals"), allSeals);
    return out;
}

Result<VerifyReport> Verifier::run(const Progress &progress)
{
    VerifyReport report;
    QSqlDatabase db = m_file.database();
    // One read transaction: every check sees the same snapshot.
    if (auto r = sql::exec(db, QStringLiteral("BEGIN")); !r)
        return r.error();
    struct EndRead {
        QSqlDatabase db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("COMMIT")); }
    } endRead{db};

    checkDatabase(report);
    checkSchema(report);
    Replay replay;
    if (auto r = checkChain(report, replay); !r)
        return r.error();
    if (auto r = checkMeta(report, replay.meta); !r)
        return r.error();
    if (auto r = checkCatalogAndAnswers(report, replay); !r)
        return r.error();
    if (auto r = checkRecords(report, replay); !r)
        return r.error();
    if (auto r = checkEvidence(report, replay.evidence, progress); !r)
        return r.error();
    if (auto r = SealVerifier(m_file, m_sealTrust).check(report); !r)
        return r.error();
    return report;
}

void Verifier::checkDatabase(VerifyReport &report)
{
    QSqlQuery q(m_file.database());
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        add(report, QStringLiteral("database"), Corrupt, Tr::tr("SQLite cannot check the file: %1").arg(q.lastError().databaseText()));
        return;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            add(report, QStringLiteral("database"), Corrupt, Tr::tr("SQLite integrity check: %1").arg(line));
    }
}

void Verifier::checkSchema(VerifyReport &report)
{
    QSqlQuery q(m_file.database());
    // Only SQLite's own automatic indexes are skipped (GLOB: case-sensitive,
    // '_' literal); everything else must be exactly what this version made.
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT GLOB 'sqlite_autoindex_*'"));
    QSet<QString> present;
    const QMap<QString, QString> definitions = schema::expectedDefinitions(m_file.schemaVersion());
    while (q.next()) {
        const QString key = q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        present.insert(key);
        if (definitions.contains(key) && definitions.value(key) != q.value(2).toString())
            add(report, QStringLiteral("schema:") + key, Altered,
                Tr::tr("The definition of %1 was changed outside AuditBench.").arg(key));
    }
    const QStringList expected = schema::expectedObjects(m_file.schemaVersion());
    for (const QString &e : expected)
        if (!present.contains(e))
            add(report, QStringLiteral("schema:") + e, Missing, Tr::tr("The schema object %1 is missing.").arg(e));
    QStringList extra(present.begin(), present.end());
    extra.sort();
    for (const QString &e : extra)
        if (!expected.contains(e))
            add(report, QStringLiteral("schema:") + e, Extra, Tr::tr("The schema object %1 was added outside AuditBench.").arg(e));
}

Result<void> Verifier::checkChain(VerifyReport &report, Replay &replay)
{
    CustodyLog &log = m_file.custody();
    // Every row, whatever its number: a forged row numbered 0 or below is
    // as much an extra object as one appended at the end.
    auto entries = log.entries(std::numeric_limits<qint64>::min());
    if (!entries)
        return entries.error();
    report.custodyRows = entries->size();
    QString prev = log.genesis();
    qint64 expectSeq = 1;
    bool prevAltered = false;
    for (const CustodyEntry &e : *entries) {
        const QString obj = QStringLiteral("custody:%1").arg(e.seq);
        if (e.seq < 1) {
            add(report, obj, Extra, Tr::tr("Custody entry %1 (%2 of %3) was added outside AuditBench.").arg(e.seq).arg(e.action, e.object));
            --report.custodyRows;
            continue;
        }
        if (e.seq != expectSeq)
            add(report, QStringLiteral("custody:%1").arg(expectSeq), Missing,
                e.seq - expectSeq == 1 ? Tr::tr("Custody entry %1 was deleted.").arg(expectSeq)
                                       : Tr::tr("Custody entries %1 to %2 were deleted.").arg(expectSeq).arg(e.seq - 1));
        else if (e.prev != prev && e.seq > 1 && !prevAltered)
            // The entry before was rewritten and re-hashed; this one still
            // records its original hash, so name the one that was changed.
            add(report, QStringLiteral("custody:%1").arg(e.seq - 1), Altered,
                Tr::tr("Custody entry %1 differs from what entry %2 recorded: it was rewritten after it was written.").arg(e.seq - 1).arg(e.seq));
        else if (e.prev != prev)
            add(report, obj, Altered, Tr::tr("Custody entry %1 does not chain to the entry before it.").arg(e.seq));
        prevAltered = e.computeHash() != e.hash;
        if (prevAltered)
            add(report, obj, Altered, Tr::tr("Custody entry %1 (%2 of %3) was altered after it was written.").arg(e.seq).arg(e.action, e.object));
        prev = e.hash;
        expectSeq = e.seq + 1;

        // Replay: what the tables must hold if nothing was changed behind our back.
        if (e.action == QLatin1String("inspection.create") || e.action == QLatin1String("inspection.update"))
            replay.meta = e.detail;
        else if (e.action == QLatin1String("evidence.add"))
            replay.evidence.insert(qint64(e.detail.value(QStringLiteral("id")).toDouble()), e.detail);
        else if (e.action == QLatin1String("evidence.update")) {
            const qint64 id = qint64(e.detail.value(QStringLiteral("id")).toDouble());
            QJsonObject rec = replay.evidence.value(id);
            const QJsonObject changes = e.detail.value(QStringLiteral("set")).toObject();
            for (auto it = changes.begin(); it != changes.end(); ++it)
                rec.insert(it.key(), it.value());
            replay.evidence.insert(id, rec);
        } else if (e.action == QLatin1String("schema.migrate")) {
            // The step to format 5 gave every finding recorded before it a
            // merged_into of 0; the log recorded those rows without it.
            const int from = e.detail.value(QStringLiteral("from")).toInt();
            const int to = e.detail.value(QStringLiteral("to")).toInt();
            if (from < 5 && to >= 5) {
                QMap<qint64, QJsonObject> &findings = replay.rows[QStringLiteral("finding")];
                for (QJsonObject &row : findings)
                    if (!row.contains(QStringLiteral("merged_into")))
                        row.insert(QStringLiteral("merged_into"), 0.0);
            }
        } else if (e.action == QLatin1String("catalog.pin"))
            replay.catalog = e.detail;
        else if (e.action == QLatin1String("answer.set"))
            replay.answers.insert(e.detail.value(QStringLiteral("item")).toString(), e.detail);
        else if (const QString table = e.action.section(QLatin1Char('.'), 0, 0); RecordTable::tables().contains(table)) {
            const QString verb = e.action.section(QLatin1Char('.'), 1);
            const qint64 id = qint64(e.detail.value(QStringLiteral("id")).toDouble());
            if (verb == QLatin1String("delete"))
                replay.rows[table].remove(id);
            else if (verb == QLatin1String("add") || verb == QLatin1String("update"))
                replay.rows[table].insert(id, e.detail);
        }
    }
    report.chainHead = prev;

    auto head = log.recordedHead();
    if (!head)
        add(report, QStringLiteral("custody:head"), Missing, Tr::tr("The sealed custody head is missing."));
    else if (!head->macValid)
        add(report, QStringLiteral("custody:head"), Altered,
            Tr::tr("The sealed custody head does not match the file key: the log was rewritten outside AuditBench."));
    else if (head->seq > expectSeq - 1)
        add(report, QStringLiteral("custody:%1").arg(expectSeq), Missing,
            Tr::tr("The last %1 custody entries (from %2) were deleted.").arg(head->seq - expectSeq + 1).arg(expectSeq));
    else if (head->seq < expectSeq - 1)
        add(report, QStringLiteral("custody:%1").arg(head->seq + 1), Extra,
            Tr::tr("Custody entries after %1 were added outside AuditBench.").arg(head->seq));
    else if (head->hash != prev)
        add(report, QStringLiteral("custody:%1").arg(head->seq), Altered, Tr::tr("The last custody entry differs from the sealed head."));
    return {};
}

Result<void> Verifier::checkMeta(VerifyReport &report, const QJsonObject &expectedMeta)
{
    QSqlQuery q(m_file.database());
    q.exec(QStringLiteral("SELECT key, value FROM meta"));
    static const QStringList known{QStringLiteral("file_id"), QStringLiteral("keyslot"), QStringLiteral("inspection"),
                                   QStringLiteral("custody_head")};
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!known.contains(key)) {
            add(report, QStringLiteral("meta:") + key, Extra, Tr::tr("An unknown setting \"%1\" was added outside AuditBench.").arg(key));
            continue;
        }
        if (key != QLatin1String("inspection"))
            continue;
        const QJsonObject actual = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QStringList diff = differingFields(expectedMeta, actual);
        if (!diff.isEmpty())
            add(report, QStringLiteral("inspection"), Altered,
                Tr::tr("The inspection details differ from the custody log in: %1.").arg(diff.join(QStringLiteral(", "))));
    }
    return {};
}

Result<void> Verifier::checkEvidence(VerifyReport &report, const QMap<qint64, QJsonObject> &expected, const Progress &progress)
{
    QSqlDatabase db = m_file.database();
    // Evidence rows as the tables hold them.
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT e.id, b.sha256, b.size, e.name, e.kind, e.item, e.note, e.added_at,"
                                                  " e.added_by, e.blob_id, b.id FROM evidence e LEFT JOIN blob b ON b.id = e.blob_id"
                                                  " ORDER BY e.id"));
    if (auto r = sql::exec(q); !r)
        return r.error();
    QMap<qint64, QList<qint64>> evidenceByBlob;
    QSet<qint64> seen;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString obj = QStringLiteral("evidence:%1").arg(id);
        seen.insert(id);
        ++report.evidenceChecked;
        if (q.value(10).isNull()) {
            add(report, obj, Missing, Tr::tr("Evidence %1 (%2): its stored contents are missing.").arg(id).arg(q.value(3).toString()));
            continue;
        }
        evidenceByBlob[q.value(9).toLongLong()].append(id);
        if (!expected.contains(id)) {
            add(report, obj, Extra, Tr::tr("Evidence %1 (%2) was added outside AuditBench: the custody log never recorded it.")
                                        .arg(id)
                                        .arg(q.value(3).toString()));
            continue;
        }
        const QJsonObject actual{{QStringLiteral("id"), double(id)},
                                 {QStringLiteral("sha256"), q.value(1).toString()},
                                 {QStringLiteral("size"), double(q.value(2).toLongLong())},
                                 {QStringLiteral("name"), q.value(3).toString()},
                                 {QStringLiteral("kind"), q.value(4).toString()},
                                 {QStringLiteral("item"), q.value(5).toString()},
                                 {QStringLiteral("note"), q.value(6).toString()},
                                 {QStringLiteral("added_at"), q.value(7).toString()},
                                 {QStringLiteral("added_by"), q.value(8).toString()}};
        const QStringList diff = differingFields(expected.value(id), actual);
        if (!diff.isEmpty())
            add(report, obj, Altered,
                Tr::tr("Evidence %1 (%2) differs from the custody log in: %3.").arg(id).arg(q.value(3).toString(), diff.join(QStringLiteral(", "))));
    }
    for (auto it = expected.begin(); it != expected.end(); ++it)
        if (!seen.contains(it.key()))
            add(report, QStringLiteral("evidence:%1").arg(it.key()), Missing,
                Tr::tr("Evidence %1 (%2) recorded in the custody log is missing.").arg(it.key()).arg(it.value().value(QStringLiteral("name")).toString()));

    // Contents: every blob decrypted chunk by chunk and re-hashed.
    QSqlQuery blobs(db);
    blobs.setForwardOnly(true);
    blobs.exec(QStringLiteral("SELECT id, size, chunks FROM blob ORDER BY id"));
    QList<std::tuple<qint64, qint64, qint64>> blobList;
    qint64 totalBytes = 0;
    while (blobs.next()) {
        blobList.append({blobs.value(0).toLongLong(), blobs.value(1).toLongLong(), blobs.value(2).toLongLong()});
        totalBytes += blobs.value(1).toLongLong();
    }
    EvidenceStore store(m_file);
    qint64 base = 0;
    for (const auto &[blobId, size, chunks] : blobList) {
        const QList<qint64> users = evidenceByBlob.value(blobId);
        if (users.isEmpty()) {
            add(report, QStringLiteral("blob:%1").arg(blobId), Extra, Tr::tr("Stored contents %1 belong to no evidence item.").arg(blobId));
            base += size;
            continue;
        }
        auto r = store.readBlob(blobId, {}, [&](qint64 done, qint64) { return !progress || progress(base + done, totalBytes); });
        if (!r) {
            if (r.error().code == ErrorCode::Cancelled)
                return r.error();
            if (r.error().code != ErrorCode::Problem)
                return r.error();
            for (qint64 id : users)
                add(report, QStringLiteral("evidence:%1").arg(id), Altered, Tr::tr("Evidence %1: %2").arg(id).arg(r.error().message));
        } else {
            report.bytesChecked += size;
        }
        ++report.blobsChecked;
        base += size;
    }
    // Chunks that belong to no blob, or lie past its end.
    QSqlQuery stray(db);
    stray.exec(QStringLiteral("SELECT c.blob_id, c.idx FROM chunk c LEFT JOIN blob b ON b.id = c.blob_id"
                              " WHERE b.id IS NULL OR c.idx >= b.chunks OR c.idx < 0 ORDER BY c.blob_id, c.idx LIMIT 1000"));
    while (stray.next())
        add(report, QStringLiteral("chunk:%1/%2").arg(stray.value(0).toLongLong()).arg(stray.value(1).toLongLong()), Extra,
            Tr::tr("A stored chunk (%1/%2) belongs to no evidence contents.").arg(stray.value(0).toLongLong()).arg(stray.value(1).toLongLong()));
    return {};
}

} // namespace ab
