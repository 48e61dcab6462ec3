#pragma once

#include "core/inspection/InspectionMeta.h"
#include "core/report/ReportOptions.h"
#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace ab
{
class InspectionFile;
}

namespace ab::report
{

// One checklist item as the documents show it, texts in the chosen language.
struct ItemRow {
    QString id;
    QString kind; // interview | document | probe
    QString text;
    QString status; // compliant | partial | noncompliant | na | pending | answered (unscored types)
    QString value;  // the answer as typed, for items that are not compliant/partial/... (a date, a number, text)
    QString note;
    QString severity; // the item's severity
    QString remediation;
    QList<qint64> evidence;
};

struct SectionData {
    QString id;
    QString title;
    QList<ItemRow> items;        // applicable items (answered, pending, or answered "na")
    std::optional<double> score; // none when nothing in it is scored yet
    int answered = 0, applicable = 0, pending = 0, noncompliant = 0;
};

struct FindingData {
    qint64 id = 0;
    QString title;    // the finding's own (English, from the probe) title
    QString check;    // probe check id, may be empty
    QString item;     // catalog item id, may be empty
    QString severity; // high | medium | low | info
    QString status;   // open | resolved
    QString device;   // address[:port], empty when on no device
    QString service;  // e.g. ftp, http: from the title or the check
    QString detail;   // masked: a password never appears whole
    QString cve;
    QString recommendation; // in the chosen language when the catalog item has one, else the finding's own
    QDate deadline;
    QList<qint64> evidence;
    bool weakPassword = false;
    bool vulnerability = false; // medium/high-risk vulnerability
    QString account;            // for weak passwords, when the detail names it
    QString maskedPassword;
};

struct EvidenceData {
    qint64 id = 0;
    QString sha256;
    qint64 size = 0;
    QString name;
    QString kind;
    QString item;
};

struct CounterData {
    QString id;
    QString title;
    int count = 0;
};

// Everything a document needs, collected from an open inspection through the
// core APIs (meta, questionnaire, assets, evidence, custody head) in one
// read, so building and rendering never touch the database and can run on
// any thread.
struct ReportData {
    ReportOptions options; // resolved: issue date, number and place are set
    QString inspectionId;
    QString regime;
    QString organisation;
    QString location;
    QList<SystemInfo> systems;
    QStringList team; // the last listed is the team leader
    QStringList scope;
    QString catalogId, catalogVersion, catalogTitle;
    QDate startDate, endDate;

    QList<SectionData> sections;
    double scoreTotal = 0, scoreMax = 100, scorePercent = 0, deductions = 0;
    int answered = 0, applicable = 0, pending = 0;
    QMap<QString, int> noncompliantBySeverity; // high/medium/low/info
    int partialCount = 0, noncompliantCount = 0;
    QList<CounterData> counters; // the catalog's (weak passwords; medium/high-risk vulnerabilities)

    QList<FindingData> findings; // open and resolved, high first
    QList<EvidenceData> evidence;
    qint64 chainSeq = 0;
    QString chainHash;
    QDateTime issuedAt; // UTC
    QString issuedBy;
    int priorIssued = 0; // documents of this kind already recorded

    // Reads it all; the inspection may be open read-only.
    static Result<ReportData> collect(InspectionFile &file, const ReportOptions &options, const Progress &progress = {});

    QString leader() const { return team.isEmpty() ? QString() : team.last(); }
    QList<FindingData> openFindings() const;
    int findingsOfSeverity(const QString &severity) const;
    int weakPasswordCount() const;
    int vulnerabilityCount() const;

    // "password admin123" in free text becomes "password a***3": the last
    // line of defence for details typed by hand (probe details are masked).
    static QString maskPasswords(const QString &text);
};

} // namespace ab::report
