#include "core/inspection/CustodyLog.h"

#include "core/crypto/Hash.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace ab
{

namespace
{
const QString HeadKey = QStringLiteral("custody_head");
}

QByteArray CustodyEntry::canonical() const
{
    const QJsonArray a{double(seq), at.toUTC().toString(Qt::ISODateWithMs), actor, action, object, detail, prev};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString CustodyEntry::computeHash() const
{
    return QString::fromLatin1(crypto::Sha256::hashHex(canonical()));
}

QString CustodyLog::genesis() const
{
    return QString::fromLatin1(crypto::Sha256::hashHex(QByteArray(QByteArrayLiteral("AuditBench custody genesis:") + m_file.fileId())));
}

QByteArray CustodyLog::headMac(qint64 seq, const QString &hash) const
{
    const QByteArray key = m_file.subkey(QByteArrayLiteral("custody-head-mac"));
    return crypto::hmacSha256(reinterpret_cast<const unsigned char *>(key.constData()), key.size(),
                              QByteArray(QByteArray::number(seq) + '|' + hash.toLatin1()))
        .toHex();
}

Result<CustodyEntry> CustodyLog::append(const QString &action, const QString &object, const QJsonObject &detail)
{
    // The one place every change passes: a sealed copy refuses here whatever
    // the writer (the caller's transaction then rolls its row back).
    if (auto r = m_file.checkWrite(action); !r)
        return r.error();
    QSqlDatabase db = m_file.database();
    QSqlQuery last = sql::prepare(db, QStringLiteral("SELECT seq, hash FROM custody ORDER BY seq DESC LIMIT 1"));
    if (auto r = sql::exec(last); !r)
        return r.error();
    CustodyEntry e;
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prev = last.value(1).toString();
    } else {
        e.seq = 1;
        e.prev = genesis();
    }
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = m_file.actor();
    e.action = action;
    e.object = object;
    e.detail = detail;
    e.hash = e.computeHash();

    QSqlQuery ins = sql::prepare(db, QStringLiteral("INSERT INTO custody (seq, at, actor, action, object, detail, prev, hash)"
                                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(e.seq);
    ins.addBindValue(e.at.toString(Qt::ISODateWithMs));
    ins.addBindValue(e.actor);
    ins.addBindValue(e.action);
    ins.addBindValue(e.object);
    ins.addBindValue(QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)));
    ins.addBindValue(e.prev);
    ins.addBindValue(e.hash);
    if (auto r = sql::exec(ins); !r)
        return r.error();

    const QJsonObject head{{QStringLiteral("seq"), double(e.seq)},
                           {QStringLiteral("hash"), e.hash},
                           {QStringLiteral("mac"), QString::fromLatin1(headMac(e.seq, e.hash))}};
    if (auto r = m_file.setMeta(HeadKey, QString::fromUtf8(QJsonDocument(head).toJson(QJsonDocument::Compact))); !r)
        return r.error();
    return e;
}

Result<QList<CustodyEntry>> CustodyLog::entries(qint64 fromSeq, qint64 limit) const
{
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT seq, at, actor, action, object, detail, prev, hash FROM custody"
                                                                 " WHERE seq >= ? ORDER BY seq LIMIT ?"));
    q.addBindValue(fromSeq);
    q.addBindValue(limit);
    if (auto r = sql::exec(q); !r)
        return r.error();
    QList<CustodyEntry> out;
    while (q.next()) {
        CustodyEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.object = q.value(4).toString();
        e.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        e.prev = q.value(6).toString();
        e.hash = q.value(7).toString();
        out.append(std::move(e));
    }
    return out;
}

Result<qint64> CustodyLog::count() const
{
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT count(*) FROM custody"));
    if (auto r = sql::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> CustodyLog::lastSeq() const
{
    QSqlQuery q = sql::prepare(m_file.database(), QStringLiteral("SELECT max(seq) FROM custody"));
    if (auto r = sql::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<CustodyLog::Head> CustodyLog::recordedHead() const
{
    auto v = m_file.meta(HeadKey);
    if (!v)
        return v.error();
    const QJsonObject o = QJsonDocument::fromJson(v->toUtf8()).object();
    Head h;
    h.seq = qint64(o.value(QStringLiteral("seq")).toDouble());
    h.hash = o.value(QStringLiteral("hash")).toString();
    h.macValid = crypto::equalConstantTime(headMac(h.seq, h.hash), o.value(QStringLiteral("mac")).toString().toLatin1());
    return h;
}

} // namespace ab
