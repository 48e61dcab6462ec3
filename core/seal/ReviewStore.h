#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ab
{

class InspectionFile;

// A supervisor's word on an inspection: a comment (on the inspection or on
// one object of it), an approval or a rejection. Each names the seal it
// follows (0 on an unsealed file).
struct ReviewEntry {
    enum class Kind { Comment, Approval, Rejection };
    qint64 id = 0;
    Kind kind = Kind::Comment;
    QString object; // empty (the inspection), evidence:N, finding:N, answer:ITEM, report:N
    QString text;
    qint64 sealId = 0;
    QDateTime at;
    QString by;

    static QString kindName(Kind kind); // comment | approval | rejection
    QJsonObject toJson() const;
};

struct ReviewSummary {
    qint64 comments = 0, approvals = 0, rejections = 0;
    // The latest approval or rejection decides; none yet: Comment.
    ReviewEntry::Kind decision = ReviewEntry::Kind::Comment;
    QString decidedBy;
    QDateTime decidedAt;
    QJsonObject toJson() const;
};

// Review rows through RecordTable (`review`, review.add custody entries):
// the only writes a sealed copy accepts, so they never touch what the seal
// covers. Each call is its own transaction; the reviewer is the file's actor.
class ReviewStore final
{
public:
    explicit ReviewStore(InspectionFile &file) : m_file(file) {}

    Result<ReviewEntry> comment(const QString &text, const QString &object = {});
    // Decisions are about what a seal covers: refused on an unsealed file.
    Result<ReviewEntry> approve(const QString &text = {});
    Result<ReviewEntry> reject(const QString &reason);

    Result<QList<ReviewEntry>> list() const; // oldest first; empty before format 4
    Result<ReviewSummary> summary() const;

    // Usage error naming what is wrong when `object` is not one of this file's objects.
    Result<void> checkObject(const QString &object) const;

private:
    Result<ReviewEntry> add(ReviewEntry::Kind kind, const QString &text, const QString &object);
    InspectionFile &m_file;
};

} // namespace ab
