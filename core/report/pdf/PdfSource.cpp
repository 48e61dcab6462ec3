#include "core/report/pdf/PdfSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ab::report::pdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::Pdf)
};
} // namespace

PdfSource::~PdfSource() = default;

Result<std::unique_ptr<PdfSource>> PdfSource::openFile(const QString &path)
{
    std::unique_ptr<PdfSource> s(new PdfSource);
    s->m_name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::Io, Tr::tr("%1 is a folder, not a PDF file.").arg(path));
    s->m_file = std::make_unique<QFile>(path);
    if (!s->m_file->open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2.").arg(path, s->m_file->errorString()));
    s->m_size = s->m_file->size();
    if (s->m_size > MaxSize)
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is larger than 4 GiB; that is not a report this program made.").arg(s->m_name));
    return s;
}

std::unique_ptr<PdfSource> PdfSource::fromBytes(QByteArray bytes, const QString &name)
{
    std::unique_ptr<PdfSource> s(new PdfSource);
    s->m_name = name.isEmpty() ? Tr::tr("the PDF") : name;
    s->m_bytes = std::move(bytes);
    s->m_size = s->m_bytes.size();
    return s;
}

QIODevice *PdfSource::device() const
{
    return m_file.get();
}

int PdfSource::slowAt(qint64 pos) const
{
    const qint64 start = pos - pos % BlockSize;
    int victim = 0;
    for (int i = 0; i < CachedBlocks; ++i) {
        if (m_cache[i].start == start) {
            m_cache[i].used = ++m_clock;
            m_block = m_cache[i].data;
            m_blockStart = start;
            return uchar(m_block.constData()[pos - start]);
        }
        if (m_cache[i].used < m_cache[victim].used)
            victim = i;
    }
    QByteArray data;
    if (m_file->seek(start))
        data = m_file->read(qMin(BlockSize, m_size - start));
    if (data.size() <= pos - start) {
        m_readFailed = true; // the file shrank or the disk failed under us
        return -1;
    }
    m_cache[victim] = Cached{start, data, ++m_clock};
    m_block = data;
    m_blockStart = start;
    return uchar(m_block.constData()[pos - start]);
}

QByteArray PdfSource::read(qint64 pos, qint64 len) const
{
    if (pos < 0 || pos >= m_size || len <= 0)
        return {};
    len = qMin(len, m_size - pos);
    if (!m_file)
        return m_bytes.mid(pos, len);
    QByteArray out;
    if (m_file->seek(pos))
        out = m_file->read(len);
    if (out.size() != len)
        m_readFailed = true;
    return out;
}

} // namespace ab::report::pdf
