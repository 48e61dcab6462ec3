#pragma once

#include "core/report/ReportOptions.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace ab::report
{

// What a piece of text is; the page style of the language decides how it
// looks (GB/T 9704 for Chinese, Decree 30/2020/NĐ-CP for Vietnamese).
enum class Role {
    OrganMark,   // GB/T 9704 issuing organ mark (red, large, one line)
    OrganParent, // Decree 30: the parent organ, upper case
    OrganName,   // Decree 30: the issuing organ, bold upper case
    Motto1,      // national name, bold upper case
    Motto2,      // motto, bold
    DocNumber,   // document number
    PlaceDate,   // "Hà Nội, ngày … tháng … năm …", italic
    Title,
    TitleSub,   // the second title line (Decree 30 trích yếu)
    Salutation, // 主送机关 / Kính gửi
    Heading1,
    Heading2,
    Body,
    BodyFlush, // body without the first-line indent
    Small,     // notes under tables, hints
    Caption,   // table and figure captions
    TableHeader,
    TableCell,
    Mono,  // hashes
    Label, // key-value labels
    SignCaption,
    SignName,
    RecipientsTitle,
    Recipients,
    Imprint, // GB/T 9704 版记
};
QString roleName(Role role);

struct Span {
    QString text;
    bool bold = false;
    bool italic = false;
    bool mono = false;
};

// A paragraph; '\n' in a span is a forced line break. The page count, known
// only after pagination, is written as PageCountToken and filled in by the
// second layout pass.
struct Paragraph {
    static constexpr char16_t PageCountToken = u'\uE000';
    enum class RuleBelow { None, Short, Full }; // Decree 30 lines under the organ name, the motto and the title
    Role role = Role::Body;
    QList<Span> spans;
    Qt::Alignment align = {}; // 0: the role's own
    RuleBelow rule = RuleBelow::None;
    bool keepWithNext = false; // in addition to headings, which always keep with what follows
    bool noIndent = false;     // flush left even where the role indents its first line
    QString text() const;
    static Paragraph of(Role role, const QString &text, Qt::Alignment align = {});
};

struct Cell {
    QList<Paragraph> paragraphs;
    int span = 1; // columns
    bool shaded = false;
    qreal minHeightMm = 0; // space to write in by hand
    static Cell of(Role role, const QString &text, Qt::Alignment align = {});
};

struct Table {
    QList<qreal> widths; // relative column widths
    int headerRows = 0;  // repeated at the top of every page the table runs onto
    QList<QList<Cell>> rows;
    bool borders = true;
    bool keepTogether = false; // small tables (mastheads, key-value blocks) never split
};

struct BarChart {
    struct Bar {
        QString label;
        double value = 0;
        double max = 100;
        bool scored = true; // false: drawn empty with `unscoredText`
        bool total = false;
    };
    QString caption;
    QString unscoredText;
    QList<Bar> bars;
};

// The last page's signatures: a row per person, with room for a handwritten
// signature and, for the team, a rectangle that becomes a PDF signature
// field (RenderedPdf::slots).
struct SignaturePanel {
    struct Row {
        QString caption; // role, e.g. 检查组组长
        QString name;    // empty: a line to write the name on
        QString role;    // member | leader | unit
        bool digital = false;
    };
    QString heading;
    QString roleHeader, handHeader, digitalHeader;
    QList<Row> rows;
};

struct Spacer {
    qreal mm = 0;
};

// A full-width line (the red separator under a GB/T 9704 masthead).
struct Rule {
    QColor color = Qt::black;
    qreal thicknessMm = 0.35;
    qreal spaceBeforeMm = 0;
};

struct PageBreak {
};

// Lines to write on by hand (the unit's opinion on the record).
struct FillLines {
    int lines = 4;
};

// GB/T 9704 版记: rows of left/right texts between rules, at the foot of the last page.
struct Imprint {
    QList<std::pair<QString, QString>> rows;
};

// The next `blocks` blocks stay on one page when they fit on one.
struct KeepTogether {
    int blocks = 2;
};

using Block = std::variant<Paragraph, Table, BarChart, SignaturePanel, Spacer, Rule, PageBreak, FillLines, Imprint, KeepTogether>;

// A document as blocks, built per kind and language, rendered to PDF (and
// images, and printers) by the layout and to HTML by HtmlRenderer, so every
// output carries the same texts.
struct ReportDocument {
    Kind kind = Kind::Report;
    QString lang;
    QString title;         // PDF metadata / HTML <title>
    QString number;        // the document number as printed
    QString footerPattern; // "第 {page} 页 共 {pages} 页"
    QList<Block> blocks;
    QJsonObject manifest; // see docs/report-manifest.md

    // One line per block, for golden checks of the text content (not of the
    // look): "[title] 网络安全检查报告", "| 序号 | 检查项 |"...
    QString plainText() const;
    // Every character the document can print, for the PDF's text map repair.
    QString allText() const;
};

} // namespace ab::report
