// Verifier, continued: the pinned catalog and the answers, each compared
// with what the custody log says was recorded.
#include "core/catalog/Answers.h"
#include "core/crypto/Hash.h"
#include "core/evidence/Verifier.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/Schema.h"
#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::Verifier)
};
} // namespace

Result<void> Verifier::checkCatalogAndAnswers(VerifyReport &report, const Replay &replay)
{
    if (m_file.schemaVersion() < 2) {
        // Set back to format 1 (user_version lowered, tables dropped): what the custody log recorded is missing.
        if (replay.catalog)
            report.problems.append({QStringLiteral("catalog:%1").arg(replay.catalog->value(QStringLiteral("id")).toString()),
                                    QStringLiteral("missing"), Tr::tr("The catalog the inspection was pinned to is missing.")});
        for (auto it = replay.answers.cbegin(); it != replay.answers.cend(); ++it)
            report.problems.append({QStringLiteral("answer:%1").arg(it.key()), QStringLiteral("missing"),
                                    Tr::tr("The answer to %1 recorded in the custody log is missing.").arg(it.key())});
        return {};
    }
    QSqlDatabase db = m_file.database();
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT id, version, sha256, json FROM catalog"));
    if (auto r = sql::exec(q); !r)
        return r;
    bool seen = false;
    while (q.next()) {
        const QJsonObject actual{{QStringLiteral("id"), q.value(0).toString()},
                                 {QStringLiteral("version"), q.value(1).toString()},
                                 {QStringLiteral("sha256"), q.value(2).toString()}};
        const QString object = QStringLiteral("catalog:%1").arg(q.value(0).toString());
        if (seen || !replay.catalog) {
            report.problems.append({object, QStringLiteral("extra"), Tr::tr("A catalog was added to the inspection outside AuditBench.")});
            continue;
        }
        seen = true;
        const QStringList diff = differingFields(*replay.catalog, actual);
        if (!diff.isEmpty())
            report.problems.append({object, QStringLiteral("altered"),
                                    Tr::tr("The pinned catalog differs from the custody log in: %1.").arg(diff.join(QStringLiteral(", ")))});
        else if (QString::fromLatin1(crypto::Sha256::hashHex(q.value(3).toByteArray())) != actual.value(QStringLiteral("sha256")).toString())
            report.problems.append({object, QStringLiteral("altered"), Tr::tr("The text of the pinned catalog was changed after it was pinned.")});
    }
    if (!seen && replay.catalog)
        report.problems.append({QStringLiteral("catalog:%1").arg(replay.catalog->value(QStringLiteral("id")).toString()), QStringLiteral("missing"),
                                Tr::tr("The catalog the inspection was pinned to is missing.")});

    auto answers = catalog::AnswerStore(m_file).all();
    if (!answers)
        return answers.error();
    for (auto it = answers->cbegin(); it != answers->cend(); ++it) {
        const QString object = QStringLiteral("answer:%1").arg(it.key());
        if (!replay.answers.contains(it.key())) {
            report.problems.append({object, QStringLiteral("extra"),
                                    Tr::tr("The answer to %1 was added outside AuditBench: the custody log never recorded it.").arg(it.key())});
            continue;
        }
        const QStringList diff = differingFields(replay.answers.value(it.key()), it->record());
        if (!diff.isEmpty())
            report.problems.append({object, QStringLiteral("altered"),
                                    Tr::tr("The answer to %1 differs from the custody log in: %2.").arg(it.key(), diff.join(QStringLiteral(", ")))});
    }
    for (auto it = replay.answers.cbegin(); it != replay.answers.cend(); ++it)
        if (!answers->contains(it.key()))
            report.problems.append({QStringLiteral("answer:%1").arg(it.key()), QStringLiteral("missing"),
                                    Tr::tr("The answer to %1 recorded in the custody log is missing.").arg(it.key())});
    return {};
}

Result<void> Verifier::checkRecords(VerifyReport &report, const Replay &replay)
{
    for (const QString &table : RecordTable::tables()) {
        // A file set back to an older format (user_version lowered, tables
        // dropped) has no such rows: whatever the custody log recorded is missing.
        Result<QList<QJsonObject>> rows = QList<QJsonObject>();
        if (schema::tablesOf(m_file.schemaVersion()).contains(table))
            rows = RecordTable(m_file, table).all();
        if (!rows)
            return rows.error();
        const QMap<qint64, QJsonObject> expected = replay.rows.value(table);
        QSet<qint64> seen;
        for (const QJsonObject &row : std::as_const(*rows)) {
            const qint64 id = qint64(row.value(QStringLiteral("id")).toDouble());
            seen.insert(id);
            const QString object = QStringLiteral("%1:%2").arg(table).arg(id);
            const auto it = expected.constFind(id);
            if (it == expected.cend()) {
                report.problems.append({object, QStringLiteral("extra"),
                                        Tr::tr("%1 was added outside AuditBench: the custody log never recorded it.").arg(object)});
                continue;
            }
            const QStringList diff = differingFields(*it, row);
            if (!diff.isEmpty())
                report.problems.append({object, QStringLiteral("altered"),
                                        Tr::tr("%1 differs from the custody log in: %2.").arg(object, diff.join(QStringLiteral(", ")))});
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            if (!seen.contains(it.key()))
                report.problems.append({QStringLiteral("%1:%2").arg(table).arg(it.key()), QStringLiteral("missing"),
                                        Tr::tr("%1:%2 recorded in the custody log is missing.").arg(table).arg(it.key())});
    }
    return {};
}

} // namespace ab
