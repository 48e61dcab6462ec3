#include "core/report/pdf/PdfDocument.h"

#include "core/report/pdf/PdfFilters.h"
#include "core/report/pdf/PdfParser.h"

#include <QCoreApplication>
#include <QSet>

namespace ab::report::pdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::Pdf)
};

// Counts nested look-ups (a /Length that is a reference into an object
// stream whose /Length is a reference...) so that a cycle ends in an error.
class DepthGuard {
public:
    explicit DepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~DepthGuard() { --m_depth; }
    bool tooDeep() const { return m_depth > PdfDocument::MaxResolveDepth; }

private:
    int &m_depth;
};

constexpr qint64 TailSearch = 4096;
} // namespace

PdfDocument::PdfDocument(std::unique_ptr<PdfSource> source) : m_source(std::move(source)) {}
PdfDocument::~PdfDocument() = default;

Result<std::unique_ptr<PdfDocument>> PdfDocument::open(std::unique_ptr<PdfSource> source)
{
    std::unique_ptr<PdfDocument> doc(new PdfDocument(std::move(source)));
    if (auto r = doc->load(); !r)
        return r.error();
    return doc;
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::openFile(const QString &path)
{
    auto src = PdfSource::openFile(path);
    if (!src)
        return src.error();
    return open(std::move(src.value()));
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::fromBytes(const QByteArray &bytes, const QString &name)
{
    return open(PdfSource::fromBytes(bytes, name));
}

Error PdfDocument::damaged(const QString &detail, qint64 at) const
{
    if (m_source->readFailed())
        return makeError(ErrorCode::Io,
                         Tr::tr("%1 could not be read to the end; the disk or the file changed while it was read.").arg(m_source->name()));
    if (at >= 0)
        return makeError(
            ErrorCode::BadInput,
            Tr::tr("%1 is a damaged PDF (%2 at byte %3); it cannot be checked or signed.").arg(m_source->name(), detail).arg(at));
    return makeError(ErrorCode::BadInput,
                     Tr::tr("%1 is a damaged PDF (%2); it cannot be checked or signed.").arg(m_source->name(), detail));
}

Result<qint64> PdfDocument::findStartXref() const
{
    const qint64 size = m_source->size();
    const QByteArray head = m_source->read(0, 1024);
    if (!head.contains("%PDF-"))
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is not a PDF file.").arg(m_source->name()));
    const qint64 from = qMax<qint64>(0, size - TailSearch);
    const QByteArray tail = m_source->read(from, size - from);
    const qsizetype at = tail.lastIndexOf("startxref");
    if (at < 0)
        return damaged(Tr::tr("it is truncated or damaged: no cross-reference at its end"));
    PdfLexer lex(*m_source, from + at + 9);
    const PdfToken t = lex.next();
    if (!t.is(PdfToken::Kind::Int) || t.intValue < 0 || t.intValue >= size)
        return damaged(Tr::tr("its startxref offset is invalid"), from + at);
    // The last revision must end the file: bytes after its %%EOF are what is
    // left of an update cut short (reading the revision before it instead
    // would pass a truncated file off as an older, intact one).
    const qsizetype eof = tail.indexOf("%%EOF", at);
    if (eof < 0)
        return damaged(Tr::tr("it is truncated: its last revision has no end"));
    for (qsizetype i = eof + 5; i < tail.size(); ++i)
        if (!PdfLexer::isWhite(uchar(tail[i])))
            return damaged(Tr::tr("it is truncated or has bytes after its end"), from + i);
    return t.intValue;
}

Result<void> PdfDocument::load()
{
    auto start = findStartXref();
    if (!start)
        return start.error();
    QSet<qint64> seen;
    qint64 offset = *start;
    while (offset >= 0) {
        if (seen.contains(offset))
            return damaged(Tr::tr("its cross-reference sections form a loop"), offset);
        if (m_sections.size() >= MaxSections)
            return damaged(Tr::tr("it has more than %1 revisions").arg(MaxSections));
        seen.insert(offset);
        auto section = readSection(offset);
        if (!section)
            return section.error();
        const PdfObject prev = section->trailer.value("Prev");
        m_sections.append(std::move(section.value()));
        if (prev.isNull())
            break;
        if (!prev.isInt() || prev.toInt() < 0 || prev.toInt() >= size())
            return damaged(Tr::tr("a /Prev offset is invalid"), offset);
        offset = prev.toInt();
    }
    for (const Section &s : std::as_const(m_sections)) {
        const qint64 declared = s.trailer.value("Size").toInt(0);
        if (declared < 0 || declared > qint64(MaxObjects) + 1)
            return damaged(Tr::tr("its /Size is out of range"), s.offset);
        m_objectCount = qMax(m_objectCount, quint32(declared));
        for (auto it = s.entries.cbegin(); it != s.entries.cend(); ++it)
            m_objectCount = qMax(m_objectCount, it.key() + 1);
    }
    if (!trailer().value("Root").isRef())
        return damaged(Tr::tr("its trailer names no document catalog"));
    return {};
}

Result<PdfDocument::Section> PdfDocument::readSection(qint64 offset)
{
    PdfLexer lex(*m_source, offset);
    const PdfToken t = lex.next();
    if (t.isKeyword("xref")) {
        auto table = readTable(offset);
        if (!table)
            return table.error();
        // A hybrid file also lists objects in a cross-reference stream.
        const PdfObject xrefStm = table->trailer.value("XRefStm");
        if (xrefStm.isInt() && xrefStm.toInt() >= 0 && xrefStm.toInt() < size() && xrefStm.toInt() != offset) {
            auto stream = readXrefStream(xrefStm.toInt());
            if (!stream)
                return stream.error();
            for (auto it = stream->entries.cbegin(); it != stream->entries.cend(); ++it) {
                const auto existing = table->entries.constFind(it.key());
                if (existing == table->entries.cend() || existing->kind == XrefEntry::Kind::Free)
                    table->entries.insert(it.key(), it.value());
            }
        }
        return table;
    }
    if (t.is(PdfToken::Kind::Int))
        return readXrefStream(offset);
    return damaged(Tr::tr("no cross-reference section where one should be"), offset);
}

Result<PdfDocument::Section> PdfDocument::readTable(qint64 offset)
{
    PdfParser p(*m_source, offset);
    p.nextToken(); // "xref"
    Section s;
    s.offset = offset;
    qint64 total = 0;
    for (;;) {
        PdfToken t = p.nextToken();
        if (t.isKeyword("trailer"))
            break;
        const PdfToken countTok = p.nextToken();
        if (!t.is(PdfToken::Kind::Int) || !countTok.is(PdfToken::Kind::Int))
            return damaged(Tr::tr("its cross-reference table is malformed"), t.start);
        const qint64 first = t.intValue;
        const qint64 count = countTok.intValue;
        total += count;
        // Each entry takes at least 18 bytes: a count the file cannot hold is a lie.
        if (first < 0 || count < 0 || first + count > qint64(MaxObjects) + 1 || total * 18 > size() - offset)
            return damaged(Tr::tr("its cross-reference table claims more objects than it can hold"), t.start);
        for (qint64 i = 0; i < count; ++i) {
            const PdfToken off = p.nextToken();
            const PdfToken gen = p.nextToken();
            const PdfToken kind = p.nextToken();
            if (!off.is(PdfToken::Kind::Int) || !gen.is(PdfToken::Kind::Int) || !(kind.isKeyword("n") || kind.isKeyword("f")) ||
                off.intValue < 0 || gen.intValue < 0 || gen.intValue > 65535)
                return damaged(Tr::tr("its cross-reference table is malformed"), off.start);
            XrefEntry e;
            e.gen = quint16(gen.intValue);
            if (kind.isKeyword("n") && off.intValue > 0) {
                e.kind = XrefEntry::Kind::Used;
                e.offset = off.intValue;
            }
            s.entries.insert(quint32(first + i), e);
        }
    }
    auto trailer = p.parseObject();
    if (!trailer || !trailer->isDict())
        return damaged(Tr::tr("its trailer is malformed"), trailer ? trailer->start() : p.errorAt());
    s.trailer = trailer->dictionary();
    return s;
}

Result<PdfDocument::Section> PdfDocument::readXrefStream(qint64 offset)
{
    PdfParser p(*m_source, offset);
    auto in = p.parseIndirect();
    if (!in || !in->object.isStream() || !in->object.dictionary().value("Type").isName("XRef"))
        return damaged(Tr::tr("no cross-reference section where one should be"), offset);
    // Its /Length must be direct: the table that would resolve it is this one.
    const PdfObject len = in->object.dictionary().value("Length");
    if (!len.isInt() || len.toInt() < 0 || in->streamStart + len.toInt() > size())
        return damaged(Tr::tr("a cross-reference stream has an invalid length"), offset);
    PdfObject stream = PdfObject::stream(in->object.dictionary(), in->streamStart, len.toInt());
    auto data = decodedStream(stream, MaxStreamBytes);
    if (!data)
        return data.error();
    const PdfDict &d = stream.dictionary();
    const PdfArray &w = d.value("W").items();
    if (w.size() != 3)
        return damaged(Tr::tr("a cross-reference stream has no valid /W"), offset);
    int widths[3];
    int entrySize = 0;
    for (int i = 0; i < 3; ++i) {
        if (!w[size_t(i)].isInt() || w[size_t(i)].toInt() < 0 || w[size_t(i)].toInt() > 8)
            return damaged(Tr::tr("a cross-reference stream has no valid /W"), offset);
        widths[i] = int(w[size_t(i)].toInt());
        entrySize += widths[i];
    }
    if (entrySize == 0)
        return damaged(Tr::tr("a cross-reference stream has no valid /W"), offset);
    const qint64 declared = d.value("Size").toInt(-1);
    if (declared < 0 || declared > qint64(MaxObjects) + 1)
        return damaged(Tr::tr("its /Size is out of range"), offset);
    QList<QPair<qint64, qint64>> ranges;
    if (const PdfObject index = d.value("Index"); index.isArray()) {
        const PdfArray &a = index.items();
        if (a.size() % 2 != 0)
            return damaged(Tr::tr("a cross-reference stream has an invalid /Index"), offset);
        for (size_t i = 0; i < a.size(); i += 2) {
            const qint64 first = a[i].toInt(-1);
            const qint64 count = a[i + 1].toInt(-1);
            if (first < 0 || count < 0 || first + count > qint64(MaxObjects) + 1)
                return damaged(Tr::tr("a cross-reference stream has an invalid /Index"), offset);
            ranges.append({first, count});
        }
    } else {
        ranges.append({0, declared});
    }
    Section s;
    s.offset = offset;
    s.isStream = true;
    s.trailer = d;
    const auto *bytes = reinterpret_cast<const uchar *>(data->constData());
    qint64 pos = 0;
    const auto field = [&](int width, qint64 fallback) {
        if (width == 0)
            return fallback;
        qint64 v = 0;
        for (int i = 0; i < width; ++i)
            v = (v << 8) | bytes[pos++];
        return v;
    };
    for (const auto &[first, count] : ranges) {
        if ((data->size() - pos) / entrySize < count)
            return damaged(Tr::tr("a cross-reference stream is shorter than its /Index says"), offset);
        for (qint64 i = 0; i < count; ++i) {
            const qint64 type = field(widths[0], 1);
            const qint64 f2 = field(widths[1], 0);
            const qint64 f3 = field(widths[2], 0);
            XrefEntry e;
            if (type == 1 && f2 > 0 && f2 < size()) {
                e.kind = XrefEntry::Kind::Used;
                e.offset = f2;
                e.gen = quint16(qBound<qint64>(0, f3, 65535LL));
            } else if (type == 2 && f2 > 0 && f2 <= qint64(MaxObjects)) {
                e.kind = XrefEntry::Kind::Compressed;
                e.stream = quint32(f2);
                e.index = quint32(qBound<qint64>(0, f3, qint64(MaxObjects)));
            } else if (type > 2) {
                continue; // reserved types are ignored, as the standard says
            }
            s.entries.insert(quint32(first + i), e);
        }
    }
    return s;
}

const PdfDict &PdfDocument::trailer(qint64 asOf) const
{
    for (const Section &s : m_sections)
        if (asOf < 0 || s.offset < asOf)
            return s.trailer;
    return m_sections.last().trailer;
}

std::optional<PdfDocument::XrefEntry> PdfDocument::entry(quint32 num, qint64 asOf) const
{
    for (const Section &s : m_sections) {
        if (asOf >= 0 && s.offset >= asOf)
            continue;
        if (const auto it = s.entries.constFind(num); it != s.entries.cend())
            return *it;
    }
    return std::nullopt;
}

Result<PdfObject> PdfDocument::object(PdfRef ref, qint64 asOf) const
{
    const auto e = entry(ref.num, asOf);
    if (!e || e->kind == XrefEntry::Kind::Free)
        return PdfObject();
    DepthGuard guard(m_depth);
    if (guard.tooDeep())
        return damaged(Tr::tr("its objects refer to each other too deeply"));
    if (e->kind == XrefEntry::Kind::Compressed)
        return readCompressed(*e, ref.num, asOf);
    if (const auto it = m_byOffset.constFind(e->offset); it != m_byOffset.cend())
        return *it;
    auto o = readAt(e->offset, ref.num, asOf);
    if (o)
        m_byOffset.insert(e->offset, *o);
    return o;
}

Result<PdfObject> PdfDocument::readAt(qint64 offset, quint32 num, qint64 asOf) const
{
    PdfParser p(*m_source, offset);
    auto in = p.parseIndirect();
    if (!in)
        return damaged(Tr::tr("object %1: %2").arg(num).arg(p.error()), p.errorAt() >= 0 ? p.errorAt() : offset);
    if (in->ref.num != num)
        return damaged(Tr::tr("object %1 is not where the cross-reference says").arg(num), offset);
    PdfObject o = std::move(in->object);
    if (o.isStream()) {
        auto len = streamLength(o, asOf);
        if (!len)
            return len.error();
        const qint64 start = o.streamOffset();
        const qint64 span = o.start();
        o = PdfObject::stream(o.dictionary(), start, *len);
        o.setSpan(span, start + *len);
    }
    return o;
}

Result<qint64> PdfDocument::streamLength(const PdfObject &stream, qint64 asOf) const
{
    const qint64 start = stream.streamOffset();
    auto lenObj = resolve(stream.dictionary().value("Length"), asOf);
    const auto endsAt = [&](qint64 at) {
        PdfLexer lex(*m_source, at);
        return lex.next().isKeyword("endstream");
    };
    if (lenObj && lenObj->isInt() && lenObj->toInt() >= 0 && start + lenObj->toInt() <= size() && endsAt(start + lenObj->toInt()))
        return lenObj->toInt();
    // A wrong /Length: the data ends before the first "endstream", as
    // forgiving readers take it.
    // Bounded, so that many broken streams cannot make reading quadratic.
    static const char key[] = "endstream";
    qint64 matched = 0;
    const qint64 limit = qMin(size(), start + MaxStreamBytes);
    for (qint64 pos = start; pos < limit; ++pos) {
        const int c = m_source->at(pos);
        if (c < 0)
            break;
        matched = (c == key[matched]) ? matched + 1 : (c == key[0] ? 1 : 0);
        if (matched == 9) {
            qint64 end = pos - 8;
            if (end > start && m_source->at(end - 1) == '\n')
                --end;
            if (end > start && m_source->at(end - 1) == '\r')
                --end;
            return end - start;
        }
    }
    return damaged(Tr::tr("a stream has no end"), start);
}

Result<PdfObject> PdfDocument::readCompressed(const XrefEntry &e, quint32 num, qint64 asOf) const
{
    const auto se = entry(e.stream, asOf);
    if (!se || se->kind != XrefEntry::Kind::Used)
        return damaged(Tr::tr("object %1 lies in an object stream that does not exist").arg(num));
    std::shared_ptr<ObjectStream> os;
    if (const auto it = m_objectStreams.constFind(se->offset); it != m_objectStreams.cend()) {
        os = *it;
    } else {
        auto streamObj = object(PdfRef{e.stream, se->gen}, asOf);
        if (!streamObj)
            return streamObj.error();
        if (!streamObj->isStream() || !streamObj->dictionary().value("Type").isName("ObjStm"))
            return damaged(Tr::tr("object %1 lies in something that is not an object stream").arg(num));
        auto data = decodedStream(*streamObj, MaxStreamBytes);
        if (!data)
            return data.error();
        const qint64 n = streamObj->dictionary().value("N").toInt(-1);
        const qint64 first = streamObj->dictionary().value("First").toInt(-1);
        if (n < 0 || n > data->size() / 2 || first < 0 || first > data->size())
            return damaged(Tr::tr("an object stream has an invalid header"));
        os = std::make_shared<ObjectStream>();
        os->first = first;
        os->data = PdfSource::fromBytes(*data, m_source->name());
        PdfLexer lex(*os->data, 0);
        for (qint64 i = 0; i < n; ++i) {
            const PdfToken a = lex.next();
            const PdfToken b = lex.next();
            if (!a.is(PdfToken::Kind::Int) || !b.is(PdfToken::Kind::Int) || a.intValue < 0 || b.intValue < 0 ||
                first + b.intValue > data->size())
                return damaged(Tr::tr("an object stream has an invalid header"));
            os->offsets.append({quint32(a.intValue), b.intValue});
        }
        if (m_objectStreams.size() > 64)
            m_objectStreams.clear(); // bounded memory: decode again if needed
        m_objectStreams.insert(se->offset, os);
    }
    if (e.index >= quint32(os->offsets.size()) || os->offsets[e.index].first != num)
        return damaged(Tr::tr("object %1 is not where its object stream says").arg(num));
    PdfParser p(*os->data, os->first + os->offsets[e.index].second);
    auto o = p.parseObject();
    if (!o)
        return damaged(Tr::tr("object %1: %2").arg(num).arg(p.error()));
    // Positions inside a decoded stream mean nothing in the file.
    o->setSpan(-1, -1);
    return *o;
}

Result<PdfObject> PdfDocument::resolve(const PdfObject &o, qint64 asOf) const
{
    PdfObject cur = o;
    for (int hops = 0; cur.isRef(); ++hops) {
        if (hops > MaxResolveDepth)
            return damaged(Tr::tr("a reference chain does not end"));
        auto next = object(cur.toRef(), asOf);
        if (!next)
            return next.error();
        cur = std::move(next.value());
    }
    return cur;
}

Result<PdfObject> PdfDocument::get(const PdfObject &dictOrStream, QByteArrayView key, qint64 asOf) const
{
    return resolve(dictOrStream.dictionary().value(key), asOf);
}

Result<PdfRef> PdfDocument::rootRef(qint64 asOf) const
{
    const PdfObject root = trailer(asOf).value("Root");
    if (!root.isRef())
        return damaged(Tr::tr("its trailer names no document catalog"));
    return root.toRef();
}

Result<PdfObject> PdfDocument::catalog(qint64 asOf) const
{
    auto ref = rootRef(asOf);
    if (!ref)
        return ref.error();
    auto cat = object(*ref, asOf);
    if (!cat)
        return cat.error();
    if (!cat->isDict())
        return damaged(Tr::tr("its document catalog is not a dictionary"));
    return cat;
}

Result<QList<PdfRef>> PdfDocument::pages(qint64 asOf) const
{
    auto cat = catalog(asOf);
    if (!cat)
        return cat.error();
    const PdfObject root = cat->dictionary().value("Pages");
    if (!root.isRef())
        return damaged(Tr::tr("it has no page tree"));
    QList<PdfRef> out;
    QSet<PdfRef> seen;
    // Depth-first, in order; an explicit stack so a deep tree cannot overflow ours.
    struct Frame {
        PdfRef ref;
        int depth;
    };
    QList<Frame> stack{{root.toRef(), 0}};
    while (!stack.isEmpty()) {
        const Frame f = stack.takeLast();
        if (seen.contains(f.ref))
            return damaged(Tr::tr("its page tree contains a loop"));
        if (f.depth > 64)
            return damaged(Tr::tr("its page tree is too deep"));
        seen.insert(f.ref);
        auto node = object(f.ref, asOf);
        if (!node)
            return node.error();
        if (!node->isDict())
            return damaged(Tr::tr("its page tree contains something that is not a page"));
        const PdfObject kids = node->dictionary().value("Kids");
        if (node->dictionary().value("Type").isName("Pages") || kids.isArray()) {
            const PdfArray &k = kids.items();
            for (auto it = k.rbegin(); it != k.rend(); ++it) {
                if (!it->isRef())
                    return damaged(Tr::tr("its page tree contains something that is not a page"));
                stack.append({it->toRef(), f.depth + 1});
            }
            if (stack.size() > MaxPages)
                return damaged(Tr::tr("it has more than %1 pages").arg(MaxPages));
        } else {
            out.append(f.ref);
            if (out.size() > MaxPages)
                return damaged(Tr::tr("it has more than %1 pages").arg(MaxPages));
        }
    }
    if (out.isEmpty())
        return damaged(Tr::tr("it has no pages"));
    return out;
}

Result<QByteArray> PdfDocument::rawStream(const PdfObject &stream, qint64 maxSize) const
{
    if (!stream.isStream() || stream.streamOffset() < 0)
        return damaged(Tr::tr("a stream is missing"));
    if (stream.streamLength() > maxSize)
        return damaged(Tr::tr("a stream is larger than %1 MiB").arg(maxSize >> 20), stream.streamOffset());
    QByteArray raw = m_source->read(stream.streamOffset(), stream.streamLength());
    if (raw.size() != stream.streamLength())
        return damaged(Tr::tr("a stream runs past the end of the file"), stream.streamOffset());
    return raw;
}

Result<QByteArray> PdfDocument::decodedStream(const PdfObject &stream, qint64 maxSize) const
{
    auto raw = rawStream(stream, maxSize);
    if (!raw)
        return raw.error();
    auto data = PdfFilters::decode(stream.dictionary(), *raw, maxSize);
    if (!data)
        return data.error().code == ErrorCode::BadInput ? damaged(data.error().message, stream.streamOffset()) : data.error();
    return data;
}

} // namespace ab::report::pdf
