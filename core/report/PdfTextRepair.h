#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QString>

namespace ab::report
{

// Qt's PDF engine maps each embedded glyph back to the lowest code point
// that reaches it in the font's cmap. Noto CJK draws 网 and the Kangxi
// radical ⽹ (U+2F79) with one glyph, so the text layer said ⽹络 where the
// page shows 网络: copy, search and screen readers got the radical. This
// rewrites the ToUnicode maps of Qt's fresh output so that a glyph maps to
// the character the document actually printed with it, then fixes the
// cross-reference table for the objects it moved. Nothing else is touched.
class PdfTextRepair final
{
public:
    // `fonts`: the faces the document used; `printed`: every character it printed.
    static QByteArray repair(const QByteArray &pdf, const QList<QFont> &fonts, const QString &printed, int *fixed = nullptr);
};

} // namespace ab::report
