#pragma once

#include "core/catalog/Answers.h"
#include "core/catalog/Catalog.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace ab {
class InspectionFile;
}

namespace ab::catalog {

enum class ItemState {
    Pending,       // applicable and relevant, not answered yet
    Answered,      // answered (any value but na)
    NotApplicable, // ruled out by `applies`, or answered na
    Skipped,       // ruled out by `relevant_if` (skip logic)
};
QString itemStateName(ItemState state);

struct ItemStatus {
    const Item *item = nullptr;
    ItemState state = ItemState::Pending;
    std::optional<Answer> answer;
    std::optional<double> compliance; // 0..1 when answered and scored
    QString problem;                  // an expression that failed to evaluate
};

struct SectionScore {
    QString id;
    L10n title;
    double score = 0;  // on the catalog's scale
    double weight = 0; // answered, scored weight
    int answered = 0, applicable = 0, pending = 0, noncompliant = 0;
};

struct Score {
    double scale = 100;
    double total = 0; // after deductions, never below 0
    double deductions = 0;
    int answered = 0, applicable = 0, pending = 0;
    QList<SectionScore> sections;
    QMap<QString, int> noncompliantBySeverity; // high/medium/low/info -> count (partial counts too)
    QList<QPair<Counter, int>> counters;       // the catalog's counters, in its order
    QJsonObject toJson(const QString &lang) const;
};

// The guided inspection over the pinned catalog: which items apply (levels,
// regime), which are skipped (answers to other items), the answers, and the
// score. The catalog's rules decide; nothing here is specific to a regime.
class Questionnaire final {
public:
    // The inspection's pinned catalog; a file from before pinning uses the
    // regime's shipped catalog and pins it with its first answer.
    static Result<Questionnaire> load(InspectionFile &file);

    const Catalog &catalog() const { return m_catalog; }
    bool isPinned() const { return m_pinned; }
    QList<ItemStatus> evaluate() const;
    Score score() const;

    // Parses VALUE for the item's answer type (compliant|partial|noncompliant|na,
    // yes|no, a number, an ISO date, a choice id, comma-separated choice ids, text).
    static Result<QJsonValue> parseValue(const Item &item, const QString &text);
    // Records an answer in one transaction with its custody entry. Replacing a
    // probe's answer needs a reason, which is kept.
    Result<Answer> answer(const QString &itemId, const QString &valueText, const QString &note, const QList<qint64> &evidence,
                          const QString &overrideReason = {});
    // The same for an answer produced by a probe check (source "probe").
    Result<Answer> answerFromProbe(const QString &itemId, const QJsonValue &value, const QString &note, const QList<qint64> &evidence);

private:
    Questionnaire(InspectionFile &file, Catalog catalog, bool pinned) : m_file(&file), m_catalog(std::move(catalog)), m_pinned(pinned) {}
    Result<Answer> store(Answer answer);
    Expression::Context context(const std::function<QVariant(const QString &)> &answerOf) const;

    InspectionFile *m_file;
    Catalog m_catalog;
    bool m_pinned = false;
    QMap<QString, Answer> m_answers;
};

} // namespace ab::catalog
