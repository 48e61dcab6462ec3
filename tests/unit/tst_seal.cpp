// Sealed copies: the manifest's canonical bytes, sealing with a PKCS#12 key
// and a SoftHSM2 token, verify on an intact copy and on each tampering a
// supervisor must be told about (named exactly); export refusals and
// cancelling. Review rows and refused writes: tst_sealreview.
#include "SealFixture.h"

#include <QFile>

using namespace ab;
using namespace sealtest;

namespace
{
enum class Tamper {
    EvidenceContent,
    EvidenceRowAdded,
    EvidenceRowRemoved,
    AnswerBehindBack,
    AnswerThroughApi,
    FindingThroughApi,
    MetaBehindBack,
    SealRowAltered,
    ManifestEdited,
    SignatureSwapped,
};
} // namespace
Q_DECLARE_METATYPE(Tamper)

class TestSeal final : public sealtest::SealFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void manifestCanonicalBytes();
    void describeMatchesFile();
    void sealedIntact();
    void plainCopyHasNoSeal();
    void tampered_data();
    void tampered();
    void exportRefusals();
    void cancelLeavesNothing();
    void trustedIssuer();
    void pkcs11Seal();
};

void TestSeal::initTestCase()
{
    setUpSealed();
}

void TestSeal::manifestCanonicalBytes()
{
    SealManifest m;
    m.inspectionId = QStringLiteral("0b5e");
    m.fileId = QStringLiteral("00ff");
    m.sealedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    m.sealedBy = QStringLiteral("lê");
    m.signer = QJsonObject{{QStringLiteral("subject"), QStringLiteral("CN=组长")}, {QStringLiteral("sha256"), QStringLiteral("ab")}};
    m.chainSeq = 7;
    m.chainHash = QStringLiteral("cd");
    m.meta = QJsonObject{{QStringLiteral("organisation"), QStringLiteral("ABC")}, {QStringLiteral("id"), QStringLiteral("0b5e")}};
    m.catalogId = QStringLiteral("vn-mic");
    m.catalogVersion = QStringLiteral("1");
    m.catalogSha256 = QStringLiteral("ef");
    m.evidence = {{2, QStringLiteral("aa"), 4294967296LL, QStringLiteral("b.bin"), QStringLiteral("document")},
                  {1, QStringLiteral("bb"), 5, QStringLiteral("a \"q\".txt"), QStringLiteral("note")}};
    m.answers = 3;
    m.findings = 1;
    // Keys in code-point order at every level, no spaces, UTF-8 as is, integers without a fraction; evidence in the given order.
    const QByteArray expected =
        QStringLiteral("{\"catalog\":{\"id\":\"vn-mic\",\"sha256\":\"ef\",\"version\":\"1\"},\"chain\":{\"hash\":\"cd\",\"seq\":7},"
                       "\"counts\":{\"answers\":3,\"devices\":0,\"findings\":1,\"reports\":0},"
                       "\"evidence\":[{\"id\":2,\"kind\":\"document\",\"name\":\"b.bin\",\"sha256\":\"aa\",\"size\":4294967296},"
                       "{\"id\":1,\"kind\":\"note\",\"name\":\"a \\\"q\\\".txt\",\"sha256\":\"bb\",\"size\":5}],"
                       "\"file_id\":\"00ff\",\"format\":\"auditbench-seal/1\",\"inspection_id\":\"0b5e\","
                       "\"meta\":{\"id\":\"0b5e\",\"organisation\":\"ABC\"},\"sealed_at\":\"2024-05-06T07:08:09Z\",\"sealed_by\":\"lê\","
                       "\"signer\":{\"sha256\":\"ab\",\"subject\":\"CN=组长\"}}")
            .toUtf8();
    QCOMPARE(m.canonicalBytes(), expected);
    auto back = SealManifest::parse(expected);
    QVERIFY(back);
    QCOMPARE(back->canonicalBytes(), expected);
    QVERIFY(!SealManifest::parse("{\"format\":\"something-else\"}"));
    QVERIFY(!SealManifest::parse("not json"));
}

void TestSeal::describeMatchesFile()
{
    auto f = abtest::open(m_sealed, InspectionFile::Mode::ReadOnly);
    QVERIFY(f);
    auto seal = SealStore(*f).latest();
    QVERIFY(seal && seal->id == 1);
    auto m = SealManifest::parse(seal->manifest);
    QVERIFY(m);
    QCOMPARE(m->evidence.size(), 2);
    QCOMPARE(m->evidence[1].name, QStringLiteral("two.bin"));
    QCOMPARE(m->evidence[1].size, 2 * EvidenceStore::ChunkSize + 5);
    QCOMPARE(m->answers, 1);
    QCOMPARE(m->findings, 1);
    QCOMPARE(m->devices, 1);
    QCOMPARE(m->reports, 0);
    QCOMPARE(m->catalogId, QString()); // the fixture pins none
    QCOMPARE(m->sealedBy, QStringLiteral("tester"));
    QCOMPARE(m->signer.value(QStringLiteral("common_name")).toString(), QStringLiteral("Team Leader"));
    QCOMPARE(m->meta.value(QStringLiteral("organisation")).toString(), QStringLiteral("测试单位"));
    // The row stores exactly what was signed, and the manifest's chain is the export entry.
    QCOMPARE(m->canonicalBytes(), seal->manifest);
    auto entries = f->custody().entries();
    QVERIFY(entries);
    QCOMPARE(entries->last().action, QStringLiteral("seal.add"));
    const CustodyEntry &exported = (*entries)[entries->size() - 2];
    QCOMPARE(exported.action, QStringLiteral("inspection.export"));
    QCOMPARE(exported.seq, m->chainSeq);
    QCOMPARE(exported.hash, m->chainHash);
    QCOMPARE(exported.detail.value(QStringLiteral("target")).toString(), QStringLiteral("sealed.inspection"));
}

void TestSeal::sealedIntact()
{
    const VerifyReport r = verify(m_sealed);
    QVERIFY2(r.intact(), qPrintable(describe(r)));
    QCOMPARE(r.seals.size(), 1);
    const SealStatus &s = r.seals.first();
    QVERIFY(s.signatureValid);
    QVERIFY(s.intact());
    QCOMPARE(s.trust, crypto::CmsVerification::Trust::SelfSigned); // untrusted, not invalid
    QCOMPARE(s.signer, QStringLiteral("Team Leader"));
    QCOMPARE(s.sealedBy, QStringLiteral("tester"));
    QCOMPARE(s.certificate.sha256Fingerprint, m_keys.fingerprint(QStringLiteral("leader")));
    const QJsonObject seal = r.toJson().value(QStringLiteral("seal")).toObject();
    QCOMPARE(seal.value(QStringLiteral("sealed")).toBool(), true);
    QCOMPARE(seal.value(QStringLiteral("signature_valid")).toBool(), true);
    QCOMPARE(seal.value(QStringLiteral("trust")).toString(), QStringLiteral("self-signed"));
    QCOMPARE(seal.value(QStringLiteral("signer")).toString(), QStringLiteral("Team Leader"));
    QVERIFY(seal.value(QStringLiteral("changed_after_seal")).toArray().isEmpty());
    // The source keeps its export entry and stays intact, unsealed.
    const VerifyReport source = verify(m_base);
    QVERIFY2(source.intact(), qPrintable(describe(source)));
    QVERIFY(!source.sealed());
    QCOMPARE(source.toJson().value(QStringLiteral("seal")).toObject().value(QStringLiteral("sealed")).toBool(), false);
}

void TestSeal::plainCopyHasNoSeal()
{
    auto f = abtest::open(m_base);
    QVERIFY(f);
    ExportOptions o;
    o.target = m_dir.filePath(QStringLiteral("plain.inspection"));
    auto r = InspectionExporter(*f).run(o);
    QVERIFY(r);
    QVERIFY(!r->sealed);
    const VerifyReport v = verify(o.target);
    QVERIFY2(v.intact(), qPrintable(describe(v)));
    QVERIFY(!v.sealed());
    auto copy = abtest::open(o.target);
    QVERIFY(copy);
    QCOMPARE(copy->isSealed().value(), false);
    QVERIFY(EvidenceStore(*copy).importData(QByteArrayView("more"), ImportRequest{{}, QStringLiteral("x.txt"), {}, {}, {}}).ok());
}

void TestSeal::tampered_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("detail");
    QTest::newRow("evidence content altered") << Tamper::EvidenceContent << "altered"
                                              << "evidence:2"
                                              << "chunk 2 of 3";
    QTest::newRow("evidence row added") << Tamper::EvidenceRowAdded << "extra"
                                        << "evidence:3"
                                        << "after seal 1";
    QTest::newRow("evidence row removed") << Tamper::EvidenceRowRemoved << "missing"
                                          << "evidence:1"
                                          << "covered by seal 1";
    QTest::newRow("answer changed behind its back") << Tamper::AnswerBehindBack << "altered"
                                                    << "answer:INT-04"
                                                    << "note";
    QTest::newRow("answer changed through the API") << Tamper::AnswerThroughApi << "altered"
                                                    << "answer:INT-04"
                                                    << "came after seal 1";
    QTest::newRow("finding edited through the API") << Tamper::FindingThroughApi << "altered"
                                                    << "finding:1"
                                                    << "came after seal 1";
    QTest::newRow("details edited behind its back") << Tamper::MetaBehindBack << "altered"
                                                    << "inspection"
                                                    << "seal 1 covers in: organisation";
    QTest::newRow("seal row altered") << Tamper::SealRowAltered << "altered"
                                      << "seal:1"
                                      << "differs from its signed manifest in: sealed_by";
    QTest::newRow("manifest edited") << Tamper::ManifestEdited << "altered"
                                     << "seal:1"
                                     << "does not match its manifest";
    QTest::newRow("signature swapped for another key's") << Tamper::SignatureSwapped << "altered"
                                                         << "seal:1"
                                                         << "the signature was replaced";
}

void TestSeal::tampered()
{
    QFETCH(Tamper, tamper);
    QFETCH(QString, kind);
    QFETCH(QString, object);
    QFETCH(QString, detail);
    const QString path = copyOfSealed(QStringLiteral("tampered.inspection"));
    QVERIFY(!path.isEmpty());
    {
        auto f = abtest::open(path);
        QVERIFY(f);
        switch (tamper) {
        case Tamper::EvidenceContent: // a byte of the middle chunk, with the sqlite3 tool
            QVERIFY(
                abtest::tamper(*f, QStringLiteral("UPDATE chunk SET data = CAST(substr(data, 1, 100) || X'00' || substr(data, 102) AS BLOB)"
                                                  " WHERE blob_id = 2 AND idx = 1")));
            break;
        case Tamper::EvidenceRowAdded:
            QVERIFY(abtest::tamper(*f, QStringLiteral("INSERT INTO evidence (blob_id, name, kind, added_at, added_by)"
                                                      " VALUES (1, 'forged.txt', 'note', '2024-01-01T00:00:00Z', 'mallory')")));
            break;
        case Tamper::EvidenceRowRemoved:
            QVERIFY(abtest::tamper(*f, QStringLiteral("DELETE FROM evidence WHERE id = 1")));
            break;
        case Tamper::AnswerBehindBack:
            QVERIFY(abtest::tamper(*f, QStringLiteral("UPDATE answer SET note = 'all fixed' WHERE item = 'INT-04'")));
            break;
        case Tamper::AnswerThroughApi:
            QVERIFY(withoutSeal(*f, [&] {
                sql::Transaction tx(f->database());
                catalog::Answer a;
                a.item = QStringLiteral("INT-04");
                a.value = QStringLiteral("compliant");
                a.source = QStringLiteral("inspector");
                return tx.begin().ok() && catalog::AnswerStore(*f).put(a).ok() && tx.commit().ok();
            }));
            break;
        case Tamper::FindingThroughApi:
            QVERIFY(withoutSeal(*f, [&] {
                sql::Transaction tx(f->database());
                return tx.begin().ok() &&
                       AssetStore(*f).updateFinding(1, QJsonObject{{QStringLiteral("severity"), QStringLiteral("low")}}).ok() &&
                       tx.commit().ok();
            }));
            break;
        case Tamper::MetaBehindBack:
            QVERIFY(abtest::tamper(
                *f, QStringLiteral("UPDATE meta SET value = replace(value, '测试单位', '别的单位') WHERE key = 'inspection'")));
            break;
        case Tamper::SealRowAltered:
            QVERIFY(abtest::tamper(*f, QStringLiteral("UPDATE seal SET sealed_by = 'mallory'")));
            break;
        case Tamper::ManifestEdited:
            QVERIFY(abtest::tamper(*f, QStringLiteral("UPDATE seal SET manifest = replace(manifest, 'two.bin', 'deux.bin')")));
            break;
        case Tamper::SignatureSwapped: {
            // Someone else signs the very same manifest bytes and puts their signature in.
            auto seal = SealStore(*f).latest();
            QVERIFY(seal);
            crypto::ContentStream content;
            content.addBytes(seal->manifest);
            auto sig = crypto::CmsSigner::signDetached(*m_other, content, QDateTime::currentDateTimeUtc());
            QVERIFY(sig);
            QVERIFY(abtest::tamper(*f, QStringLiteral("UPDATE seal SET signature = '%1'").arg(QString::fromLatin1(sig->toBase64()))));
            break;
        }
        }
    }
    const VerifyReport r = verify(path);
    QVERIFY(!r.intact());
    QCOMPARE(r.seals.size(), 1);
    QVERIFY(!r.seals.first().intact());
    QVERIFY2(hasProblem(r, kind, object, detail), qPrintable(describe(r)));
    QVERIFY2(changedAfterSeal(r, kind, object), qPrintable(describe(r)));
    // The signature itself still holds unless the manifest or the signature was touched.
    const bool signatureTouched = tamper == Tamper::ManifestEdited;
    QCOMPARE(r.seals.first().signatureValid, !signatureTouched);
    if (tamper == Tamper::SignatureSwapped)
        QCOMPARE(r.seals.first().signer, QStringLiteral("Someone Else"));
    const QJsonArray changes = r.toJson().value(QStringLiteral("seal")).toObject().value(QStringLiteral("changed_after_seal")).toArray();
    QVERIFY(!changes.isEmpty());
}

void TestSeal::exportRefusals()
{
    auto f = abtest::open(m_base);
    QVERIFY(f);
    const qint64 before = f->custody().count().value();
    ExportOptions o;
    o.key = m_leader.get();
    o.target = m_base; // the source itself
    auto same = InspectionExporter(*f).run(o);
    QVERIFY(!same && same.error().code == ErrorCode::Usage);
    o.target = m_dir.filePath(QStringLiteral("./sub/../base.inspection"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    QVERIFY(!InspectionExporter(*f).run(o));
    o.overwrite = true; // not even with --force
    QVERIFY(!InspectionExporter(*f).run(o));
    QVERIFY(QFile::link(m_base, m_dir.filePath(QStringLiteral("link.inspection"))));
    o.target = m_dir.filePath(QStringLiteral("link.inspection"));
    QVERIFY(!InspectionExporter(*f).run(o));
    o.overwrite = false;
    o.target = m_dir.path();
    QVERIFY(!InspectionExporter(*f).run(o));
    QCOMPARE(f->custody().count().value(), before); // refused before anything was recorded

    const QString existing = m_dir.filePath(QStringLiteral("existing.inspection"));
    QVERIFY(abtest::writeBytes(existing, "keep me"));
    o.target = existing;
    auto exists = InspectionExporter(*f).run(o);
    QVERIFY(!exists && exists.error().code == ErrorCode::Usage);
    QCOMPARE(abtest::readBytes(existing), QByteArray("keep me"));
    o.overwrite = true;
    QVERIFY(InspectionExporter(*f).run(o).ok());
    QVERIFY(verify(existing).sealed());

    // A sealed copy is handed on as it is, never exported again.
    auto sealed = abtest::open(m_sealed);
    QVERIFY(sealed);
    o.target = m_dir.filePath(QStringLiteral("again.inspection"));
    auto again = InspectionExporter(*sealed).run(o);
    QVERIFY(!again && again.error().code == ErrorCode::Usage);
    QVERIFY(!QFile::exists(o.target));
    // Read-only source: the export entry cannot be recorded.
    auto ro = abtest::open(m_base, InspectionFile::Mode::ReadOnly);
    QVERIFY(!InspectionExporter(*ro).run(o));
}

void TestSeal::cancelLeavesNothing()
{
    QTemporaryDir out;
    auto f = abtest::open(m_base);
    QVERIFY(f);
    for (auto stage : {InspectionExporter::Stage::Copying, InspectionExporter::Stage::Verifying, InspectionExporter::Stage::Sealing}) {
        ExportOptions o;
        o.target = out.filePath(QStringLiteral("cancelled.inspection"));
        o.key = m_leader.get();
        auto r = InspectionExporter(*f).run(o, [&](InspectionExporter::Stage s, qint64, qint64) { return s != stage; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }
}

void TestSeal::trustedIssuer()
{
    QVERIFY(m_keys.caCertificate(QStringLiteral("ca"), QStringLiteral("Inspectorate CA")));
    QVERIFY(m_keys.issued(QStringLiteral("member"), QStringLiteral("ca"), QStringLiteral("Team Member"), QStringLiteral("Inspectorate")));
    QVERIFY(m_keys.pkcs12(QStringLiteral("member"), "member pass", {QStringLiteral("ca")}));
    auto key = crypto::SigningKey::fromPkcs12(m_keys.path(QStringLiteral("member.p12")), "member pass");
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    auto f = abtest::open(m_base);
    QVERIFY(f);
    ExportOptions o;
    o.target = m_dir.filePath(QStringLiteral("issued.inspection"));
    o.key = key->get();
    QVERIFY(InspectionExporter(*f).run(o).ok());
    QCOMPARE(verify(o.target).seals.first().trust, crypto::CmsVerification::Trust::UnknownIssuer);
    crypto::CmsVerifyOptions trust;
    trust.trustAnchors.append(m_keys.certificateDer(QStringLiteral("ca")));
    const VerifyReport r = verify(o.target, trust);
    QVERIFY2(r.intact(), qPrintable(describe(r)));
    QCOMPARE(r.seals.first().trust, crypto::CmsVerification::Trust::Trusted);
}

void TestSeal::pkcs11Seal()
{
    if (!abtest::SoftHsmToken::available())
        QSKIP("softhsm2 and opensc are not installed (scripts/setup.sh --test installs them)");
    abtest::SoftHsmToken token;
    QVERIFY2(token.init(QStringLiteral("Seal"), "1234"), qPrintable(token.lastError()));
    QVERIFY2(token.import(m_keys.path(QStringLiteral("leader.key")), m_keys.path(QStringLiteral("leader.crt")), QStringLiteral("leader"),
                          QStringLiteral("01"), "1234"),
             qPrintable(token.lastError()));
    crypto::SigningKey::Pkcs11Location where;
    where.uri = QStringLiteral("pkcs11:token=Seal;object=leader");
    where.module = abtest::SoftHsmToken::module();
    auto key = crypto::SigningKey::fromPkcs11(where, "1234");
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    QVERIFY((*key)->onToken());
    auto f = abtest::open(m_base);
    QVERIFY(f);
    ExportOptions o;
    o.target = m_dir.filePath(QStringLiteral("token.inspection"));
    o.key = key->get();
    auto r = InspectionExporter(*f).run(o);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    const VerifyReport v = verify(o.target);
    QVERIFY2(v.intact(), qPrintable(describe(v)));
    QVERIFY(v.seals.first().signatureValid);
    QCOMPARE(v.seals.first().signer, QStringLiteral("Team Leader"));
}

QTEST_GUILESS_MAIN(TestSeal)
#include "tst_seal.moc"
