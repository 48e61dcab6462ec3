#pragma once

#include "core/util/Result.h"

#include <QByteArray>

namespace ab::report::pdf {

class PdfDict;

// Stream filters: FlateDecode (with PNG and TIFF predictors, as cross-
// reference and object streams use them) for reading, and Flate for writing.
// Decoding stops at maxSize, so a zip bomb is an error, not an allocation.
// Errors carry only what is wrong; PdfDocument says in which file.
class PdfFilters final {
public:
    static Result<QByteArray> decode(const PdfDict &streamDict, const QByteArray &raw, qint64 maxSize);
    static QByteArray flate(const QByteArray &data);
    static Result<QByteArray> inflate(const QByteArray &data, qint64 maxSize);
};

} // namespace ab::report::pdf
