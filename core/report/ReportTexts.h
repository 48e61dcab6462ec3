#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace ab::report
{

// The fixed texts of the documents (titles, headings, legal basis by regime,
// boilerplate), kept as data in resources/report/*.json with the three
// languages side by side and embedded under :/report. Every file is checked
// whole on load, like a catalog: a missing language, a missing or unknown
// key, or translations that disagree on their {placeholders} refuse it,
// naming the file and the key.
class ReportTexts final
{
public:
    static constexpr const char *Format = "auditbench-report-texts/1";

    // The files and, for each, the keys the documents use ("checks" may hold
    // any check id: a finding whose check has no text keeps its own title).
    static QStringList fileIds();
    static QStringList requiredKeys(const QString &fileId);

    // The shipped texts, parsed once (thread-safe) and then shared.
    static Result<ReportTexts> shipped();
    // The texts from the folder dir (one FILE_ID.json per file), for tests
    // and for a site's own wording.
    static Result<ReportTexts> loadFolder(const QString &dir);
    // One file's JSON; sourceName (a path) is only used in messages.
    static Result<QHash<QString, std::array<QString, 3>>> parseFile(const QByteArray &json, const QString &fileId,
                                                                    const QString &sourceName);

    // "report.title", "common.severity.high", "checks.telnet-open" in lang
    // (zh_CN | vi | en). Keys the documents use always exist once loaded.
    QString text(const QString &key, const QString &lang) const;
    bool has(const QString &key) const { return m_texts.contains(key); }
    // The text with {name} replaced by args[name].
    QString format(const QString &key, const QString &lang, const QMap<QString, QString> &args) const;
    static QString substitute(QString text, const QMap<QString, QString> &args);

private:
    static int langIndex(const QString &lang);
    QHash<QString, std::array<QString, 3>> m_texts; // en, zh_CN, vi
};

} // namespace ab::report
