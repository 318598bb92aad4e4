#include "app/labsim/monitoring/promql.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

struct PromMatcher
{
    enum class Op {
        Equal,
        NotEqual,
        Regex,
        NotRegex
    };
    QString name;
    Op op = Op::Equal;
    QString value;
    QRegularExpression regex;

    [[nodiscard]] bool matches(const QString &v) const
    {
        switch (op) {
        case Op::Equal:
            return v == value;
        case Op::NotEqual:
            return v != value;
        case Op::Regex:
            return regex.match(v).hasMatch();
        case Op::NotRegex:
            return !regex.match(v).hasMatch();
        }
        return false;
    }
};

struct PromNode
{
    enum class Kind {
        Number,
        Selector,
        Call,
        Aggregate,
        Binary,
        Negate
    };
    Kind kind = Kind::Number;
    PromValue::Type type = PromValue::Type::Scalar;
    double number = 0;
    std::vector<PromMatcher> matchers; ///< selector (the metric name is a __name__ matcher)
    qint64 rangeMs = 0;                ///< > 0: range selector
    QString name;                      ///< function, aggregation or operator
    std::vector<std::unique_ptr<PromNode>> args;
    QStringList grouping;     ///< aggregation labels; label_replace's dst, replacement, src, regex
    QRegularExpression regex; ///< label_replace's, compiled once
    bool without = false;
    bool returnBool = false;
    mutable bool resolved = false;
    mutable std::vector<const MetricSeries *> series;
};

namespace
{

struct ParseError
{
    int pos;
    QString message;
};

struct EvalError
{
    QString message;
};

const QStringList supportedFunctions = {
    u"rate"_s,          u"irate"_s,         u"increase"_s,        u"avg_over_time"_s,  u"min_over_time"_s,
    u"max_over_time"_s, u"sum_over_time"_s, u"count_over_time"_s, u"last_over_time"_s, u"abs"_s,
    u"time"_s,          u"vector"_s,        u"label_replace"_s};
const QStringList rangeFunctions = {u"rate"_s,          u"irate"_s,           u"increase"_s,
                                    u"avg_over_time"_s, u"min_over_time"_s,   u"max_over_time"_s,
                                    u"sum_over_time"_s, u"count_over_time"_s, u"last_over_time"_s};
const QStringList supportedAggregations = {u"sum"_s, u"avg"_s, u"min"_s, u"max"_s, u"count"_s};
const QStringList otherAggregations = {u"topk"_s,         u"bottomk"_s, u"quantile"_s, u"stddev"_s,     u"stdvar"_s,
                                       u"count_values"_s, u"group"_s,   u"limitk"_s,   u"limit_ratio"_s};
// Real PromQL functions labsim does not evaluate: a clear "not supported" instead of "unknown function".
const QStringList otherFunctions = {u"absent"_s,
                                    u"absent_over_time"_s,
                                    u"ceil"_s,
                                    u"changes"_s,
                                    u"clamp"_s,
                                    u"clamp_max"_s,
                                    u"clamp_min"_s,
                                    u"day_of_month"_s,
                                    u"day_of_week"_s,
                                    u"delta"_s,
                                    u"deriv"_s,
                                    u"exp"_s,
                                    u"floor"_s,
                                    u"histogram_quantile"_s,
                                    u"holt_winters"_s,
                                    u"hour"_s,
                                    u"idelta"_s,
                                    u"label_join"_s,
                                    u"ln"_s,
                                    u"log2"_s,
                                    u"log10"_s,
                                    u"minute"_s,
                                    u"month"_s,
                                    u"predict_linear"_s,
                                    u"quantile_over_time"_s,
                                    u"resets"_s,
                                    u"round"_s,
                                    u"scalar"_s,
                                    u"sort"_s,
                                    u"sort_desc"_s,
                                    u"sqrt"_s,
                                    u"stddev_over_time"_s,
                                    u"stdvar_over_time"_s,
                                    u"timestamp"_s,
                                    u"year"_s,
                                    u"present_over_time"_s,
                                    u"sgn"_s,
                                    u"double_exponential_smoothing"_s};

QString typeName(PromValue::Type type)
{
    switch (type) {
    case PromValue::Type::Scalar:
        return u"scalar"_s;
    case PromValue::Type::Vector:
        return u"instant vector"_s;
    case PromValue::Type::Matrix:
        return u"range vector"_s;
    }
    return {};
}

bool isComparison(const QString &op)
{
    return op == u"=="_s || op == u"!="_s || op == u">"_s || op == u"<"_s || op == u">="_s || op == u"<="_s;
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {}

    std::unique_ptr<PromNode> parseAll()
    {
        auto node = parseExpr();
        skipSpace();
        if (m_pos < m_text.size()) {
            const QString word = peekIdent();
            if (word == u"offset"_s)
                unsupported(u"the offset modifier"_s);
            fail(u"unexpected character after expression: '%1'"_s.arg(m_text[m_pos]));
        }
        return node;
    }

private:
    [[noreturn]] void fail(const QString &message) const { throw ParseError{int(m_pos), message}; }
    [[noreturn]] void unsupported(const QString &what) const
    {
        fail(u"%1 is not supported by labsim's PromQL subset"_s.arg(what));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c.isSpace()) {
                ++m_pos;
            } else if (c == u'#') {
                while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
                    ++m_pos;
            } else {
                break;
            }
        }
    }
    [[nodiscard]] QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    static bool identStart(QChar c) { return c.isLetter() || c == u'_' || c == u':'; }
    static bool identChar(QChar c) { return identStart(c) || c.isDigit(); }
    [[nodiscard]] QString peekIdent() const
    {
        qsizetype p = m_pos;
        if (p >= m_text.size() || !identStart(m_text[p]))
            return {};
        while (p < m_text.size() && identChar(m_text[p]))
            ++p;
        return m_text.mid(m_pos, p - m_pos);
    }
    QString readIdent()
    {
        const QString word = peekIdent();
        m_pos += word.size();
        return word;
    }
    void expect(QChar c)
    {
        skipSpace();
        if (peek() != c) {
            if (m_pos >= m_text.size())
                fail(u"unexpected end of input, expected \"%1\""_s.arg(c));
            fail(u"unexpected character '%1', expected \"%2\""_s.arg(m_text[m_pos], c));
        }
        ++m_pos;
    }
    bool accept(const QString &token)
    {
        skipSpace();
        if (m_text.mid(m_pos, token.size()) == token) {
            m_pos += token.size();
            return true;
        }
        return false;
    }

    std::unique_ptr<PromNode> binary(const QString &op, std::unique_ptr<PromNode> lhs, std::unique_ptr<PromNode> rhs,
                                     bool returnBool)
    {
        auto node = std::make_unique<PromNode>();
        node->kind = PromNode::Kind::Binary;
        node->name = op;
        node->returnBool = returnBool;
        for (const auto *side : {lhs.get(), rhs.get()}) {
            if (side->type == PromValue::Type::Matrix)
                fail(u"binary expression must contain only scalar and instant vector types"_s);
        }
        if (returnBool && !isComparison(op))
            fail(u"bool modifier can only be used on comparison operators"_s);
        const bool scalars = lhs->type == PromValue::Type::Scalar && rhs->type == PromValue::Type::Scalar;
        if (scalars && isComparison(op) && !returnBool)
            fail(u"comparisons between scalars must use BOOL modifier"_s);
        node->type = scalars ? PromValue::Type::Scalar : PromValue::Type::Vector;
        node->args.push_back(std::move(lhs));
        node->args.push_back(std::move(rhs));
        return node;
    }

    void rejectVectorMatching()
    {
        skipSpace();
        const QString word = peekIdent();
        if (word == u"on"_s || word == u"ignoring"_s || word == u"group_left"_s || word == u"group_right"_s)
            unsupported(u"vector matching (\"%1\")"_s.arg(word));
    }

    std::unique_ptr<PromNode> parseExpr() { return parseOr(); }

    /// `or`, the set operator of lowest precedence (`and` / `unless` are not in the subset).
    std::unique_ptr<PromNode> parseOr()
    {
        auto lhs = parseComparison();
        for (;;) {
            skipSpace();
            const QString word = peekIdent();
            if (word == u"and"_s || word == u"unless"_s)
                unsupported(u"the set operator \"%1\""_s.arg(word));
            if (word != u"or"_s)
                return lhs;
            readIdent();
            rejectVectorMatching();
            auto rhs = parseComparison();
            for (const auto *side : {lhs.get(), rhs.get()}) {
                if (side->type != PromValue::Type::Vector)
                    fail(u"set operator \"or\" not allowed in binary scalar expression"_s);
            }
            auto node = std::make_unique<PromNode>();
            node->kind = PromNode::Kind::Binary;
            node->type = PromValue::Type::Vector;
            node->name = u"or"_s;
            node->args.push_back(std::move(lhs));
            node->args.push_back(std::move(rhs));
            lhs = std::move(node);
        }
    }

    std::unique_ptr<PromNode> parseComparison()
    {
        auto lhs = parseAdditive();
        for (;;) {
            skipSpace();
            QString op;
            for (const QString &candidate : {u"=="_s, u"!="_s, u">="_s, u"<="_s, u">"_s, u"<"_s}) {
                if (m_text.mid(m_pos, candidate.size()) == candidate) {
                    op = candidate;
                    break;
                }
            }
            if (op.isEmpty())
                return lhs;
            m_pos += op.size();
            skipSpace();
            bool returnBool = false;
            if (peekIdent() == u"bool"_s) {
                readIdent();
                returnBool = true;
            }
            rejectVectorMatching();
            auto rhs = parseAdditive();
            lhs = binary(op, std::move(lhs), std::move(rhs), returnBool);
        }
    }

    std::unique_ptr<PromNode> parseAdditive()
    {
        auto lhs = parseMultiplicative();
        for (;;) {
            skipSpace();
            const QChar c = peek();
            if (c != u'+' && c != u'-')
                return lhs;
            ++m_pos;
            rejectVectorMatching();
            auto rhs = parseMultiplicative();
            lhs = binary(QString(c), std::move(lhs), std::move(rhs), false);
        }
    }

    std::unique_ptr<PromNode> parseMultiplicative()
    {
        auto lhs = parseUnary();
        for (;;) {
            skipSpace();
            const QChar c = peek();
            if (c != u'*' && c != u'/' && c != u'%')
                return lhs;
            ++m_pos;
            rejectVectorMatching();
            auto rhs = parseUnary();
            lhs = binary(QString(c), std::move(lhs), std::move(rhs), false);
        }
    }

    std::unique_ptr<PromNode> parseUnary()
    {
        skipSpace();
        const QChar c = peek();
        if (c == u'-' || c == u'+') {
            ++m_pos;
            auto operand = parseUnary();
            if (operand->type == PromValue::Type::Matrix)
                fail(
                    u"unary expression only allowed on expressions of type scalar or instant vector, got \"range vector\""_s);
            if (c == u'+')
                return operand;
            if (operand->kind == PromNode::Kind::Number) {
                operand->number = -operand->number;
                return operand;
            }
            auto node = std::make_unique<PromNode>();
            node->kind = PromNode::Kind::Negate;
            node->type = operand->type;
            node->args.push_back(std::move(operand));
            return node;
        }
        return parsePower();
    }

    std::unique_ptr<PromNode> parsePower()
    {
        auto lhs = parsePrimary();
        skipSpace();
        if (peek() == u'^') {
            ++m_pos;
            rejectVectorMatching();
            auto rhs = parseUnary();
            return binary(u"^"_s, std::move(lhs), std::move(rhs), false);
        }
        return lhs;
    }

    std::unique_ptr<PromNode> number(double v)
    {
        auto node = std::make_unique<PromNode>();
        node->kind = PromNode::Kind::Number;
        node->type = PromValue::Type::Scalar;
        node->number = v;
        return node;
    }

    std::unique_ptr<PromNode> parsePrimary()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            fail(u"unexpected end of input"_s);
        const QChar c = peek();
        if (c == u'(') {
            ++m_pos;
            auto inner = parseExpr();
            expect(u')');
            return postfix(std::move(inner));
        }
        if (c.isDigit() || (c == u'.' && peek(1).isDigit()))
            return parseNumber();
        if (c == u'{')
            return postfix(parseSelector(QString()));
        if (c == u'"' || c == u'\'' || c == u'`')
            unsupported(u"a string expression"_s);
        if (!identStart(c))
            fail(u"unexpected character: '%1'"_s.arg(c));
        const qsizetype start = m_pos;
        const QString word = readIdent();
        const QString lower = word.toLower();
        if (lower == u"inf"_s)
            return number(std::numeric_limits<double>::infinity());
        if (lower == u"nan"_s)
            return number(std::numeric_limits<double>::quiet_NaN());
        if (supportedAggregations.contains(word))
            return parseAggregate(word);
        if (otherAggregations.contains(word))
            unsupported(u"the aggregation \"%1\""_s.arg(word));
        skipSpace();
        if (peek() == u'(') {
            if (otherFunctions.contains(word))
                unsupported(u"the function \"%1\""_s.arg(word));
            if (!supportedFunctions.contains(word)) {
                m_pos = start;
                fail(u"unknown function with name \"%1\""_s.arg(word));
            }
            return postfix(parseCall(word));
        }
        return postfix(parseSelector(word));
    }

    std::unique_ptr<PromNode> parseNumber()
    {
        static const QRegularExpression re(u"^(0[xX][0-9a-fA-F]+|[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)"_s);
        const QRegularExpressionMatch match = re.match(QStringView(m_text).mid(m_pos));
        if (!match.hasMatch())
            fail(u"bad number"_s);
        const QString text = match.captured(1);
        m_pos += text.size();
        if (identStart(peek()))
            unsupported(u"a duration or unit after a number"_s);
        bool ok = false;
        const double v = text.startsWith(u"0x"_s, Qt::CaseInsensitive) ? double(text.mid(2).toLongLong(&ok, 16))
                                                                       : text.toDouble(&ok);
        if (!ok)
            fail(u"bad number or duration syntax: \"%1\""_s.arg(text));
        return number(v);
    }

    QString parseString()
    {
        skipSpace();
        const QChar quote = peek();
        if (quote != u'"' && quote != u'\'' && quote != u'`')
            fail(u"unexpected character inside braces: '%1'"_s.arg(quote));
        ++m_pos;
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == quote)
                return out;
            if (c == u'\\' && quote != u'`' && m_pos < m_text.size()) {
                const QChar e = m_text[m_pos++];
                if (e == u'n')
                    out += u'\n';
                else if (e == u't')
                    out += u'\t';
                else
                    out += e;
                continue;
            }
            out += c;
        }
        fail(u"unterminated quoted string"_s);
    }

    std::unique_ptr<PromNode> parseSelector(const QString &metric)
    {
        auto node = std::make_unique<PromNode>();
        node->kind = PromNode::Kind::Selector;
        node->type = PromValue::Type::Vector;
        if (!metric.isEmpty()) {
            PromMatcher m;
            m.name = u"__name__"_s;
            m.value = metric;
            node->matchers.push_back(m);
        }
        skipSpace();
        if (peek() == u'{') {
            ++m_pos;
            for (;;) {
                skipSpace();
                if (peek() == u'}') {
                    ++m_pos;
                    break;
                }
                if (!identStart(peek()))
                    fail(u"unexpected character inside braces: '%1'"_s.arg(peek()));
                PromMatcher m;
                m.name = readIdent();
                skipSpace();
                if (accept(u"=~"_s))
                    m.op = PromMatcher::Op::Regex;
                else if (accept(u"!~"_s))
                    m.op = PromMatcher::Op::NotRegex;
                else if (accept(u"!="_s))
                    m.op = PromMatcher::Op::NotEqual;
                else if (accept(u"="_s))
                    m.op = PromMatcher::Op::Equal;
                else
                    fail(u"unexpected character inside braces: '%1'"_s.arg(peek()));
                m.value = parseString();
                if (m.op == PromMatcher::Op::Regex || m.op == PromMatcher::Op::NotRegex) {
                    m.regex.setPattern(QRegularExpression::anchoredPattern(m.value));
                    if (!m.regex.isValid())
                        fail(u"error parsing regexp: %1"_s.arg(m.regex.errorString()));
                }
                if (m.name == u"__name__"_s && !metric.isEmpty())
                    fail(u"metric name must not be set twice: \"%1\" or \"%2\""_s.arg(metric, m.value));
                node->matchers.push_back(m);
                skipSpace();
                if (peek() == u',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == u'}') {
                    ++m_pos;
                    break;
                }
                if (m_pos >= m_text.size())
                    fail(u"unexpected end of input inside braces"_s);
                fail(u"unexpected character inside braces: '%1'"_s.arg(peek()));
            }
        }
        const bool nonEmpty = std::any_of(node->matchers.begin(), node->matchers.end(),
                                          [](const PromMatcher &m) { return !m.matches(QString()); });
        if (!nonEmpty)
            fail(u"vector selector must contain at least one non-empty matcher"_s);
        return node;
    }

    /// Range brackets, offset and @ after a selector or parenthesis.
    std::unique_ptr<PromNode> postfix(std::unique_ptr<PromNode> node)
    {
        skipSpace();
        if (peek() == u'[') {
            ++m_pos;
            const qsizetype close = m_text.indexOf(u']', m_pos);
            if (close < 0)
                fail(u"unexpected end of input in range selector"_s);
            const QString inside = m_text.mid(m_pos, close - m_pos).trimmed();
            if (inside.contains(u':'))
                unsupported(u"a subquery"_s);
            if (node->kind != PromNode::Kind::Selector || node->rangeMs > 0)
                fail(u"ranges only allowed for vector selectors"_s);
            const qint64 range = parsePromDuration(inside);
            if (range <= 0)
                fail(u"bad number or duration syntax: \"%1\""_s.arg(inside));
            node->rangeMs = range;
            node->type = PromValue::Type::Matrix;
            m_pos = close + 1;
            skipSpace();
        }
        if (peekIdent() == u"offset"_s)
            unsupported(u"the offset modifier"_s);
        if (peek() == u'@')
            unsupported(u"the @ modifier"_s);
        return node;
    }

    std::unique_ptr<PromNode> parseCall(const QString &name)
    {
        auto node = std::make_unique<PromNode>();
        node->kind = PromNode::Kind::Call;
        node->name = name;
        expect(u'(');
        skipSpace();
        if (name == u"label_replace"_s) {
            // label_replace(v instant-vector, dst string, replacement string, src string, regex string)
            node->args.push_back(parseExpr());
            if (node->args[0]->type != PromValue::Type::Vector)
                fail(u"expected type instant vector in call to function \"label_replace\", got %1"_s.arg(
                    typeName(node->args[0]->type)));
            for (int i = 0; i < 4; ++i) {
                expect(u',');
                node->grouping.append(parseString());
            }
            expect(u')');
            const QString &dst = node->grouping.at(0);
            static const QRegularExpression labelName(u"^[a-zA-Z_][a-zA-Z0-9_]*$"_s);
            if (!labelName.match(dst).hasMatch())
                fail(u"invalid destination label name in label_replace(): %1"_s.arg(dst));
            node->regex.setPattern(QRegularExpression::anchoredPattern(node->grouping.at(3)));
            if (!node->regex.isValid())
                fail(u"invalid regular expression in label_replace(): %1"_s.arg(node->grouping.at(3)));
            node->type = PromValue::Type::Vector;
            return node;
        }
        if (peek() != u')') {
            for (;;) {
                node->args.push_back(parseExpr());
                skipSpace();
                if (peek() == u',') {
                    ++m_pos;
                    continue;
                }
                break;
            }
        }
        expect(u')');
        const qsizetype expected = name == u"time"_s ? 0 : 1;
        if (qsizetype(node->args.size()) != expected)
            fail(u"expected %1 argument(s) in call to \"%2\", got %3"_s.arg(expected).arg(name).arg(node->args.size()));
        if (rangeFunctions.contains(name)) {
            if (node->args[0]->type != PromValue::Type::Matrix)
                fail(u"expected type range vector in call to function \"%1\", got %2"_s.arg(
                    name, typeName(node->args[0]->type)));
            node->type = PromValue::Type::Vector;
        } else if (name == u"abs"_s) {
            if (node->args[0]->type != PromValue::Type::Vector)
                fail(u"expected type instant vector in call to function \"abs\", got %1"_s.arg(
                    typeName(node->args[0]->type)));
            node->type = PromValue::Type::Vector;
        } else if (name == u"vector"_s) {
            if (node->args[0]->type != PromValue::Type::Scalar)
                fail(u"expected type scalar in call to function \"vector\", got %1"_s.arg(
                    typeName(node->args[0]->type)));
            node->type = PromValue::Type::Vector;
        } else {
            node->type = PromValue::Type::Scalar; // time()
        }
        return node;
    }

    QStringList parseGrouping()
    {
        expect(u'(');
        QStringList labels;
        for (;;) {
            skipSpace();
            if (peek() == u')') {
                ++m_pos;
                return labels;
            }
            const QString label = readIdent();
            if (label.isEmpty())
                fail(u"unexpected character in grouping opts: '%1'"_s.arg(peek()));
            labels.append(label);
            skipSpace();
            if (peek() == u',')
                ++m_pos;
        }
    }

    std::unique_ptr<PromNode> parseAggregate(const QString &name)
    {
        auto node = std::make_unique<PromNode>();
        node->kind = PromNode::Kind::Aggregate;
        node->type = PromValue::Type::Vector;
        node->name = name;
        auto modifier = [&]() {
            skipSpace();
            const QString word = peekIdent();
            if (word == u"by"_s || word == u"without"_s) {
                readIdent();
                node->without = word == u"without"_s;
                node->grouping = parseGrouping();
                return true;
            }
            return false;
        };
        const bool before = modifier();
        expect(u'(');
        node->args.push_back(parseExpr());
        skipSpace();
        if (peek() == u',')
            fail(u"wrong number of arguments for aggregate expression provided, expected 1, got 2"_s);
        expect(u')');
        if (!before)
            modifier();
        if (node->args[0]->type != PromValue::Type::Vector)
            fail(
                u"expected type instant vector in aggregation expression, got %1"_s.arg(typeName(node->args[0]->type)));
        return node;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

PromLabels dropName(PromLabels labels)
{
    labels.erase(std::remove_if(labels.begin(), labels.end(), [](const auto &p) { return p.first == u"__name__"_s; }),
                 labels.end());
    return labels;
}

QString labelKey(const PromLabels &labels)
{
    QString key;
    for (const auto &[name, value] : labels) {
        key += name;
        key += QChar(0xfffe);
        key += value;
        key += QChar(0xffff);
    }
    return key;
}

/// Prometheus' extrapolatedRate (promql/functions.go) for rate() and increase().
std::optional<double> extrapolatedRate(const std::vector<PromSample> &samples, qint64 rangeStartMs, qint64 rangeEndMs,
                                       qint64 rangeMs, bool isRate)
{
    if (samples.size() < 2)
        return std::nullopt;
    double result = samples.back().v - samples.front().v;
    double prev = samples.front().v;
    for (size_t i = 1; i < samples.size(); ++i) {
        if (samples[i].v < prev)
            result += prev; // counter reset
        prev = samples[i].v;
    }
    double durationToStart = double(samples.front().tMs - rangeStartMs) / 1000.0;
    double durationToEnd = double(rangeEndMs - samples.back().tMs) / 1000.0;
    const double sampledInterval = double(samples.back().tMs - samples.front().tMs) / 1000.0;
    const double averageDurationBetweenSamples = sampledInterval / double(samples.size() - 1);
    const double extrapolationThreshold = averageDurationBetweenSamples * 1.1;
    if (durationToStart >= extrapolationThreshold)
        durationToStart = averageDurationBetweenSamples / 2;
    if (result > 0 && samples.front().v >= 0) {
        // Counters cannot be negative: do not extrapolate below zero.
        const double durationToZero = sampledInterval * (samples.front().v / result);
        if (durationToZero < durationToStart)
            durationToStart = durationToZero;
    }
    if (durationToEnd >= extrapolationThreshold)
        durationToEnd = averageDurationBetweenSamples / 2;
    double factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
    if (isRate)
        factor /= double(rangeMs) / 1000.0;
    return result * factor;
}

double arithmetic(const QString &op, double a, double b)
{
    if (op == u"+"_s)
        return a + b;
    if (op == u"-"_s)
        return a - b;
    if (op == u"*"_s)
        return a * b;
    if (op == u"/"_s)
        return a / b;
    if (op == u"%"_s)
        return std::fmod(a, b);
    if (op == u"^"_s)
        return std::pow(a, b);
    return std::numeric_limits<double>::quiet_NaN();
}

bool compare(const QString &op, double a, double b)
{
    if (op == u"=="_s)
        return a == b;
    if (op == u"!="_s)
        return a != b;
    if (op == u">"_s)
        return a > b;
    if (op == u"<"_s)
        return a < b;
    if (op == u">="_s)
        return a >= b;
    return a <= b;
}

class Evaluator
{
public:
    Evaluator(const MetricStore &store, qint64 nowMs)
        : m_store(store)
        , m_now(nowMs)
    {}

    PromValue eval(const PromNode &node, qint64 t)
    {
        switch (node.kind) {
        case PromNode::Kind::Number: {
            PromValue v;
            v.scalar = node.number;
            return v;
        }
        case PromNode::Kind::Selector:
            return select(node, t);
        case PromNode::Kind::Call:
            return call(node, t);
        case PromNode::Kind::Aggregate:
            return aggregate(node, t);
        case PromNode::Kind::Binary:
            return binary(node, t);
        case PromNode::Kind::Negate: {
            PromValue v = eval(*node.args[0], t);
            if (v.type == PromValue::Type::Scalar) {
                v.scalar = -v.scalar;
            } else {
                for (PromInstant &e : v.vector) {
                    e.labels = dropName(e.labels);
                    e.v = -e.v;
                }
            }
            return v;
        }
        }
        return {};
    }

private:
    void resolve(const PromNode &node)
    {
        if (node.resolved)
            return;
        for (const MetricSeries &s : m_store.series()) {
            const bool all = std::all_of(node.matchers.begin(), node.matchers.end(),
                                         [&s](const PromMatcher &m) { return m.matches(s.label(m.name)); });
            if (all)
                node.series.push_back(&s);
        }
        node.resolved = true;
    }

    PromValue select(const PromNode &node, qint64 t)
    {
        resolve(node);
        PromValue v;
        if (node.rangeMs > 0) {
            v.type = PromValue::Type::Matrix;
            for (const MetricSeries *s : node.series) {
                PromRangeSeries out{s->labels, {}};
                m_store.range(*s, t - node.rangeMs, t, m_now, out.samples);
                if (!out.samples.empty())
                    v.matrix.push_back(std::move(out));
            }
            return v;
        }
        v.type = PromValue::Type::Vector;
        for (const MetricSeries *s : node.series) {
            if (const std::optional<PromSample> sample = m_store.at(*s, t, m_now))
                v.vector.push_back({s->labels, sample->v});
        }
        return v;
    }

    static void checkUnique(const std::vector<PromInstant> &vector)
    {
        QSet<QString> seen;
        for (const PromInstant &e : vector) {
            const QString key = labelKey(e.labels);
            if (seen.contains(key))
                throw EvalError{u"vector cannot contain metrics with the same labelset"_s};
            seen.insert(key);
        }
    }

    PromValue call(const PromNode &node, qint64 t)
    {
        PromValue out;
        out.type = PromValue::Type::Vector;
        if (node.name == u"time"_s) {
            out.type = PromValue::Type::Scalar;
            out.scalar = double(t) / 1000.0;
            return out;
        }
        if (node.name == u"vector"_s) {
            out.vector.push_back({{}, eval(*node.args[0], t).scalar});
            return out;
        }
        const PromValue arg = eval(*node.args[0], t);
        if (node.name == u"label_replace"_s)
            return labelReplace(node, arg);
        if (node.name == u"abs"_s) {
            for (const PromInstant &e : arg.vector)
                out.vector.push_back({dropName(e.labels), std::abs(e.v)});
            return out;
        }
        const qint64 range = node.args[0]->rangeMs;
        for (const PromRangeSeries &s : arg.matrix) {
            const std::vector<PromSample> &xs = s.samples;
            std::optional<double> v;
            if (node.name == u"rate"_s || node.name == u"increase"_s) {
                v = extrapolatedRate(xs, t - range, t, range, node.name == u"rate"_s);
            } else if (node.name == u"irate"_s) {
                if (xs.size() >= 2) {
                    const PromSample &last = xs[xs.size() - 1];
                    const PromSample &prev = xs[xs.size() - 2];
                    const double delta = last.v < prev.v ? last.v : last.v - prev.v;
                    const double dt = double(last.tMs - prev.tMs) / 1000.0;
                    if (dt > 0)
                        v = delta / dt;
                }
            } else if (node.name == u"avg_over_time"_s) {
                double sum = 0;
                for (const PromSample &x : xs)
                    sum += x.v;
                v = sum / double(xs.size());
            } else if (node.name == u"sum_over_time"_s) {
                double sum = 0;
                for (const PromSample &x : xs)
                    sum += x.v;
                v = sum;
            } else if (node.name == u"min_over_time"_s) {
                double m = xs.front().v;
                for (const PromSample &x : xs)
                    m = (x.v < m || std::isnan(m)) ? x.v : m;
                v = m;
            } else if (node.name == u"max_over_time"_s) {
                double m = xs.front().v;
                for (const PromSample &x : xs)
                    m = (x.v > m || std::isnan(m)) ? x.v : m;
                v = m;
            } else if (node.name == u"count_over_time"_s) {
                v = double(xs.size());
            } else if (node.name == u"last_over_time"_s) {
                v = xs.back().v;
            }
            if (v) {
                const bool keepName = node.name == u"last_over_time"_s;
                out.vector.push_back({keepName ? s.labels : dropName(s.labels), *v});
            }
        }
        checkUnique(out.vector);
        return out;
    }

    /// label_replace: where the source label's value matches the (anchored) regex, the destination label
    /// becomes the replacement with $1, ${1}, $name, ${name} expanded (an empty result removes it).
    static PromValue labelReplace(const PromNode &node, const PromValue &arg)
    {
        const QString &dst = node.grouping.at(0);
        const QString &replacement = node.grouping.at(1);
        const QString &src = node.grouping.at(2);
        const QRegularExpression &regex = node.regex;
        static const QRegularExpression reference(u"\\$(?:\\{(\\w+)\\}|(\\w+))"_s);
        PromValue out;
        out.type = PromValue::Type::Vector;
        for (const PromInstant &e : arg.vector) {
            QString value;
            for (const auto &pair : e.labels) {
                if (pair.first == src)
                    value = pair.second;
            }
            const QRegularExpressionMatch match = regex.match(value);
            if (!match.hasMatch()) {
                out.vector.push_back(e);
                continue;
            }
            QString expanded;
            qsizetype last = 0;
            for (auto it = reference.globalMatch(replacement); it.hasNext();) {
                const QRegularExpressionMatch ref = it.next();
                expanded += replacement.mid(last, ref.capturedStart() - last);
                const QString group = ref.captured(1).isEmpty() ? ref.captured(2) : ref.captured(1);
                bool numeric = false;
                const int n = group.toInt(&numeric);
                expanded += numeric ? match.captured(n) : match.captured(group);
                last = ref.capturedEnd();
            }
            expanded += replacement.mid(last);
            PromLabels labels;
            for (const auto &pair : e.labels) {
                if (pair.first != dst)
                    labels.append(pair);
            }
            if (!expanded.isEmpty())
                labels.append({dst, expanded});
            out.vector.push_back({sortedLabels(std::move(labels)), e.v});
        }
        checkUnique(out.vector);
        return out;
    }

    PromValue aggregate(const PromNode &node, qint64 t)
    {
        const PromValue arg = eval(*node.args[0], t);
        struct Group
        {
            PromLabels labels;
            double sum = 0;
            double min = 0;
            double max = 0;
            qint64 count = 0;
        };
        std::vector<Group> groups;
        QHash<QString, size_t> index;
        for (const PromInstant &e : arg.vector) {
            PromLabels labels;
            for (const auto &pair : e.labels) {
                const bool listed = node.grouping.contains(pair.first);
                if (node.without ? (!listed && pair.first != u"__name__"_s) : listed)
                    labels.append(pair);
            }
            const QString key = labelKey(labels);
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.insert(key, groups.size());
                groups.push_back({labels, 0, e.v, e.v, 0});
            }
            Group &g = groups[*it];
            g.sum += e.v;
            g.min = (e.v < g.min || std::isnan(g.min)) ? e.v : g.min;
            g.max = (e.v > g.max || std::isnan(g.max)) ? e.v : g.max;
            ++g.count;
        }
        PromValue out;
        out.type = PromValue::Type::Vector;
        for (const Group &g : groups) {
            double v = 0;
            if (node.name == u"sum"_s)
                v = g.sum;
            else if (node.name == u"avg"_s)
                v = g.sum / double(g.count);
            else if (node.name == u"min"_s)
                v = g.min;
            else if (node.name == u"max"_s)
                v = g.max;
            else
                v = double(g.count);
            out.vector.push_back({g.labels, v});
        }
        return out;
    }

    PromValue binary(const PromNode &node, qint64 t)
    {
        const PromValue lhs = eval(*node.args[0], t);
        const PromValue rhs = eval(*node.args[1], t);
        const QString &op = node.name;
        if (op == u"or"_s) {
            // Every element of the left side, and those of the right whose labels (but the name) match
            // none on the left.
            PromValue out = lhs;
            QSet<QString> left;
            for (const PromInstant &e : lhs.vector)
                left.insert(labelKey(dropName(e.labels)));
            for (const PromInstant &e : rhs.vector) {
                if (!left.contains(labelKey(dropName(e.labels))))
                    out.vector.push_back(e);
            }
            return out;
        }
        const bool cmp = isComparison(op);
        PromValue out;
        if (lhs.type == PromValue::Type::Scalar && rhs.type == PromValue::Type::Scalar) {
            out.scalar =
                cmp ? (compare(op, lhs.scalar, rhs.scalar) ? 1.0 : 0.0) : arithmetic(op, lhs.scalar, rhs.scalar);
            return out;
        }
        out.type = PromValue::Type::Vector;
        const bool dropNames = !cmp || node.returnBool;
        if (lhs.type == PromValue::Type::Scalar || rhs.type == PromValue::Type::Scalar) {
            const bool scalarLeft = lhs.type == PromValue::Type::Scalar;
            const PromValue &vec = scalarLeft ? rhs : lhs;
            const double s = scalarLeft ? lhs.scalar : rhs.scalar;
            for (const PromInstant &e : vec.vector) {
                const double a = scalarLeft ? s : e.v;
                const double b = scalarLeft ? e.v : s;
                PromLabels labels = dropNames ? dropName(e.labels) : e.labels;
                if (!cmp) {
                    out.vector.push_back({labels, arithmetic(op, a, b)});
                } else if (node.returnBool) {
                    out.vector.push_back({labels, compare(op, a, b) ? 1.0 : 0.0});
                } else if (compare(op, a, b)) {
                    out.vector.push_back({labels, e.v});
                }
            }
            checkUnique(out.vector);
            return out;
        }
        QHash<QString, const PromInstant *> right;
        for (const PromInstant &e : rhs.vector) {
            const QString key = labelKey(dropName(e.labels));
            if (right.contains(key))
                throw EvalError{u"found duplicate series for the match group on the right hand-side of the operation: "
                                u"many-to-many matching not allowed: matching labels must be unique on one side"_s};
            right.insert(key, &e);
        }
        QSet<QString> matchedLeft;
        for (const PromInstant &e : lhs.vector) {
            const PromLabels signature = dropName(e.labels);
            const QString key = labelKey(signature);
            const PromInstant *r = right.value(key);
            if (!r)
                continue;
            if (matchedLeft.contains(key))
                throw EvalError{
                    u"multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)"_s};
            matchedLeft.insert(key);
            PromLabels labels = dropNames ? signature : e.labels;
            if (!cmp)
                out.vector.push_back({labels, arithmetic(op, e.v, r->v)});
            else if (node.returnBool)
                out.vector.push_back({labels, compare(op, e.v, r->v) ? 1.0 : 0.0});
            else if (compare(op, e.v, r->v))
                out.vector.push_back({labels, e.v});
        }
        return out;
    }

    const MetricStore &m_store;
    qint64 m_now;
};

} // namespace

PromQuery::~PromQuery() = default;

std::unique_ptr<PromQuery> PromQuery::parse(const QString &text, QString *error)
{
    std::unique_ptr<PromQuery> query(new PromQuery);
    try {
        Parser parser(text);
        if (text.trimmed().isEmpty())
            throw ParseError{0, u"no expression found in input"_s};
        query->m_root = parser.parseAll();
    } catch (const ParseError &e) {
        if (error) {
            // Prometheus reports "line:column" (1-based); queries here are one line.
            int line = 1;
            int col = 1;
            for (int i = 0; i < e.pos && i < text.size(); ++i) {
                if (text[i] == u'\n') {
                    ++line;
                    col = 1;
                } else {
                    ++col;
                }
            }
            *error = u"%1:%2: parse error: %3"_s.arg(line).arg(col).arg(e.message);
        }
        return nullptr;
    }
    return query;
}

PromValue::Type PromQuery::type() const
{
    return m_root->type;
}

bool PromQuery::evaluate(const MetricStore &store, qint64 tMs, qint64 nowMs, PromValue *out, QString *error,
                         bool sorted) const
{
    try {
        Evaluator evaluator(store, nowMs);
        *out = evaluator.eval(*m_root, tMs);
    } catch (const EvalError &e) {
        if (error)
            *error = e.message;
        return false;
    }
    if (!sorted)
        return true;
    auto byLabels = [](const auto &a, const auto &b) { return a.labels < b.labels; };
    std::sort(out->vector.begin(), out->vector.end(), byLabels);
    std::sort(out->matrix.begin(), out->matrix.end(), byLabels);
    return true;
}

bool PromQuery::matchingSeries(const MetricStore &store, std::vector<const MetricSeries *> *out) const
{
    if (m_root->kind != PromNode::Kind::Selector || m_root->rangeMs > 0)
        return false;
    for (const MetricSeries &s : store.series()) {
        const bool all = std::all_of(m_root->matchers.begin(), m_root->matchers.end(),
                                     [&s](const PromMatcher &m) { return m.matches(s.label(m.name)); });
        if (all)
            out->push_back(&s);
    }
    return true;
}

qint64 parsePromDuration(const QString &text)
{
    static const QRegularExpression re(u"^(?:([0-9]+)y)?(?:([0-9]+)w)?(?:([0-9]+)d)?(?:([0-9]+)h)?(?:([0-9]+)m)?"
                                       u"(?:([0-9]+)s)?(?:([0-9]+)ms)?$"_s);
    if (text.isEmpty())
        return -1;
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return -1;
    static const qint64 units[] = {365LL * 86400000, 7LL * 86400000, 86400000, 3600000, 60000, 1000, 1};
    qint64 total = 0;
    bool any = false;
    for (int i = 0; i < 7; ++i) {
        if (match.capturedLength(i + 1) > 0) {
            total += match.captured(i + 1).toLongLong() * units[i];
            any = true;
        }
    }
    return any ? total : -1;
}

QString formatPromValue(double v)
{
    if (std::isnan(v))
        return u"NaN"_s;
    if (std::isinf(v))
        return v > 0 ? u"+Inf"_s : u"-Inf"_s;
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

} // namespace KryNet::LabSim
