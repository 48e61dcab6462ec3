#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>

#include <memory>
#include <utility>
#include <vector>

namespace ab::report::pdf {

// An indirect reference "num gen R".
struct PdfRef {
    quint32 num = 0;
    quint16 gen = 0;
    bool isNull() const { return num == 0; }
    friend bool operator==(PdfRef a, PdfRef b) { return a.num == b.num && a.gen == b.gen; }
    friend bool operator!=(PdfRef a, PdfRef b) { return !(a == b); }
};
inline size_t qHash(PdfRef r, size_t seed = 0)
{
    return qHashMulti(seed, r.num, r.gen);
}

class PdfDict;
class PdfObject;
using PdfArray = std::vector<PdfObject>;

// One PDF object as read or as about to be written. Arrays and dictionaries
// are shared between copies until one is changed (copy on write), so passing
// objects around stays cheap.
class PdfObject final {
public:
    enum class Type { Null, Bool, Int, Real, String, Name, Array, Dict, Ref, Stream };

    PdfObject() = default;
    static PdfObject boolean(bool v);
    static PdfObject integer(qint64 v);
    static PdfObject real(double v);
    static PdfObject string(QByteArray bytes, bool hex = false);
    static PdfObject name(QByteArray name);
    static PdfObject array(PdfArray items = {});
    static PdfObject dict(PdfDict d);
    static PdfObject ref(PdfRef r);
    // A stream read from a file: its dictionary and where its raw data lies.
    static PdfObject stream(PdfDict d, qint64 dataOffset, qint64 dataLength);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInt() const { return m_type == Type::Int; }
    bool isNumber() const { return m_type == Type::Int || m_type == Type::Real; }
    bool isString() const { return m_type == Type::String; }
    bool isName() const { return m_type == Type::Name; }
    bool isName(QByteArrayView n) const { return m_type == Type::Name && m_bytes == n; }
    bool isArray() const { return m_type == Type::Array; }
    bool isDict() const { return m_type == Type::Dict; }
    bool isRef() const { return m_type == Type::Ref; }
    bool isStream() const { return m_type == Type::Stream; }
    bool hasDict() const { return m_type == Type::Dict || m_type == Type::Stream; }

    bool toBool() const { return m_type == Type::Bool && m_bool; }
    qint64 toInt(qint64 fallback = 0) const { return m_type == Type::Int ? m_int : fallback; }
    double toReal(double fallback = 0) const;
    const QByteArray &bytes() const { return m_bytes; } // string contents or name (without the slash)
    bool isHexString() const { return m_hex; }
    PdfRef toRef() const { return m_type == Type::Ref ? m_ref : PdfRef{}; }

    const PdfArray &items() const;
    PdfArray &editItems(); // detaches (named apart so a temporary never detaches by accident)
    const PdfDict &dictionary() const;
    PdfDict &editDictionary(); // detaches; for Dict and Stream

    qint64 streamOffset() const { return m_streamOffset; }
    qint64 streamLength() const { return m_streamLength; }

    // Where the object was read: first byte and one past its last byte.
    qint64 start() const { return m_start; }
    qint64 end() const { return m_end; }
    void setSpan(qint64 start, qint64 end)
    {
        m_start = start;
        m_end = end;
    }

    // PDF syntax of a direct object (for a stream: its dictionary only).
    QByteArray serialize() const;
    void serializeTo(QByteArray &out) const;
    // Same value, wherever it was read from (dictionary order ignored).
    bool sameAs(const PdfObject &other) const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    bool m_hex = false;
    qint64 m_int = 0;
    double m_real = 0;
    QByteArray m_bytes;
    PdfRef m_ref;
    std::shared_ptr<PdfArray> m_array;
    std::shared_ptr<PdfDict> m_dict;
    qint64 m_streamOffset = -1;
    qint64 m_streamLength = 0;
    qint64 m_start = -1;
    qint64 m_end = -1;
};

// A dictionary in the order it was read or built.
class PdfDict final {
public:
    const PdfObject *find(QByteArrayView key) const;
    PdfObject value(QByteArrayView key) const; // Null when absent
    bool contains(QByteArrayView key) const { return find(key) != nullptr; }
    void set(const QByteArray &key, PdfObject value);
    void remove(QByteArrayView key);
    qsizetype size() const { return qsizetype(m_entries.size()); }
    bool isEmpty() const { return m_entries.empty(); }
    const std::vector<std::pair<QByteArray, PdfObject>> &entries() const { return m_entries; }

private:
    std::vector<std::pair<QByteArray, PdfObject>> m_entries;
};

// Escaping helpers for writing.
QByteArray serializeName(QByteArrayView name);
QByteArray serializeLiteralString(QByteArrayView bytes);
QByteArray formatReal(double v);

} // namespace ab::report::pdf
