#pragma once

#include <QByteArray>

namespace ab::report::pdf {

class PdfSource;

struct PdfToken {
    enum class Kind { End, Error, Int, Real, String, HexString, Name, Keyword, ArrayOpen, ArrayClose, DictOpen, DictClose };
    Kind kind = Kind::End;
    qint64 start = 0; // first byte of the token
    qint64 end = 0;   // one past its last byte
    qint64 intValue = 0;
    double realValue = 0;
    QByteArray bytes; // decoded string, name without slash, keyword, or what went wrong
    bool is(Kind k) const { return kind == k; }
    bool isKeyword(const char *k) const { return kind == Kind::Keyword && bytes == k; }
};

// PDF tokens (ISO 32000-1, 7.2-7.3) from any position of a source. Bounded:
// strings, names and numbers longer than any sane file needs are errors,
// never allocations the input chose.
class PdfLexer final {
public:
    static constexpr qint64 MaxStringBytes = 16 << 20;
    static constexpr int MaxNameBytes = 1024;
    static constexpr int MaxNumberChars = 64;

    PdfLexer(const PdfSource &source, qint64 pos) : m_src(source), m_pos(pos) {}

    PdfToken next();
    qint64 pos() const { return m_pos; }
    void seek(qint64 pos) { m_pos = pos; }
    // After the keyword "stream": skips its end of line; returns where the data begins.
    qint64 skipStreamEol();

    static bool isWhite(int c) { return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32; }
    static bool isDelimiter(int c)
    {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
    }

private:
    void skipWhiteAndComments();
    PdfToken literalString(qint64 start);
    PdfToken hexString(qint64 start);
    PdfToken nameToken(qint64 start);
    PdfToken numberOrKeyword(qint64 start);
    PdfToken error(qint64 start, const char *what);

    const PdfSource &m_src;
    qint64 m_pos;
};

} // namespace ab::report::pdf
