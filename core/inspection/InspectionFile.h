#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/inspection/CatalogPin.h"
#include "core/inspection/CustodyLog.h"
#include "core/inspection/InspectionMeta.h"
#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ab {

// One open inspection: an SQLite connection (one per thread — open another
// handle with openAnother() for a worker) plus the unwrapped file key.
class InspectionFile final {
public:
    enum class Mode { ReadOnly, ReadWrite };

    // With a catalog, it is pinned in the same transaction as the creation.
    static Result<std::unique_ptr<InspectionFile>> create(const QString &path, InspectionMeta meta, const QByteArray &passphrase,
                                                          const QString &actor, const PinnedCatalog *catalog = nullptr);
    static Result<std::unique_ptr<InspectionFile>> open(const QString &path, const QByteArray &passphrase, Mode mode);

    // Opening in two steps, so the slow part can leave the UI thread:
    // unlock() checks the file and derives the key (any thread, ~0.2 s by
    // design), open(path, key) then makes the handle on the thread that will
    // use it, without deriving again.
    struct UnlockedKey {
        crypto::SecureBytes key;
        QByteArray fileId;
    };
    static Result<std::shared_ptr<UnlockedKey>> unlock(const QString &path, const QByteArray &passphrase);
    static Result<std::unique_ptr<InspectionFile>> open(const QString &path, const UnlockedKey &key, Mode mode);
    // A second handle on the same file for another thread; no key derivation again.
    Result<std::unique_ptr<InspectionFile>> openAnother(Mode mode) const;

    ~InspectionFile();
    Q_DISABLE_COPY_MOVE(InspectionFile)

    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }
    bool isWritable() const { return m_mode == Mode::ReadWrite; }
    QSqlDatabase database() const;
    const InspectionMeta &meta() const { return m_meta; }
    int schemaVersion() const { return m_schemaVersion; }

    // Who the custody log names for changes made through this handle.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    static QString defaultActor();

    // Crypto material for the evidence store and the custody head.
    const crypto::SecureBytes &fileKey() const { return m_key; }
    QByteArray fileId() const { return m_fileId; } // 16 bytes, bound into every AAD
    QByteArray subkey(const QByteArray &purpose) const;

    // A sealed copy (a row in `seal`) accepts only what comes after a seal
    // without touching what it covers: review rows, further seals and a
    // format upgrade. Every change passes checkWrite() through the custody
    // log, so no writer can forget it; writers also call it first to fail
    // before any slow work. `action` is the custody action (evidence.add...).
    Result<bool> isSealed() const;
    Result<void> checkWrite(const QString &action) const;
    static bool allowedAfterSeal(const QString &action);
    // Replaces what may change of the inspection's details (organisation,
    // systems, team, scope, location, dates, authorisation document) in one
    // transaction with an "inspection.update" custody entry that holds the
    // whole new record, as verify replays it. Id, regime, catalog and creation
    // time are kept from the file whatever `changed` says; the scope is stored
    // normalised; the authorisation must name an evidence item of kind
    // document (0 clears it). Nothing changed: nothing is written.
    Result<InspectionMeta> updateMeta(InspectionMeta changed);

    Result<QString> meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value); // inside a transaction

    CustodyLog &custody() { return m_custody; }
    const CustodyLog &custody() const { return m_custody; }

private:
    InspectionFile(QString path, Mode mode);
    static Result<std::unique_ptr<InspectionFile>> openImpl(const QString &path, const QByteArray *passphrase, const UnlockedKey *key,
                                                            Mode mode, bool keyOnly = false);
    Result<void> connect(bool creating);
    static bool hasHotJournal(const QString &path);
    static Result<void> checkPassphraseBeforeRecovery(const QString &path, const QByteArray &passphrase);
    static Result<void> recoverInterruptedWrite(const QString &path);
    static Result<crypto::SecureBytes> unwrapFileKey(const QString &path, const QByteArray &fileId, const QString &slotText,
                                                     const QByteArray &passphrase);
    Result<void> unlock(const QByteArray &passphrase);
    Result<void> loadMeta();

    QString m_path;
    Mode m_mode;
    QString m_connection;
    QString m_actor;
    InspectionMeta m_meta;
    int m_schemaVersion = 0;
    crypto::SecureBytes m_key;
    QByteArray m_fileId;
    CustodyLog m_custody;
};

// Human wording of a byte count ("1.5 MiB"), shared by the CLI and the UI.
QString formatSize(qint64 bytes);

} // namespace ab
