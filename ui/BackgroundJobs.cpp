#include "ui/BackgroundJobs.h"

#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace ab::ui::jobs
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::ui::BackgroundJobs)
};

int permille(qint64 done, qint64 total)
{
    return total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 1000;
}

template <typename T> void begin(QPromise<T> &promise, const QString &text)
{
    promise.setProgressRange(0, 1000);
    promise.setProgressValueAndText(0, text);
}
} // namespace

void importFiles(QPromise<ImportOutcome> &promise, const InspectionFile &main, const QStringList &paths, const ImportOptions &options)
{
    begin(promise, Tr::tr("Preparing the import…"));
    ImportOutcome out;
    auto plan = planImport(paths);
    if (!plan) {
        out.error = plan.error();
        promise.addResult(out);
        return;
    }
    out.skipped = plan->skipped;
    auto handle = main.openAnother(InspectionFile::Mode::ReadWrite);
    if (!handle) {
        out.error = handle.error();
        promise.addResult(out);
        return;
    }
    EvidenceStore store(**handle);
    QList<ImportRequest> requests;
    for (const QString &path : plan->files)
        requests.append(ImportRequest{path, QString(), options.kind, options.item, QString()});
    const int n = int(requests.size());
    promise.setProgressValueAndText(0, Tr::tr("Importing %n file(s)…", nullptr, n));
    // Grouped transactions; an item counts once it is committed to disk.
    auto r = store.importBatch(
        requests,
        [&](qint64 done, qint64 total) {
            promise.setProgressValue(permille(done, total));
            return !promise.isCanceled();
        },
        [&](const EvidenceItem &item) {
            ++out.added;
            out.addedIds.append(item.id);
        },
        [&](const QString &path, const Error &error) {
            out.failures.append(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), error.message));
        });
    if (!r && r.error().code != ErrorCode::Cancelled)
        out.error = r.error();
    promise.addResult(out); // dropped by Qt when cancelled; the caller reloads the list either way
}

void exportItem(QPromise<ExportOutcome> &promise, const InspectionFile &main, qint64 id, const QString &outPath)
{
    begin(promise, Tr::tr("Exporting to %1…").arg(QFileInfo(outPath).fileName()));
    ExportOutcome out;
    out.path = outPath;
    auto handle = main.openAnother(InspectionFile::Mode::ReadOnly);
    if (!handle) {
        out.error = handle.error();
    } else {
        EvidenceStore store(**handle);
        auto r = store.exportTo(id, outPath, [&](qint64 done, qint64 total) {
            promise.setProgressValue(permille(done, total));
            return !promise.isCanceled();
        });
        if (!r)
            out.error = r.error();
    }
    promise.addResult(out);
}

void verify(QPromise<VerifyOutcome> &promise, const InspectionFile &main, const crypto::CmsVerifyOptions &trust)
{
    begin(promise, Tr::tr("Verifying integrity…"));
    VerifyOutcome out;
    auto handle = main.openAnother(InspectionFile::Mode::ReadOnly);
    if (!handle) {
        out.error = handle.error();
    } else {
        Verifier verifier(**handle);
        verifier.setSealTrust(trust);
        auto r = verifier.run([&](qint64 done, qint64 total) {
            promise.setProgressValue(permille(done, total));
            return !promise.isCanceled();
        });
        if (r)
            out.report = std::move(r).value();
        else
            out.error = r.error();
    }
    promise.addResult(out);
}

void probe(QPromise<ProbeOutcomeSummary> &promise, const InspectionFile &main, const std::shared_ptr<probe::ProbeRunner> &runner,
           const std::function<void(const probe::ProbeProgress &)> &onProgress)
{
    begin(promise, Tr::tr("Probing…"));
    ProbeOutcomeSummary out;
    auto handle = main.openAnother(InspectionFile::Mode::ReadWrite);
    if (!handle) {
        out.error = handle.error();
    } else {
        auto r = probe::runProbe(**handle, *runner, [&](const probe::ProbeProgress &p) {
            if (p.portsTotal > 0)
                promise.setProgressValue(permille(p.portsDone, p.portsTotal));
            if (onProgress)
                onProgress(p);
        });
        if (r)
            out.result = std::move(r).value();
        else
            out.error = r.error();
    }
    promise.addResult(out);
}

void readEvidence(QPromise<std::shared_ptr<EvidenceContent>> &promise, const InspectionFile &main, qint64 id, qint64 keep)
{
    begin(promise, Tr::tr("Decrypting evidence %1…").arg(id));
    auto result = std::make_shared<EvidenceContent>();
    EvidenceContent &out = *result;
    out.id = id;
    auto handle = main.openAnother(InspectionFile::Mode::ReadOnly);
    if (!handle) {
        out.error = handle.error();
        promise.addResult(result);
        return;
    }
    EvidenceStore store(**handle);
    auto item = store.get(id);
    if (!item) {
        out.error = item.error();
        promise.addResult(result);
        return;
    }
    out.item = *item;
    keep = std::max<qint64>(keep, 0);
    out.head.reserve(qsizetype(std::min(keep, item->size)));
    auto r = store.read(
        id,
        [&](QByteArrayView chunk) {
            if (out.head.size() < keep)
                out.head.append(chunk.first(qsizetype(std::min<qint64>(chunk.size(), keep - out.head.size()))));
            return !promise.isCanceled();
        },
        [&](qint64 done, qint64 total) {
            promise.setProgressValue(permille(done, total));
            return !promise.isCanceled();
        });
    if (!r) {
        if (r.error().code == ErrorCode::Cancelled)
            return; // nothing to show; the viewer says so
        out.error = r.error();
        out.head.clear(); // what does not match its hash is not shown as the evidence
    }
    out.complete = r.ok() && out.head.size() == item->size;
    promise.addResult(result);
}

UnlockOutcome unlock(const QString &path, const std::shared_ptr<const crypto::SecureBytes> &passphrase)
{
    UnlockOutcome out;
    out.path = path;
    // A view, not a copy: the only buffer is the SecureBytes, wiped when freed.
    const QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char *>(passphrase->data()), passphrase->size());
    auto key = InspectionFile::unlock(path, view);
    if (key)
        out.key = std::move(key).value();
    else
        out.error = key.error();
    return out;
}

} // namespace ab::ui::jobs
