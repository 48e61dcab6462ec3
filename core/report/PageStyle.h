#pragma once

#include "core/report/FontSet.h"
#include "core/report/ReportDocument.h"

#include <QColor>
#include <QMap>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>

namespace ab::report
{

struct RoleStyle {
    Face face = Face::Serif;
    qreal pt = 12;
    bool bold = false;
    bool italic = false;
    Qt::Alignment align = Qt::AlignLeft;
    qreal pitchPt = 0;  // line pitch; 0 = the font's own line height
    qreal beforePt = 0; // space above (dropped at the top of a page)
    qreal afterPt = 0;
    qreal indentPt = 0;  // first line
    int indentChars = 0; // first line, in characters of the grid (Chinese 左空二字)
    int gridChars = 0;   // characters per full line (GB/T 9704: 28), 0 = natural spacing
    bool keepWithNext = false;
    bool fitOneLine = false; // shrink down to minPt rather than wrap
    qreal minPt = 0;
    QColor color = Qt::black;
};

// The page after a language's national convention: GB/T 9704-2012 for
// Chinese (A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28
// characters in 3号), Decree 30/2020/NĐ-CP for Vietnamese (A4; margins top
// and bottom 20 mm, left 30 mm, right 15 mm; Times-metric serif 13–14 pt),
// and English set like the Vietnamese.
struct PageStyle {
    QString lang;
    QSizeF paperMm{210, 297};
    QMarginsF marginsMm;      // left, top, right, bottom
    bool footerAtTop = false; // Decree 30 numbers pages in the top margin
    qreal footerGapMm = 7;    // from the type area (GB/T 9704: 7 mm below it)
    RoleStyle footer;
    qreal borderPt = 0.5;
    qreal cellPadXmm = 1.2, cellPadYmm = 1.0;
    qreal tableAfterPt = 6; // space under a table
    QColor shade = QColor(0xE8, 0xE8, 0xE8);

    static PageStyle forLanguage(const QString &lang);
    RoleStyle role(Role r) const { return m_roles.value(r); }

    // Dots: layout units at FontSet::LayoutDpi.
    static qreal mm(qreal v) { return v * FontSet::LayoutDpi / 25.4; }
    static qreal pt(qreal v) { return v * FontSet::LayoutDpi / 72.0; }
    QSizeF paperDots() const { return {mm(paperMm.width()), mm(paperMm.height())}; }
    QRectF bodyDots() const;

private:
    QMap<Role, RoleStyle> m_roles;
};

} // namespace ab::report
