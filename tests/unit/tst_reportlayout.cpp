// The paginating layout on documents made for the purpose: header rows on
// every page, headings kept with what follows, no single line left behind,
// small rows moved whole and tall ones split without losing a line,
// keep-together groups, Chinese line breaking and the GB/T 9704 grid.
#include "core/report/DocumentLayout.h"
#include "core/report/FontSet.h"

#include <QSet>
#include <QTest>

using namespace ab;
using namespace ab::report;

namespace
{
ReportDocument doc(const QString &lang, QList<Block> blocks)
{
    ReportDocument d;
    d.lang = lang;
    d.footerPattern = QStringLiteral("{page}/{pages}");
    d.blocks = std::move(blocks);
    return d;
}

Paragraph words(int n, Role role = Role::Body)
{
    QStringList w;
    for (int i = 0; i < n; ++i)
        w << QStringLiteral("word%1").arg(i);
    return Paragraph::of(role, w.join(QLatin1Char(' ')));
}

// Pages on which a block appears, and the lines drawn of it there.
QList<std::pair<int, int>> fragments(const LaidOutDocument &d, const TextBlock *block)
{
    QList<std::pair<int, int>> out;
    for (int p = 0; p < d.pageCount(); ++p)
        for (const PageContent::Text &t : d.pages.at(p).texts)
            if (t.block.get() == block)
                out << std::pair<int, int>{p, t.to - t.from};
    return out;
}

const TextBlock *find(const LaidOutDocument &d, const QString &text)
{
    for (const PageContent &p : d.pages)
        for (const PageContent::Text &t : p.texts)
            if (t.block->text() == text)
                return t.block.get();
    return nullptr;
}
} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void headerRowsOnEveryPage();
    void tallRowSplitsWithoutLosingLines();
    void smallRowMovesWhole();
    void headingKeepsWithNext_data();
    void headingKeepsWithNext();
    void noSingleLineAlone();
    void keepTogether();
    void chineseLineBreaking();
    void chineseGrid();
    void pageBreaks();
};

void TestReportLayout::initTestCase()
{
    for (const QString &lang : documentLanguages())
        QVERIFY(FontSet::forLanguage(lang).ok());
}

void TestReportLayout::headerRowsOnEveryPage()
{
    Table t;
    t.widths = {1, 3};
    t.headerRows = 1;
    t.rows << QList<Cell>{Cell::of(Role::TableHeader, QStringLiteral("HEADER-A")), Cell::of(Role::TableHeader, QStringLiteral("HEADER-B"))};
    for (int i = 0; i < 300; ++i)
        t.rows << QList<Cell>{Cell::of(Role::TableCell, QString::number(i)), Cell::of(Role::TableCell, QStringLiteral("row %1").arg(i))};
    auto d = DocumentLayout::layout(doc(QStringLiteral("vi"), {t}));
    QVERIFY(d.ok());
    QVERIFY(d->pageCount() >= 5);
    const TextBlock *header = find(*d, QStringLiteral("HEADER-A"));
    QVERIFY(header);
    QSet<QString> rows;
    for (int p = 0; p < d->pageCount(); ++p) {
        QCOMPARE(fragments(*d, header).count(std::pair<int, int>{p, 1}), 1);
        // The header is the topmost text of the page.
        qreal top = 1e9;
        const TextBlock *topmost = nullptr;
        for (const PageContent::Text &tx : d->pages.at(p).texts)
            if (tx.origin.y() < top) {
                top = tx.origin.y();
                topmost = tx.block.get();
            }
        QVERIFY(topmost == header || topmost->text() == QStringLiteral("HEADER-B"));
        for (const PageContent::Text &tx : d->pages.at(p).texts)
            rows.insert(tx.block->text());
    }
    for (int i = 0; i < 300; ++i)
        QVERIFY2(rows.contains(QStringLiteral("row %1").arg(i)), qPrintable(QString::number(i)));
}

void TestReportLayout::tallRowSplitsWithoutLosingLines()
{
    Table t;
    t.widths = {1, 1};
    t.headerRows = 1;
    t.rows << QList<Cell>{Cell::of(Role::TableHeader, QStringLiteral("H1")), Cell::of(Role::TableHeader, QStringLiteral("H2"))};
    Cell tall;
    QStringList lines;
    for (int i = 0; i < 150; ++i)
        lines << QStringLiteral("line %1").arg(i);
    tall.paragraphs << Paragraph::of(Role::TableCell, lines.join(QLatin1Char('\n')));
    t.rows << QList<Cell>{Cell::of(Role::TableCell, QStringLiteral("short")), tall};
    auto d = DocumentLayout::layout(doc(QStringLiteral("en"), {Paragraph::of(Role::Body, QStringLiteral("Before.")), t}));
    QVERIFY(d.ok());
    const TextBlock *block = find(*d, lines.join(QChar::LineSeparator));
    QVERIFY(block);
    QCOMPARE(block->lineCount(), 150);
    const auto parts = fragments(*d, block);
    QVERIFY(parts.size() >= 2); // split over pages
    int drawn = 0;
    for (const auto &[page, n] : parts) {
        drawn += n;
        QVERIFY(n >= 2);
        QCOMPARE(fragments(*d, find(*d, QStringLiteral("H2"))).count(std::pair<int, int>{page, 1}), 1); // under its header
    }
    QCOMPARE(drawn, 150); // every line once
}

void TestReportLayout::smallRowMovesWhole()
{
    // Fill the first page nearly full, then a row of six lines: it goes to
    // the next page whole rather than in pieces.
    QList<Block> blocks{Paragraph::of(Role::Body, QStringLiteral("Start.")), Spacer{225}};
    Table t;
    t.widths = {1};
    t.rows << QList<Cell>{Cell::of(Role::TableCell, QStringLiteral("one\ntwo\nthree\nfour\nfive\nsix"))};
    blocks << t;
    auto d = DocumentLayout::layout(doc(QStringLiteral("en"), blocks));
    QVERIFY(d.ok());
    const auto parts = fragments(*d, find(*d, QStringLiteral("one\u2028two\u2028three\u2028four\u2028five\u2028six")));
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.first(), (std::pair<int, int>{1, 6}));
}

void TestReportLayout::headingKeepsWithNext_data()
{
    QTest::addColumn<qreal>("fill");
    QTest::addColumn<int>("headingPage");
    QTest::newRow("room for heading and two lines") << qreal(200) << 0;
    QTest::newRow("room for the heading alone") << qreal(240) << 1;
}

void TestReportLayout::headingKeepsWithNext()
{
    QFETCH(qreal, fill);
    QFETCH(int, headingPage);
    auto d = DocumentLayout::layout(doc(QStringLiteral("vi"), {Paragraph::of(Role::Body, QStringLiteral("Start.")), Spacer{fill},
                                                               Paragraph::of(Role::Heading1, QStringLiteral("I. HEADING")), words(200)}));
    QVERIFY(d.ok());
    const auto heading = fragments(*d, find(*d, QStringLiteral("I. HEADING")));
    QCOMPARE(heading.size(), 1);
    QCOMPARE(heading.first().first, headingPage);
    const auto body = fragments(*d, find(*d, words(200).text()));
    QCOMPARE(body.first().first, headingPage);
    QVERIFY(body.first().second >= 2);
}

void TestReportLayout::noSingleLineAlone()
{
    // Whatever the room left, a paragraph is never cut to one line on either side.
    for (qreal fill = 180; fill <= 250; fill += 3) {
        auto d = DocumentLayout::layout(
            doc(QStringLiteral("vi"), {Paragraph::of(Role::Body, QStringLiteral("Start.")), Spacer{fill}, words(120)}));
        QVERIFY(d.ok());
        const auto parts = fragments(*d, find(*d, words(120).text()));
        for (const auto &[page, n] : parts)
            QVERIFY2(n >= 2, qPrintable(QStringLiteral("fill %1: %2 line(s) on page %3").arg(fill).arg(n).arg(page)));
    }
}

void TestReportLayout::keepTogether()
{
    SignaturePanel panel;
    panel.heading = QStringLiteral("Signatures");
    panel.roleHeader = QStringLiteral("Role");
    panel.handHeader = QStringLiteral("Signature");
    panel.digitalHeader = QStringLiteral("Digital");
    for (const char *n : {"A", "B", "C"})
        panel.rows << SignaturePanel::Row{QStringLiteral("Member"), QLatin1String(n), QStringLiteral("member"), true};
    auto d =
        DocumentLayout::layout(doc(QStringLiteral("en"), {Paragraph::of(Role::Body, QStringLiteral("Start.")), Spacer{200}, KeepTogether{2},
                                                          panel, Paragraph::of(Role::Recipients, QStringLiteral("- Archive."))}));
    QVERIFY(d.ok());
    QCOMPARE(d->pageCount(), 2);
    QCOMPARE(d->slots.size(), 3);
    for (const SlotDots &s : d->slots)
        QCOMPARE(s.page, 1);
    QCOMPARE(fragments(*d, find(*d, QStringLiteral("Signatures"))).first().first, 1);
    QCOMPARE(fragments(*d, find(*d, QStringLiteral("- Archive."))).first().first, 1);
}

void TestReportLayout::chineseLineBreaking()
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("检查发现弱口令，整改期限为三十日。");
    auto d = DocumentLayout::layout(doc(QStringLiteral("zh_CN"), {Paragraph::of(Role::Body, text)}));
    QVERIFY(d.ok());
    const TextBlock *b = find(*d, text);
    QVERIFY(b);
    QVERIFY(b->lineCount() > 10);
    const QString noStart = QStringLiteral("，。、；：？！）》」");
    for (int i = 0; i < b->lineCount(); ++i) {
        const QString line = b->lineText(i);
        QVERIFY(!line.isEmpty());
        QVERIFY2(!noStart.contains(line.front()), qPrintable(line));
    }
}

void TestReportLayout::chineseGrid()
{
    // GB/T 9704: 28 characters to a line of 3号 body; the first indented by two.
    const QString han = QStringLiteral("网络安全检查报告整改通知书现场记录被检查单位代表意见");
    QString text;
    for (int i = 0; i < 200; ++i)
        text += han.at(i % han.size());
    auto d = DocumentLayout::layout(doc(QStringLiteral("zh_CN"), {Paragraph::of(Role::Body, text)}));
    QVERIFY(d.ok());
    const TextBlock *b = find(*d, text);
    QVERIFY(b);
    QCOMPARE(b->lineText(0).size(), 26);
    for (int i = 1; i < b->lineCount() - 1; ++i)
        QVERIFY2(b->lineText(i).size() == 28, qPrintable(QStringLiteral("line %1: %2 chars, %3 dots wide: %4")
                                                             .arg(i)
                                                             .arg(b->lineText(i).size())
                                                             .arg(b->lines().at(i).width)
                                                             .arg(b->lineText(i))));
    // 22 lines to a full page.
    QString many;
    for (int i = 0; i < 28 * 60; ++i)
        many += han.at(i % han.size());
    auto full = DocumentLayout::layout(doc(QStringLiteral("zh_CN"), {Paragraph::of(Role::BodyFlush, many)}));
    QVERIFY(full.ok());
    const auto parts = fragments(*full, find(*full, many));
    QCOMPARE(parts.first().second, 22);
}

void TestReportLayout::pageBreaks()
{
    auto d = DocumentLayout::layout(doc(QStringLiteral("en"), {Paragraph::of(Role::Body, QStringLiteral("One.")), PageBreak{}, PageBreak{},
                                                               Paragraph::of(Role::Body, QStringLiteral("Two."))}));
    QVERIFY(d.ok());
    QCOMPARE(d->pageCount(), 2); // a break on an empty page adds none
}

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
