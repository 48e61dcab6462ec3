#include "core/seal/ReviewStore.h"

#include "core/catalog/Answers.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/Schema.h"
#include "core/inspection/SqlUtil.h"
#include "core/seal/SealStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ab
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::ReviewStore)
};

const QString Table = QStringLiteral("review");
constexpr qsizetype MaxText = 20000;

ReviewEntry::Kind kindFrom(const QString &name)
{
    if (name == QLatin1String("approval"))
        return ReviewEntry::Kind::Approval;
    if (name == QLatin1String("rejection"))
        return ReviewEntry::Kind::Rejection;
    return ReviewEntry::Kind::Comment;
}

ReviewEntry fromRow(const QJsonObject &row)
{
    ReviewEntry e;
    e.id = qint64(row.value(QStringLiteral("id")).toDouble());
    e.kind = kindFrom(row.value(QStringLiteral("kind")).toString());
    e.object = row.value(QStringLiteral("object")).toString();
    e.text = row.value(QStringLiteral("text")).toString();
    e.sealId = qint64(row.value(QStringLiteral("seal_id")).toDouble());
    e.at = QDateTime::fromString(row.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    e.by = row.value(QStringLiteral("by")).toString();
    return e;
}
} // namespace

QString ReviewEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Approval:
        return QStringLiteral("approval");
    case Kind::Rejection:
        return QStringLiteral("rejection");
    case Kind::Comment:
        break;
    }
    return QStringLiteral("comment");
}

QJsonObject ReviewEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), double(id)},
                       {QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("object"), object},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("seal_id"), double(sealId)},
                       {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("by"), by}};
}

QJsonObject ReviewSummary::toJson() const
{
    QJsonObject o{
        {QStringLiteral("comments"), double(comments)},
        {QStringLiteral("approvals"), double(approvals)},
        {QStringLiteral("rejections"), double(rejections)},
        {QStringLiteral("decision"), decision == ReviewEntry::Kind::Comment ? QStringLiteral("none") : ReviewEntry::kindName(decision)}};
    if (decision != ReviewEntry::Kind::Comment) {
        o.insert(QStringLiteral("decided_by"), decidedBy);
        o.insert(QStringLiteral("decided_at"), decidedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    return o;
}

Result<void> ReviewStore::checkObject(const QString &object) const
{
    if (object.isEmpty())
        return {};
    static const QRegularExpression shape(QStringLiteral("^(evidence|finding|report|answer):(.+)$"));
    const auto m = shape.match(object);
    if (!m.hasMatch())
        return makeError(
            ErrorCode::Usage,
            Tr::tr("\"%1\" is not an object of an inspection; use evidence:N, finding:N, answer:ITEM or report:N.").arg(object));
    const QString type = m.captured(1);
    const QString key = m.captured(2);
    InspectionFile &file = m_file;
    if (type == QLatin1String("answer")) {
        auto answers = catalog::AnswerStore(file).all();
        if (!answers)
            return answers.error();
        if (!answers->contains(key))
            return makeError(ErrorCode::Usage, Tr::tr("The inspection has no answer to %1.").arg(key));
        return {};
    }
    bool ok = false;
    const qint64 id = key.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(
            ErrorCode::Usage,
            Tr::tr("\"%1\" is not an object of an inspection; use evidence:N, finding:N, answer:ITEM or report:N.").arg(object));
    if (type == QLatin1String("evidence")) {
        if (auto e = EvidenceStore(file).get(id); !e)
            return makeError(ErrorCode::Usage, Tr::tr("The inspection has no evidence %1.").arg(id));
        return {};
    }
    if (!schema::tablesOf(file.schemaVersion()).contains(type) || !RecordTable(file, type).get(id))
        return makeError(ErrorCode::Usage, type == QLatin1String("finding") ? Tr::tr("The inspection has no finding %1.").arg(id)
                                                                            : Tr::tr("The inspection has no report %1.").arg(id));
    return {};
}

Result<ReviewEntry> ReviewStore::comment(const QString &text, const QString &object)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("A review comment needs some text."));
    return add(ReviewEntry::Kind::Comment, text, object);
}

Result<ReviewEntry> ReviewStore::approve(const QString &text)
{
    return add(ReviewEntry::Kind::Approval, text, {});
}

Result<ReviewEntry> ReviewStore::reject(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("A rejection needs a reason (--comment TEXT)."));
    return add(ReviewEntry::Kind::Rejection, reason, {});
}

Result<ReviewEntry> ReviewStore::add(ReviewEntry::Kind kind, const QString &text, const QString &object)
{
    if (auto r = m_file.checkWrite(QStringLiteral("review.add")); !r)
        return r.error();
    if (m_file.schemaVersion() < 4)
        return makeError(ErrorCode::Usage, Tr::tr("The inspection file is too old for review; open it for writing once to upgrade it."));
    if (text.size() > MaxText)
        return makeError(ErrorCode::Usage, Tr::tr("The review text is too long (at most %1 characters).").arg(MaxText));
    if (auto r = checkObject(object); !r)
        return r.error();
    auto seal = SealStore(m_file).latest();
    if (!seal)
        return seal.error();
    if (kind != ReviewEntry::Kind::Comment && seal->id == 0)
        return makeError(ErrorCode::Usage,
                         Tr::tr("Only a sealed copy can be approved or rejected: the decision is about what the seal covers. "
                                "Ask for a sealed copy (export --seal)."));
    sql::Transaction tx(m_file.database());
    if (auto r = tx.begin(); !r)
        return r.error();
    auto row = RecordTable(m_file, Table)
                   .add(QJsonObject{{QStringLiteral("kind"), ReviewEntry::kindName(kind)},
                                    {QStringLiteral("object"), object},
                                    {QStringLiteral("text"), text},
                                    {QStringLiteral("seal_id"), double(seal->id)},
                                    {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("by"), m_file.actor()}});
    if (!row)
        return row.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return fromRow(*row);
}

Result<QList<ReviewEntry>> ReviewStore::list() const
{
    QList<ReviewEntry> out;
    if (!schema::tablesOf(m_file.schemaVersion()).contains(Table))
        return out;
    auto rows = RecordTable(m_file, Table).all();
    if (!rows)
        return rows.error();
    for (const QJsonObject &row : std::as_const(*rows))
        out.append(fromRow(row));
    return out;
}

Result<ReviewSummary> ReviewStore::summary() const
{
    auto entries = list();
    if (!entries)
        return entries.error();
    ReviewSummary s;
    for (const ReviewEntry &e : std::as_const(*entries)) {
        switch (e.kind) {
        case ReviewEntry::Kind::Comment:
            ++s.comments;
            continue;
        case ReviewEntry::Kind::Approval:
            ++s.approvals;
            break;
        case ReviewEntry::Kind::Rejection:
            ++s.rejections;
            break;
        }
        s.decision = e.kind;
        s.decidedBy = e.by;
        s.decidedAt = e.at;
    }
    return s;
}

} // namespace ab
