#pragma once

#include "core/findings/FindingService.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace ab::report
{

// The three documents an inspection team leaves behind.
enum class Kind { Report, Notice, Record };
enum class Format { Pdf, Html };

QString kindName(Kind kind);                     // report | notice | record
bool parseKind(const QString &name, Kind *kind); // false when unknown
QString formatName(Format format);               // pdf | html
bool parseFormat(const QString &name, Format *format);
QStringList documentLanguages(); // zh_CN, vi, en

// (done, total) -> false to cancel. Rendering runs on a worker thread in the
// GUI; the callback is called on that thread.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// What the issuer of a document decides beyond what the inspection holds.
struct ReportOptions {
    Kind kind = Kind::Report;
    QString lang = QStringLiteral("en");              // zh_CN | vi | en
    QString number;                                   // empty: the next number after those already issued
    QDate issueDate;                                  // invalid: today
    QString issuer;                                   // the inspecting body; empty: the documents' default
    QString place;                                    // where it is issued (Decree 30 date line); empty: the inspection's location
    QStringList representatives;                      // the inspected unit's people on site; empty: blank lines to fill by hand
    int deadlineDays = findings::DefaultDeadlineDays; // rectification deadline from the issue date, unless a finding has its own
    QMap<qint64, QDate> deadlines;                    // per finding id, overriding the finding's own (GUI edits before issuing)
};

} // namespace ab::report
