#include "core/seal/InspectionExporter.h"

#include "core/crypto/CmsSigner.h"
#include "core/crypto/SigningKey.h"
#include "core/evidence/Verifier.h"
#include "core/inspection/DatabaseCopy.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"
#include "core/seal/SealStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ab
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::InspectionExporter)
};

bool fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat sa {
    };
    struct stat sb {
    };
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// Removes the temporary copy unless it was moved into place.
struct TempCopy {
    QString path;
    bool kept = false;
    ~TempCopy()
    {
        if (kept)
            return;
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
    }
};
} // namespace

Result<void> InspectionExporter::checkTarget(const QString &source, const QString &target, bool overwrite)
{
    if (target.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("Name the file to write the copy to."));
    const QFileInfo out(target);
    if (QFileInfo(source).absoluteFilePath() == out.absoluteFilePath() || (out.exists() && sameFile(source, target)))
        return makeError(ErrorCode::Usage, Tr::tr("%1 is the inspection itself; write the copy to another file.").arg(target));
    if (out.isDir())
        return makeError(ErrorCode::Usage, Tr::tr("%1 is a folder; name the file to write the copy to.").arg(target));
    if (out.exists() && !overwrite)
        return makeError(ErrorCode::Usage, Tr::tr("%1 already exists; choose another name or use --force to replace it.").arg(target));
    if (!QFileInfo(out.absolutePath()).isDir())
        return makeError(ErrorCode::Io, Tr::tr("The folder %1 does not exist.").arg(out.absolutePath()));
    return {};
}

Result<ExportResult> InspectionExporter::run(const ExportOptions &options, const Progress &progress)
{
    if (auto r = checkTarget(m_source.path(), options.target, options.overwrite); !r)
        return r.error();
    auto sealed = m_source.isSealed();
    if (!sealed)
        return sealed.error();
    if (*sealed)
        return makeError(ErrorCode::Usage, Tr::tr("%1 is already a sealed copy; hand it over as it is (a copy of the file keeps its seal).")
                                               .arg(QFileInfo(m_source.path()).fileName()));
    if (!m_source.isWritable())
        return makeError(ErrorCode::Usage,
                         Tr::tr("The inspection is open read-only; the export is recorded in its custody log, so open it for writing."));
    if (options.key) {
        if (auto r = options.key->checkUsableAt(QDateTime::currentDateTimeUtc()); !r)
            return r.error();
    }

    ExportResult result;
    if (auto r = recordExport(options, result); !r)
        return r.error();

    const QFileInfo out(options.target);
    TempCopy temp{
        out.absoluteDir().filePath(QStringLiteral(".%1.%2.exporting").arg(out.fileName(), QUuid::createUuid().toString(QUuid::Id128)))};
    auto copied = DatabaseCopy::copy(m_source.database(), temp.path,
                                     [&](qint64 done, qint64 total) { return !progress || progress(Stage::Copying, done, total); });
    if (!copied)
        return copied.error();
    if (options.key) {
        if (auto r = seal(temp.path, options, progress, result); !r)
            return r.error();
    }
    if (!fsyncPath(temp.path, false))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1 to disk (is the disk full or removed?).").arg(options.target));
    // Into place: never over another file unless asked (renameat2 where the
    // file system supports it; else a last check before the atomic rename).
    const QByteArray from = QFile::encodeName(temp.path);
    const QByteArray to = QFile::encodeName(out.absoluteFilePath());
    int rc = -1;
    if (!options.overwrite) {
        rc = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
        if (rc != 0 && errno == EEXIST)
            return makeError(ErrorCode::Usage,
                             Tr::tr("%1 already exists; choose another name or use --force to replace it.").arg(options.target));
        if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
            if (QFileInfo::exists(options.target))
                return makeError(ErrorCode::Usage,
                                 Tr::tr("%1 already exists; choose another name or use --force to replace it.").arg(options.target));
            rc = ::rename(from.constData(), to.constData());
        }
    } else {
        if (sameFile(m_source.path(), options.target))
            return makeError(ErrorCode::Usage, Tr::tr("%1 is the inspection itself; write the copy to another file.").arg(options.target));
        rc = ::rename(from.constData(), to.constData());
    }
    if (rc != 0)
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1 (is the folder writable?).").arg(options.target));
    temp.kept = true;
    fsyncPath(out.absolutePath(), true);
    result.path = out.absoluteFilePath();
    result.bytes = QFileInfo(result.path).size();
    return result;
}

Result<void> InspectionExporter::recordExport(const ExportOptions &options, ExportResult &result)
{
    auto head = m_source.custody().recordedHead();
    if (!head)
        return head.error();
    QJsonObject detail{
        {QStringLiteral("target"), QFileInfo(options.target).fileName()},
        {QStringLiteral("sealed"), options.key != nullptr},
        {QStringLiteral("chain"), QJsonObject{{QStringLiteral("seq"), double(head->seq)}, {QStringLiteral("hash"), head->hash}}}};
    if (options.key)
        detail.insert(QStringLiteral("signer"), options.key->certificate().subject);
    sql::Transaction tx(m_source.database());
    if (auto r = tx.begin(); !r)
        return r;
    auto entry = m_source.custody().append(QStringLiteral("inspection.export"), QStringLiteral("inspection"), detail);
    if (!entry)
        return entry.error();
    if (auto r = tx.commit(); !r)
        return r;
    result.exportEntry = entry->seq;
    return {};
}

Result<void> InspectionExporter::seal(const QString &copyPath, const ExportOptions &options, const Progress &progress, ExportResult &result)
{
    const InspectionFile::UnlockedKey key{m_source.fileKey().clone(), m_source.fileId()};
    auto copy = InspectionFile::open(copyPath, key, InspectionFile::Mode::ReadWrite);
    if (!copy)
        return copy.error();
    (*copy)->setActor(m_source.actor());
    InspectionFile &file = **copy;

    // A seal vouches for what it covers: the copy must be intact first.
    auto report = Verifier(file).run([&](qint64 done, qint64 total) { return !progress || progress(Stage::Verifying, done, total); });
    if (!report)
        return report.error();
    if (!report->intact()) {
        const VerifyProblem &first = report->problems.first();
        return makeError(ErrorCode::Problem, Tr::tr("The inspection is not intact (%n problem(s), first: %1 %2); nothing was exported. "
                                                    "Run verify on it to see them all.",
                                                    nullptr, int(report->problems.size()))
                                                 .arg(first.object, first.detail));
    }
    if (progress && !progress(Stage::Sealing, 0, 1))
        return makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled; nothing was written."));

    auto manifest = SealManifest::describe(file);
    if (!manifest)
        return manifest.error();
    // Seconds precision: the manifest, the row and the CMS signing-time all
    // carry the same instant.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    manifest->sealedAt = now;
    manifest->sealedBy = file.actor();
    manifest->signer = options.key->certificate().toJson();
    const QByteArray bytes = manifest->canonicalBytes();
    crypto::ContentStream content;
    content.addBytes(bytes);
    auto signature = crypto::CmsSigner::signDetached(*options.key, content, now);
    if (!signature)
        return signature.error();

    sql::Transaction tx(file.database());
    if (auto r = tx.begin(); !r)
        return r;
    SealRecord record;
    record.manifest = bytes;
    record.signature = *signature;
    record.signer = options.key->certificate().subject;
    record.chainSeq = manifest->chainSeq;
    record.chainHead = manifest->chainHash;
    record.sealedAt = now;
    record.sealedBy = manifest->sealedBy;
    auto added = SealStore(file).add(record);
    if (!added)
        return added.error();
    if (auto r = tx.commit(); !r)
        return r;
    result.sealed = true;
    result.sealId = added->id;
    result.manifest = std::move(manifest).value();
    if (progress)
        progress(Stage::Sealing, 1, 1);
    return {};
}

} // namespace ab
