#include "core/catalog/Expression.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>
#include <vector>

namespace ab::catalog
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::catalog::Expression)
};

// Catalogs come from outside; these bounds keep a hostile one from exhausting
// the stack or the parser's time. Parentheses, unary operators and function
// arguments each add a level; a flat chain such as 1+1+...+1 nests nothing, and
// the length bound alone caps how deep its tree can get (about 1,000 nodes).
constexpr qsizetype MaxLength = 2000;
constexpr int MaxDepth = 64;

enum class Op { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, Not, Neg };
enum class Function { Answer, Answered, Contains, Count };

// Binary operators carry their precedence (higher binds tighter); the unary
// ones, with none, bind tighter than all of them.
struct OpInfo {
    Op op;
    const char *spelling;
    int precedence;
};
constexpr OpInfo Ops[] = {{Op::Or, "||", 1}, {Op::And, "&&", 2}, {Op::Eq, "==", 3}, {Op::Ne, "!=", 3}, {Op::Lt, "<", 4},
                          {Op::Le, "<=", 4}, {Op::Gt, ">", 4},   {Op::Ge, ">=", 4}, {Op::Add, "+", 5}, {Op::Sub, "-", 5},
                          {Op::Mul, "*", 6}, {Op::Div, "/", 6},  {Op::Not, "!", 0}, {Op::Neg, "-", 0}};

QString opText(Op op)
{
    for (const OpInfo &o : Ops)
        if (o.op == op)
            return QLatin1String(o.spelling);
    return QString();
}

struct FunctionInfo {
    Function function;
    const char *name;
    int arity;
};
constexpr FunctionInfo Functions[] = {{Function::Answer, "answer", 1},
                                      {Function::Answered, "answered", 1},
                                      {Function::Contains, "contains", 2},
                                      {Function::Count, "count", 1}};

const FunctionInfo *functionNamed(const QString &name)
{
    for (const FunctionInfo &f : Functions)
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

QString functionName(Function function)
{
    for (const FunctionInfo &f : Functions)
        if (f.function == function)
            return QLatin1String(f.name);
    return QString();
}

Error errorAt(qsizetype column, const QString &what)
{
    return makeError(ErrorCode::BadInput, Tr::tr("column %1: %2").arg(column).arg(what));
}
} // namespace

struct Expression::Node {
    enum class Kind { Literal, Name, Call, Unary, Binary };
    Kind kind = Kind::Literal;
    qsizetype column = 1; // where the literal, name, function or operator starts
    Value literal;        // Literal
    QString name;         // Name; the item id of answer()/answered()
    Op op = Op::Or;       // Unary, Binary
    Function function = Function::Answer;
    std::vector<std::shared_ptr<const Node>> children;
};

namespace
{
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

// ---- Evaluation --------------------------------------------------------------

enum class Type { Null, Bool, Number, String, List, Other };

Type typeOf(const Value &v)
{
    if (!v.isValid())
        return Type::Null;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return Type::Bool;
    case QMetaType::Double:
        return Type::Number;
    case QMetaType::QString:
        return Type::String;
    case QMetaType::QStringList:
        return Type::List;
    default:
        return Type::Other;
    }
}

QString typeName(const Value &v)
{
    static const QStringList names = {Tr::tr("null"), Tr::tr("bool"), Tr::tr("number"), Tr::tr("string"), Tr::tr("list")};
    const Type t = typeOf(v);
    return t == Type::Other ? QString::fromLatin1(v.typeName()) : names.at(int(t));
}

// The inspection hands over whatever it stores; bring it to the five kinds of
// value the language knows so the operators only ever see those.
std::optional<Value> normalize(const Value &v)
{
    static const QList<int> numeric = {QMetaType::Int,       QMetaType::UInt,  QMetaType::Long,   QMetaType::ULong, QMetaType::LongLong,
                                       QMetaType::ULongLong, QMetaType::Short, QMetaType::UShort, QMetaType::Float};
    const int id = v.typeId();
    if (!v.isValid() || id == QMetaType::Nullptr)
        return Value();
    if (typeOf(v) != Type::Other)
        return v;
    if (numeric.contains(id))
        return Value(v.toDouble());
    if (id == QMetaType::QDate)
        return Value(v.toDate().toString(Qt::ISODate));
    if (id != QMetaType::QVariantList)
        return std::nullopt;
    QStringList list;
    for (const QVariant &e : v.toList()) {
        if (e.typeId() != QMetaType::QString)
            return std::nullopt;
        list.append(e.toString());
    }
    return Value(list);
}

// null counts as false for && || ! and test(); nullopt = not a bool at all.
std::optional<bool> truth(const Value &v)
{
    switch (typeOf(v)) {
    case Type::Null:
        return false;
    case Type::Bool:
        return v.toBool();
    default:
        return std::nullopt;
    }
}

bool equal(const Value &a, const Value &b)
{
    const Type ta = typeOf(a);
    if (ta != typeOf(b))
        return false;
    switch (ta) {
    case Type::Null:
        return true;
    case Type::Bool:
        return a.toBool() == b.toBool();
    case Type::Number:
        return a.toDouble() == b.toDouble();
    case Type::String:
        return a.toString() == b.toString();
    case Type::List:
        return a.toStringList() == b.toStringList();
    case Type::Other:
        break;
    }
    return false;
}

class Evaluator
{
public:
    explicit Evaluator(const Expression::Context &context) : m_context(context) {}

    Result<Value> eval(const Node &node) const
    {
        switch (node.kind) {
        case Node::Kind::Literal:
            return node.literal;
        case Node::Kind::Name:
            return name(node);
        case Node::Kind::Call:
            return call(node);
        case Node::Kind::Unary:
            return unary(node);
        case Node::Kind::Binary:
            return binary(node);
        }
        return Value();
    }

private:
    Result<Value> name(const Node &node) const
    {
        const std::optional<Value> raw = m_context.variable ? m_context.variable(node.name) : std::nullopt;
        if (!raw)
            return errorAt(node.column, Tr::tr("unknown name '%1'").arg(node.name));
        const auto v = normalize(*raw);
        if (!v)
            return errorAt(node.column, Tr::tr("the name '%1' has a value of unsupported type %2").arg(node.name, typeName(*raw)));
        return *v;
    }

    Result<Value> call(const Node &node) const
    {
        const QString fn = functionName(node.function);
        switch (node.function) {
        case Function::Answered:
            // No answer source means nothing has been answered yet.
            return Value(m_context.answered ? m_context.answered(node.name) : false);
        case Function::Answer: {
            const Value raw = m_context.answer ? m_context.answer(node.name) : Value();
            const auto v = normalize(raw);
            if (!v)
                return errorAt(node.column, Tr::tr("the answer to '%1' has a value of unsupported type %2").arg(node.name, typeName(raw)));
            return *v;
        }
        case Function::Count: {
            auto list = eval(*node.children[0]);
            if (!list)
                return list;
            if (typeOf(*list) == Type::Null)
                return Value(0.0);
            if (typeOf(*list) != Type::List)
                return errorAt(node.column, Tr::tr("%1() needs a list, got %2").arg(fn, typeName(*list)));
            return Value(double(list->toStringList().size()));
        }
        case Function::Contains: {
            auto list = eval(*node.children[0]);
            if (!list)
                return list;
            auto item = eval(*node.children[1]);
            if (!item)
                return item;
            const Type tl = typeOf(*list), ti = typeOf(*item);
            if ((tl != Type::List && tl != Type::Null) || (ti != Type::String && ti != Type::Null))
                return errorAt(node.column,
                               Tr::tr("%1() needs a list and a string, got %2 and %3").arg(fn, typeName(*list), typeName(*item)));
            // An unanswered multiple choice contains nothing, and nothing is in a list of strings.
            if (tl == Type::Null || ti == Type::Null)
                return Value(false);
            return Value(list->toStringList().contains(item->toString()));
        }
        }
        return Value();
    }

    Result<Value> unary(const Node &node) const
    {
        auto v = eval(*node.children[0]);
        if (!v)
            return v;
        if (node.op == Op::Not) {
            const auto b = truth(*v);
            if (!b)
                return errorAt(node.column, Tr::tr("'!' needs a bool, got %1").arg(typeName(*v)));
            return Value(!*b);
        }
        if (typeOf(*v) != Type::Number)
            return errorAt(node.column, Tr::tr("'-' needs a number, got %1").arg(typeName(*v)));
        return Value(-v->toDouble());
    }

    Result<Value> logical(const Node &node) const
    {
        // Short-circuit, so answered('X') && answer('X') > 3 never compares null.
        auto lhs = eval(*node.children[0]);
        if (!lhs)
            return lhs;
        const auto l = truth(*lhs);
        if (!l)
            return errorAt(node.column, Tr::tr("'%1' needs two bools, got %2 on the left").arg(opText(node.op), typeName(*lhs)));
        if (node.op == Op::And ? !*l : *l)
            return Value(*l);
        auto rhs = eval(*node.children[1]);
        if (!rhs)
            return rhs;
        const auto r = truth(*rhs);
        if (!r)
            return errorAt(node.column, Tr::tr("'%1' needs two bools, got %2 on the right").arg(opText(node.op), typeName(*rhs)));
        return Value(*r);
    }

    Result<Value> binary(const Node &node) const
    {
        if (node.op == Op::And || node.op == Op::Or)
            return logical(node);
        auto lhs = eval(*node.children[0]);
        if (!lhs)
            return lhs;
        auto rhs = eval(*node.children[1]);
        if (!rhs)
            return rhs;
        const Value &a = *lhs, &b = *rhs;
        const Type ta = typeOf(a), tb = typeOf(b);
        const bool numbers = ta == Type::Number && tb == Type::Number;
        const bool strings = ta == Type::String && tb == Type::String;
        const auto typeError = [&](const QString &needs) {
            return errorAt(node.column, Tr::tr("'%1' needs %2, got %3 and %4").arg(opText(node.op), needs, typeName(a), typeName(b)));
        };
        switch (node.op) {
        case Op::Eq:
            return Value(equal(a, b));
        case Op::Ne:
            return Value(!equal(a, b));
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge: {
            if (!numbers && !strings)
                return typeError(Tr::tr("two numbers or two strings"));
            // Strings compare by code unit, which orders ISO dates by time.
            const int c = numbers ? (a.toDouble() < b.toDouble()   ? -1
                                     : a.toDouble() > b.toDouble() ? 1
                                                                   : 0)
                                  : a.toString().compare(b.toString(), Qt::CaseSensitive);
            const bool r = node.op == Op::Lt ? c < 0 : node.op == Op::Le ? c <= 0 : node.op == Op::Gt ? c > 0 : c >= 0;
            return Value(r);
        }
        case Op::Add:
            if (strings)
                return Value(a.toString() + b.toString());
            if (!numbers)
                return typeError(Tr::tr("two numbers or two strings"));
            return arithmetic(node, a.toDouble() + b.toDouble());
        case Op::Sub:
        case Op::Mul:
        case Op::Div: {
            if (!numbers)
                return typeError(Tr::tr("two numbers"));
            const double x = a.toDouble(), y = b.toDouble();
            if (node.op == Op::Div && y == 0)
                return errorAt(node.column, Tr::tr("division by zero"));
            return arithmetic(node, node.op == Op::Sub ? x - y : node.op == Op::Mul ? x * y : x / y);
        }
        default:
            break;
        }
        return Value();
    }

    // Infinities and NaN are not values of the language; stop before one leaks out.
    static Result<Value> arithmetic(const Node &node, double r)
    {
        if (!std::isfinite(r))
            return errorAt(node.column, Tr::tr("the result of '%1' is too large").arg(opText(node.op)));
        return Value(r);
    }

    const Expression::Context &m_context;
};

void collect(const Node &node, QStringList &items, QStringList &names)
{
    if (node.kind == Node::Kind::Call && (node.function == Function::Answer || node.function == Function::Answered)) {
        if (!items.contains(node.name))
            items.append(node.name);
    } else if (node.kind == Node::Kind::Name && !names.contains(node.name)) {
        names.append(node.name);
    }
    for (const auto &child : node.children)
        collect(*child, items, names);
}
} // namespace

Result<Expression> Expression::parse(const QString &text)
{
    if (text.size() > MaxLength)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The expression is %1 characters long; at most %2 are allowed.").arg(text.size()).arg(MaxLength));
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, Tr::tr("The expression is empty."));
    auto tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    auto root = Parser(std::move(tokens).value()).parseAll();
    if (!root)
        return root.error();
    Expression e;
    e.m_text = text;
    e.m_root = std::move(root).value();
    return e;
}

Result<Expression::Value> Expression::evaluate(const Context &context) const
{
    if (!m_root)
        return makeError(ErrorCode::Usage, Tr::tr("The expression was never parsed."));
    return Evaluator(context).eval(*m_root);
}

Result<bool> Expression::test(const Context &context) const
{
    auto v = evaluate(context);
    if (!v)
        return v.error();
    const auto b = truth(*v);
    if (!b)
        return makeError(ErrorCode::BadInput, Tr::tr("The expression gives a %1 where true or false is needed.").arg(typeName(*v)));
    return *b;
}

QStringList Expression::referencedItems() const
{
    QStringList items, names;
    if (m_root)
        collect(*m_root, items, names);
    return items;
}

QStringList Expression::referencedNames() const
{
    QStringList items, names;
    if (m_root)
        collect(*m_root, items, names);
    return names;
}

} // namespace ab::catalog
