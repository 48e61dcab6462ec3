#pragma once

// Private to core/catalog/Expression*.cpp: the operator and function tables,
// the tree both halves share, and the parser's entry point.
#include "core/catalog/Expression.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace ab::catalog {

namespace expr {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::catalog::Expression)
};

// Catalogs come from outside; these bounds keep a hostile one from exhausting
// the stack or the parser's time. Parentheses, unary operators and function
// arguments each add a level; a flat chain such as 1+1+...+1 nests nothing, and
// the length bound alone caps how deep its tree can get (about 1,000 nodes).
inline constexpr qsizetype MaxLength = 2000;
inline constexpr int MaxDepth = 64;

enum class Op { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, Not, Neg };
enum class Function { Answer, Answered, Contains, Count };

// Binary operators carry their precedence (higher binds tighter); the unary
// ones, with none, bind tighter than all of them.
struct OpInfo {
    Op op;
    const char *spelling;
    int precedence;
};
inline constexpr OpInfo Ops[] = {{Op::Or, "||", 1}, {Op::And, "&&", 2}, {Op::Eq, "==", 3}, {Op::Ne, "!=", 3}, {Op::Lt, "<", 4},
                          {Op::Le, "<=", 4}, {Op::Gt, ">", 4},   {Op::Ge, ">=", 4}, {Op::Add, "+", 5}, {Op::Sub, "-", 5},
                          {Op::Mul, "*", 6}, {Op::Div, "/", 6},  {Op::Not, "!", 0}, {Op::Neg, "-", 0}};

inline QString opText(Op op)
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
inline constexpr FunctionInfo Functions[] = {{Function::Answer, "answer", 1},
                                      {Function::Answered, "answered", 1},
                                      {Function::Contains, "contains", 2},
                                      {Function::Count, "count", 1}};

inline const FunctionInfo *functionNamed(const QString &name)
{
    for (const FunctionInfo &f : Functions)
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

inline QString functionName(Function function)
{
    for (const FunctionInfo &f : Functions)
        if (f.function == function)
            return QLatin1String(f.name);
    return QString();
}

inline Error errorAt(qsizetype column, const QString &what)
{
    return makeError(ErrorCode::BadInput, Tr::tr("column %1: %2").arg(column).arg(what));
}
} // namespace expr

struct Expression::Node {
    enum class Kind { Literal, Name, Call, Unary, Binary };
    Kind kind = Kind::Literal;
    qsizetype column = 1; // where the literal, name, function or operator starts
    Value literal;        // Literal
    QString name;         // Name; the item id of answer()/answered()
    expr::Op op = expr::Op::Or;       // Unary, Binary
    expr::Function function = expr::Function::Answer;
    std::vector<std::shared_ptr<const Node>> children;
};

namespace expr {
// Tokenizes and parses, within the length and depth bounds (ExpressionParser.cpp).
Result<std::shared_ptr<const Expression::Node>> parseTree(const QString &text);
} // namespace expr

} // namespace ab::catalog
