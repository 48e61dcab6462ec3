#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QFile;
class QIODevice;

namespace ab::report::pdf {

// The bytes of a PDF, in memory or in a file read on demand through a small
// block cache: a 50 MB report is parsed without being loaded.
class PdfSource final {
public:
    static constexpr qint64 MaxSize = qint64(4) << 30;

    static Result<std::unique_ptr<PdfSource>> openFile(const QString &path);
    static std::unique_ptr<PdfSource> fromBytes(QByteArray bytes, const QString &name = {});
    ~PdfSource();
    Q_DISABLE_COPY_MOVE(PdfSource)

    qint64 size() const { return m_size; }
    QString name() const { return m_name; }
    // The byte at pos (0..255), or -1 outside the file or after a read error.
    int at(qint64 pos) const
    {
        if (pos < 0 || pos >= m_size)
            return -1;
        if (m_file == nullptr)
            return uchar(m_bytes.constData()[pos]);
        if (pos >= m_blockStart && pos < m_blockStart + m_block.size())
            return uchar(m_block.constData()[pos - m_blockStart]);
        return slowAt(pos);
    }
    // Up to len bytes from pos (fewer at the end of the file).
    QByteArray read(qint64 pos, qint64 len) const;
    bool readFailed() const { return m_readFailed; }

    // For streaming the signed ranges: the open file, or null in memory.
    QIODevice *device() const;
    // The whole contents when in memory (shared, not copied).
    const QByteArray &bytes() const { return m_bytes; }
    bool inMemory() const { return m_file == nullptr; }

private:
    PdfSource() = default;
    int slowAt(qint64 pos) const;

    static constexpr qint64 BlockSize = 64 * 1024;
    static constexpr int CachedBlocks = 16;

    QString m_name;
    QByteArray m_bytes;
    std::unique_ptr<QFile> m_file;
    qint64 m_size = 0;
    mutable QByteArray m_block;
    mutable qint64 m_blockStart = -1;
    struct Cached {
        qint64 start = -1;
        QByteArray data;
        quint64 used = 0;
    };
    mutable Cached m_cache[CachedBlocks];
    mutable quint64 m_clock = 0;
    mutable bool m_readFailed = false;
};

} // namespace ab::report::pdf
