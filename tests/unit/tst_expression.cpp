// Catalog expressions are data from outside: every operator, function and
// error path is pinned down here, including the bounds that keep a hostile
// catalog from exhausting the stack.
#include "core/catalog/Expression.h"

#include <QDate>
#include <QTest>

using ab::catalog::Expression;

namespace
{
QVariant num(double v)
{
    return QVariant(v);
}
QVariant str(const char *s)
{
    return QVariant(QString::fromUtf8(s));
}
QVariant boolean(bool b)
{
    return QVariant(b);
}
QVariant null()
{
    return QVariant();
}
QStringList list(const char *csv)
{
    return QString::fromUtf8(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}
QString repeated(const char *piece, int times)
{
    return QString::fromUtf8(piece).repeated(times);
}

// A small inspection: variables of the kinds the catalog loader hands over
// (ints, lists as QVariantList, dates as QDate) and a few answered items.
Expression::Context context()
{
    Expression::Context c;
    c.variable = [](const QString &name) -> std::optional<QVariant> {
        if (name == QLatin1String("max_level"))
            return QVariant(3);
        if (name == QLatin1String("min_level"))
            return QVariant(1);
        if (name == QLatin1String("system_count"))
            return QVariant(qlonglong(4));
        if (name == QLatin1String("regime"))
            return QVariant(QStringLiteral("nis2"));
        if (name == QLatin1String("flags"))
            return QVariant(QVariantList{QStringLiteral("a"), QStringLiteral("b")});
        if (name == QLatin1String("audit_date"))
            return QVariant(QDate(2024, 3, 15));
        if (name == QLatin1String("maybe"))
            return QVariant();
        if (name == QLatin1String("blob"))
            return QVariant(QByteArray("x"));
        return std::nullopt;
    };
    c.answer = [](const QString &id) -> QVariant {
        if (id == QLatin1String("INT-01"))
            return QStringLiteral("compliant");
        if (id == QLatin1String("DOC-05"))
            return QStringList{QStringLiteral("vn"), QStringLiteral("en")};
        if (id == QLatin1String("EMPTY-01"))
            return QStringList();
        if (id == QLatin1String("NUM-01"))
            return 7;
        if (id == QLatin1String("DATE-01"))
            return QStringLiteral("2024-05-01");
        return QVariant();
    };
    c.answered = [](const QString &id) {
        return QStringList{QStringLiteral("INT-01"), QStringLiteral("DOC-05"), QStringLiteral("EMPTY-01"), QStringLiteral("NUM-01"),
                           QStringLiteral("DATE-01")}
            .contains(id);
    };
    return c;
}
} // namespace

class TestExpression final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluates_data();
    void evaluates();
    void parseErrors_data();
    void parseErrors();
    void evaluationErrors_data();
    void evaluationErrors();
    void test_data();
    void test();
    void references_data();
    void references();
    void limits_data();
    void limits();
    void emptyContext();
    void keepsText();
};

void TestExpression::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");
    // literals
    QTest::newRow("integer") << "12" << num(12);
    QTest::newRow("fraction") << "3.5" << num(3.5);
    QTest::newRow("single quoted") << "'text'" << str("text");
    QTest::newRow("double quoted") << "\"text\"" << str("text");
    QTest::newRow("empty string") << "''" << str("");
    QTest::newRow("escaped quote") << "'it\\'s'" << str("it's");
    QTest::newRow("escaped backslash") << "\"a\\\\b\"" << str("a\\b");
    QTest::newRow("other quote unescaped") << "'say \"hi\"'" << str("say \"hi\"");
    QTest::newRow("escaped other quote") << "\"\\'\"" << str("'");
    QTest::newRow("non-ascii string") << "'Tiếng Việt'" << str("Tiếng Việt");
    QTest::newRow("true") << "true" << boolean(true);
    QTest::newRow("false") << "false" << boolean(false);
    QTest::newRow("null") << "null" << null();
    QTest::newRow("whitespace") << "  1\t+\n2  " << num(3);
    // precedence and associativity
    QTest::newRow("mul before add") << "1 + 2 * 3" << num(7);
    QTest::newRow("parentheses") << "(1 + 2) * 3" << num(9);
    QTest::newRow("sub left assoc") << "10 - 4 - 3" << num(3);
    QTest::newRow("div left assoc") << "100 / 10 / 5" << num(2);
    QTest::newRow("div mul left assoc") << "8 / 4 * 2" << num(4);
    QTest::newRow("mixed arithmetic") << "2 * 3 - 4 / 2" << num(4);
    QTest::newRow("not before and") << "!false && false" << boolean(false);
    QTest::newRow("and before or") << "true || false && false" << boolean(true);
    QTest::newRow("and before or left") << "false && true || true" << boolean(true);
    QTest::newRow("parenthesised or") << "(true || false) && false" << boolean(false);
    QTest::newRow("add before eq") << "1 + 2 == 3" << boolean(true);
    QTest::newRow("rel before eq") << "1 < 2 == 2 < 3" << boolean(true);
    QTest::newRow("eq left assoc") << "1 == 1 == true" << boolean(true);
    QTest::newRow("eq before and") << "1 + 2 < 4 && 2 * 2 == 4" << boolean(true);
    QTest::newRow("unary minus binds tight") << "-2 * 3" << num(-6);
    QTest::newRow("double negation") << "- -2" << num(2);
    QTest::newRow("minus minus") << "2 - -2" << num(4);
    QTest::newRow("double not") << "!!true" << boolean(true);
    QTest::newRow("not of comparison") << "!(1 > 2)" << boolean(true);
    // arithmetic
    QTest::newRow("division fraction") << "7 / 2" << num(3.5);
    QTest::newRow("zero numerator") << "0 / 5" << num(0);
    QTest::newRow("fraction times") << "1.50 * 2" << num(3);
    QTest::newRow("string join") << "'ab' + 'cd'" << str("abcd");
    // comparisons
    QTest::newRow("lt") << "1 < 2" << boolean(true);
    QTest::newRow("le equal") << "2 <= 2" << boolean(true);
    QTest::newRow("gt") << "3 > 2" << boolean(true);
    QTest::newRow("ge false") << "2 >= 3" << boolean(false);
    QTest::newRow("negative lt") << "-1 < 0" << boolean(true);
    QTest::newRow("string lt") << "'abc' < 'abd'" << boolean(true);
    QTest::newRow("string gt") << "'b' > 'a'" << boolean(true);
    QTest::newRow("string le") << "'a' <= 'a'" << boolean(true);
    QTest::newRow("string ge false") << "'a' >= 'b'" << boolean(false);
    QTest::newRow("string case sensitive") << "'B' < 'a'" << boolean(true);
    QTest::newRow("iso date lt") << "'2024-01-31' < '2024-02-01'" << boolean(true);
    QTest::newRow("iso date year") << "'2023-12-31' < '2024-01-01'" << boolean(true);
    QTest::newRow("answer date ge") << "answer('DATE-01') >= '2024-05-01'" << boolean(true);
    QTest::newRow("answer date gt") << "answer('DATE-01') > '2024-12-31'" << boolean(false);
    QTest::newRow("date variable") << "audit_date" << str("2024-03-15");
    QTest::newRow("date variable lt") << "audit_date < answer('DATE-01')" << boolean(true);
    // equality
    QTest::newRow("int eq fraction") << "1 == 1.0" << boolean(true);
    QTest::newRow("number ne") << "1 != 2" << boolean(true);
    QTest::newRow("number vs string") << "1 == '1'" << boolean(false);
    QTest::newRow("string vs number ne") << "'1' != 1" << boolean(true);
    QTest::newRow("bool vs number") << "true == 1" << boolean(false);
    QTest::newRow("string eq") << "'a' == \"a\"" << boolean(true);
    QTest::newRow("bool eq") << "false == false" << boolean(true);
    QTest::newRow("null eq null") << "null == null" << boolean(true);
    QTest::newRow("null ne null") << "null != null" << boolean(false);
    QTest::newRow("null vs false") << "null == false" << boolean(false);
    QTest::newRow("null vs zero") << "null == 0" << boolean(false);
    QTest::newRow("null vs empty string") << "null == ''" << boolean(false);
    QTest::newRow("null ne number") << "null != 1" << boolean(true);
    QTest::newRow("unanswered is null") << "answer('NONE-01') == null" << boolean(true);
    QTest::newRow("list eq list") << "answer('DOC-05') == answer('DOC-05')" << boolean(true);
    QTest::newRow("list vs string") << "answer('DOC-05') == 'vn'" << boolean(false);
    QTest::newRow("list vs empty list") << "answer('DOC-05') != answer('EMPTY-01')" << boolean(true);
    // names
    QTest::newRow("int variable is number") << "max_level" << num(3);
    QTest::newRow("longlong variable") << "system_count * 2" << num(8);
    QTest::newRow("string variable") << "regime == 'nis2'" << boolean(true);
    QTest::newRow("levels") << "max_level >= 2 && min_level < 2" << boolean(true);
    QTest::newRow("variant list variable") << "flags" << QVariant(list("a,b"));
    QTest::newRow("null variable") << "maybe" << null();
    // functions
    QTest::newRow("answer") << "answer('INT-01')" << str("compliant");
    QTest::newRow("answer double quoted") << "answer(\"INT-01\") == 'compliant'" << boolean(true);
    QTest::newRow("answer unanswered") << "answer('NONE-01')" << null();
    QTest::newRow("answer number") << "answer('NUM-01') + 1" << num(8);
    QTest::newRow("answer list") << "answer('DOC-05')" << QVariant(list("vn,en"));
    QTest::newRow("answer join") << "answer('INT-01') + '!'" << str("compliant!");
    QTest::newRow("answered") << "answered('INT-01')" << boolean(true);
    QTest::newRow("answered empty list") << "answered('EMPTY-01')" << boolean(true);
    QTest::newRow("not answered") << "answered('NONE-01')" << boolean(false);
    QTest::newRow("contains yes") << "contains(answer('DOC-05'), 'vn')" << boolean(true);
    QTest::newRow("contains no") << "contains(answer('DOC-05'), 'de')" << boolean(false);
    QTest::newRow("contains variable list") << "contains(flags, 'b')" << boolean(true);
    QTest::newRow("contains empty list") << "contains(answer('EMPTY-01'), 'vn')" << boolean(false);
    QTest::newRow("contains null list") << "contains(answer('NONE-01'), 'vn')" << boolean(false);
    QTest::newRow("contains null literal") << "contains(null, 'x')" << boolean(false);
    QTest::newRow("contains null item") << "contains(answer('DOC-05'), answer('NONE-01'))" << boolean(false);
    QTest::newRow("contains computed item") << "contains(answer('DOC-05'), 'v' + 'n')" << boolean(true);
    QTest::newRow("count list") << "count(answer('DOC-05'))" << num(2);
    QTest::newRow("count empty list") << "count(answer('EMPTY-01'))" << num(0);
    QTest::newRow("count null answer") << "count(answer('NONE-01'))" << num(0);
    QTest::newRow("count null literal") << "count(null)" << num(0);
    QTest::newRow("count in arithmetic") << "count(flags) * 10 + 1" << num(21);
    QTest::newRow("function spaced") << "count ( answer ( 'DOC-05' ) ) >= 2" << boolean(true);
    // null in logic counts as false
    QTest::newRow("not null") << "!null" << boolean(true);
    QTest::newRow("null or true") << "null || true" << boolean(true);
    QTest::newRow("null and true") << "null && true" << boolean(false);
    QTest::newRow("true and null") << "true && null" << boolean(false);
    QTest::newRow("unanswered or false") << "answer('NONE-01') || false" << boolean(false);
    // && and || short-circuit
    QTest::newRow("guarded compare unanswered") << "answered('NONE-01') && answer('NONE-01') > 3" << boolean(false);
    QTest::newRow("guarded compare answered") << "answered('NUM-01') && answer('NUM-01') > 3" << boolean(true);
    QTest::newRow("or skips division") << "true || 1 / 0" << boolean(true);
    QTest::newRow("and skips unknown name") << "false && unknown_name" << boolean(false);
    QTest::newRow("long flat chain") << QString(QStringLiteral("1") + repeated("+1", 999)) << num(1000);
}

void TestExpression::evaluates()
{
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    const auto e = Expression::parse(text);
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
    const auto v = e->evaluate(context());
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    // Types must match exactly: numbers always come back as double, never int.
    QCOMPARE(v->typeId(), expected.typeId());
    QCOMPARE(*v, expected);
}

void TestExpression::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "The expression is empty.";
    QTest::newRow("blank") << " \t "
                           << "The expression is empty.";
    // tokens
    QTest::newRow("unterminated single") << "'abc"
                                         << "column 1: the string is not closed (missing ')";
    QTest::newRow("unterminated double") << "1 + \"abc"
                                         << "column 5: the string is not closed (missing \")";
    QTest::newRow("escaped closing quote") << "'abc\\'"
                                           << "column 1: the string is not closed (missing ')";
    QTest::newRow("bad escape") << "'ab\\c'"
                                << "column 4: only \\\\, \\' and \\\" may follow a backslash in a string";
    QTest::newRow("backslash at end") << "'abc\\"
                                      << "column 5: only \\\\, \\' and \\\" may follow a backslash in a string";
    QTest::newRow("stray hash") << "1 # 2"
                                << "column 3: unexpected character '#'";
    QTest::newRow("stray caret") << "10 ^ 2"
                                 << "column 4: unexpected character '^'";
    QTest::newRow("stray non-ascii") << "1 + é"
                                     << "column 5: unexpected character 'é'";
    QTest::newRow("single ampersand") << "a & b"
                                      << "column 3: unexpected character '&' (did you mean '&&'?)";
    QTest::newRow("single bar") << "a | b"
                                << "column 3: unexpected character '|' (did you mean '||'?)";
    QTest::newRow("single equals") << "a = 1"
                                   << "column 3: unexpected character '=' (did you mean '=='?)";
    QTest::newRow("leading dot") << ".5"
                                 << "column 1: unexpected character '.'";
    QTest::newRow("trailing dot") << "3."
                                  << "column 3: a number needs digits after '.'";
    QTest::newRow("dot letter") << "3.x"
                                << "column 3: a number needs digits after '.'";
    QTest::newRow("two dots") << "1.2.3"
                              << "column 4: unexpected character '.'";
    QTest::newRow("huge number") << QString(QStringLiteral("1") + repeated("0", 400)) << "column 1: the number is too large";
    // grammar
    QTest::newRow("two values") << "1 2"
                                << "column 3: expected an operator or the end, found the number 2";
    QTest::newRow("exponent not supported") << "1e5"
                                            << "column 2: expected an operator or the end, found the name 'e5'";
    QTest::newRow("two names") << "a b"
                               << "column 3: expected an operator or the end, found the name 'b'";
    QTest::newRow("trailing string") << "true 'x'"
                                     << "column 6: expected an operator or the end, found the string 'x'";
    QTest::newRow("extra paren") << "1 + 2)"
                                 << "column 6: expected an operator or the end, found ')'";
    QTest::newRow("trailing comma") << "1,"
                                    << "column 2: expected an operator or the end, found ','";
    QTest::newRow("missing operand") << "1 +"
                                     << "column 4: expected a value, found the end of the expression";
    QTest::newRow("leading operator") << "* 2"
                                      << "column 1: expected a value, found '*'";
    QTest::newRow("two operators") << "1 + * 2"
                                   << "column 5: expected a value, found '*'";
    QTest::newRow("dangling not") << "!"
                                  << "column 2: expected a value, found the end of the expression";
    QTest::newRow("empty parens") << "()"
                                  << "column 2: expected a value, found ')'";
    QTest::newRow("unclosed paren") << "(1 + 2"
                                    << "column 7: expected ')' to close the '(' at column 1, found the end of the expression";
    QTest::newRow("unclosed inner paren") << "((1) + 2"
                                          << "column 9: expected ')' to close the '(' at column 1, found the end of the expression";
    // functions
    QTest::newRow("unknown function") << "foo(1)"
                                      << "column 1: unknown function 'foo' (known: answer, answered, contains, count)";
    QTest::newRow("function case sensitive") << "1 + Answer('X')"
                                             << "column 5: unknown function 'Answer'";
    QTest::newRow("variable called") << "max_level(1)"
                                     << "column 1: unknown function 'max_level'";
    QTest::newRow("function without call") << "answer"
                                           << "column 1: answer is a function: write answer(...)";
    QTest::newRow("count as name") << "count + 1"
                                   << "column 1: count is a function: write count(...)";
    QTest::newRow("answer no args") << "answer()"
                                    << "column 1: answer() takes 1 argument, got 0";
    QTest::newRow("answer two args") << "answer('A', 'B')"
                                     << "column 1: answer() takes 1 argument, got 2";
    QTest::newRow("answered no args") << "true && answered()"
                                      << "column 9: answered() takes 1 argument, got 0";
    QTest::newRow("contains one arg") << "contains(answer('A'))"
                                      << "column 1: contains() takes 2 arguments, got 1";
    QTest::newRow("contains three args") << "contains(flags, 'b', 'c')"
                                         << "column 1: contains() takes 2 arguments, got 3";
    QTest::newRow("count no args") << "count()"
                                   << "column 1: count() takes 1 argument, got 0";
    QTest::newRow("count two args") << "count(flags, 2)"
                                    << "column 1: count() takes 1 argument, got 2";
    QTest::newRow("answer of name") << "answer(regime)"
                                    << "column 8: answer() needs a quoted item id, such as answer('INT-01')";
    QTest::newRow("answered of sum") << "answered('A' + 'B')"
                                     << "column 10: answered() needs a quoted item id, such as answered('INT-01')";
    QTest::newRow("answer of number") << "answer(1)"
                                      << "column 8: answer() needs a quoted item id";
    QTest::newRow("answer of answer") << "answer(answer('X'))"
                                      << "column 8: answer() needs a quoted item id";
    QTest::newRow("answer of empty id") << "answer('')"
                                        << "column 8: answer() needs a non-empty item id";
    QTest::newRow("missing comma") << "answer('A' 'B')"
                                   << "column 12: expected ',' or ')' in the call of answer(), found the string 'B'";
    QTest::newRow("unclosed call") << "count(answer('A')"
                                   << "column 18: expected ',' or ')' in the call of count(), found the end of the expression";
    QTest::newRow("empty argument") << "count(,)"
                                    << "column 7: expected a value, found ','";
}

void TestExpression::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto e = Expression::parse(text);
    QVERIFY2(!e.ok(), qPrintable(text));
    QCOMPARE(e.error().code, ab::ErrorCode::BadInput);
    QVERIFY2(e.error().message.contains(message), qPrintable(e.error().message));
}

void TestExpression::evaluationErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    // names
    QTest::newRow("unknown name") << "nope"
                                  << "column 1: unknown name 'nope'";
    QTest::newRow("unknown name later") << "max_level + nope"
                                        << "column 13: unknown name 'nope'";
    QTest::newRow("keyword case sensitive") << "True"
                                            << "column 1: unknown name 'True'";
    QTest::newRow("unsupported variable type") << "blob"
                                               << "column 1: the name 'blob' has a value of unsupported type QByteArray";
    // comparisons
    QTest::newRow("lt number string") << "1 < 'a'"
                                      << "column 3: '<' needs two numbers or two strings, got number and string";
    QTest::newRow("le string number") << "'a' <= 1"
                                      << "column 5: '<=' needs two numbers or two strings, got string and number";
    QTest::newRow("gt bools") << "true > false"
                              << "column 6: '>' needs two numbers or two strings, got bool and bool";
    QTest::newRow("ge null") << "null >= 1"
                             << "column 6: '>=' needs two numbers or two strings, got null and number";
    QTest::newRow("lt list") << "answer('DOC-05') < 'x'"
                             << "column 18: '<' needs two numbers or two strings, got list and string";
    QTest::newRow("lt unanswered") << "answer('NONE-01') < 3"
                                   << "column 19: '<' needs two numbers or two strings, got null and number";
    QTest::newRow("chained lt") << "1 < 2 < 3"
                                << "column 7: '<' needs two numbers or two strings, got bool and number";
    // arithmetic
    QTest::newRow("add number string") << "1 + 'a'"
                                       << "column 3: '+' needs two numbers or two strings, got number and string";
    QTest::newRow("add bool") << "true + 1"
                              << "column 6: '+' needs two numbers or two strings, got bool and number";
    QTest::newRow("add null") << "null + 1"
                              << "column 6: '+' needs two numbers or two strings, got null and number";
    QTest::newRow("add lists") << "flags + flags"
                               << "column 7: '+' needs two numbers or two strings, got list and list";
    QTest::newRow("sub strings") << "'a' - 'b'"
                                 << "column 5: '-' needs two numbers, got string and string";
    QTest::newRow("mul bool") << "2 * true"
                              << "column 3: '*' needs two numbers, got number and bool";
    QTest::newRow("div null") << "null / 2"
                              << "column 6: '/' needs two numbers, got null and number";
    QTest::newRow("nested type error") << "1 + (2 < 'a')"
                                       << "column 8: '<' needs two numbers or two strings, got number and string";
    QTest::newRow("division by zero") << "1 / 0"
                                      << "column 3: division by zero";
    QTest::newRow("division by computed zero") << "1 / (2 - 2)"
                                               << "column 3: division by zero";
    QTest::newRow("zero by zero") << "10 - 0 / 0"
                                  << "column 8: division by zero";
    QTest::newRow("overflow") << QString(QStringLiteral("1") + repeated("0", 300) + QStringLiteral(" * 1") + repeated("0", 300))
                              << "column 303: the result of '*' is too large";
    // logic
    QTest::newRow("and number left") << "1 && true"
                                     << "column 3: '&&' needs two bools, got number on the left";
    QTest::newRow("and string right") << "true && 'x'"
                                      << "column 6: '&&' needs two bools, got string on the right";
    QTest::newRow("or number right") << "false || 2"
                                     << "column 7: '||' needs two bools, got number on the right";
    QTest::newRow("or string left") << "'x' || true"
                                    << "column 5: '||' needs two bools, got string on the left";
    QTest::newRow("or list left") << "flags || true"
                                  << "column 7: '||' needs two bools, got list on the left";
    QTest::newRow("not number") << "!1"
                                << "column 1: '!' needs a bool, got number";
    QTest::newRow("not string") << "true && !'a'"
                                << "column 9: '!' needs a bool, got string";
    QTest::newRow("negate string") << "-'a'"
                                   << "column 1: '-' needs a number, got string";
    QTest::newRow("negate bool") << "1 + -true"
                                 << "column 5: '-' needs a number, got bool";
    QTest::newRow("negate null") << "-null"
                                 << "column 1: '-' needs a number, got null";
    // functions
    QTest::newRow("count string") << "count('a')"
                                  << "column 1: count() needs a list, got string";
    QTest::newRow("count number") << "count(3)"
                                  << "column 1: count() needs a list, got number";
    QTest::newRow("count bool later") << "1 + count(true)"
                                      << "column 5: count() needs a list, got bool";
    QTest::newRow("count single answer") << "count(answer('INT-01'))"
                                         << "column 1: count() needs a list, got string";
    QTest::newRow("contains string haystack") << "contains('abc', 'a')"
                                              << "column 1: contains() needs a list and a string, got string and string";
    QTest::newRow("contains number needle") << "contains(answer('DOC-05'), 1)"
                                            << "column 1: contains() needs a list and a string, got list and number";
    QTest::newRow("contains list needle") << "contains(flags, flags)"
                                          << "column 1: contains() needs a list and a string, got list and list";
    QTest::newRow("contains bool haystack") << "contains(true, null)"
                                            << "column 1: contains() needs a list and a string, got bool and null";
    QTest::newRow("error inside argument") << "count(nope)"
                                           << "column 7: unknown name 'nope'";
}

void TestExpression::evaluationErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto e = Expression::parse(text);
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
    const auto v = e->evaluate(context());
    QVERIFY2(!v.ok(), qPrintable(text));
    QCOMPARE(v.error().code, ab::ErrorCode::BadInput);
    QVERIFY2(v.error().message.contains(message), qPrintable(v.error().message));
}

void TestExpression::test_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("message");
    QTest::newRow("true") << "1 < 2" << true << true << QString();
    QTest::newRow("false") << "answered('NONE-01')" << true << false << QString();
    QTest::newRow("null is false") << "null" << true << false << QString();
    QTest::newRow("unanswered is false") << "answer('NONE-01')" << true << false << QString();
    QTest::newRow("number") << "1" << false << false << "gives a number where true or false is needed";
    QTest::newRow("string") << "regime" << false << false << "gives a string where true or false is needed";
    QTest::newRow("list") << "answer('DOC-05')" << false << false << "gives a list where true or false is needed";
    QTest::newRow("evaluation error") << "1 / 0" << false << false << "column 3: division by zero";
}

void TestExpression::test()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, expected);
    QFETCH(QString, message);
    const auto e = Expression::parse(text);
    QVERIFY(e.ok());
    const auto r = e->test(context());
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(*r, expected);
    else
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestExpression::references_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << "1 + 2" << QStringList() << QStringList();
    QTest::newRow("keywords are not names") << "true && null == false" << QStringList() << QStringList();
    QTest::newRow("ordered and deduplicated")
        << "answer('A') == 'x' && answered(\"B\") || answer('A') == max_level && regime != 'x' && max_level > 0" << list("A,B")
        << list("max_level,regime");
    QTest::newRow("inside functions") << "contains(answer('DOC-05'), 'vn') && count(answer('X')) > min_level" << list("DOC-05,X")
                                      << list("min_level");
    // Load-time checks must see names an evaluation would skip.
    QTest::newRow("short-circuited") << "false && answered('Z') && nope" << list("Z") << list("nope");
    QTest::newRow("parenthesised id") << "answered(('P'))" << list("P") << QStringList();
    QTest::newRow("string contents are not names") << "'max_level' == regime" << QStringList() << list("regime");
}

void TestExpression::references()
{
    QFETCH(QString, text);
    QFETCH(QStringList, items);
    QFETCH(QStringList, names);
    const auto e = Expression::parse(text);
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
    QCOMPARE(e->referencedItems(), items);
    QCOMPARE(e->referencedNames(), names);
}

void TestExpression::limits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // empty: parses
    const QString longest = QStringLiteral("1") + repeated(" ", 1999);
    QTest::newRow("2000 characters") << longest << QString();
    QTest::newRow("2001 characters") << QString(longest + QLatin1Char(' '))
                                     << "The expression is 2001 characters long; at most 2000 are allowed.";
    QTest::newRow("64 parentheses") << QString(repeated("(", 64) + QLatin1Char('1') + repeated(")", 64)) << QString();
    QTest::newRow("65 parentheses") << QString(repeated("(", 65) + QLatin1Char('1') + repeated(")", 65))
                                    << "column 66: the expression nests deeper than 64 levels";
    QTest::newRow("64 nots") << QString(repeated("!", 64) + QStringLiteral("true")) << QString();
    QTest::newRow("65 nots") << QString(repeated("!", 65) + QStringLiteral("true"))
                             << "column 66: the expression nests deeper than 64 levels";
    QTest::newRow("65 minus signs") << QString(repeated("-", 65) + QLatin1Char('1'))
                                    << "column 66: the expression nests deeper than 64 levels";
    QTest::newRow("64 calls") << QString(repeated("count(", 64) + QStringLiteral("null") + repeated(")", 64)) << QString();
    QTest::newRow("65 calls") << QString(repeated("count(", 65) + QStringLiteral("null") + repeated(")", 65))
                              << "column 391: the expression nests deeper than 64 levels";
    QTest::newRow("mixed nesting") << QString(repeated("(-", 33) + QLatin1Char('1') + repeated(")", 33))
                                   << "column 66: the expression nests deeper than 64 levels";
}

void TestExpression::limits()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto e = Expression::parse(text);
    if (message.isEmpty()) {
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
    } else {
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, ab::ErrorCode::BadInput);
        QVERIFY2(e.error().message.contains(message), qPrintable(e.error().message));
    }
}

void TestExpression::emptyContext()
{
    // Without callbacks every name is unknown and nothing has been answered.
    const Expression::Context none;
    const auto unanswered = Expression::parse(QStringLiteral("!answered('A') && answer('A') == null"));
    QVERIFY(unanswered.ok());
    const auto r = unanswered->test(none);
    QVERIFY(r.ok());
    QVERIFY(*r);
    const auto name = Expression::parse(QStringLiteral("max_level"));
    QVERIFY(name.ok());
    const auto v = name->evaluate(none);
    QVERIFY(!v.ok());
    QVERIFY(v.error().message.contains(QLatin1String("column 1: unknown name 'max_level'")));
    // A default-constructed expression is an error, not a crash.
    QVERIFY(!Expression().evaluate(none).ok());
}

void TestExpression::keepsText()
{
    const QString text = QStringLiteral(" answered('A')  ");
    const auto e = Expression::parse(text);
    QVERIFY(e.ok());
    QCOMPARE(e->text(), text);
}

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
