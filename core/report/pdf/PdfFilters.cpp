#include "core/report/pdf/PdfFilters.h"

#include "core/report/pdf/PdfObject.h"

#include <QCoreApplication>

#include <cstdlib>

#include <zlib.h>

namespace ab::report::pdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::Pdf)
};

// The detail only: the document adds which file it is.
Error damaged(const QString &what)
{
    return makeError(ErrorCode::BadInput, what);
}

int paeth(int a, int b, int c)
{
    const int p = a + b - c;
    const int pa = std::abs(p - a);
    const int pb = std::abs(p - b);
    const int pc = std::abs(p - c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}

Result<QByteArray> unpredict(const QByteArray &in, const PdfDict &parms)
{
    const qint64 predictor = parms.value("Predictor").toInt(1);
    if (predictor <= 1)
        return in;
    const qint64 colors = parms.value("Colors").toInt(1);
    const qint64 bpc = parms.value("BitsPerComponent").toInt(8);
    const qint64 columns = parms.value("Columns").toInt(1);
    if (colors < 1 || colors > 32 || (bpc != 1 && bpc != 2 && bpc != 4 && bpc != 8 && bpc != 16) || columns < 1 || columns > (1 << 24))
        return damaged(Tr::tr("invalid predictor parameters"));
    const qint64 rowBytes = (colors * bpc * columns + 7) / 8;
    const qint64 bpp = qMax<qint64>(1, colors * bpc / 8);
    if (predictor == 2) {
        if (bpc != 8)
            return damaged(Tr::tr("unsupported TIFF predictor"));
        QByteArray out = in;
        for (qint64 row = 0; row + rowBytes <= out.size(); row += rowBytes)
            for (qint64 i = bpp; i < rowBytes; ++i)
                out[row + i] = char(uchar(out[row + i]) + uchar(out[row + i - bpp]));
        return out;
    }
    // PNG predictors: every row starts with its filter type.
    QByteArray out;
    out.reserve(in.size());
    QByteArray prev(rowBytes, '\0');
    QByteArray cur(rowBytes, '\0');
    for (qint64 pos = 0; pos < in.size(); pos += rowBytes + 1) {
        const int type = uchar(in[pos]);
        const qint64 n = qMin(rowBytes, in.size() - pos - 1);
        cur.fill('\0');
        for (qint64 i = 0; i < n; ++i)
            cur[i] = in[pos + 1 + i];
        for (qint64 i = 0; i < rowBytes; ++i) {
            const int a = i >= bpp ? uchar(cur[i - bpp]) : 0;
            const int b = uchar(prev[i]);
            const int c = i >= bpp ? uchar(prev[i - bpp]) : 0;
            int x = uchar(cur[i]);
            switch (type) {
            case 0:
                break;
            case 1:
                x += a;
                break;
            case 2:
                x += b;
                break;
            case 3:
                x += (a + b) / 2;
                break;
            case 4:
                x += paeth(a, b, c);
                break;
            default:
                return damaged(Tr::tr("invalid PNG predictor"));
            }
            cur[i] = char(x & 0xff);
        }
        out.append(cur.constData(), n);
        std::swap(prev, cur);
    }
    return out;
}
} // namespace

Result<QByteArray> PdfFilters::inflate(const QByteArray &data, qint64 maxSize)
{
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK)
        return makeError(ErrorCode::Io, Tr::tr("out of memory"));
    QByteArray out;
    QByteArray chunk(64 * 1024, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk.data());
        zs.avail_out = uInt(chunk.size());
        rc = ::inflate(&zs, Z_NO_FLUSH);
        const qint64 got = chunk.size() - zs.avail_out;
        if (out.size() + got > maxSize) {
            inflateEnd(&zs);
            return damaged(Tr::tr("a compressed stream expands beyond %1 MiB").arg(maxSize >> 20));
        }
        out.append(chunk.constData(), got);
        if (rc == Z_STREAM_END)
            break;
        if (rc != Z_OK) {
            // Truncated or damaged data: keep what decoded, as readers do,
            // unless nothing did.
            inflateEnd(&zs);
            if (out.isEmpty())
                return damaged(Tr::tr("a compressed stream cannot be decompressed"));
            return out;
        }
        if (zs.avail_in == 0 && got == 0)
            break;
    }
    inflateEnd(&zs);
    return out;
}

Result<QByteArray> PdfFilters::decode(const PdfDict &dict, const QByteArray &raw, qint64 maxSize)
{
    const PdfObject filter = dict.value("Filter");
    const PdfObject parms = dict.value("DecodeParms");
    QList<QByteArray> filters;
    QList<PdfDict> params;
    if (filter.isName()) {
        filters << filter.bytes();
        params << parms.dictionary();
    } else if (filter.isArray()) {
        for (size_t i = 0; i < filter.items().size(); ++i) {
            filters << filter.items()[i].bytes();
            params << (parms.isArray() && i < parms.items().size() ? parms.items()[i].dictionary() : PdfDict());
        }
    } else if (!filter.isNull()) {
        return damaged(Tr::tr("a stream filter is not a name"));
    }
    QByteArray data = raw;
    for (qsizetype i = 0; i < filters.size(); ++i) {
        if (filters[i] != "FlateDecode" && filters[i] != "Fl")
            return damaged(Tr::tr("a stream uses the filter %1, which this program does not read").arg(QString::fromLatin1(filters[i])));
        auto inflated = inflate(data, maxSize);
        if (!inflated)
            return inflated.error();
        auto plain = unpredict(*inflated, params[i]);
        if (!plain)
            return plain.error();
        data = std::move(plain.value());
    }
    if (data.size() > maxSize)
        return damaged(Tr::tr("a stream is larger than %1 MiB").arg(maxSize >> 20));
    return data;
}

QByteArray PdfFilters::flate(const QByteArray &data)
{
    uLongf len = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(len), '\0');
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &len, reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()), 9) !=
        Z_OK)
        return {};
    out.truncate(qsizetype(len));
    return out;
}

} // namespace ab::report::pdf
