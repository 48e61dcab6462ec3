#pragma once

#include "core/report/pdf/PdfObject.h"

#include <QDateTime>
#include <QString>

namespace ab::report::pdf {

// Text strings and dates as PDF stores them (ISO 32000-1, 7.9.2 and 7.9.4).
class PdfText final {
public:
    // ASCII as a literal string; anything else as UTF-16BE with a byte order mark.
    static PdfObject string(const QString &text);
    // UTF-16BE or UTF-8 with their marks, else PDFDocEncoding (read as Latin-1).
    static QString decode(const QByteArray &bytes);
    // D:YYYYMMDDHHmmSS+HH'mm' in the time's own offset.
    static QByteArray date(const QDateTime &when);
    static QDateTime parseDate(const QByteArray &text);
};

} // namespace ab::report::pdf
