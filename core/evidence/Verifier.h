#pragma once

#include "core/crypto/CmsVerifier.h"
#include "core/seal/SealStatus.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace ab {

class InspectionFile;

struct VerifyProblem {
    QString object; // e.g. evidence:3, custody:17, blob:5, schema:table:x
    QString kind;   // altered | missing | extra | corrupt
    QString detail; // one sentence a person can act on
};

struct VerifyReport {
    QList<VerifyProblem> problems;
    qint64 evidenceChecked = 0;
    qint64 blobsChecked = 0;
    qint64 bytesChecked = 0;
    qint64 custodyRows = 0;
    QString chainHead;
    QList<SealStatus> seals; // every seal of a sealed copy, oldest first; empty when not sealed
    bool intact() const { return problems.isEmpty(); }
    bool sealed() const { return !seals.isEmpty(); }
    // {"intact":bool,"problems":[...],"seal":{"sealed":bool,...}} plus counts;
    // "seal" describes the latest seal, "seals" lists them all when there are several.
    QJsonObject toJson() const;
};

// Re-hashes every evidence item, walks the custody chain, replays it and
// compares the result with what the tables hold, and checks the schema.
class Verifier final {
public:
    using Progress = std::function<bool(qint64, qint64)>;
    explicit Verifier(InspectionFile &file) : m_file(file) {}
    // How a seal's signature is judged: extra trust anchors, the system store.
    void setSealTrust(const crypto::CmsVerifyOptions &options) { m_sealTrust = options; }
    Result<VerifyReport> run(const Progress &progress = {});

private:
    // Names the fields in which two records differ ("name, note"), sorted.
    static QStringList differingFields(const QJsonObject &expected, const QJsonObject &actual);
    void checkDatabase(VerifyReport &report);
    void checkSchema(VerifyReport &report);
    // What the tables must hold, replayed from the custody log.
    struct Replay {
        QJsonObject meta;
        QMap<qint64, QJsonObject> evidence;
        std::optional<QJsonObject> catalog;
        QMap<QString, QJsonObject> answers;
        QMap<QString, QMap<qint64, QJsonObject>> rows; // RecordTable tables: table -> id -> record
    };
    Result<void> checkChain(VerifyReport &report, Replay &replay);
    // VerifierAnswers.cpp: the pinned catalog and the answers.
    Result<void> checkCatalogAndAnswers(VerifyReport &report, const Replay &replay);
    // Devices, services, findings and probe runs against their custody records.
    Result<void> checkRecords(VerifyReport &report, const Replay &replay);
    Result<void> checkMeta(VerifyReport &report, const QJsonObject &expectedMeta);
    Result<void> checkEvidence(VerifyReport &report, const QMap<qint64, QJsonObject> &expected, const Progress &progress);
    InspectionFile &m_file;
    crypto::CmsVerifyOptions m_sealTrust;
};

} // namespace ab
