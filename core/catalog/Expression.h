#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <memory>

namespace ab::catalog {

// The small expression language of catalogs: applicability ("applies") and
// skip logic ("relevant_if") are data, evaluated here, never code.
//
//   literals     12  3.5  'text'  "text"  true  false  null
//   names        max_level  min_level  system_count  regime
//   functions    answer('INT-01')    the item's answer value, or null if unanswered
//                answered('INT-01')  true once the item has an answer
//                contains(LIST, X)   membership in a multiple-choice answer
//                count(LIST)         number of elements (0 for null)
//   operators    ||  &&  !  ==  !=  <  <=  >  >=  +  -  *  /  ( )
//   precedence   lowest || then && then == != then < <= > >= then + - then * / then unary ! -
//
// Values are null, bool, number (double), string, or list of strings.
// == and != compare any two values (null == null is true; different types are
// unequal); < <= > >= need two numbers or two strings (ISO dates compare as
// strings); + - * / need numbers (+ also joins two strings); && || ! need
// bools, where null counts as false. Anything else is a type error naming the
// operator and the offending position. Division by zero is an error.
class Expression final {
public:
    using Value = QVariant; // invalid QVariant = null; bool; double; QString; QStringList

    // What an expression may ask of the inspection while it is evaluated.
    struct Context {
        std::function<std::optional<Value>(const QString &name)> variable; // nullopt = unknown name
        std::function<Value(const QString &itemId)> answer;                // null when unanswered
        std::function<bool(const QString &itemId)> answered;
    };

    // Parses; errors name the position (1-based column) and what was expected.
    static Result<Expression> parse(const QString &text);

    Result<Value> evaluate(const Context &context) const;
    // Convenience: evaluate and require a bool (null counts as false).
    Result<bool> test(const Context &context) const;

    // Item ids named in answer()/answered() calls, for dangling-reference
    // and cycle checks when a catalog is loaded.
    QStringList referencedItems() const;
    // Variable names used, to reject unknown names at load time.
    QStringList referencedNames() const;
    QString text() const { return m_text; }

    struct Node; // the parsed tree (defined in Expression.cpp)

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace ab::catalog
