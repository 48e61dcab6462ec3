#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ab
{

// A consistent copy of an open inspection database through SQLite's online
// backup API, page by page in steps, so it reports progress and can be
// cancelled (the copy is as of one moment even while others write). Measured
// against VACUUM INTO on a file with 1 GiB of evidence: the same speed within
// noise (2.3-3.3 s each), but VACUUM INTO can neither report progress nor be
// stopped. targetPath must not exist; on failure it is removed.
class DatabaseCopy final
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // bytes; false cancels
    static constexpr int PagesPerStep = 1024;

    static Result<void> copy(const QSqlDatabase &source, const QString &targetPath, const Progress &progress = {});
};

} // namespace ab
