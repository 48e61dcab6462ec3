#include "core/catalog/Answers.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ab::catalog {

namespace {
// A lone JSON value is stored inside a one-element array: JSON text needs a
// container, and this keeps strings, numbers and lists apart exactly.
QString encodeValue(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue decodeValue(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(double(id));
    return a;
}

QList<qint64> idsFromJson(const QJsonArray &a)
{
    QList<qint64> out;
    for (const QJsonValue &v : a)
        out.append(qint64(v.toDouble()));
    return out;
}
} // namespace

QJsonObject Answer::record() const
{
    return QJsonObject{{QStringLiteral("item"), item},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("override_reason"), overrideReason},
                       {QStringLiteral("evidence"), idsToJson(evidence)},
                       {QStringLiteral("answered_at"), at.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("answered_by"), by}};
}

Answer Answer::fromRecord(const QJsonObject &r)
{
    Answer a;
    a.item = r.value(QStringLiteral("item")).toString();
    a.value = r.value(QStringLiteral("value"));
    a.note = r.value(QStringLiteral("note")).toString();
    a.source = r.value(QStringLiteral("source")).toString();
    a.overrideReason = r.value(QStringLiteral("override_reason")).toString();
    a.evidence = idsFromJson(r.value(QStringLiteral("evidence")).toArray());
    a.at = QDateTime::fromString(r.value(QStringLiteral("answered_at")).toString(), Qt::ISODateWithMs);
    a.by = r.value(QStringLiteral("answered_by")).toString();
    return a;
}

Result<QMap<QString, Answer>> AnswerStore::all() const
{
    QMap<QString, Answer> out;
    if (m_file.schemaVersion() < 2)
        return out; // a file from before answers existed, opened read-only
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT item, value, note, source, override_reason, evidence,"
                                                                 " answered_at, answered_by FROM answer"));
    if (auto r = sql::exec(q); !r)
        return r.error();
    while (q.next()) {
        Answer a;
        a.item = q.value(0).toString();
        a.value = decodeValue(q.value(1).toString());
        a.note = q.value(2).toString();
        a.source = q.value(3).toString();
        a.overrideReason = q.value(4).toString();
        a.evidence = idsFromJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array());
        a.at = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        a.by = q.value(7).toString();
        out.insert(a.item, a);
    }
    return out;
}

Result<Answer> AnswerStore::put(Answer a)
{
    a.at = QDateTime::currentDateTimeUtc();
    a.by = m_file.actor();
    QSqlQuery q = sql::prepare(m_file.database(),
                               QStringLiteral("INSERT INTO answer (item, value, note, source, override_reason, evidence, answered_at, answered_by)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(item) DO UPDATE SET value = excluded.value,"
                                              " note = excluded.note, source = excluded.source, override_reason = excluded.override_reason,"
                                              " evidence = excluded.evidence, answered_at = excluded.answered_at, answered_by = excluded.answered_by"));
    q.addBindValue(a.item);
    q.addBindValue(encodeValue(a.value));
    q.addBindValue(a.note.isNull() ? QString(QLatin1String("")) : a.note);
    q.addBindValue(a.source);
    q.addBindValue(a.overrideReason.isNull() ? QString(QLatin1String("")) : a.overrideReason);
    q.addBindValue(QString::fromUtf8(QJsonDocument(idsToJson(a.evidence)).toJson(QJsonDocument::Compact)));
    q.addBindValue(a.at.toString(Qt::ISODateWithMs));
    q.addBindValue(a.by);
    if (auto r = sql::exec(q); !r)
        return r.error();
    if (auto r = m_file.custody().append(QStringLiteral("answer.set"), QStringLiteral("answer:%1").arg(a.item), a.record()); !r)
        return r.error();
    return a;
}

} // namespace ab::catalog
