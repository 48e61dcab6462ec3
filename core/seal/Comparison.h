#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ab
{

// What one inspection file holds for one compared thing (absent: not present).
struct ComparisonCell {
    bool present = false;
    QString value;  // the main fact: an answer's value, a finding's severity, a device's identity...
    QString detail; // the secondary one: the note, the status, services' TLS...
    bool operator==(const ComparisonCell &) const = default;
};

// One thing compared across the files: a table row with one cell per file.
struct ComparisonRow {
    enum class Section { Details, Answer, Finding, Device, Service, Evidence, EvidenceName };
    Section section = Section::Details;
    QString key;   // stable within its section: item id, address, sha256, match key...
    QString label; // what a person reads: the field, the item, the finding's title...
    QList<ComparisonCell> cells;
    bool differs() const;
    static QString sectionName(Section section); // details | answer | finding | device | service | evidence | evidence-name
};

// Several inspectors' files of the same site side by side, for a table:
// one column per file, one row per thing any of them holds.
struct Comparison {
    QStringList files;  // as given
    QStringList titles; // per file: organisation and team, for column headers
    QList<ComparisonRow> rows;

    QList<ComparisonRow> differences() const;
    qsizetype differenceCount() const;
    // {"files":[...],"differences":N,"rows":[{"section","key","label","differs","cells":[{"present","value","detail"}]}]}
    QJsonObject toJson(bool onlyDifferences = true) const;
};

} // namespace ab
