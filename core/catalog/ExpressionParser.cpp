// The tokenizer and the precedence-climbing parser of catalog expressions.
#include "core/catalog/ExpressionTree.h"

#include <cmath>

namespace ab::catalog::expr {

namespace {
using Node = Expression::Node;
using NodePtr = std::shared_ptr<const Node>;
using Value = Expression::Value;

// ---- Tokenizer --------------------------------------------------------------

struct Token {
    enum class Kind { End, Number, String, Ident, Op, LParen, RParen, Comma };
    Kind kind = Kind::End;
    qsizetype column = 1;
    QString text; // identifier, string contents, or operator spelling
    double number = 0;
};

bool isIdentStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

Result<std::vector<Token>> tokenize(const QString &s)
{
    std::vector<Token> out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        const qsizetype column = i + 1;
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.column = column;
        if (isDigit(c)) {
            qsizetype j = i;
            while (j < n && isDigit(s.at(j)))
                ++j;
            if (j < n && s.at(j) == QLatin1Char('.')) {
                ++j;
                if (j >= n || !isDigit(s.at(j)))
                    return errorAt(j + 1, Tr::tr("a number needs digits after '.'"));
                while (j < n && isDigit(s.at(j)))
                    ++j;
            }
            // The C locale, always: a catalog means the same in every language.
            bool ok = false;
            t.number = QStringView(s).mid(i, j - i).toDouble(&ok);
            if (!ok || !std::isfinite(t.number))
                return errorAt(column, Tr::tr("the number is too large"));
            t.kind = Token::Kind::Number;
            i = j;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                const QChar d = s.at(j);
                if (d == c) {
                    closed = true;
                    ++j;
                    break;
                }
                if (d == QLatin1Char('\\')) {
                    const QChar e = j + 1 < n ? s.at(j + 1) : QChar();
                    if (e != QLatin1Char('\\') && e != QLatin1Char('\'') && e != QLatin1Char('"'))
                        return errorAt(j + 1, Tr::tr("only \\\\, \\' and \\\" may follow a backslash in a string"));
                    t.text += e;
                    j += 2;
                    continue;
                }
                t.text += d;
                ++j;
            }
            if (!closed)
                return errorAt(column, Tr::tr("the string is not closed (missing %1)").arg(c));
            t.kind = Token::Kind::String;
            i = j;
        } else if (isIdentStart(c)) {
            qsizetype j = i + 1;
            while (j < n && (isIdentStart(s.at(j)) || isDigit(s.at(j))))
                ++j;
            t.kind = Token::Kind::Ident;
            t.text = s.mid(i, j - i);
            i = j;
        } else {
            const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
            const QString two = QString(c) + next;
            static const QStringList twoChar = {QStringLiteral("||"), QStringLiteral("&&"), QStringLiteral("=="),
                                                QStringLiteral("!="), QStringLiteral("<="), QStringLiteral(">=")};
            if (twoChar.contains(two)) {
                t.kind = Token::Kind::Op;
                t.text = two;
                i += 2;
            } else if (QStringLiteral("!<>+-*/").contains(c)) {
                t.kind = Token::Kind::Op;
                t.text = c;
                ++i;
            } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')) {
                t.kind = c == QLatin1Char('(') ? Token::Kind::LParen : c == QLatin1Char(')') ? Token::Kind::RParen : Token::Kind::Comma;
                t.text = c;
                ++i;
            } else if (c == QLatin1Char('&') || c == QLatin1Char('|') || c == QLatin1Char('=')) {
                // The likeliest slip of someone used to other languages: say what was meant.
                return errorAt(column, Tr::tr("unexpected character '%1' (did you mean '%1%1'?)").arg(c));
            } else {
                return errorAt(column, Tr::tr("unexpected character '%1'").arg(c));
            }
        }
        out.push_back(std::move(t));
    }
    Token end;
    end.column = n + 1;
    out.push_back(end);
    return out;
}

QString describe(const Token &t)
{
    switch (t.kind) {
    case Token::Kind::End:
        return Tr::tr("the end of the expression");
    case Token::Kind::Number:
        return Tr::tr("the number %1").arg(t.number);
    case Token::Kind::String:
        return Tr::tr("the string '%1'").arg(t.text);
    case Token::Kind::Ident:
        return Tr::tr("the name '%1'").arg(t.text);
    default:
        return QLatin1Char('\'') + t.text + QLatin1Char('\'');
    }
}

// ---- Parser: precedence climbing over binary operators ----------------------

std::optional<OpInfo> binaryOp(const Token &t)
{
    if (t.kind != Token::Kind::Op)
        return std::nullopt;
    for (const OpInfo &o : Ops)
        if (o.precedence > 0 && t.text == QLatin1String(o.spelling))
            return o;
    return std::nullopt;
}

class Parser
{
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result<NodePtr> parseAll()
    {
        auto root = parseBinary(1, 0);
        if (!root)
            return root;
        if (peek().kind != Token::Kind::End)
            return errorAt(peek().column, Tr::tr("expected an operator or the end, found %1").arg(describe(peek())));
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &take() { return m_tokens[m_pos++]; }

    Result<NodePtr> parseBinary(int minPrecedence, int depth)
    {
        auto lhs = parseUnary(depth);
        if (!lhs)
            return lhs;
        NodePtr left = lhs.value();
        // Left associativity: an operator of the same precedence ends the
        // right operand, so the loop folds a - b - c into (a - b) - c.
        while (const auto bin = binaryOp(peek())) {
            if (bin->precedence < minPrecedence)
                break;
            const qsizetype column = take().column;
            auto rhs = parseBinary(bin->precedence + 1, depth);
            if (!rhs)
                return rhs;
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Binary;
            node->column = column;
            node->op = bin->op;
            node->children = {left, rhs.value()};
            left = std::move(node);
        }
        return left;
    }

    Result<NodePtr> parseUnary(int depth)
    {
        const Token &t = peek();
        if (depth > MaxDepth)
            return errorAt(t.column, Tr::tr("the expression nests deeper than %1 levels").arg(MaxDepth));
        if (t.kind == Token::Kind::Op && (t.text == QLatin1String("!") || t.text == QLatin1String("-"))) {
            const qsizetype column = t.column;
            const Op op = t.text == QLatin1String("!") ? Op::Not : Op::Neg;
            take();
            auto operand = parseUnary(depth + 1);
            if (!operand)
                return operand;
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Unary;
            node->column = column;
            node->op = op;
            node->children = {operand.value()};
            return NodePtr(std::move(node));
        }
        return parsePrimary(depth);
    }

    Result<NodePtr> parsePrimary(int depth)
    {
        const Token t = take();
        auto node = std::make_shared<Node>();
        node->column = t.column;
        switch (t.kind) {
        case Token::Kind::Number:
            node->literal = t.number;
            return NodePtr(std::move(node));
        case Token::Kind::String:
            node->literal = t.text;
            return NodePtr(std::move(node));
        case Token::Kind::LParen: {
            auto inner = parseBinary(1, depth + 1);
            if (!inner)
                return inner;
            if (peek().kind != Token::Kind::RParen)
                return errorAt(peek().column,
                               Tr::tr("expected ')' to close the '(' at column %1, found %2").arg(t.column).arg(describe(peek())));
            take();
            return inner;
        }
        case Token::Kind::Ident:
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
                node->literal = t.text == QLatin1String("true");
                return NodePtr(std::move(node));
            }
            if (t.text == QLatin1String("null"))
                return NodePtr(std::move(node));
            if (peek().kind == Token::Kind::LParen)
                return parseCall(t, depth);
            if (functionNamed(t.text))
                return errorAt(t.column, Tr::tr("%1 is a function: write %1(...)").arg(t.text));
            node->kind = Node::Kind::Name;
            node->name = t.text;
            return NodePtr(std::move(node));
        default:
            --m_pos; // leave the token where the message says it is
            return errorAt(t.column, Tr::tr("expected a value, found %1").arg(describe(t)));
        }
    }

    Result<NodePtr> parseCall(const Token &nameToken, int depth)
    {
        const FunctionInfo *function = functionNamed(nameToken.text);
        if (!function)
            return errorAt(nameToken.column,
                           Tr::tr("unknown function '%1' (known: answer, answered, contains, count)").arg(nameToken.text));
        take(); // '('
        std::vector<NodePtr> args;
        std::vector<qsizetype> argColumns;
        if (peek().kind != Token::Kind::RParen) {
            for (;;) {
                argColumns.push_back(peek().column);
                auto arg = parseBinary(1, depth + 1);
                if (!arg)
                    return arg;
                args.push_back(arg.value());
                if (peek().kind != Token::Kind::Comma)
                    break;
                take();
            }
        }
        if (peek().kind != Token::Kind::RParen)
            return errorAt(peek().column,
                           Tr::tr("expected ',' or ')' in the call of %1(), found %2").arg(nameToken.text, describe(peek())));
        take();
        const int wanted = function->arity;
        if (int(args.size()) != wanted)
            return errorAt(nameToken.column,
                           (wanted == 1 ? Tr::tr("%1() takes 1 argument, got %2") : Tr::tr("%1() takes 2 arguments, got %2"))
                               .arg(nameToken.text)
                               .arg(args.size()));
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Call;
        node->column = nameToken.column;
        node->function = function->function;
        if (function->function == Function::Answer || function->function == Function::Answered) {
            // The id must be known without evaluating anything, so a catalog's
            // dangling references and relevant_if cycles are found at load time.
            const Node &arg = *args.front();
            if (arg.kind != Node::Kind::Literal || arg.literal.typeId() != QMetaType::QString)
                return errorAt(argColumns.front(), Tr::tr("%1() needs a quoted item id, such as %1('INT-01')").arg(nameToken.text));
            if (arg.literal.toString().isEmpty())
                return errorAt(argColumns.front(), Tr::tr("%1() needs a non-empty item id").arg(nameToken.text));
            node->name = arg.literal.toString();
        } else {
            node->children = std::move(args);
        }
        return NodePtr(std::move(node));
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
};
} // namespace

Result<std::shared_ptr<const Expression::Node>> parseTree(const QString &text)
{
    if (text.size() > MaxLength)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The expression is %1 characters long; at most %2 are allowed.").arg(text.size()).arg(MaxLength));
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, Tr::tr("The expression is empty."));
    auto tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    return Parser(std::move(tokens).value()).parseAll();
}

} // namespace ab::catalog::expr
