#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ab {

struct EvidenceItem {
    qint64 id = 0;
    QString sha256; // hex, of the plaintext
    qint64 size = 0;
    QString name;   // original file name
    QString kind;   // document | photo | note | transcript
    QString item;   // checklist item id, may be empty
    QString note;
    QDateTime addedAt;
    QString addedBy;

    static QStringList kinds()
    {
        return {QStringLiteral("document"), QStringLiteral("photo"), QStringLiteral("note"), QStringLiteral("transcript")};
    }
    // Guesses a kind from the file name when the caller gave none.
    static QString kindForName(const QString &fileName);

    // The CLI JSON shape (CLI.md) and the custody record of an addition.
    QJsonObject toJson() const;
    // Fields the custody log vouches for, in the order verify compares them.
    QJsonObject custodyRecord() const;
};

} // namespace ab
