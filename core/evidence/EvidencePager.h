#pragma once

#include "core/evidence/EvidenceItem.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab
{

class InspectionFile;

// Which evidence items a browser shows, and in what order: filtered and
// sorted by SQLite, so an inspection of 100,000 items is read a page at a time.
struct EvidenceQuery {
    enum class Order { Added, Name, Kind, Size, Sha256, Item, AddedBy };
    // Added is the order of the custody log (item numbers): timestamps can
    // repeat within an import and the clock may be set back on site.
    Order order = Order::Added;
    bool descending = false;
    QString text;      // found (ASCII case-insensitively) in name, note, SHA-256, item or who added it
    QStringList kinds; // kinds that also match the text (their translated names contain it)
    QString onlyKind;  // just this kind (document for an authorisation), empty = any
    bool operator==(const EvidenceQuery &) const = default;
};

// Reads an EvidenceQuery's items page by page with keyset paging: each page
// starts after the last row of the one before, so the last page of 100,000
// costs what the first does. One pager per query; reset() starts again.
class EvidencePager final
{
public:
    EvidencePager(const InspectionFile &file, EvidenceQuery query) : m_file(file), m_query(std::move(query)) {}

    const EvidenceQuery &query() const { return m_query; }
    Result<qint64> count() const;
    // The next `limit` items (fewer at the end, none after it).
    Result<QList<EvidenceItem>> next(int limit);
    bool atEnd() const { return m_atEnd; }
    void reset();

private:
    QString where(QVariantList &binds) const;
    const InspectionFile &m_file;
    EvidenceQuery m_query;
    std::optional<EvidenceItem> m_last;
    bool m_atEnd = false;
};

} // namespace ab
