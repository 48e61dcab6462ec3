#include "core/inspection/Schema.h"

#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QtEndian>

namespace ab::schema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::Schema)
};

// Version 1. Evidence contents live encrypted in chunk rows; blob holds one
// row per distinct content (by SHA-256 of the plaintext); custody is the
// hash-chained history every other table must agree with.
const char *const v1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE blob (id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE, size INTEGER NOT NULL,"
    " chunks INTEGER NOT NULL, aad_id BLOB NOT NULL UNIQUE)",
    "CREATE TABLE chunk (blob_id INTEGER NOT NULL, idx INTEGER NOT NULL, data BLOB NOT NULL,"
    " PRIMARY KEY (blob_id, idx))",
    "CREATE TABLE evidence (id INTEGER PRIMARY KEY, blob_id INTEGER NOT NULL REFERENCES blob(id),"
    " name TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
    " added_at TEXT NOT NULL, added_by TEXT NOT NULL)",
    "CREATE INDEX evidence_blob ON evidence(blob_id)",
    "CREATE TABLE custody (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
    " action TEXT NOT NULL, object TEXT NOT NULL, detail TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL)",
};

// Version 2: the catalog the inspection is pinned to (its exact bytes) and
// the answers to its items. Every answer change is in the custody log too.
const char *const v2[] = {
    "CREATE TABLE catalog (id TEXT PRIMARY KEY NOT NULL, version TEXT NOT NULL, sha256 TEXT NOT NULL, json BLOB NOT NULL)",
    "CREATE TABLE answer (item TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
    " source TEXT NOT NULL, override_reason TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '[]',"
    " answered_at TEXT NOT NULL, answered_by TEXT NOT NULL)",
};

// Version 3: what live probing and nmap imports found. Each row is written
// through RecordTable, so the custody log holds its full record and verify
// replays it. JSON columns (facts, evidence) are compact JSON text.
const char *const v3[] = {
    "CREATE TABLE probe_run (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT NOT NULL DEFAULT '',"
    " actor TEXT NOT NULL, source TEXT NOT NULL, targets TEXT NOT NULL, ports TEXT NOT NULL, options TEXT NOT NULL,"
    " status TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE device (id INTEGER PRIMARY KEY, address TEXT NOT NULL UNIQUE, hostname TEXT NOT NULL DEFAULT '',"
    " mac TEXT NOT NULL DEFAULT '', vendor TEXT NOT NULL DEFAULT '', model TEXT NOT NULL DEFAULT '',"
    " firmware TEXT NOT NULL DEFAULT '', first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, run_id INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE service (id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL REFERENCES device(id), transport TEXT NOT NULL,"
    " port INTEGER NOT NULL, name TEXT NOT NULL, tls INTEGER NOT NULL DEFAULT 0, product TEXT NOT NULL DEFAULT '',"
    " version TEXT NOT NULL DEFAULT '', banner TEXT NOT NULL DEFAULT '', facts TEXT NOT NULL DEFAULT '{}',"
    " evidence TEXT NOT NULL DEFAULT '[]', seen_at TEXT NOT NULL, run_id INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE (device_id, transport, port))",
    "CREATE TABLE finding (id INTEGER PRIMARY KEY, title TEXT NOT NULL, severity TEXT NOT NULL, item TEXT NOT NULL DEFAULT '',"
    " check_id TEXT NOT NULL DEFAULT '', device_id INTEGER NOT NULL DEFAULT 0, port INTEGER NOT NULL DEFAULT 0,"
    " detail TEXT NOT NULL DEFAULT '', cve TEXT NOT NULL DEFAULT '', recommendation TEXT NOT NULL DEFAULT '',"
    " deadline TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'open',"
    " source TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, run_id INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX finding_device ON finding(device_id)",
};

// Version 4: the documents issued (report, rectification notice, on-site
// record: what was rendered, its SHA-256, who signed it and the custody head
// it carries), a sealed copy's seal (the signed manifest of chain head and
// evidence hashes) and the supervisor's review comments and approvals, which
// come after a seal without touching what it covers. RecordTable rows, like v3.
const char *const v4[] = {
    "CREATE TABLE report (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, lang TEXT NOT NULL, format TEXT NOT NULL,"
    " number TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL, size INTEGER NOT NULL, signatures TEXT NOT NULL DEFAULT '[]',"
    " chain_seq INTEGER NOT NULL, chain_head TEXT NOT NULL, evidence_id INTEGER NOT NULL DEFAULT 0,"
    " issued_at TEXT NOT NULL, issued_by TEXT NOT NULL)",
    "CREATE TABLE seal (id INTEGER PRIMARY KEY, manifest TEXT NOT NULL, signature TEXT NOT NULL, signer TEXT NOT NULL,"
    " chain_seq INTEGER NOT NULL, chain_head TEXT NOT NULL, sealed_at TEXT NOT NULL, sealed_by TEXT NOT NULL)",
    "CREATE TABLE review (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, object TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',"
    " seal_id INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL, by TEXT NOT NULL)",
};

// Version 5: a finding merged into another keeps its row with status
// "merged" and the id of the one that absorbed it (0 otherwise), so a
// merge never deletes what was recorded.
const char *const v5[] = {
    "ALTER TABLE finding ADD COLUMN merged_into INTEGER NOT NULL DEFAULT 0",
};
// SQLite rewrites the stored CREATE TABLE text of an altered table: the
// column definition is appended before the closing parenthesis.
QString withColumn(const QString &createTable, const QString &columnDefinition)
{
    QString sql = createTable;
    sql.insert(sql.lastIndexOf(QLatin1Char(')')), QStringLiteral(", ") + columnDefinition);
    return sql;
}

Result<void> execAll(QSqlDatabase &db, const char *const *statements, size_t count)
{
    for (size_t i = 0; i < count; ++i)
        if (auto r = sql::exec(db, QString::fromLatin1(statements[i])); !r)
            return r;
    return {};
}

quint32 be32(const char *p) { return qFromBigEndian<quint32>(p); }
} // namespace

Result<HeaderFacts> readHeader(const QString &path, bool checkSize)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::BadInput, Tr::tr("%1 does not exist.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::BadInput, Tr::tr("Cannot read %1: %2.").arg(path, f.errorString()));
    HeaderFacts h;
    h.fileSize = f.size();
    const QByteArray head = f.read(100);
    if (head.size() < 100 || !head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is not an AuditBench inspection file (it is not an SQLite database).").arg(path));
    const quint16 ps = qFromBigEndian<quint16>(head.constData() + 16);
    h.pageSize = ps == 1 ? 65536 : ps;
    const quint32 changeCounter = be32(head.constData() + 24);
    const quint32 validFor = be32(head.constData() + 92);
    if (changeCounter == validFor)
        h.pageCount = be32(head.constData() + 28);
    h.userVersion = int(be32(head.constData() + 60));
    h.applicationId = be32(head.constData() + 68);
    if (h.pageSize < 512 || (h.pageSize & (h.pageSize - 1)) != 0)
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is damaged: its SQLite header is invalid.").arg(path));
    if (h.applicationId != ApplicationId)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("%1 is an SQLite database but not an AuditBench inspection file; it was left untouched.").arg(path));
    if (h.userVersion > CurrentVersion)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("%1 was written by a newer AuditBench (file format %2; this version reads up to %3). "
                            "Update AuditBench to open it; the file was left untouched.")
                             .arg(path)
                             .arg(h.userVersion)
                             .arg(CurrentVersion));
    if (h.userVersion < 1)
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is damaged: it has no AuditBench file-format version.").arg(path));
    if (checkSize && (h.fileSize % h.pageSize != 0 || (h.pageCount > 0 && h.fileSize < h.pageCount * h.pageSize)))
        return makeError(ErrorCode::BadInput,
                         Tr::tr("%1 is truncated (%2 bytes where the header promises more); restore it from a copy.").arg(path).arg(h.fileSize));
    return h;
}

Result<void> create(QSqlDatabase &db)
{
    if (auto r = execAll(db, v1, std::size(v1)); !r)
        return r;
    if (auto r = execAll(db, v2, std::size(v2)); !r)
        return r;
    if (auto r = execAll(db, v3, std::size(v3)); !r)
        return r;
    if (auto r = execAll(db, v4, std::size(v4)); !r)
        return r;
    if (auto r = execAll(db, v5, std::size(v5)); !r)
        return r;
    if (auto r = sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)); !r)
        return r;
    return sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion));
}

Result<void> migrate(QSqlDatabase &db, int fromVersion)
{
    // Forward steps go here as the format grows: case 1 upgrades 1 -> 2, ...
    // Each runs inside the caller's transaction together with its custody entry.
    for (int v = fromVersion; v < CurrentVersion; ++v) {
        switch (v) {
        case 1: // 1 -> 2: catalog pinning and answers
            if (auto r = execAll(db, v2, std::size(v2)); !r)
                return r;
            break;
        case 2: // 2 -> 3: devices, services, findings, probe runs
            if (auto r = execAll(db, v3, std::size(v3)); !r)
                return r;
            break;
        case 3: // 3 -> 4: documents issued, seals, review
            if (auto r = execAll(db, v4, std::size(v4)); !r)
                return r;
            break;
        case 4: // 4 -> 5: merged findings point at the one that kept them
            if (auto r = execAll(db, v5, std::size(v5)); !r)
                return r;
            break;
        default:
            return makeError(ErrorCode::BadInput, Tr::tr("No migration from file format %1.").arg(v));
        }
    }
    return sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion));
}

QMap<QString, QString> expectedDefinitions(int version)
{
    // SQLite keeps each CREATE statement's text exactly as it was executed.
    QMap<QString, QString> out;
    QList<const char *> all(std::begin(v1), std::end(v1));
    if (version >= 2)
        all.append(QList<const char *>(std::begin(v2), std::end(v2)));
    if (version >= 3)
        all.append(QList<const char *>(std::begin(v3), std::end(v3)));
    if (version >= 4)
        all.append(QList<const char *>(std::begin(v4), std::end(v4)));
    for (const char *statement : std::as_const(all)) {
        const QString sql = QString::fromLatin1(statement);
        const QStringList words = sql.split(QLatin1Char(' '));
        const QString type = words.value(1).toLower();
        out.insert(type + QLatin1Char(':') + words.value(2), sql);
    }
    if (version >= 5) {
        const QString finding = QStringLiteral("table:finding");
        out.insert(finding, withColumn(out.value(finding), QString::fromLatin1(v5[0]).section(QStringLiteral("ADD COLUMN "), 1)));
    }
    return out;
}

QStringList expectedObjects(int version)
{
    return expectedDefinitions(version).keys();
}

QStringList tablesOf(int version)
{
    QStringList out;
    for (const QString &key : expectedObjects(version))
        if (key.startsWith(QLatin1String("table:")))
            out.append(key.mid(6));
    return out;
}

} // namespace ab::schema
