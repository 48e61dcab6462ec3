#pragma once

#include "core/report/pdf/PdfLexer.h"
#include "core/report/pdf/PdfObject.h"

#include <QString>

#include <deque>
#include <optional>

namespace ab::report::pdf {

// Objects from tokens: direct objects with "num gen R" references, and
// indirect objects "num gen obj ... endobj" whose stream data position is
// reported for the document to bound. Nesting deeper than MaxDepth and
// containers larger than MaxItems are errors, so hostile input cannot
// exhaust the stack or memory.
class PdfParser final {
public:
    static constexpr int MaxDepth = 64;
    static constexpr qsizetype MaxItems = 1 << 20;

    PdfParser(const PdfSource &source, qint64 pos) : m_lexer(source, pos) {}

    struct Indirect {
        PdfRef ref;
        PdfObject object;
        qint64 streamStart = -1; // for a stream: first byte of its data
    };

    // One direct object; an empty optional with error() set on failure.
    std::optional<PdfObject> parseObject();
    std::optional<Indirect> parseIndirect();
    // The next token (after any looked-ahead ones).
    PdfToken nextToken();
    qint64 pos() const;
    const QString &error() const { return m_error; }
    qint64 errorAt() const { return m_errorAt; }

private:
    std::optional<PdfObject> parse(int depth);
    const PdfToken &peek(size_t ahead);
    bool fail(const PdfToken &t, const char *what);

    PdfLexer m_lexer;
    std::deque<PdfToken> m_ahead;
    QString m_error;
    qint64 m_errorAt = -1;
};

} // namespace ab::report::pdf
