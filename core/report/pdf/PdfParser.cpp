#include "core/report/pdf/PdfParser.h"

namespace ab::report::pdf {

const PdfToken &PdfParser::peek(size_t ahead)
{
    while (m_ahead.size() <= ahead)
        m_ahead.push_back(m_lexer.next());
    return m_ahead[ahead];
}

PdfToken PdfParser::nextToken()
{
    if (!m_ahead.empty()) {
        PdfToken t = std::move(m_ahead.front());
        m_ahead.pop_front();
        return t;
    }
    return m_lexer.next();
}

qint64 PdfParser::pos() const
{
    return m_ahead.empty() ? m_lexer.pos() : m_ahead.front().start;
}

bool PdfParser::fail(const PdfToken &t, const char *what)
{
    if (m_error.isEmpty()) {
        m_error = QString::fromLatin1(t.kind == PdfToken::Kind::Error ? t.bytes.constData() : what);
        m_errorAt = t.start;
    }
    return false;
}

std::optional<PdfObject> PdfParser::parseObject()
{
    return parse(0);
}

std::optional<PdfObject> PdfParser::parse(int depth)
{
    if (depth > MaxDepth) {
        fail(peek(0), "objects nest too deeply");
        return std::nullopt;
    }
    PdfToken t = nextToken();
    PdfObject o;
    switch (t.kind) {
    case PdfToken::Kind::Int: {
        // "num gen R" is a reference; anything else leaves the integer alone.
        const PdfToken &g = peek(0);
        if (g.is(PdfToken::Kind::Int) && peek(1).isKeyword("R")) {
            const qint64 num = t.intValue;
            const qint64 gen = g.intValue;
            const qint64 end = peek(1).end;
            nextToken();
            nextToken();
            if (num < 0 || num > 0x7fffffff || gen < 0 || gen > 65535) {
                fail(t, "reference out of range");
                return std::nullopt;
            }
            o = PdfObject::ref(PdfRef{quint32(num), quint16(gen)});
            o.setSpan(t.start, end);
            return o;
        }
        o = PdfObject::integer(t.intValue);
        break;
    }
    case PdfToken::Kind::Real:
        o = PdfObject::real(t.realValue);
        break;
    case PdfToken::Kind::String:
        o = PdfObject::string(std::move(t.bytes));
        break;
    case PdfToken::Kind::HexString:
        o = PdfObject::string(std::move(t.bytes), true);
        break;
    case PdfToken::Kind::Name:
        o = PdfObject::name(std::move(t.bytes));
        break;
    case PdfToken::Kind::Keyword:
        if (t.bytes == "true" || t.bytes == "false") {
            o = PdfObject::boolean(t.bytes == "true");
        } else if (t.bytes == "null") {
            o = PdfObject();
        } else {
            fail(t, "unexpected keyword");
            return std::nullopt;
        }
        break;
    case PdfToken::Kind::ArrayOpen: {
        PdfArray items;
        for (;;) {
            const PdfToken &n = peek(0);
            if (n.is(PdfToken::Kind::ArrayClose)) {
                const qint64 end = n.end;
                nextToken();
                o = PdfObject::array(std::move(items));
                o.setSpan(t.start, end);
                return o;
            }
            if (n.is(PdfToken::Kind::End) || n.is(PdfToken::Kind::Error)) {
                fail(n, "unterminated array");
                return std::nullopt;
            }
            if (qsizetype(items.size()) >= MaxItems) {
                fail(n, "array too large");
                return std::nullopt;
            }
            auto item = parse(depth + 1);
            if (!item)
                return std::nullopt;
            items.push_back(std::move(*item));
        }
    }
    case PdfToken::Kind::DictOpen: {
        PdfDict d;
        for (;;) {
            PdfToken k = nextToken();
            if (k.is(PdfToken::Kind::DictClose)) {
                o = PdfObject::dict(std::move(d));
                o.setSpan(t.start, k.end);
                return o;
            }
            if (!k.is(PdfToken::Kind::Name)) {
                fail(k, k.is(PdfToken::Kind::End) ? "unterminated dictionary" : "dictionary key is not a name");
                return std::nullopt;
            }
            if (d.size() >= MaxItems) {
                fail(k, "dictionary too large");
                return std::nullopt;
            }
            if (peek(0).is(PdfToken::Kind::DictClose)) {
                fail(peek(0), "dictionary key without a value");
                return std::nullopt;
            }
            auto value = parse(depth + 1);
            if (!value)
                return std::nullopt;
            // A null value means the key is absent (ISO 32000-1, 7.3.7).
            if (!value->isNull())
                d.set(k.bytes, std::move(*value));
        }
    }
    default:
        fail(t, "unexpected token");
        return std::nullopt;
    }
    o.setSpan(t.start, t.end);
    return o;
}

std::optional<PdfParser::Indirect> PdfParser::parseIndirect()
{
    const PdfToken num = nextToken();
    const PdfToken gen = nextToken();
    const PdfToken obj = nextToken();
    if (!num.is(PdfToken::Kind::Int) || !gen.is(PdfToken::Kind::Int) || !obj.isKeyword("obj")) {
        fail(num.is(PdfToken::Kind::Int) ? obj : num, "no object here");
        return std::nullopt;
    }
    if (num.intValue < 0 || num.intValue > 0x7fffffff || gen.intValue < 0 || gen.intValue > 65535) {
        fail(num, "object number out of range");
        return std::nullopt;
    }
    Indirect in;
    in.ref = PdfRef{quint32(num.intValue), quint16(gen.intValue)};
    auto value = parse(0);
    if (!value)
        return std::nullopt;
    in.object = std::move(*value);
    const PdfToken after = peek(0); // a copy: nextToken() below drops the looked-ahead one
    if (after.isKeyword("stream")) {
        if (!in.object.isDict()) {
            fail(after, "stream without a dictionary");
            return std::nullopt;
        }
        const qint64 start = in.object.start();
        nextToken();
        m_ahead.clear();
        m_lexer.seek(after.end);
        in.streamStart = m_lexer.skipStreamEol();
        in.object = PdfObject::stream(in.object.dictionary(), in.streamStart, 0);
        in.object.setSpan(start, in.streamStart);
    }
    // A missing endobj is tolerated: many writers are sloppy, and the value is complete.
    return in;
}

} // namespace ab::report::pdf
