#include "core/report/pdf/PdfText.h"

#include <QTimeZone>

namespace ab::report::pdf {

PdfObject PdfText::string(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return PdfObject::string(text.toLatin1());
    QByteArray utf16("\xfe\xff", 2);
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return PdfObject::string(utf16, true);
}

QString PdfText::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xfe\xff")) {
        QString out;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
            out.append(QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1]))));
        return out;
    }
    if (bytes.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(bytes.mid(3));
    return QString::fromLatin1(bytes);
}

QByteArray PdfText::date(const QDateTime &when)
{
    const int offset = when.offsetFromUtc();
    const int mins = qAbs(offset) / 60;
    QByteArray out = "D:" + when.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (offset == 0)
        return out + 'Z';
    out += offset < 0 ? '-' : '+';
    out += QByteArray::number(mins / 60).rightJustified(2, '0') + '\'' + QByteArray::number(mins % 60).rightJustified(2, '0') + '\'';
    return out;
}

QDateTime PdfText::parseDate(const QByteArray &text)
{
    QByteArray s = text.trimmed();
    if (s.startsWith("D:"))
        s = s.mid(2);
    if (s.size() < 4)
        return {};
    const auto num = [&](int at, int len, int fallback) {
        if (s.size() < at + len)
            return fallback;
        bool ok = false;
        const int v = s.mid(at, len).toInt(&ok);
        return ok ? v : fallback;
    };
    const QDate d(num(0, 4, 0), num(4, 2, 1), num(6, 2, 1));
    const QTime t(num(8, 2, 0), num(10, 2, 0), num(12, 2, 0));
    if (!d.isValid() || !t.isValid())
        return {};
    int offset = 0;
    if (s.size() > 14 && (s[14] == '+' || s[14] == '-')) {
        const int h = num(15, 2, 0);
        const int m = s.size() > 18 ? num(18, 2, 0) : 0;
        offset = (h * 60 + m) * 60 * (s[14] == '-' ? -1 : 1);
    }
    return QDateTime(d, t, QTimeZone(offset));
}

} // namespace ab::report::pdf
