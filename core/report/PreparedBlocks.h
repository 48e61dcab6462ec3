#pragma once

#include "core/report/PageStyle.h"
#include "core/report/ReportDocument.h"
#include "core/report/TextBlock.h"

#include <memory>
#include <optional>
#include <variant>

namespace ab::report
{

// Blocks measured at their width, before they are cut into pages (dots).
struct PreparedPara {
    std::shared_ptr<TextBlock> text;
    qreal x = 0; // from the left of the type area
    qreal before = 0, after = 0;
    Paragraph::RuleBelow rule = Paragraph::RuleBelow::None;
    bool keepWithNext = false;
    qreal ruleHeight() const { return ruleHeight(rule); }
    static qreal ruleHeight(Paragraph::RuleBelow rule);
    qreal height() const { return text->height() + after + ruleHeight(); }
};

struct CellLine {
    int para = 0, line = 0;
    qreal top = 0, bottom = 0; // within the cell's content
};

struct PreparedCell {
    qreal x = 0, w = 0;
    QList<std::shared_ptr<TextBlock>> paras;
    QList<qreal> paraTop;
    QList<Paragraph::RuleBelow> paraRule;
    QList<CellLine> lines;
    qreal contentHeight = 0;
    qreal minHeight = 0;
    bool shaded = false;
    bool vcenter = false;
    bool slot = false; // becomes a signature field
    QString slotRole, slotSigner;
};

struct PreparedRow {
    QList<PreparedCell> cells;
    qreal height = 0;
};

enum class TableStyle { Grid, None, Underlines };

struct PreparedTable {
    std::optional<PreparedPara> heading; // kept with the table (signature panels)
    QList<PreparedRow> rows;
    int headerRows = 0;
    TableStyle style = TableStyle::Grid;
    bool keepTogether = false;
    bool imprint = false; // GB/T 9704 版记: at the foot of the page, between rules
    qreal height() const;
    qreal headerHeight() const;
};

struct PreparedChart {
    struct Bar {
        std::shared_ptr<TextBlock> label, value;
        double fraction = 0;
        bool scored = true, total = false;
        qreal height = 0;
    };
    QList<Bar> bars;
    QList<std::pair<double, std::shared_ptr<TextBlock>>> ticks; // fraction, label
    std::shared_ptr<TextBlock> caption;
    qreal labelWidth = 0, valueWidth = 0, barArea = 0;
    qreal height() const;
};

struct PreparedRule {
    QColor color;
    qreal thickness = 0, before = 0;
};

using Prepared = std::variant<PreparedPara, PreparedTable, PreparedChart, Spacer, PreparedRule, PageBreak, KeepTogether>;

// Lays out each block's text at its width in the page style's fonts.
class BlockPreparer final
{
public:
    BlockPreparer(const PageStyle &style, const FontSet &fonts) : m_style(style), m_fonts(fonts) {}
    Prepared prepare(const Block &block, int pageCount) const;
    static bool usesPageCount(const Block &block);
    static qint64 weight(const Block &block); // rows, for progress

private:
    PreparedPara para(const Paragraph &p, qreal width, int pageCount) const;
    PreparedCell cell(const Cell &c, qreal x, qreal w, int pageCount) const;
    PreparedTable table(const Table &t, int pageCount) const;
    PreparedTable panel(const SignaturePanel &s) const;
    PreparedTable fillLines(const FillLines &f) const;
    PreparedTable imprint(const Imprint &im) const;
    PreparedChart chart(const BarChart &c) const;
    QList<qreal> columns(const QList<qreal> &widths) const;
    const PageStyle &m_style;
    const FontSet &m_fonts;
};

} // namespace ab::report
