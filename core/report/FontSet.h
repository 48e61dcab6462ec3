#pragma once

#include "core/util/Result.h"

#include <QFont>
#include <QString>
#include <QStringList>

namespace ab::report
{

enum class Face { Serif, Sans, Mono };

// Which faces a language's documents need, in a deliberate fallback order:
// Chinese in Noto Serif/Sans CJK SC, named explicitly (fontconfig would
// otherwise pick the JP or KR cut of the same collection); Vietnamese and
// English in Liberation Serif, Times New Roman's metric twin.
struct FontRequest {
    QStringList serif, sans, mono;                  // first = the face required, then fallbacks for other scripts
    QString probe;                                  // characters the required faces must draw (diacritics, ideographs)
    QString serifPackage, sansPackage, monoPackage; // the Debian package that ships each
    bool italic = false;                            // italic faces needed too
};

// The fonts of one language, checked at start: each required face exists
// (QFontDatabase) in every weight used, and draws the probe characters;
// otherwise a clear error names the Debian package to install.
class FontSet final
{
public:
    // Layout happens at 1200 dpi ("dots"), so metrics never suffer from
    // hinting or rounding; painting scales to the device.
    static constexpr int LayoutDpi = 1200;

    static FontRequest requestFor(const QString &lang);
    // Checks the request (the test seam: ask for a family that is absent).
    // Call from the thread that owns the QGuiApplication the first time:
    // it may register font files with the application.
    static Result<FontSet> resolve(const FontRequest &request);
    // requestFor(lang), resolved once per language and shared.
    static Result<FontSet> forLanguage(const QString &lang);

    QFont font(Face face, qreal pointSize, bool bold = false, bool italic = false) const;
    QStringList families(Face face) const;

private:
    FontRequest m_request;
};

} // namespace ab::report
