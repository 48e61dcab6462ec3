#include "core/inspection/InspectionFile.h"

#include "core/crypto/Aead.h"
#include "core/crypto/Hash.h"
#include "core/crypto/Kdf.h"
#include "core/inspection/Schema.h"
#include "core/inspection/Scope.h"
#include "core/inspection/SqlUtil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>
#include <QLocale>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::InspectionFile)
};

const QString KeySlotKey = QStringLiteral("keyslot");
const QString InspectionKey = QStringLiteral("inspection");
const QString FileIdKey = QStringLiteral("file_id");

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("auditbench-%1").arg(counter.fetchAndAddRelaxed(1));
}

QByteArray keyWrapAad(const QByteArray &fileId)
{
    return QByteArrayLiteral("AuditBench file key v1:") + fileId;
}
} // namespace

QString formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

InspectionFile::InspectionFile(QString path, Mode mode)
    : m_path(std::move(path)), m_mode(mode), m_connection(nextConnectionName()), m_actor(defaultActor()), m_custody(*this)
{
}

InspectionFile::~InspectionFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString InspectionFile::defaultActor()
{
    QString who = qEnvironmentVariable("AUDITBENCH_USER");
    if (who.isEmpty())
        who = qEnvironmentVariable("USER");
    if (who.isEmpty())
        who = qEnvironmentVariable("LOGNAME");
    if (who.isEmpty()) {
        if (const passwd *pw = getpwuid(getuid()))
            who = QString::fromLocal8Bit(pw->pw_name);
    }
    return who.isEmpty() ? QStringLiteral("unknown") : who;
}

QSqlDatabase InspectionFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QByteArray InspectionFile::subkey(const QByteArray &purpose) const
{
    return crypto::hmacSha256(m_key.data(), m_key.size(), QByteArray(QByteArrayLiteral("AuditBench subkey:") + purpose));
}

Result<void> InspectionFile::connect(bool creating)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (m_mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    else
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return sql::translate(db.lastError(), m_path);
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA cache_size = -8192")};
    if (creating)
        pragmas.prepend(QStringLiteral("PRAGMA page_size = 8192"));
    if (m_mode == Mode::ReadWrite) {
        // A rollback journal, not WAL: pages appended by an import are not
        // journaled, so evidence is written once (WAL writes it twice and
        // took 3x as long for 1 GiB). Commits are just as atomic.
        pragmas << QStringLiteral("PRAGMA journal_mode = DELETE") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &p : pragmas)
        if (auto r = sql::exec(db, p); !r)
            return r;
    return {};
}

bool InspectionFile::allowedAfterSeal(const QString &action)
{
    return action == QLatin1String("seal.add") || action.startsWith(QLatin1String("review.")) || action == QLatin1String("schema.migrate");
}

Result<bool> InspectionFile::isSealed() const
{
    if (m_schemaVersion < 4)
        return false; // no seal table before format 4
    QSqlQuery q = sql::prepare(database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM seal)"));
    if (auto r = sql::exec(q); !r)
        return r.error();
    return q.next() && q.value(0).toBool();
}

Result<void> InspectionFile::checkWrite(const QString &action) const
{
    if (!isWritable())
        return makeError(ErrorCode::Usage, Tr::tr("The inspection is open read-only; open it for writing to change it."));
    if (allowedAfterSeal(action))
        return {};
    auto sealed = isSealed();
    if (!sealed)
        return sealed.error();
    if (*sealed)
        return makeError(ErrorCode::Usage, Tr::tr("%1 is a sealed copy: only review comments, approvals and rejections can be added to it. "
                                                  "Make changes in the original inspection and export a new sealed copy.")
                                               .arg(QFileInfo(m_path).fileName()));
    return {};
}

Result<QString> InspectionFile::meta(const QString &key) const
{
    QSqlQuery q = sql::prepare(database(), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (auto r = sql::exec(q); !r)
        return r.error();
    if (!q.next())
        return makeError(ErrorCode::BadInput, Tr::tr("The inspection file is damaged: \"%1\" is missing.").arg(key));
    return q.value(0).toString();
}

Result<void> InspectionFile::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q = sql::prepare(database(), QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                                          " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return sql::exec(q);
}

Result<std::unique_ptr<InspectionFile>> InspectionFile::create(const QString &path, InspectionMeta meta, const QByteArray &passphrase,
                                                               const QString &actor, const PinnedCatalog *catalog)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Usage, Tr::tr("%1 already exists; AuditBench never overwrites an inspection.").arg(path));
    if (passphrase.size() < 8)
        return makeError(ErrorCode::Usage, Tr::tr("The passphrase must be at least 8 characters long."));
    if (meta.id.isEmpty())
        meta.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!meta.createdAt.isValid())
        meta.createdAt = QDateTime::currentDateTimeUtc();
    if (auto v = meta.validate(); !v)
        return v.error();
    if (meta.authorisationEvidence != 0)
        return makeError(ErrorCode::Usage, Tr::tr("A new inspection holds no evidence yet; record the authorisation document after adding it."));

    std::unique_ptr<InspectionFile> f(new InspectionFile(path, Mode::ReadWrite));
    f->m_actor = actor.isEmpty() ? defaultActor() : actor;
    // Build in a sibling temp file and rename at the end, so a failure or a
    // crash never leaves a half-made inspection under the real name.
    const QString tmpPath = path + QStringLiteral(".creating");
    QFile::remove(tmpPath);
    f->m_path = tmpPath;
    auto fail = [&](Error e) -> Result<std::unique_ptr<InspectionFile>> {
        f.reset();
        QFile::remove(tmpPath);
        QFile::remove(tmpPath + QStringLiteral("-journal"));
        return e;
    };
    if (auto r = f->connect(true); !r) // name the file the user asked for, not our temporary one
        return fail(makeError(r.error().code, Tr::tr("Could not create %1 (does the folder exist and is it writable?).").arg(path)));

    f->m_fileId = crypto::randomBytes(16);
    f->m_key = crypto::randomKey(crypto::Aead::KeySize);
    const crypto::KdfParams kdf = crypto::KdfParams::fresh();
    auto kek = crypto::deriveKey(passphrase, kdf);
    if (!kek)
        return fail(kek.error());
    const QByteArray wrapped = crypto::Aead::seal(*kek, QByteArrayView(reinterpret_cast<const char *>(f->m_key.data()), f->m_key.size()),
                                                  keyWrapAad(f->m_fileId));
    const QJsonObject slot{{QStringLiteral("kdf"), kdf.toJson()},
                           {QStringLiteral("wrapped"), QString::fromLatin1(wrapped.toBase64())}};
    f->m_meta = meta;
    f->m_schemaVersion = schema::CurrentVersion;

    {
        sql::Transaction tx(f->database());
        if (auto r = tx.begin(); !r)
            return fail(r.error());
        QSqlDatabase db = f->database();
        if (auto r = schema::create(db); !r)
            return fail(r.error());
        if (auto r = f->setMeta(FileIdKey, QString::fromLatin1(f->m_fileId.toHex())); !r)
            return fail(r.error());
        if (auto r = f->setMeta(KeySlotKey, QString::fromUtf8(QJsonDocument(slot).toJson(QJsonDocument::Compact))); !r)
            return fail(r.error());
        if (auto r = f->setMeta(InspectionKey, QString::fromUtf8(QJsonDocument(meta.toJson()).toJson(QJsonDocument::Compact))); !r)
            return fail(r.error());
        if (auto r = f->custody().append(QStringLiteral("inspection.create"), QStringLiteral("inspection"), meta.toJson()); !r)
            return fail(r.error());
        if (catalog) {
            if (auto r = CatalogPin(*f).pin(*catalog); !r)
                return fail(r.error());
        }
        if (auto r = tx.commit(); !r)
            return fail(r.error());
    }
    // Close, move into place (refusing to replace anything), make the new
    // name durable, and reopen with the key we hold (no second derivation).
    const UnlockedKey key{f->m_key.clone(), f->m_fileId};
    f.reset();
    QFile::remove(tmpPath + QStringLiteral("-journal"));
    if (QFileInfo::exists(path) || !QFile::rename(tmpPath, path)) {
        QFile::remove(tmpPath);
        return makeError(ErrorCode::Io, Tr::tr("Could not create %1 (does the folder exist and is it writable?).").arg(path));
    }
    if (const int dir = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    auto opened = open(path, key, Mode::ReadWrite);
    if (opened)
        (*opened)->m_actor = actor.isEmpty() ? defaultActor() : actor;
    return opened;
}

Result<std::unique_ptr<InspectionFile>> InspectionFile::open(const QString &path, const QByteArray &passphrase, Mode mode)
{
    return openImpl(path, &passphrase, nullptr, mode);
}

Result<std::unique_ptr<InspectionFile>> InspectionFile::open(const QString &path, const UnlockedKey &key, Mode mode)
{
    return openImpl(path, nullptr, &key, mode);
}

Result<std::shared_ptr<InspectionFile::UnlockedKey>> InspectionFile::unlock(const QString &path, const QByteArray &passphrase)
{
    // Every check of a real open, through a short-lived read-only handle of
    // this thread's own; only the key leaves.
    auto f = openImpl(path, &passphrase, nullptr, Mode::ReadOnly, true);
    if (!f)
        return f.error();
    auto key = std::make_shared<UnlockedKey>();
    key->key = (*f)->m_key.clone();
    key->fileId = (*f)->m_fileId;
    return key;
}

Result<std::unique_ptr<InspectionFile>> InspectionFile::openImpl(const QString &path, const QByteArray *passphrase,
                                                                 const UnlockedKey *key, Mode mode, bool keyOnly)
{
    // Judge the file from its header before SQLite may change a byte of it;
    // only an AuditBench file of a version we know is ever recovered.
    if (auto header = schema::readHeader(path, false); !header)
        return header.error();
    if (hasHotJournal(path)) {
        // A wrong passphrase must leave every byte as it was, so it is
        // checked before the interrupted write is rolled back. (A caller
        // holding the unlocked key has proven the passphrase already.)
        if (passphrase) {
            if (auto r = checkPassphraseBeforeRecovery(path, *passphrase); !r)
                return r.error();
        }
        if (auto r = recoverInterruptedWrite(path); !r)
            return r.error();
    }
    if (auto header = schema::readHeader(path); !header)
        return header.error();
    const QFileInfo info(path);
    if (mode == Mode::ReadWrite && !info.isWritable())
        return makeError(ErrorCode::Io, Tr::tr("%1 is read-only; copy it to a writable place, or open it read-only to view and verify it.").arg(path));

    std::unique_ptr<InspectionFile> f(new InspectionFile(path, mode));
    if (auto r = f->connect(false); !r)
        return r.error();
    QSqlDatabase db = f->database();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return sql::translate(q.lastError(), path);
        f->m_schemaVersion = q.value(0).toInt();
    }
    if (f->m_schemaVersion > schema::CurrentVersion)
        return makeError(ErrorCode::BadInput, Tr::tr("%1 was written by a newer AuditBench; update AuditBench to open it.").arg(path));
    {
        // Our header but not our tables (made by hand, or tables dropped):
        // say so, rather than fail later on a raw "no such table".
        QStringList missing = schema::tablesOf(f->m_schemaVersion);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            return sql::translate(q.lastError(), path);
        while (q.next())
            missing.removeAll(q.value(0).toString());
        if (!missing.isEmpty())
            return makeError(ErrorCode::BadInput, Tr::tr("%1 is damaged: its table(s) %2 are missing; restore it from a copy.")
                                                      .arg(path, missing.join(QStringLiteral(", "))));
    }
    if (passphrase) {
        if (auto r = f->unlock(*passphrase); !r)
            return r.error();
    } else {
        auto idHex = f->meta(FileIdKey);
        if (!idHex)
            return idHex.error();
        if (QByteArray::fromHex(idHex->toLatin1()) != key->fileId)
            return makeError(ErrorCode::BadInput, Tr::tr("%1 was replaced by another inspection file while it was being opened.").arg(path));
        f->m_fileId = key->fileId;
        f->m_key = key->key.clone();
    }
    if (keyOnly)
        return f;
    // An older file is upgraded when opened for writing; read-only, it is
    // read as it is (every later table simply starts empty).
    if (f->m_schemaVersion < schema::CurrentVersion && mode == Mode::ReadWrite) {
        sql::Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        const int from = f->m_schemaVersion;
        if (auto r = schema::migrate(db, from); !r)
            return r.error();
        if (auto r = f->custody().append(QStringLiteral("schema.migrate"), QStringLiteral("schema"),
                                         QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), schema::CurrentVersion}});
            !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        f->m_schemaVersion = schema::CurrentVersion;
    }
    if (auto r = f->loadMeta(); !r)
        return r.error();
    return f;
}

bool InspectionFile::hasHotJournal(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return journal.exists() && journal.size() > 0;
}

Result<void> InspectionFile::recoverInterruptedWrite(const QString &path)
{
    // A write cut short (crash, power cut, kill -9) leaves a "hot" rollback
    // journal. SQLite restores the last committed state from it on the next
    // read-write open; a read-only connection cannot, so do that first.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!QFileInfo(path).isWritable() || !QFileInfo(journal.absolutePath()).isWritable())
        return makeError(ErrorCode::Io, Tr::tr("%1 was interrupted in the middle of a change and must be repaired, but it is read-only. "
                                               "Copy it together with %2 to a writable place and open it there.")
                                            .arg(path, journal.fileName()));
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlQuery q(db);
        const bool ok = db.open() && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const QSqlError error = ok ? QSqlError() : (db.isOpen() ? q.lastError() : db.lastError());
        q.finish();
        db.close();
        if (!ok) {
            QSqlDatabase::removeDatabase(name);
            return sql::translate(error, path);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return {};
}

Result<crypto::SecureBytes> InspectionFile::unwrapFileKey(const QString &path, const QByteArray &fileId, const QString &slotText,
                                                          const QByteArray &passphrase)
{
    const QJsonObject slot = QJsonDocument::fromJson(slotText.toUtf8()).object();
    auto kdf = crypto::KdfParams::fromJson(slot.value(QStringLiteral("kdf")).toObject());
    if (!kdf)
        return kdf.error();
    const QByteArray wrapped = QByteArray::fromBase64(slot.value(QStringLiteral("wrapped")).toString().toLatin1());
    auto kek = crypto::deriveKey(passphrase, *kdf);
    if (!kek)
        return kek.error();
    QByteArray key;
    if (!crypto::Aead::open(*kek, wrapped, keyWrapAad(fileId), key) || key.size() != crypto::Aead::KeySize) {
        crypto::cleanse(key);
        // The tag cannot tell a typo from a key slot edited with another tool.
        return makeError(ErrorCode::WrongPassphrase,
                         Tr::tr("Wrong passphrase for %1, or its key slot was altered (nothing was changed).").arg(path));
    }
    crypto::SecureBytes out(key);
    crypto::cleanse(key);
    return out;
}

Result<void> InspectionFile::unlock(const QByteArray &passphrase)
{
    auto idHex = meta(FileIdKey);
    if (!idHex)
        return idHex.error();
    m_fileId = QByteArray::fromHex(idHex->toLatin1());
    auto slotText = meta(KeySlotKey);
    if (!slotText)
        return slotText.error();
    auto key = unwrapFileKey(m_path, m_fileId, *slotText, passphrase);
    if (!key)
        return key.error();
    m_key = std::move(key).value();
    return {};
}

Result<void> InspectionFile::checkPassphraseBeforeRecovery(const QString &path, const QByteArray &passphrase)
{
    // SQLite's immutable mode reads the main file as it lies, ignoring (and
    // so never rolling back) the journal. The key slot and file id never
    // change after creation, so they read the same either side of the
    // interrupted write. Nothing is written on this path.
    QString id, slot;
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('file_id', 'keyslot')"))) {
                while (q.next())
                    (q.value(0).toString() == FileIdKey ? id : slot) = q.value(1).toString();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (id.isEmpty() || slot.isEmpty())
        return {}; // unreadable as it lies: only recovery can tell, and the normal path checks again
    auto key = unwrapFileKey(path, QByteArray::fromHex(id.toLatin1()), slot, passphrase);
    if (!key)
        return key.error();
    return {};
}

Result<InspectionMeta> InspectionFile::updateMeta(InspectionMeta changed)
{
    if (!isWritable())
        return makeError(ErrorCode::Usage, Tr::tr("The inspection is open read-only; its details cannot be changed."));
    auto scope = Scope::parse(changed.scope);
    if (!scope)
        return scope.error();
    changed.scope = scope->toStringList();
    changed.organisation = changed.organisation.trimmed();
    changed.location = changed.location.trimmed();
    for (QString &n : changed.inspectors)
        n = n.trimmed();
    for (SystemInfo &s : changed.systems)
        s.name = s.name.trimmed();

    sql::Transaction tx(database());
    if (auto r = tx.begin(); !r)
        return r.error();
    // The fixed fields come from the file itself, not from what the caller
    // (or another handle's older copy) believes.
    if (auto r = loadMeta(); !r)
        return r.error();
    changed.id = m_meta.id;
    changed.regime = m_meta.regime;
    changed.catalogId = m_meta.catalogId;
    changed.catalogVersion = m_meta.catalogVersion;
    changed.createdAt = m_meta.createdAt;
    if (auto v = changed.validate(); !v)
        return v.error();
    if (changed.authorisationEvidence > 0) {
        QSqlQuery q = sql::prepare(database(), QStringLiteral("SELECT kind, name FROM evidence WHERE id = ?"));
        q.addBindValue(changed.authorisationEvidence);
        if (auto r = sql::exec(q); !r)
            return r.error();
        if (!q.next())
            return makeError(ErrorCode::Usage, Tr::tr("There is no evidence item %1 in this inspection.").arg(changed.authorisationEvidence));
        if (q.value(0).toString() != QLatin1String("document"))
            return makeError(ErrorCode::Usage, Tr::tr("Evidence %1 (%2) is not a document; the authorisation must be a document (a scan or PDF of the order).")
                                                   .arg(changed.authorisationEvidence)
                                                   .arg(q.value(1).toString()));
    }
    if (changed == m_meta)
        return m_meta;
    const QJsonObject record = changed.toJson();
    if (auto r = setMeta(InspectionKey, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))); !r)
        return r.error();
    if (auto r = custody().append(QStringLiteral("inspection.update"), QStringLiteral("inspection"), record); !r)
        return r.error();
    if (auto r = tx.commit(); !r) {
        (void)loadMeta(); // what the file still says
        return r.error();
    }
    m_meta = changed;
    return m_meta;
}

Result<void> InspectionFile::loadMeta()
{
    auto text = meta(InspectionKey);
    if (!text)
        return text.error();
    auto m = InspectionMeta::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
    if (!m)
        return m.error();
    m_meta = std::move(m).value();
    return {};
}

Result<std::unique_ptr<InspectionFile>> InspectionFile::openAnother(Mode mode) const
{
    std::unique_ptr<InspectionFile> f(new InspectionFile(m_path, mode));
    f->m_actor = m_actor;
    if (auto r = f->connect(false); !r)
        return r.error();
    f->m_key = m_key.clone();
    f->m_fileId = m_fileId;
    f->m_meta = m_meta;
    f->m_schemaVersion = m_schemaVersion;
    return f;
}

} // namespace ab
