#include "core/evidence/ChunkSealer.h"

#include "core/crypto/Aead.h"
#include "core/evidence/EvidenceStore.h"

#include <QIODevice>

namespace ab {

namespace {
// Reads up to max bytes, looping over short reads; -1 on an error.
qint64 readFull(QIODevice &dev, QByteArray &buf, qint64 max)
{
    buf.resize(max);
    qint64 got = 0;
    while (got < max) {
        const qint64 n = dev.read(buf.data() + got, max - got);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += n;
    }
    buf.resize(got);
    return got;
}
} // namespace

ChunkSealer::ChunkSealer(QIODevice &source, const crypto::SecureBytes &key, QByteArray fileId, QByteArray aadId, qint64 chunkSize,
                         bool threaded)
    : m_source(source), m_key(key), m_fileId(std::move(fileId)), m_aadId(std::move(aadId)), m_chunkSize(chunkSize)
{
    if (threaded)
        m_thread = std::thread([this] { run(); });
}

ChunkSealer::~ChunkSealer()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
    crypto::cleanse(m_cur);
    crypto::cleanse(m_next);
}

bool ChunkSealer::produce(Chunk &out)
{
    if (!m_started) {
        m_started = true;
        if (readFull(m_source, m_cur, m_chunkSize) < 0)
            return false;
    }
    // Read one piece ahead so the last one can be marked in its AAD. An
    // empty source still yields one (empty, last) chunk: there is always a
    // final chunk whose absence verify would notice.
    bool last = m_cur.size() < m_chunkSize;
    if (!last) {
        if (readFull(m_source, m_next, m_chunkSize) < 0)
            return false;
        last = m_next.isEmpty();
    }
    m_hash.add(m_cur);
    out.index = m_index;
    out.plainSize = m_cur.size();
    out.last = last;
    out.sealed = crypto::Aead::seal(m_key, m_cur, EvidenceStore::chunkAad(m_fileId, m_aadId, m_index, last));
    ++m_index;
    if (last) {
        m_finished = true;
        const QByteArray digest = m_hash.result();
        std::lock_guard lock(m_mutex);
        m_digest = digest;
    } else {
        m_cur.swap(m_next);
    }
    return true;
}

void ChunkSealer::run()
{
    for (;;) {
        Chunk c;
        const bool ok = produce(c);
        std::unique_lock lock(m_mutex);
        if (!ok) {
            m_failed = true;
            m_error = m_source.errorString();
            m_producerDone = true;
            m_cv.notify_all();
            return;
        }
        m_cv.wait(lock, [this] { return m_queue.size() < QueueDepth || m_cancelled; });
        if (m_cancelled) {
            m_producerDone = true;
            m_cv.notify_all();
            return;
        }
        m_queue.push_back(std::move(c));
        if (m_finished)
            m_producerDone = true;
        m_cv.notify_all();
        if (m_finished)
            return;
    }
}

std::optional<ChunkSealer::Chunk> ChunkSealer::next()
{
    if (!m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            if (m_finished || m_failed || m_cancelled)
                return std::nullopt;
        }
        Chunk c;
        if (!produce(c)) {
            std::lock_guard lock(m_mutex);
            m_failed = true;
            m_error = m_source.errorString();
            return std::nullopt;
        }
        return c;
    }
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return !m_queue.empty() || m_producerDone || m_cancelled; });
    if (m_queue.empty() || m_cancelled)
        return std::nullopt;
    Chunk c = std::move(m_queue.front());
    m_queue.pop_front();
    m_cv.notify_all();
    return c;
}

bool ChunkSealer::failed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

QString ChunkSealer::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

QByteArray ChunkSealer::sha256() const
{
    std::lock_guard lock(m_mutex);
    return m_digest;
}

void ChunkSealer::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_cv.notify_all();
}

} // namespace ab
