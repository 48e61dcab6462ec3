#include "core/report/DocumentLayout.h"

#include "core/report/Paginator.h"
#include "core/report/PreparedBlocks.h"

#include <QCoreApplication>

namespace ab::report
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::DocumentLayout)
};
} // namespace

Result<LaidOutDocument> DocumentLayout::layout(const ReportDocument &doc, const Progress &progress)
{
    auto fonts = FontSet::forLanguage(doc.lang);
    if (!fonts)
        return fonts.error();
    LaidOutDocument out;
    out.lang = doc.lang;
    out.title = doc.title;
    out.number = doc.number;
    out.footerPattern = doc.footerPattern;
    // What the layout itself prints beside the document's texts (blank name lines, chart scales, page numbers).
    out.allText = doc.allText() + QStringLiteral("_…,.0123456789/ ");
    out.manifest = doc.manifest;
    out.style = PageStyle::forLanguage(doc.lang);
    out.fonts = *fonts;

    const BlockPreparer preparer(out.style, out.fonts);
    qint64 total = 0, done = 0;
    for (const Block &b : doc.blocks)
        total += BlockPreparer::weight(b);
    int pageCount = 1;
    QList<Prepared> prepared;
    prepared.reserve(doc.blocks.size());
    QList<qsizetype> counting; // blocks that print the page count
    for (qsizetype i = 0; i < doc.blocks.size(); ++i) {
        prepared << preparer.prepare(doc.blocks.at(i), pageCount);
        if (BlockPreparer::usesPageCount(doc.blocks.at(i)))
            counting << i;
        done += BlockPreparer::weight(doc.blocks.at(i));
        if (progress && !progress(done, total))
            return makeError(ErrorCode::Cancelled, Tr::tr("Rendering the document was cancelled."));
    }
    Paginator paginator(out.style);
    paginator.run(prepared);
    for (int pass = 0; pass < 3 && !counting.isEmpty() && int(paginator.pages.size()) != pageCount; ++pass) {
        pageCount = int(paginator.pages.size());
        for (qsizetype i : std::as_const(counting))
            prepared[i] = preparer.prepare(doc.blocks.at(i), pageCount);
        paginator.run(prepared);
    }
    out.pages = std::move(paginator.pages);
    out.slots = std::move(paginator.slots);
    return out;
}

QList<SignatureSlot> LaidOutDocument::signatureSlots(qreal pageHeightPt) const
{
    const qreal k = 72.0 / FontSet::LayoutDpi;
    QList<SignatureSlot> out;
    for (const SlotDots &s : slots) {
        SignatureSlot slot;
        slot.page = s.page;
        slot.rect = QRectF(s.rect.left() * k, pageHeightPt - s.rect.bottom() * k, s.rect.width() * k, s.rect.height() * k);
        slot.role = s.role;
        slot.signer = s.signer;
        out << slot;
    }
    return out;
}

} // namespace ab::report
