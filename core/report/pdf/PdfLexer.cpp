#include "core/report/pdf/PdfLexer.h"

#include "core/report/pdf/PdfSource.h"

#include <cmath>
#include <cstdlib>

namespace ab::report::pdf {

namespace {
int hexValue(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

PdfToken PdfLexer::error(qint64 start, const char *what)
{
    PdfToken t;
    t.kind = PdfToken::Kind::Error;
    t.start = start;
    t.end = m_pos;
    t.bytes = what;
    return t;
}

void PdfLexer::skipWhiteAndComments()
{
    for (;;) {
        const int c = m_src.at(m_pos);
        if (c < 0)
            return;
        if (isWhite(c)) {
            ++m_pos;
        } else if (c == '%') {
            while (m_src.at(m_pos) >= 0 && m_src.at(m_pos) != '\n' && m_src.at(m_pos) != '\r')
                ++m_pos;
        } else {
            return;
        }
    }
}

PdfToken PdfLexer::next()
{
    skipWhiteAndComments();
    const qint64 start = m_pos;
    const int c = m_src.at(m_pos);
    PdfToken t;
    t.start = start;
    if (c < 0) {
        t.kind = m_src.readFailed() ? PdfToken::Kind::Error : PdfToken::Kind::End;
        t.bytes = "end of file";
        t.end = start;
        return t;
    }
    switch (c) {
    case '(':
        ++m_pos;
        return literalString(start);
    case '<':
        if (m_src.at(m_pos + 1) == '<') {
            m_pos += 2;
            t.kind = PdfToken::Kind::DictOpen;
            t.end = m_pos;
            return t;
        }
        ++m_pos;
        return hexString(start);
    case '>':
        if (m_src.at(m_pos + 1) == '>') {
            m_pos += 2;
            t.kind = PdfToken::Kind::DictClose;
            t.end = m_pos;
            return t;
        }
        ++m_pos;
        return error(start, "stray >");
    case '[':
        ++m_pos;
        t.kind = PdfToken::Kind::ArrayOpen;
        t.end = m_pos;
        return t;
    case ']':
        ++m_pos;
        t.kind = PdfToken::Kind::ArrayClose;
        t.end = m_pos;
        return t;
    case '/':
        ++m_pos;
        return nameToken(start);
    case ')':
    case '{':
    case '}':
        ++m_pos;
        return error(start, "unexpected delimiter");
    default:
        return numberOrKeyword(start);
    }
}

PdfToken PdfLexer::literalString(qint64 start)
{
    QByteArray out;
    int depth = 1;
    for (;;) {
        int c = m_src.at(m_pos++);
        if (c < 0)
            return error(start, "unterminated string");
        if (out.size() >= MaxStringBytes)
            return error(start, "string too long");
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0)
                break;
        } else if (c == '\\') {
            c = m_src.at(m_pos++);
            switch (c) {
            case 'n':
                out.append('\n');
                continue;
            case 'r':
                out.append('\r');
                continue;
            case 't':
                out.append('\t');
                continue;
            case 'b':
                out.append('\b');
                continue;
            case 'f':
                out.append('\f');
                continue;
            case '\r':
                if (m_src.at(m_pos) == '\n')
                    ++m_pos;
                continue; // line continuation
            case '\n':
                continue;
            case -1:
                return error(start, "unterminated string");
            default:
                if (c >= '0' && c <= '7') {
                    int v = c - '0';
                    for (int i = 0; i < 2 && m_src.at(m_pos) >= '0' && m_src.at(m_pos) <= '7'; ++i)
                        v = v * 8 + (m_src.at(m_pos++) - '0');
                    out.append(char(v & 0xff));
                } else {
                    out.append(char(c)); // \( \) \\ and unknown escapes stand for themselves
                }
                continue;
            }
        } else if (c == '\r') {
            // An end of line inside a string reads as a single LF.
            if (m_src.at(m_pos) == '\n')
                ++m_pos;
            out.append('\n');
            continue;
        }
        out.append(char(c));
    }
    PdfToken t;
    t.kind = PdfToken::Kind::String;
    t.start = start;
    t.end = m_pos;
    t.bytes = std::move(out);
    return t;
}

PdfToken PdfLexer::hexString(qint64 start)
{
    QByteArray out;
    int pending = -1;
    for (;;) {
        const int c = m_src.at(m_pos++);
        if (c < 0)
            return error(start, "unterminated hex string");
        if (c == '>')
            break;
        if (isWhite(c))
            continue;
        const int v = hexValue(c);
        if (v < 0)
            return error(start, "bad hex string");
        if (pending < 0) {
            pending = v;
        } else {
            out.append(char(pending * 16 + v));
            pending = -1;
            if (out.size() > MaxStringBytes)
                return error(start, "string too long");
        }
    }
    if (pending >= 0)
        out.append(char(pending * 16)); // an odd final digit is followed by 0
    PdfToken t;
    t.kind = PdfToken::Kind::HexString;
    t.start = start;
    t.end = m_pos;
    t.bytes = std::move(out);
    return t;
}

PdfToken PdfLexer::nameToken(qint64 start)
{
    QByteArray out;
    for (;;) {
        const int c = m_src.at(m_pos);
        if (c < 0 || isWhite(c) || isDelimiter(c))
            break;
        ++m_pos;
        if (c == '#' && hexValue(m_src.at(m_pos)) >= 0 && hexValue(m_src.at(m_pos + 1)) >= 0) {
            out.append(char(hexValue(m_src.at(m_pos)) * 16 + hexValue(m_src.at(m_pos + 1))));
            m_pos += 2;
        } else {
            out.append(char(c));
        }
        if (out.size() > MaxNameBytes)
            return error(start, "name too long");
    }
    PdfToken t;
    t.kind = PdfToken::Kind::Name;
    t.start = start;
    t.end = m_pos;
    t.bytes = std::move(out);
    return t;
}

PdfToken PdfLexer::numberOrKeyword(qint64 start)
{
    QByteArray word;
    for (;;) {
        const int c = m_src.at(m_pos);
        if (c < 0 || isWhite(c) || isDelimiter(c))
            break;
        ++m_pos;
        word.append(char(c));
        if (word.size() > MaxNameBytes)
            return error(start, "token too long");
    }
    PdfToken t;
    t.start = start;
    t.end = m_pos;
    const char first = word.at(0);
    const bool numeric = (first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.';
    if (!numeric) {
        t.kind = PdfToken::Kind::Keyword;
        t.bytes = std::move(word);
        return t;
    }
    if (word.size() > MaxNumberChars)
        return error(start, "number too long");
    bool dot = false;
    int digits = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char ch = word.at(i);
        if (ch >= '0' && ch <= '9') {
            ++digits;
        } else if (ch == '.' && !dot) {
            dot = true;
        } else if ((ch == '+' || ch == '-') && i == 0) {
        } else {
            return error(start, "malformed number");
        }
    }
    if (digits == 0)
        return error(start, "malformed number");
    if (!dot) {
        bool ok = false;
        t.intValue = word.toLongLong(&ok);
        if (!ok)
            return error(start, "number out of range");
        t.kind = PdfToken::Kind::Int;
        return t;
    }
    t.realValue = std::strtod(word.constData(), nullptr);
    if (!std::isfinite(t.realValue))
        return error(start, "number out of range");
    t.kind = PdfToken::Kind::Real;
    return t;
}

qint64 PdfLexer::skipStreamEol()
{
    // "stream" is followed by CRLF or LF (a lone CR is tolerated).
    if (m_src.at(m_pos) == '\r')
        ++m_pos;
    if (m_src.at(m_pos) == '\n')
        ++m_pos;
    return m_pos;
}

} // namespace ab::report::pdf
