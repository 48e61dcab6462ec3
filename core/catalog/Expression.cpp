// Evaluation of catalog expressions and the public face of Expression; the
// parser is in ExpressionParser.cpp.
#include "core/catalog/ExpressionTree.h"

#include <QDate>

#include <cmath>

namespace ab::catalog {

using namespace expr;

namespace {
using Node = Expression::Node;
using NodePtr = std::shared_ptr<const Node>;
using Value = Expression::Value;

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
    auto root = expr::parseTree(text);
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
