#pragma once

#include "core/catalog/Expression.h"
#include "core/inspection/CatalogPin.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab::catalog {

// A text in the three languages of the workbench.
struct L10n {
    QString en, zh_CN, vi;
    QString text(const QString &lang) const; // falls back to English
};

struct Source {
    QString id;
    L10n title;
    bool verified = true;
};

struct Clause {
    QString source;
    QString ref;
    bool verified = true;
};

struct Choice {
    QString id;
    L10n label;
};

enum class AnswerType { Compliance, YesNo, Text, Number, Date, Choice, MultiChoice };
QString answerTypeName(AnswerType type);

struct Item {
    QString id;
    QString section;
    QString kind; // interview | document | probe
    L10n text, guidance, remediation;
    QList<Clause> clauses;
    std::optional<Expression> applies;    // by levels, regime: false = not applicable
    std::optional<Expression> relevantIf; // skip logic over other answers
    std::optional<Expression> compliantIf; // non-compliance types: value -> met?
    AnswerType answerType = AnswerType::Compliance;
    QList<Choice> choices;
    QStringList evidence; // kinds expected
    double weight = 1;
    QString severity; // high | medium | low | info
    QStringList checks;
    bool requiresAuthorisation = false;

    bool isScored() const { return answerType == AnswerType::Compliance || compliantIf.has_value(); }
};

struct Section {
    QString id;
    L10n title;
};

// A figure the report must show beside the score, e.g. the seed notice's
// weak passwords and medium/high-risk vulnerabilities: how many of these
// items were answered and not fully met.
struct Counter {
    QString id;
    L10n title;
    QStringList items;
};

struct ScoringRules {
    QList<Counter> counters;
    double scale = 100;
    QMap<QString, double> values;     // compliant/partial/noncompliant -> 0..1
    QMap<QString, double> deductions; // severity -> points
    double partialDeduction = 0.5;
};

// A checklist catalog (docs/catalog-format.md), validated whole on load:
// a catalog with any fault is rejected and nothing of it is used.
class Catalog final {
public:
    static constexpr const char *Format = "auditbench-catalog/1";

    // sourceName (a file path or "cn-miit") is only used in error messages.
    static Result<Catalog> parse(const QByteArray &json, const QString &sourceName);
    static Result<Catalog> load(const QString &path);
    // The catalogs shipped with AuditBench, by id (cn-miit, vn-mic).
    static QStringList shippedIds();
    static Result<Catalog> shipped(const QString &id);
    // A shipped id, or else the path of a catalog file.
    static Result<Catalog> resolve(const QString &idOrPath);

    QString id() const { return m_id; }
    QString version() const { return m_version; }
    QString regime() const { return m_regime; }
    const L10n &title() const { return m_title; }
    const QList<Source> &sources() const { return m_sources; }
    const QList<Section> &sections() const { return m_sections; }
    const QList<Item> &items() const { return m_items; }
    const ScoringRules &scoring() const { return m_scoring; }
    const Item *item(const QString &id) const;
    const Section *section(const QString &id) const;
    const Source *source(const QString &id) const;

    // The exact bytes it was parsed from, kept in the inspection when pinned.
    const QByteArray &json() const { return m_json; }
    QString sha256() const;
    // What an inspection keeps of it (see CatalogPin).
    PinnedCatalog pin() const { return PinnedCatalog{m_id, m_version, sha256(), m_json}; }

private:
    QString m_id, m_version, m_regime;
    L10n m_title;
    QList<Source> m_sources;
    QList<Section> m_sections;
    QList<Item> m_items;
    QMap<QString, qsizetype> m_index;
    ScoringRules m_scoring;
    QByteArray m_json;
    friend class CatalogParser;
};

} // namespace ab::catalog
