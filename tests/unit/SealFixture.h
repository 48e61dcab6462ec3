#pragma once
// The sealed copy the seal tests share (tst_seal, tst_sealreview): keys made
// with openssl, an inspection with two evidence items (one and three chunks),
// an answer, a device and a finding, exported and sealed with the leader's key.
#include "../common/KeyFixture.h"
#include "CoreFixture.h"

#include "core/catalog/Answers.h"
#include "core/crypto/CmsSigner.h"
#include "core/crypto/SigningKey.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/Verifier.h"
#include "core/inspection/Assets.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/SqlUtil.h"
#include "core/seal/InspectionExporter.h"
#include "core/seal/ReviewStore.h"
#include "core/seal/SealManifest.h"
#include "core/seal/SealStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace sealtest
{
using namespace ab;

inline QString describe(const VerifyReport &r)
{
    QStringList out;
    for (const auto &p : r.problems)
        out.append(p.kind + QLatin1Char(' ') + p.object + QStringLiteral(": ") + p.detail);
    return out.join(QLatin1Char('\n'));
}

inline bool hasProblem(const VerifyReport &r, const QString &kind, const QString &object, const QString &detailPart = {})
{
    for (const auto &p : r.problems)
        if (p.kind == kind && p.object == object && p.detail.contains(detailPart))
            return true;
    return false;
}

inline bool changedAfterSeal(const VerifyReport &r, const QString &kind, const QString &object)
{
    if (r.seals.isEmpty())
        return false;
    for (const SealChange &c : r.seals.last().changedAfterSeal)
        if (c.kind == kind && c.object == object)
            return true;
    return false;
}

// Test classes call setUpSealed() from initTestCase: a failed check there
// fails initTestCase, and QtTest then runs none of the tests.
class SealFixture : public QObject
{
protected:
    void setUpSealed()
    {
        QVERIFY(m_dir.isValid() && m_keys.isValid());
        QVERIFY2(m_keys.selfSigned(QStringLiteral("leader"), QStringLiteral("Team Leader"), QStringLiteral("Inspectorate")),
                 qPrintable(m_keys.lastError()));
        QVERIFY(m_keys.pkcs12(QStringLiteral("leader"), "leader pass"));
        QVERIFY(m_keys.selfSigned(QStringLiteral("other"), QStringLiteral("Someone Else"), QStringLiteral("Elsewhere")));
        QVERIFY(m_keys.pkcs12(QStringLiteral("other"), "other pass"));
        auto leader = crypto::SigningKey::fromPkcs12(m_keys.path(QStringLiteral("leader.p12")), "leader pass");
        QVERIFY2(leader, leader ? "" : qPrintable(leader.error().message));
        m_leader = std::move(leader).value();
        auto other = crypto::SigningKey::fromPkcs12(m_keys.path(QStringLiteral("other.p12")), "other pass");
        QVERIFY(other);
        m_other = std::move(other).value();

        // Evidence 1 (one chunk) and 2 (three chunks), an answer, a device and a finding.
        m_base = m_dir.filePath(QStringLiteral("base.inspection"));
        auto f = abtest::create(m_base);
        QVERIFY(f);
        EvidenceStore store(*f);
        QVERIFY(store.importData(QByteArrayView("photo of the NVR label"), ImportRequest{{}, QStringLiteral("one.txt"), {}, {}, {}}).ok());
        QVERIFY(
            store.importData(abtest::pattern(2 * EvidenceStore::ChunkSize + 5), ImportRequest{{}, QStringLiteral("two.bin"), {}, {}, {}})
                .ok());
        {
            sql::Transaction tx(f->database());
            QVERIFY(tx.begin().ok());
            catalog::Answer a;
            a.item = QStringLiteral("INT-04");
            a.value = QStringLiteral("noncompliant");
            a.note = QStringLiteral("default password on 12 cameras");
            a.source = QStringLiteral("inspector");
            QVERIFY(catalog::AnswerStore(*f).put(a).ok());
            AssetStore assets(*f);
            DeviceRecord d;
            d.address = QStringLiteral("127.0.0.5");
            d.firstSeen = d.lastSeen = QStringLiteral("2024-01-01T00:00:00Z");
            auto dev = assets.upsertDevice(d);
            QVERIFY(dev);
            FindingRecord x;
            x.title = QStringLiteral("Default password");
            x.severity = QStringLiteral("high");
            x.check = QStringLiteral("default-credentials");
            x.deviceId = dev->id;
            x.port = 80;
            x.createdAt = QStringLiteral("2024-01-01T00:00:00Z");
            x.createdBy = QStringLiteral("tester");
            QVERIFY(assets.addFinding(x).ok());
            QVERIFY(tx.commit().ok());
        }
        m_sealed = m_dir.filePath(QStringLiteral("sealed.inspection"));
        ExportOptions o;
        o.target = m_sealed;
        o.key = m_leader.get();
        auto r = InspectionExporter(*f).run(o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(r->sealed);
        QCOMPARE(r->manifest.evidence.size(), 2);
    }

    QString copyOfSealed(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_sealed, path) ? path : QString();
    }

    VerifyReport verify(const QString &path, const crypto::CmsVerifyOptions &trust = {})
    {
        auto f = abtest::open(path, InspectionFile::Mode::ReadOnly);
        if (!f)
            return {};
        Verifier v(*f);
        v.setSealTrust(trust);
        auto r = v.run();
        if (!r) {
            qWarning("verify: %s", qPrintable(r.error().message));
            return {};
        }
        return *r;
    }

    // Lets a change through the API as a build without the guard would:
    // the seal row is taken out for the change and put back as it was.
    bool withoutSeal(InspectionFile &f, const std::function<bool()> &change)
    {
        const QString cols = QStringLiteral("id, manifest, signature, signer, chain_seq, chain_head, sealed_at, sealed_by");
        return abtest::tamper(f, QStringLiteral("CREATE TEMP TABLE keep AS SELECT %1 FROM seal").arg(cols)) &&
               abtest::tamper(f, QStringLiteral("DELETE FROM seal")) && change() &&
               abtest::tamper(f, QStringLiteral("INSERT INTO seal (%1) SELECT %1 FROM keep").arg(cols)) &&
               abtest::tamper(f, QStringLiteral("DROP TABLE keep"));
    }

    QTemporaryDir m_dir;
    abtest::KeyFactory m_keys;
    std::unique_ptr<crypto::SigningKey> m_leader;
    std::unique_ptr<crypto::SigningKey> m_other;
    QString m_base;
    QString m_sealed;
};

} // namespace sealtest
