#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace ab::report::pdf {

// What the visible signature block says.
struct AppearanceText {
    QString lang; // zh_CN | vi | en: the document's language, not the program's
    QString signer;
    QString organisation;
    QDateTime signedAt; // shown in its own UTC offset
    QString reason;
    QString location;
};

// The visible block of a signature: its lines in the document's language,
// drawn as filled vector outlines (QPainterPath::addText) with a Simplified
// Chinese capable face, so Chinese and Vietnamese names render the same in
// every viewer and no font has to be embedded. Needs a QGuiApplication (fonts).
class SignatureAppearance final {
public:
    static QStringList lines(const AppearanceText &text);
    static QString formatTime(const QDateTime &when, const QString &lang);
    // PDF content-stream operators filling a box of the given size (points).
    static Result<QByteArray> contentStream(const QSizeF &size, const AppearanceText &text);
};

} // namespace ab::report::pdf
