#pragma once

#include "core/crypto/Hash.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

class QIODevice;

namespace ab {

// Reads a source in fixed-size pieces, hashes the plaintext and seals each
// piece for its place (file, blob, index, last). For large sources it runs on
// a thread of its own, so reading, hashing and encryption overlap with the
// database writes on the caller's thread; a bounded queue keeps memory at a
// few chunks whatever the size.
class ChunkSealer final {
public:
    struct Chunk {
        qint64 index = 0;
        qint64 plainSize = 0;
        bool last = false;
        QByteArray sealed;
    };

    ChunkSealer(QIODevice &source, const crypto::SecureBytes &key, QByteArray fileId, QByteArray aadId, qint64 chunkSize,
                bool threaded);
    ~ChunkSealer();
    Q_DISABLE_COPY_MOVE(ChunkSealer)

    // The next sealed chunk in order; nullopt after the last one, on a read
    // error (see failed()) or after cancel().
    std::optional<Chunk> next();
    bool failed() const;
    QString errorString() const;
    QByteArray sha256() const; // raw digest, valid once the last chunk was taken
    void cancel();

private:
    static constexpr size_t QueueDepth = 3;
    bool produce(Chunk &out); // the reading side; false on a read error
    void run();

    QIODevice &m_source;
    const crypto::SecureBytes &m_key;
    const QByteArray m_fileId;
    const QByteArray m_aadId;
    const qint64 m_chunkSize;
    // reading side
    crypto::Sha256 m_hash;
    QByteArray m_cur, m_next;
    qint64 m_index = 0;
    bool m_started = false;
    bool m_finished = false;
    // shared between the two sides
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Chunk> m_queue;
    bool m_producerDone = false;
    bool m_cancelled = false;
    bool m_failed = false;
    QString m_error;
    QByteArray m_digest;
    std::thread m_thread;
};

} // namespace ab
