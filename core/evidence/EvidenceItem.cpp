#include "core/evidence/EvidenceItem.h"

#include <QFileInfo>

namespace ab {

QString EvidenceItem::kindForName(const QString &fileName)
{
    static const QStringList photo{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("heic"),
                                   QStringLiteral("bmp"), QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("tif"),
                                   QStringLiteral("tiff")};
    static const QStringList note{QStringLiteral("txt"), QStringLiteral("md")};
    static const QStringList transcript{QStringLiteral("pcap"), QStringLiteral("pcapng"), QStringLiteral("log"), QStringLiteral("xml")};
    const QString ext = QFileInfo(fileName).suffix().toLower();
    if (photo.contains(ext))
        return QStringLiteral("photo");
    if (note.contains(ext))
        return QStringLiteral("note");
    if (transcript.contains(ext))
        return QStringLiteral("transcript");
    return QStringLiteral("document");
}

QJsonObject EvidenceItem::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), double(id)},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("size"), double(size)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("item"), item.isEmpty() ? QJsonValue() : QJsonValue(item)},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("added_at"), addedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("added_by"), addedBy}};
}

QJsonObject EvidenceItem::custodyRecord() const
{
    return QJsonObject{{QStringLiteral("id"), double(id)},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("size"), double(size)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("item"), item},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("added_at"), addedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("added_by"), addedBy}};
}

} // namespace ab
