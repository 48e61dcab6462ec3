#pragma once

#include "core/inspection/Assets.h"
#include "core/util/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab
{
class InspectionFile;
}

namespace ab::catalog
{
class Questionnaire;
}

namespace ab::findings
{

// A finding without a deadline of its own gets this many days from the
// report's date for its rectification.
constexpr int DefaultDeadlineDays = 30;

// open | resolved | dismissed | merged (merged only through merge()).
QStringList statuses();
// high | medium | low | info, most severe first.
QStringList severities();
// Findings that count for the report: neither merged into another nor dismissed.
bool isActive(const FindingRecord &f);

// The fields of one edit; unset ones stay as they are.
struct FindingChanges {
    std::optional<QString> title;
    std::optional<QString> severity;
    std::optional<QString> item;
    std::optional<qint64> deviceId; // 0: no device
    std::optional<int> port;        // 0: the device as a whole
    std::optional<QList<qint64>> evidence;
    std::optional<QString> detail;
    std::optional<QString> recommendation;
    std::optional<QString> deadline; // ISO date, empty: the report's default
    std::optional<QString> status;   // open | resolved | dismissed
    bool isEmpty() const;
};

// What the step list and the report check need to know, from one query.
struct FindingSummary {
    qint64 total = 0;
    qint64 active = 0;
    qint64 withoutEvidence = 0;       // active findings no evidence item proves
    QList<qint64> withoutEvidenceIds; // the first of them, for a list a person reads
    QMap<QString, qint64> activeBySeverity;
};

// Findings recorded by hand, from an answer, or merged: every change in one
// transaction with its custody entry (RecordTable), nothing ever deleted.
// Checks what a person can get wrong: unknown item, device or evidence,
// a date that is not one, a severity or status that does not exist.
class FindingService final
{
public:
    explicit FindingService(InspectionFile &file) : m_file(file) {}

    // source defaults to manual; created_at/by are filled in.
    Result<FindingRecord> add(FindingRecord finding);
    Result<FindingRecord> edit(qint64 id, const FindingChanges &changes);
    // `keep` absorbs the others: the union of their evidence, their details
    // (each once), the highest severity, and the item, device, recommendation
    // or deadline it lacked. The others stay, with status "merged" and
    // merged_into = keep.
    Result<FindingRecord> merge(qint64 keep, const QList<qint64> &others);
    // From a non-compliant or partial answer: the item's text (in `lang`) as
    // title, its severity, its remediation as recommendation, the answer's
    // note as detail and its evidence. Refused when an active finding already
    // records that answer (edit that one instead).
    Result<FindingRecord> fromAnswer(const catalog::Questionnaire &questionnaire, const QString &itemId, const QString &lang);
    Result<FindingRecord> fromAnswer(const QString &itemId, const QString &lang);

    Result<FindingRecord> get(qint64 id) const;
    // Findings in the report's order, most severe first, then by id; `after`
    // is the last one of the previous page (nullptr: from the start). Pages
    // keep a browser of thousands of findings from reading them all at once.
    // `sources` narrows them to findings of those sources (probe, nmap...).
    Result<QList<FindingRecord>> page(const FindingRecord *after, int limit, const QStringList &sources = {}) const;
    Result<qint64> countFrom(const QStringList &sources) const;
    Result<FindingSummary> summary() const;
    // The active finding that records itemId's answer, or 0.
    Result<qint64> findingForAnswer(const QString &itemId) const;

    // "ADDR" or "ADDR:PORT" ("[v6]:PORT" for IPv6) -> the known device's id and the port.
    Result<std::pair<qint64, int>> resolveAsset(const QString &text) const;

private:
    Result<void> checkEvidence(const QList<qint64> &ids) const;
    Result<void> checkDevice(qint64 deviceId) const;
    Result<void> checkItem(const QString &itemId) const;
    static Result<void> checkDeadline(const QString &deadline);
    bool hasTable() const;

    InspectionFile &m_file;
};

} // namespace ab::findings
