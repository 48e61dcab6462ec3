#pragma once

#include "core/evidence/Verifier.h"
#include "core/util/Result.h"

#include <QPromise>
#include <QString>
#include <QStringList>

#include <optional>

namespace ab {
class InspectionFile;
}

namespace ab::ui {

struct ImportOutcome {
    int added = 0;
    QStringList failures; // "name: message"
    QStringList skipped;  // from planImport
    std::optional<Error> error;
};

struct ExportOutcome {
    QString path;
    std::optional<Error> error;
};

struct VerifyOutcome {
    std::optional<VerifyReport> report;
    std::optional<Error> error;
};

// Work that runs on a pool thread. Each job opens its own handle with
// InspectionFile::openAnother() on that thread, because a QSqlDatabase
// connection belongs to the thread that made it, and closes it there too.
// Progress is reported in thousandths; cancelling the future stops the work
// at the next chunk.
namespace jobs {
void importFiles(QPromise<ImportOutcome> &promise, const InspectionFile &main, const QStringList &paths);
void exportItem(QPromise<ExportOutcome> &promise, const InspectionFile &main, qint64 id, const QString &outPath);
void verify(QPromise<VerifyOutcome> &promise, const InspectionFile &main);
} // namespace jobs

} // namespace ab::ui
