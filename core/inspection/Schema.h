#pragma once

#include "core/util/Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ab::schema {

// "AUDB": marks an SQLite file as an AuditBench inspection.
constexpr quint32 ApplicationId = 0x41554442;
// Raise with every change to the tables and add a step to migrate().
constexpr int CurrentVersion = 5;

// What the header of an SQLite file says, read with plain file I/O so a
// foreign or newer file is judged before SQLite is allowed to touch it.
struct HeaderFacts {
    quint32 applicationId = 0;
    int userVersion = 0;
    int pageSize = 0;
    qint64 pageCount = 0; // from the header; 0 when the header does not vouch for it
    qint64 fileSize = 0;
};
// checkSize = false skips the truncation check, for a file whose interrupted
// write has not been rolled back yet.
Result<HeaderFacts> readHeader(const QString &path, bool checkSize = true);

// Creates every table of the current version in an empty database.
Result<void> create(QSqlDatabase &db);
// Brings an older file up to CurrentVersion, one step per transaction.
Result<void> migrate(QSqlDatabase &db, int fromVersion);

// Every object (type:name) the current version's schema holds; verify
// reports anything else as extra and anything absent as missing.
// type:name -> the exact CREATE statement, for the objects of a version.
QMap<QString, QString> expectedDefinitions(int version = CurrentVersion);
QStringList expectedObjects(int version = CurrentVersion);
QStringList tablesOf(int version = CurrentVersion);

} // namespace ab::schema
