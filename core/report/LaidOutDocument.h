#pragma once

#include "core/report/FontSet.h"
#include "core/report/PageStyle.h"
#include "core/report/ReportTypes.h"
#include "core/report/TextBlock.h"

#include <QColor>
#include <QJsonObject>
#include <QLineF>
#include <QList>
#include <QRectF>

#include <memory>

namespace ab::report
{

// What one page shows, in dots (1/1200 in) from the paper's top-left corner:
// fills under lines under text, painted the same way on every device.
struct PageContent {
    struct Text {
        std::shared_ptr<const TextBlock> block;
        int from = 0, to = 0; // lines
        QPointF origin;       // of the block's top-left
    };
    struct Line {
        QLineF line;
        qreal width = 8; // dots
        QColor color = Qt::black;
        bool dashed = false;
    };
    struct Fill {
        QRectF rect;
        QColor color;
    };
    QList<Fill> fills;
    QList<Line> lines;
    QList<Text> texts;
    bool isEmpty() const { return fills.isEmpty() && lines.isEmpty() && texts.isEmpty(); }
};

// A signature rectangle as laid out (dots, top-left origin).
struct SlotDots {
    int page = 0;
    QRectF rect;
    QString role, signer;
};

// A document paginated for its language's page: what the PDF writer, the
// preview (QImage per page) and a printer all paint.
struct LaidOutDocument {
    QString lang;
    QString title;
    QString number;
    QString footerPattern;
    QString allText; // every character it prints
    QJsonObject manifest;
    PageStyle style;
    FontSet fonts;
    QList<PageContent> pages;
    QList<SlotDots> slots;

    int pageCount() const { return int(pages.size()); }
    // In PDF user space (points, origin bottom-left) for a page pageHeightPt high.
    QList<SignatureSlot> signatureSlots(qreal pageHeightPt) const;
};

} // namespace ab::report
