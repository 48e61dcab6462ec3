#include "core/report/PdfTextRepair.h"

#include <QHash>
#include <QMap>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ab::report
{

namespace
{
QString key(QString s)
{
    s = s.toLower();
    s.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return s;
}

struct Glyphs {
    QRawFont raw;
    QString name;                       // family + style, normalised
    QHash<quint32, char16_t> toPrinted; // glyph -> the printed character drawn with it
};

// The document's characters per glyph, for each face it used.
QList<Glyphs> glyphMaps(const QList<QFont> &fonts, const QString &printed)
{
    QString chars;
    QSet<char16_t> seen;
    for (const QChar c : printed)
        if (!c.isSurrogate() && !seen.contains(c.unicode())) {
            seen.insert(c.unicode());
            chars += c;
        }
    QList<Glyphs> out;
    for (const QFont &f : fonts) {
        Glyphs g;
        g.raw = QRawFont::fromFont(f);
        if (!g.raw.isValid())
            continue;
        g.name = key(g.raw.familyName() + g.raw.styleName());
        const QList<quint32> idx = g.raw.glyphIndexesForString(chars);
        for (qsizetype i = 0; i < idx.size() && i < chars.size(); ++i)
            if (idx.at(i) != 0 && !g.toPrinted.contains(idx.at(i)))
                g.toPrinted.insert(idx.at(i), chars.at(i).unicode());
        out << g;
    }
    return out;
}

bool sameFace(const QString &baseFont, const QString &faceKey)
{
    const QString b = key(baseFont);
    return b == faceKey || b + QStringLiteral("regular") == faceKey;
}

// A ToUnicode CMap as Qt writes it: bfrange lines "<lo> <hi> <start>" or
// "<lo> <hi> [<u1> <u2> …]", and bfchar lines "<cid> <u>".
bool parseCMap(const QByteArray &cmap, QMap<int, int> *map)
{
    static const QRegularExpression range(QStringLiteral("<([0-9A-Fa-f]{4})>\\s*<([0-9A-Fa-f]{4})>\\s*(\\[[^\\]]*\\]|<[0-9A-Fa-f]{4}>)"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    const QString text = QString::fromLatin1(cmap);
    qsizetype pos = 0;
    for (;;) {
        const qsizetype r = text.indexOf(QLatin1String("beginbfrange"), pos);
        const qsizetype c = text.indexOf(QLatin1String("beginbfchar"), pos);
        if (r < 0 && c < 0)
            break;
        const bool isRange = r >= 0 && (c < 0 || r < c);
        const qsizetype start = isRange ? r : c;
        const qsizetype end = text.indexOf(isRange ? QLatin1String("endbfrange") : QLatin1String("endbfchar"), start);
        if (end < 0)
            return false;
        const QString body = text.mid(start, end - start);
        if (isRange) {
            for (auto it = range.globalMatch(body); it.hasNext();) {
                const auto m = it.next();
                const int lo = m.captured(1).toInt(nullptr, 16), hi = m.captured(2).toInt(nullptr, 16);
                const QString target = m.captured(3);
                if (target.startsWith(QLatin1Char('['))) {
                    int cid = lo;
                    for (auto h = hex.globalMatch(target); h.hasNext() && cid <= hi;)
                        map->insert(cid++, h.next().captured(1).toInt(nullptr, 16));
                } else {
                    const int u = target.mid(1, 4).toInt(nullptr, 16);
                    for (int cid = lo; cid <= hi; ++cid)
                        map->insert(cid, u + (cid - lo));
                }
            }
        } else {
            const QStringList tokens = [&] {
                QStringList t;
                for (auto h = hex.globalMatch(body); h.hasNext();)
                    t << h.next().captured(1);
                return t;
            }();
            for (qsizetype i = 0; i + 1 < tokens.size(); i += 2)
                map->insert(tokens.at(i).toInt(nullptr, 16), tokens.at(i + 1).toInt(nullptr, 16));
        }
        pos = end;
    }
    return true;
}

QByteArray writeCMap(const QMap<int, int> &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<std::pair<int, int>> entries;
    for (auto it = map.begin(); it != map.end(); ++it)
        entries << std::pair<int, int>{it.key(), it.value()};
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, entries.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j)
            out += QStringLiteral("<%1> <%2>\n")
                       .arg(entries.at(j).first, 4, 16, QLatin1Char('0'))
                       .arg(entries.at(j).second, 4, 16, QLatin1Char('0'))
                       .toUpper()
                       .toLatin1();
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

struct Splice {
    qsizetype from = 0, to = 0; // replaced range of the original
    QByteArray with;
};
} // namespace

QByteArray PdfTextRepair::repair(const QByteArray &pdf, const QList<QFont> &fonts, const QString &printed, int *fixed)
{
    if (fixed)
        *fixed = 0;
    // The cross-reference table: one classic table, as Qt writes it.
    const qsizetype sx = pdf.lastIndexOf("startxref");
    if (sx < 0)
        return pdf;
    bool ok = false;
    const qsizetype xref = pdf.mid(sx + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || !pdf.mid(xref, 4).startsWith("xref"))
        return pdf;
    qsizetype p = pdf.indexOf('\n', xref) + 1;
    const qsizetype eol = pdf.indexOf('\n', p);
    const QList<QByteArray> head = pdf.mid(p, eol - p).trimmed().split(' ');
    if (head.size() != 2 || head.at(0) != "0")
        return pdf;
    const int count = head.at(1).toInt();
    const qsizetype entries = eol + 1;
    if (entries + qsizetype(count) * 20 > pdf.size())
        return pdf;
    QList<qsizetype> offsets(count, -1);
    for (int i = 0; i < count; ++i) {
        const QByteArray e = pdf.mid(entries + qsizetype(i) * 20, 20);
        if (e.size() == 20 && e.at(17) == 'n')
            offsets[i] = e.left(10).toLongLong();
    }

    // Type0 fonts and their ToUnicode streams.
    static const QRegularExpression type0(QStringLiteral("/Subtype\\s*/Type0.*/BaseFont\\s*/([^\\s/]+).*/ToUnicode\\s+(\\d+)\\s+0\\s+R"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QList<std::pair<QString, int>> toUnicode; // base font, object
    for (int i = 1; i < count; ++i) {
        if (offsets.at(i) < 0)
            continue;
        const qsizetype end = pdf.indexOf("endobj", offsets.at(i));
        const qsizetype stream = pdf.indexOf("stream", offsets.at(i));
        const qsizetype stop = stream >= 0 && stream < end ? stream : end;
        if (stop < 0 || stop - offsets.at(i) > 4096)
            continue;
        const QString dict = QString::fromLatin1(pdf.mid(offsets.at(i), stop - offsets.at(i)));
        if (const auto m = type0.match(dict); m.hasMatch())
            toUnicode << std::pair<QString, int>{m.captured(1), m.captured(2).toInt()};
    }
    if (toUnicode.isEmpty())
        return pdf;

    const QList<Glyphs> faces = glyphMaps(fonts, printed);
    QSet<char16_t> printedSet;
    for (const QChar c : printed)
        printedSet.insert(c.unicode());
    static const QRegularExpression lengthRe(QStringLiteral("^\\d+ 0 obj\\s*<<\\s*/Length (\\d+)\\s*>>\\s*stream\\r?\\n"));
    QList<Splice> splices;
    for (const auto &[baseFont, obj] : toUnicode) {
        if (obj <= 0 || obj >= count || offsets.at(obj) < 0)
            continue;
        const Glyphs *face = nullptr;
        for (const Glyphs &g : faces)
            if (sameFace(baseFont, g.name))
                face = &g;
        if (!face)
            continue;
        const qsizetype at = offsets.at(obj);
        const QString header = QString::fromLatin1(pdf.mid(at, 200));
        const auto m = lengthRe.match(header);
        if (!m.hasMatch()) // compressed or an indirect length: not Qt's usual form, left alone
            continue;
        const qsizetype dataStart = at + m.capturedLength(0);
        const qsizetype length = m.captured(1).toLongLong();
        const qsizetype objEnd = pdf.indexOf("endobj", dataStart + length);
        if (objEnd < 0)
            continue;
        QMap<int, int> map;
        if (!parseCMap(pdf.mid(dataStart, length), &map))
            continue;
        int changes = 0;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const char16_t u = char16_t(it.value());
            if (printedSet.contains(u))
                continue;
            const QList<quint32> g = face->raw.glyphIndexesForString(QString(QChar(u)));
            if (g.isEmpty() || g.first() == 0)
                continue;
            if (const auto d = face->toPrinted.constFind(g.first()); d != face->toPrinted.cend() && *d != u) {
                it.value() = *d;
                ++changes;
            }
        }
        if (changes == 0)
            continue;
        if (fixed)
            *fixed += changes;
        const QByteArray cmap = writeCMap(map);
        QByteArray object = QByteArray::number(obj) + " 0 obj\n<<\n/Length " + QByteArray::number(cmap.size()) + "\n>>\nstream\n" + cmap +
                            "\nendstream\nendobj";
        splices << Splice{at, objEnd + 6, object};
    }
    if (splices.isEmpty())
        return pdf;
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) { return a.from < b.from; });

    QByteArray out;
    out.reserve(pdf.size() + 4096);
    qsizetype last = 0;
    for (const Splice &s : std::as_const(splices)) {
        out += pdf.mid(last, s.from - last);
        out += s.with;
        last = s.to;
    }
    out += pdf.mid(last, sx - last); // up to startxref, the xref table included
    // Every object after a splice moved by the splices before it.
    auto moved = [&](qsizetype offset) {
        qsizetype delta = 0;
        for (const Splice &s : std::as_const(splices))
            if (s.to <= offset)
                delta += s.with.size() - (s.to - s.from);
        return offset + delta;
    };
    const qsizetype newEntries = moved(entries);
    for (int i = 0; i < count; ++i) {
        if (offsets.at(i) < 0)
            continue;
        const QByteArray num = QByteArray::number(moved(offsets.at(i))).rightJustified(10, '0');
        std::copy(num.cbegin(), num.cend(), out.begin() + newEntries + qsizetype(i) * 20);
    }
    out += "startxref\n" + QByteArray::number(moved(xref)) + "\n%%EOF\n";
    return out;
}

} // namespace ab::report
