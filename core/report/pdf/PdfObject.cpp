#include "core/report/pdf/PdfObject.h"

#include <cmath>

namespace ab::report::pdf {

namespace {
const PdfArray &emptyArray()
{
    static const PdfArray a;
    return a;
}
const PdfDict &emptyDict()
{
    static const PdfDict d;
    return d;
}

bool isRegularNameByte(uchar c)
{
    if (c < 0x21 || c > 0x7e)
        return false;
    switch (c) {
    case '#':
    case '(':
    case ')':
    case '<':
    case '>':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '%':
        return false;
    default:
        return true;
    }
}
} // namespace

PdfObject PdfObject::boolean(bool v)
{
    PdfObject o;
    o.m_type = Type::Bool;
    o.m_bool = v;
    return o;
}

PdfObject PdfObject::integer(qint64 v)
{
    PdfObject o;
    o.m_type = Type::Int;
    o.m_int = v;
    return o;
}

PdfObject PdfObject::real(double v)
{
    PdfObject o;
    o.m_type = Type::Real;
    o.m_real = v;
    return o;
}

PdfObject PdfObject::string(QByteArray bytes, bool hex)
{
    PdfObject o;
    o.m_type = Type::String;
    o.m_bytes = std::move(bytes);
    o.m_hex = hex;
    return o;
}

PdfObject PdfObject::name(QByteArray name)
{
    PdfObject o;
    o.m_type = Type::Name;
    o.m_bytes = std::move(name);
    return o;
}

PdfObject PdfObject::array(PdfArray items)
{
    PdfObject o;
    o.m_type = Type::Array;
    o.m_array = std::make_shared<PdfArray>(std::move(items));
    return o;
}

PdfObject PdfObject::dict(PdfDict d)
{
    PdfObject o;
    o.m_type = Type::Dict;
    o.m_dict = std::make_shared<PdfDict>(std::move(d));
    return o;
}

PdfObject PdfObject::ref(PdfRef r)
{
    PdfObject o;
    o.m_type = Type::Ref;
    o.m_ref = r;
    return o;
}

PdfObject PdfObject::stream(PdfDict d, qint64 dataOffset, qint64 dataLength)
{
    PdfObject o;
    o.m_type = Type::Stream;
    o.m_dict = std::make_shared<PdfDict>(std::move(d));
    o.m_streamOffset = dataOffset;
    o.m_streamLength = dataLength;
    return o;
}

double PdfObject::toReal(double fallback) const
{
    if (m_type == Type::Int)
        return double(m_int);
    return m_type == Type::Real ? m_real : fallback;
}

const PdfArray &PdfObject::items() const
{
    return m_array ? *m_array : emptyArray();
}

PdfArray &PdfObject::editItems()
{
    if (!m_array) {
        m_type = Type::Array;
        m_array = std::make_shared<PdfArray>();
    } else if (m_array.use_count() > 1) {
        m_array = std::make_shared<PdfArray>(*m_array);
    }
    return *m_array;
}

const PdfDict &PdfObject::dictionary() const
{
    return m_dict ? *m_dict : emptyDict();
}

PdfDict &PdfObject::editDictionary()
{
    if (!m_dict) {
        m_type = Type::Dict;
        m_dict = std::make_shared<PdfDict>();
    } else if (m_dict.use_count() > 1) {
        m_dict = std::make_shared<PdfDict>(*m_dict);
    }
    return *m_dict;
}

QByteArray serializeName(QByteArrayView name)
{
    QByteArray out;
    out.reserve(name.size() + 1);
    out.append('/');
    for (char ch : name) {
        const auto c = uchar(ch);
        if (isRegularNameByte(c)) {
            out.append(ch);
        } else {
            static const char hex[] = "0123456789ABCDEF";
            out.append('#');
            out.append(hex[c >> 4]);
            out.append(hex[c & 15]);
        }
    }
    return out;
}

QByteArray serializeLiteralString(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out.append('(');
    for (char ch : bytes) {
        const auto c = uchar(ch);
        if (c == '(' || c == ')' || c == '\\') {
            out.append('\\');
            out.append(ch);
        } else if (c < 0x20 || c > 0x7e) {
            // Octal keeps the file 7-bit and immune to EOL conversion.
            out.append('\\');
            out.append(char('0' + ((c >> 6) & 7)));
            out.append(char('0' + ((c >> 3) & 7)));
            out.append(char('0' + (c & 7)));
        } else {
            out.append(ch);
        }
    }
    out.append(')');
    return out;
}

QByteArray formatReal(double v)
{
    if (!std::isfinite(v))
        return QByteArrayLiteral("0");
    QByteArray s = QByteArray::number(v, 'f', 4);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    if (s == "-0")
        s = "0";
    return s;
}

QByteArray PdfObject::serialize() const
{
    QByteArray out;
    serializeTo(out);
    return out;
}

void PdfObject::serializeTo(QByteArray &out) const
{
    switch (m_type) {
    case Type::Null:
        out.append("null");
        return;
    case Type::Bool:
        out.append(m_bool ? "true" : "false");
        return;
    case Type::Int:
        out.append(QByteArray::number(m_int));
        return;
    case Type::Real:
        out.append(formatReal(m_real));
        return;
    case Type::String:
        if (m_hex) {
            out.append('<');
            out.append(m_bytes.toHex());
            out.append('>');
        } else {
            out.append(serializeLiteralString(m_bytes));
        }
        return;
    case Type::Name:
        out.append(serializeName(m_bytes));
        return;
    case Type::Array: {
        out.append('[');
        bool first = true;
        for (const PdfObject &o : items()) {
            if (!first)
                out.append(' ');
            first = false;
            o.serializeTo(out);
        }
        out.append(']');
        return;
    }
    case Type::Dict:
    case Type::Stream:
        out.append("<<");
        for (const auto &[key, value] : dictionary().entries()) {
            out.append(serializeName(key));
            out.append(' ');
            value.serializeTo(out);
            out.append(' ');
        }
        out.append(">>");
        return;
    case Type::Ref:
        out.append(QByteArray::number(m_ref.num));
        out.append(' ');
        out.append(QByteArray::number(m_ref.gen));
        out.append(" R");
        return;
    }
}

bool PdfObject::sameAs(const PdfObject &other) const
{
    // An integer and a real of the same value are the same number.
    if (isNumber() && other.isNumber())
        return toReal() == other.toReal();
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Int:
    case Type::Real:
        return true; // handled above
    case Type::String:
    case Type::Name:
        return m_bytes == other.m_bytes;
    case Type::Ref:
        return m_ref == other.m_ref;
    case Type::Array: {
        const PdfArray &a = items();
        const PdfArray &b = other.items();
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (!a[i].sameAs(b[i]))
                return false;
        return true;
    }
    case Type::Stream:
        if (m_streamLength != other.m_streamLength)
            return false;
        [[fallthrough]];
    case Type::Dict: {
        const PdfDict &a = dictionary();
        const PdfDict &b = other.dictionary();
        if (a.size() != b.size())
            return false;
        for (const auto &[key, value] : a.entries()) {
            const PdfObject *v = b.find(key);
            if (!v || !value.sameAs(*v))
                return false;
        }
        return true;
    }
    }
    return false;
}

const PdfObject *PdfDict::find(QByteArrayView key) const
{
    for (const auto &e : m_entries)
        if (e.first == key)
            return &e.second;
    return nullptr;
}

PdfObject PdfDict::value(QByteArrayView key) const
{
    const PdfObject *v = find(key);
    return v ? *v : PdfObject();
}

void PdfDict::set(const QByteArray &key, PdfObject value)
{
    for (auto &e : m_entries) {
        if (e.first == key) {
            e.second = std::move(value);
            return;
        }
    }
    m_entries.emplace_back(key, std::move(value));
}

void PdfDict::remove(QByteArrayView key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->first == key) {
            m_entries.erase(it);
            return;
        }
    }
}

} // namespace ab::report::pdf
