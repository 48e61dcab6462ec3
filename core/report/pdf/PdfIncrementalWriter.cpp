#include "core/report/pdf/PdfIncrementalWriter.h"

#include "core/report/pdf/PdfDocument.h"

namespace ab::report::pdf {

PdfIncrementalWriter::PdfIncrementalWriter(const PdfDocument &doc) : m_doc(doc), m_base(qMax<quint32>(1, doc.objectCount())), m_next(m_base)
{
}

PdfRef PdfIncrementalWriter::allocate()
{
    return PdfRef{m_next++, 0};
}

Result<PdfObject *> PdfIncrementalWriter::edit(PdfRef ref)
{
    if (auto it = m_objects.find(ref.num); it != m_objects.end() && !it->isRaw)
        return &it->object;
    auto current = m_doc.object(ref);
    if (!current)
        return current.error();
    Pending p;
    p.ref = ref;
    p.object = std::move(current.value());
    if (p.object.isStream()) {
        // Keep a changed stream's data as it is in the file.
        auto raw = m_doc.rawStream(p.object, PdfDocument::MaxStreamBytes);
        if (!raw)
            return raw.error();
        p.raw = *raw;
        p.isStream = true;
    }
    return &m_objects.insert(ref.num, std::move(p))->object;
}

Result<PdfObject> PdfIncrementalWriter::current(PdfRef ref) const
{
    if (const auto it = m_objects.constFind(ref.num); it != m_objects.cend() && !it->isRaw)
        return it->object;
    return m_doc.object(ref);
}

bool PdfIncrementalWriter::isLive(PdfRef holder, QByteArrayView key, PdfRef target) const
{
    bool fromFile = false;
    if (holder.num < m_base) {
        auto original = m_doc.object(holder);
        fromFile = original && original->dictionary().value(key).toRef() == target;
    }
    if (fromFile) {
        const auto e = target.num < m_base ? m_doc.entry(target.num) : std::nullopt;
        return e && e->kind != PdfDocument::XrefEntry::Kind::Free;
    }
    return target.num >= m_base && target.num < m_next && m_objects.contains(target.num);
}

void PdfIncrementalWriter::set(PdfRef ref, const PdfObject &object)
{
    Pending p;
    p.ref = ref;
    p.object = object;
    m_objects.insert(ref.num, std::move(p));
}

PdfRef PdfIncrementalWriter::add(const PdfObject &object)
{
    const PdfRef ref = allocate();
    set(ref, object);
    return ref;
}

void PdfIncrementalWriter::setStream(PdfRef ref, PdfDict dict, const QByteArray &data)
{
    Pending p;
    p.ref = ref;
    p.object = PdfObject::dict(std::move(dict));
    p.raw = data;
    p.isStream = true;
    m_objects.insert(ref.num, std::move(p));
}

PdfRef PdfIncrementalWriter::addStream(PdfDict dict, const QByteArray &data)
{
    const PdfRef ref = allocate();
    setStream(ref, std::move(dict), data);
    return ref;
}

void PdfIncrementalWriter::setRaw(PdfRef ref, const QByteArray &body)
{
    Pending p;
    p.ref = ref;
    p.raw = body;
    p.isRaw = true;
    m_objects.insert(ref.num, std::move(p));
}

QByteArray PdfIncrementalWriter::finish()
{
    const qint64 base = m_doc.size();
    QByteArray out;
    const int last = m_doc.source().at(base - 1);
    if (last != '\n' && last != '\r')
        out.append('\n');
    const bool asStream = m_doc.sections().first().isStream;
    const PdfRef xrefRef = asStream ? allocate() : PdfRef{};

    QMap<quint32, QPair<qint64, quint16>> offsets; // number -> (file offset, generation)
    m_valueOffsets.clear();
    for (auto it = m_objects.begin(); it != m_objects.end(); ++it) {
        Pending &p = it.value();
        offsets.insert(p.ref.num, {base + out.size(), p.ref.gen});
        out.append(QByteArray::number(p.ref.num) + ' ' + QByteArray::number(p.ref.gen) + " obj\n");
        m_valueOffsets.insert(p.ref.num, out.size());
        if (p.isRaw) {
            out.append(p.raw);
        } else if (p.isStream) {
            PdfObject dict = PdfObject::dict(p.object.dictionary());
            dict.editDictionary().set("Length", PdfObject::integer(p.raw.size()));
            dict.serializeTo(out);
            out.append("\nstream\n");
            out.append(p.raw);
            out.append("\nendstream");
        } else {
            p.object.serializeTo(out);
        }
        out.append("\nendobj\n");
    }

    const PdfDict &old = m_doc.trailer();
    const qint64 prev = m_doc.sections().first().offset;
    const quint32 size = qMax(m_next, m_doc.objectCount());
    PdfDict trailer;
    trailer.set("Size", PdfObject::integer(size));
    for (const char *key : {"Root", "Info", "ID"})
        if (const PdfObject *v = old.find(key))
            trailer.set(key, *v);
    trailer.set("Prev", PdfObject::integer(prev));

    const qint64 xrefOffset = base + out.size();
    if (asStream)
        offsets.insert(xrefRef.num, {xrefOffset, 0});
    // Consecutive numbers form one subsection each.
    QList<QPair<quint32, quint32>> runs;
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        if (!runs.isEmpty() && runs.last().first + runs.last().second == it.key())
            ++runs.last().second;
        else
            runs.append({it.key(), 1});
    }
    if (!asStream) {
        out.append("xref\n");
        for (const auto &[first, count] : runs) {
            out.append(QByteArray::number(first) + ' ' + QByteArray::number(count) + '\n');
            for (quint32 n = first; n < first + count; ++n) {
                const auto [off, gen] = offsets.value(n);
                out.append(QByteArray::number(off).rightJustified(10, '0') + ' ' + QByteArray::number(gen).rightJustified(5, '0') +
                           " n \n");
            }
        }
        out.append("trailer\n");
        PdfObject::dict(trailer).serializeTo(out);
        out.append('\n');
    } else {
        // W [1 8 2]: type, offset, generation; uncompressed, so nothing
        // about it depends on a filter.
        QByteArray data;
        PdfArray index;
        for (const auto &[first, count] : runs) {
            index.push_back(PdfObject::integer(first));
            index.push_back(PdfObject::integer(count));
            for (quint32 n = first; n < first + count; ++n) {
                const auto [off, gen] = offsets.value(n);
                data.append(char(1));
                for (int shift = 56; shift >= 0; shift -= 8)
                    data.append(char((quint64(off) >> shift) & 0xff));
                data.append(char(gen >> 8));
                data.append(char(gen & 0xff));
            }
        }
        trailer.set("Type", PdfObject::name("XRef"));
        trailer.set("W", PdfObject::array({PdfObject::integer(1), PdfObject::integer(8), PdfObject::integer(2)}));
        trailer.set("Index", PdfObject::array(std::move(index)));
        trailer.set("Length", PdfObject::integer(data.size()));
        out.append(QByteArray::number(xrefRef.num) + " 0 obj\n");
        PdfObject::dict(trailer).serializeTo(out);
        out.append("\nstream\n");
        out.append(data);
        out.append("\nendstream\nendobj\n");
    }
    out.append("startxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n");
    return out;
}

} // namespace ab::report::pdf
