// gen_inspection: a large inspection for the GUI benchmark, made through the
// core APIs (every item and finding in the custody log, as a real one):
//   AUDITBENCH_PASSPHRASE=... gen_inspection OUT.inspection [EVIDENCE] [FINDINGS]
// Defaults: 100,000 evidence items (small, distinct contents, every kind) and
// 5,000 findings over 50 devices, a third of them without evidence.
#include "core/catalog/Catalog.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/Assets.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace ab;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: gen_inspection OUT.inspection [EVIDENCE] [FINDINGS]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int evidence = args.size() > 2 ? args.at(2).toInt() : 100000;
    const int findings = args.size() > 3 ? args.at(3).toInt() : 5000;
    const QByteArray pass = qgetenv("AUDITBENCH_PASSPHRASE");
    if (pass.size() < 8) {
        std::fprintf(stderr, "gen_inspection: set AUDITBENCH_PASSPHRASE (8 characters or more)\n");
        return 2;
    }
    auto catalog = catalog::Catalog::shipped(QStringLiteral("vn-mic"));
    if (!catalog)
        return 3;
    InspectionMeta meta;
    meta.regime = QStringLiteral("vn-mic");
    meta.organisation = QStringLiteral("Công ty Benchmark");
    meta.systems = {{QStringLiteral("CCTV"), 3}};
    meta.inspectors = {QStringLiteral("Bench A"), QStringLiteral("Bench Leader")};
    meta.scope = {QStringLiteral("10.0.0.0/16")};
    meta.catalogId = catalog->id();
    meta.catalogVersion = catalog->version();
    const PinnedCatalog pin = catalog->pin();
    auto f = InspectionFile::create(path, meta, pass, QStringLiteral("bench"), &pin);
    if (!f) {
        std::fprintf(stderr, "gen_inspection: %s\n", qPrintable(f.error().message));
        return 3;
    }
    InspectionFile &file = **f;
    QElapsedTimer t;
    t.start();
    EvidenceStore store(file);
    const QStringList names{QStringLiteral("photo-%1.jpg"), QStringLiteral("scan-%1.pdf"), QStringLiteral("note-%1.txt"),
                            QStringLiteral("transcript-%1.log")};
    const QStringList kinds{QStringLiteral("photo"), QStringLiteral("document"), QStringLiteral("note"), QStringLiteral("transcript")};
    constexpr int Batch = 2000;
    for (int done = 0; done < evidence;) {
        sql::Transaction tx(file.database());
        if (!tx.begin())
            return 4;
        for (int i = 0; i < Batch && done < evidence; ++i, ++done) {
            const QByteArray data = QByteArrayLiteral("bench evidence item ") + QByteArray::number(done) + QByteArray(64 + done % 512, 'x');
            ImportRequest r{QString(), names.at(done % 4).arg(done, 6, 10, QLatin1Char('0')), kinds.at(done % 4),
                            done % 7 == 0 ? QStringLiteral("INT-%1").arg(1 + done % 20, 2, 10, QLatin1Char('0')) : QString(), QString()};
            if (auto e = store.storeData(data, r); !e) {
                std::fprintf(stderr, "gen_inspection: %s\n", qPrintable(e.error().message));
                return 4;
            }
        }
        if (!tx.commit())
            return 4;
        std::fprintf(stderr, "\r%d evidence items", done);
    }
    std::fprintf(stderr, " in %.1f s\n", t.elapsed() / 1000.0);
    t.restart();
    {
        sql::Transaction tx(file.database());
        if (!tx.begin())
            return 4;
        AssetStore assets(file);
        QList<qint64> devices;
        for (int d = 0; d < 50; ++d) {
            DeviceRecord rec;
            rec.address = QStringLiteral("10.0.%1.%2").arg(d / 200).arg(1 + d % 200);
            rec.vendor = QStringLiteral("Vendor %1").arg(d % 5);
            auto dev = assets.upsertDevice(rec);
            if (!dev)
                return 4;
            devices.append(dev->id);
        }
        const QStringList severities{QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("info")};
        for (int i = 0; i < findings; ++i) {
            FindingRecord fr;
            fr.title = QStringLiteral("Bench finding %1: default password on a camera web interface").arg(i);
            fr.severity = severities.at(i % 4);
            fr.deviceId = devices.at(i % devices.size());
            fr.port = i % 3 == 0 ? 80 : 554;
            fr.detail = QStringLiteral("Seen during the benchmark, number %1.").arg(i);
            fr.recommendation = QStringLiteral("Change the password.");
            if (i % 3 != 0)
                fr.evidence = {qint64(1 + (i * 17) % qMax(1, evidence))};
            fr.source = QStringLiteral("manual");
            if (auto r = assets.addFinding(fr); !r) {
                std::fprintf(stderr, "gen_inspection: %s\n", qPrintable(r.error().message));
                return 4;
            }
        }
        if (!tx.commit())
            return 4;
    }
    std::fprintf(stderr, "%d findings in %.1f s\n", findings, t.elapsed() / 1000.0);
    return 0;
}
