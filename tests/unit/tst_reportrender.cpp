// Rendering the documents: fonts embedded (SC faces for Chinese, Liberation
// Serif for Vietnamese), text that comes back exactly through pdftotext,
// "X of Y" on every page, passwords never whole, signature slots on the last
// page, previews, printing on a paged device, HTML, cancel, missing fonts.
// Uses poppler-utils (pdffonts, pdftotext, pdfinfo) from Debian.
#include "CoreFixture.h"
#include "ReportFixture.h"

#include "core/report/DocumentLayout.h"
#include "core/report/FontSet.h"
#include "core/report/HtmlRenderer.h"
#include "core/report/PdfRenderer.h"
#include "core/report/PdfTextRepair.h"
#include "core/report/ReportIssuer.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using namespace ab::report;

namespace
{
const QString VietnameseLetters = QStringLiteral("aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
                                                 "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬEÈẺẼÉẸÊỀỂỄẾỆIÌỈĨÍỊOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢUÙỦŨÚỤƯỪỬỮỨỰYỲỶỸÝỴĐ");

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}
} // namespace

class TestReportRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fontsAreEmbedded_data();
    void fontsAreEmbedded();
    void textComesBack_data();
    void textComesBack();
    void everyDiacriticComesBack();
    void kangxiRadicalsAreRepaired();
    void pageXofY_data();
    void pageXofY();
    void passwordsNeverWhole_data();
    void passwordsNeverWhole();
    void signatureSlots();
    void preview();
    void printsOnAPagedDevice();
    void html();
    void cancel();
    void missingFontIsAClearError();

private:
    QString pdf(Kind kind, const QString &lang);
    Result<ReportDocument> document(const QString &file, Kind kind, const QString &lang);
    static QString tool(const QString &name, const QStringList &args);
    QTemporaryDir m_dir;
    QString m_cn, m_vn;
    QMap<QString, QString> m_pdfs;
};

QString TestReportRender::tool(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(name, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(name), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReportRender::initTestCase()
{
    for (const char *t : {"pdffonts", "pdftotext", "pdfinfo"})
        if (QStandardPaths::findExecutable(QLatin1String(t)).isEmpty())
            QFAIL("poppler-utils is not installed (apt-get install poppler-utils)");
    QVERIFY(m_dir.isValid());
    m_cn = m_dir.filePath(QStringLiteral("cn.inspection"));
    m_vn = m_dir.filePath(QStringLiteral("vn.inspection"));
    abfixture::Spec spec;
    spec.findings = 40; // several pages of findings
    spec.evidence = 16;
    QVERIFY(abfixture::build(m_cn, abtest::passphrase(), spec).ok());
    spec.regime = QStringLiteral("vn-mic");
    QVERIFY(abfixture::build(m_vn, abtest::passphrase(), spec).ok());
    // Fonts are resolved on the GUI thread before anything renders.
    for (const QString &lang : documentLanguages())
        QVERIFY(FontSet::forLanguage(lang).ok());
}

Result<ReportDocument> TestReportRender::document(const QString &file, Kind kind, const QString &lang)
{
    auto f = abtest::open(file, InspectionFile::Mode::ReadOnly);
    if (!f)
        return makeError(ErrorCode::Io, QStringLiteral("cannot open"));
    ReportOptions o;
    o.kind = kind;
    o.lang = lang;
    o.issueDate = QDate(2025, 3, 6);
    return ReportIssuer::prepare(*f, o);
}

QString TestReportRender::pdf(Kind kind, const QString &lang)
{
    const QString key = kindName(kind) + QLatin1Char('-') + lang;
    if (m_pdfs.contains(key))
        return m_pdfs.value(key);
    auto doc = document(lang == QLatin1String("vi") ? m_vn : m_cn, kind, lang);
    if (!doc)
        return {};
    auto rendered = ReportIssuer::renderPdf(*doc);
    if (!rendered)
        return {};
    const QString path = m_dir.filePath(key + QStringLiteral(".pdf"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(rendered->pdf) != rendered->pdf.size())
        return {};
    m_pdfs.insert(key, path);
    return path;
}

void TestReportRender::fontsAreEmbedded_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("face");
    QTest::newRow("zh_CN") << "zh_CN"
                           << "NotoSerifCJKsc";
    QTest::newRow("vi") << "vi"
                        << "LiberationSerif";
    QTest::newRow("en") << "en"
                        << "LiberationSerif";
}

void TestReportRender::fontsAreEmbedded()
{
    QFETCH(QString, lang);
    QFETCH(QString, face);
    for (Kind kind : {Kind::Report, Kind::Notice, Kind::Record}) {
        const QString path = pdf(kind, lang);
        QVERIFY(!path.isEmpty());
        const QStringList lines = tool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        bool found = false;
        for (const QString &l : lines) {
            const QStringList cols = l.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7, qPrintable(l));
            // name, type (2 words), encoding, emb, sub, uni, object id (2 numbers)
            QCOMPARE(cols.at(cols.size() - 5), QStringLiteral("yes")); // embedded
            QCOMPARE(cols.at(cols.size() - 3), QStringLiteral("yes")); // with a Unicode map
            found = found || cols.first().contains(face);
            // Simplified Chinese only: never the JP, KR, TC or HK cuts of Noto CJK.
            for (const char *other : {"CJKjp", "CJKkr", "CJKtc", "CJKhk"})
                QVERIFY2(!cols.first().contains(QLatin1String(other), Qt::CaseInsensitive), qPrintable(l));
        }
        QVERIFY2(found, qPrintable(lines.join(QLatin1Char('\n'))));
    }
}

void TestReportRender::textComesBack_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("strings");
    QTest::newRow("zh report") << "zh_CN" << Kind::Report
                               << QStringList{QStringLiteral("网络安全检查报告"),
                                              QStringLiteral("华东视频云科技有限公司"),
                                              QStringLiteral("《中华人民共和国网络安全法》"),
                                              QStringLiteral("工信厅网安函〔2018〕261号"),
                                              QStringLiteral("现场询问、查阅资料、现场检测"),
                                              QStringLiteral("王晓明、李静、张伟（组长）"),
                                              QStringLiteral("弱口令和中高危漏洞"),
                                              QStringLiteral("证据清单")};
    QTest::newRow("zh notice") << "zh_CN" << Kind::Notice
                               << QStringList{QStringLiteral("网络安全问题整改通知书"), QStringLiteral("华东视频云科技有限公司："),
                                              QStringLiteral("三、复查要求"), QStringLiteral("特此通知。"),
                                              QStringLiteral("2025年3月6日印发")};
    QTest::newRow("zh record") << "zh_CN" << Kind::Record
                               << QStringList{QStringLiteral("现场检查记录"), QStringLiteral("被检查单位意见"),
                                              QStringLiteral("被检查单位代表"), QStringLiteral("本记录一式两份")};
    QTest::newRow("vi report") << "vi" << Kind::Report
                               << QStringList{QStringLiteral("BÁO CÁO"),
                                              QStringLiteral("Kết quả kiểm tra, đánh giá an toàn thông tin"),
                                              QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                              QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
                                              QStringLiteral("Công ty Cổ phần Giám sát Hình ảnh Đông Á"),
                                              QStringLiteral("Nguyễn Văn An"),
                                              QStringLiteral("Trần Thị Bích"),
                                              QStringLiteral("Lê Hoàng Dũng"),
                                              QStringLiteral("Hải Phòng, ngày 06 tháng 3 năm 2025"),
                                              QStringLiteral("Chỉ thị số 23/CT-TTg ngày 26/12/2022 của Thủ tướng Chính phủ"),
                                              QStringLiteral("Nơi nhận:")};
    QTest::newRow("vi notice") << "vi" << Kind::Notice
                               << QStringList{QStringLiteral("VĂN BẢN YÊU CẦU KHẮC PHỤC"),
                                              QStringLiteral("Kính gửi: Công ty Cổ phần Giám sát Hình ảnh Đông Á."),
                                              QStringLiteral("III. KIỂM TRA LẠI")};
    QTest::newRow("vi record") << "vi" << Kind::Record
                               << QStringList{QStringLiteral("BIÊN BẢN"), QStringLiteral("Ý kiến của đơn vị được kiểm tra"),
                                              QStringLiteral("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA").toLower()};
}

void TestReportRender::textComesBack()
{
    QFETCH(QString, lang);
    QFETCH(Kind, kind);
    QFETCH(QStringList, strings);
    const QString path = pdf(kind, lang);
    QVERIFY(!path.isEmpty());
    const QString text = squeeze(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    for (const QString &s : strings)
        QVERIFY2(text.contains(squeeze(s), Qt::CaseInsensitive) && (lang != QLatin1String("zh_CN") || text.contains(squeeze(s))),
                 qPrintable(s));
}

void TestReportRender::everyDiacriticComesBack()
{
    // An organisation named with every Vietnamese letter, in both cases.
    const QString path = m_dir.filePath(QStringLiteral("letters.inspection"));
    {
        InspectionMeta m;
        m.regime = QStringLiteral("vn-mic");
        m.organisation = VietnameseLetters;
        m.inspectors = {QStringLiteral("Đặng Thị Ngọc Hương")};
        m.systems = {{QStringLiteral("Hệ thống camera"), 2}};
        QVERIFY(InspectionFile::create(path, m, abtest::passphrase(), QStringLiteral("tester")).ok());
    }
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        auto doc = document(path, Kind::Record, lang);
        QVERIFY(doc.ok());
        auto rendered = ReportIssuer::renderPdf(*doc);
        QVERIFY(rendered.ok());
        const QString out = m_dir.filePath(QStringLiteral("letters-%1.pdf").arg(lang));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rendered->pdf);
        f.close();
        const QString text = squeeze(tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}));
        QVERIFY2(text.contains(VietnameseLetters), qPrintable(lang + QLatin1Char(' ') + text.left(400)));
        QVERIFY(text.contains(QStringLiteral("ĐặngThịNgọcHương")));
    }
}

void TestReportRender::kangxiRadicalsAreRepaired()
{
    // Qt's PDF engine names 网 by the Kangxi radical ⽹ (one glyph, two code
    // points); the renderer's repair must give the ideograph back.
    auto fonts = FontSet::forLanguage(QStringLiteral("zh_CN"));
    QVERIFY(fonts.ok());
    const QString sample = QStringLiteral("中华人民共和国网络安全法 工业和信息化部 骨干网");
    QByteArray raw;
    {
        QBuffer buf(&raw);
        QVERIFY(buf.open(QIODevice::WriteOnly));
        QPdfWriter w(&buf);
        QPainter p(&w);
        p.setFont(fonts->font(Face::Serif, 16));
        p.drawText(QPointF(500, 1000), sample);
    }
    int fixed = 0;
    const QByteArray repaired = PdfTextRepair::repair(raw, PdfRenderer::faces(*fonts), sample, &fixed);
    auto text = [&](const QByteArray &pdfBytes) {
        const QString path = m_dir.filePath(QStringLiteral("radicals.pdf"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(pdfBytes);
        f.close();
        return squeeze(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    };
    const QString before = text(raw), after = text(repaired);
    const bool qtMisnames = before != squeeze(sample);
    if (qtMisnames)
        QVERIFY(fixed > 0);
    QCOMPARE(after, squeeze(sample));
    QVERIFY(tool(QStringLiteral("pdfinfo"), {m_dir.filePath(QStringLiteral("radicals.pdf"))}).contains(QStringLiteral("Pages:")));
}

void TestReportRender::pageXofY_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("total");
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("第 %1 页 共 %2 页") << QStringLiteral("本报告正文及附件共 %1 页");
    QTest::newRow("vi") << "vi" << QStringLiteral("Trang %1/%2") << QStringLiteral("Báo cáo này gồm %1 trang");
    QTest::newRow("en") << "en" << QStringLiteral("Page %1 of %2") << QStringLiteral("This report has %1 pages");
}

void TestReportRender::pageXofY()
{
    QFETCH(QString, lang);
    QFETCH(QString, pattern);
    QFETCH(QString, total);
    const QString path = pdf(Kind::Report, lang);
    QVERIFY(!path.isEmpty());
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = re.match(tool(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
    QVERIFY2(pages >= 6, "the fixture should make a multi-page report");
    for (int i = 1; i <= pages; ++i) {
        const QString page = squeeze(tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(i), QStringLiteral("-l"),
                                                                        QString::number(i), path, QStringLiteral("-")}));
        QVERIFY2(page.contains(squeeze(pattern.arg(i).arg(pages))), qPrintable(QStringLiteral("page %1: %2").arg(i).arg(page.right(200))));
        // Only its own number.
        if (i > 1)
            QVERIFY(!page.contains(squeeze(pattern.arg(i - 1).arg(pages))));
    }
    const QString all = squeeze(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    QVERIFY2(all.contains(squeeze(total.arg(pages))), "the text naming the page count is right");
}

void TestReportRender::passwordsNeverWhole_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("lang");
    for (Kind k : {Kind::Report, Kind::Notice, Kind::Record})
        for (const QString &lang : documentLanguages())
            QTest::newRow(qPrintable(kindName(k) + QLatin1Char(' ') + lang)) << k << lang;
}

void TestReportRender::passwordsNeverWhole()
{
    QFETCH(Kind, kind);
    QFETCH(QString, lang);
    const QString path = pdf(kind, lang);
    QVERIFY(!path.isEmpty());
    const QString text = tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    for (const QString &secret : {abfixture::secretPassword(), abfixture::typedPassword()}) {
        QVERIFY2(!text.contains(secret), qPrintable(secret));
        QVERIFY(!squeeze(text).contains(secret));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(abfixture::secretPassword().toLatin1()));
    if (kind == Kind::Report)
        QVERIFY(text.contains(QStringLiteral("S***!")));
    auto doc = document(lang == QLatin1String("vi") ? m_vn : m_cn, kind, lang);
    QVERIFY(doc.ok());
    const QByteArray html = HtmlRenderer::render(*doc);
    QVERIFY(!html.contains(abfixture::secretPassword().toUtf8()));
    QVERIFY(!html.contains(abfixture::typedPassword().toUtf8()));
}

void TestReportRender::signatureSlots()
{
    for (Kind kind : {Kind::Report, Kind::Notice, Kind::Record}) {
        auto doc = document(m_cn, kind, QStringLiteral("zh_CN"));
        QVERIFY(doc.ok());
        auto r = ReportIssuer::renderPdf(*doc);
        QVERIFY(r.ok());
        // Report and record: every team member, the leader last; notice: the leader.
        const QStringList team{QStringLiteral("王晓明"), QStringLiteral("李静"), QStringLiteral("张伟")};
        const QStringList expected = kind == Kind::Notice ? QStringList{team.last()} : team;
        QCOMPARE(r->slots.size(), expected.size());
        for (qsizetype i = 0; i < r->slots.size(); ++i) {
            const SignatureSlot &s = r->slots.at(i);
            QCOMPARE(s.page, r->pageCount - 1); // on the last page
            QCOMPARE(s.signer, expected.at(i));
            QCOMPARE(s.role, i == r->slots.size() - 1 ? QStringLiteral("leader") : QStringLiteral("member"));
            QVERIFY2(s.rect.left() > 50 && s.rect.right() < 595 - 50 && s.rect.bottom() < 842 - 50 && s.rect.top() > 50,
                     qPrintable(QStringLiteral("%1,%2 %3x%4").arg(s.rect.x()).arg(s.rect.y()).arg(s.rect.width()).arg(s.rect.height())));
            QVERIFY(s.rect.width() > 100 && s.rect.height() > 40);
            if (i > 0) {
                QVERIFY(!s.rect.intersects(r->slots.at(i - 1).rect));
                QVERIFY(s.rect.top() < r->slots.at(i - 1).rect.top()); // PDF y grows upwards: the next row is lower
            }
        }
        QCOMPARE(r->manifest, doc->manifest);
        QVERIFY(r->pdf.startsWith("%PDF-1.6"));
    }
}

void TestReportRender::preview()
{
    auto doc = document(m_vn, Kind::Report, QStringLiteral("vi"));
    QVERIFY(doc.ok());
    auto laid = DocumentLayout::layout(*doc);
    QVERIFY(laid.ok());
    const QImage first = PdfRenderer::pageImage(*laid, 0, 40);
    QCOMPARE(first.size(), QSize(331, 468));
    int dark = 0;
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x)
            dark += qGray(first.pixel(x, y)) < 128;
    QVERIFY2(dark > 500, "the page shows something");
    // The preview draws what the PDF has: the same page count.
    auto pdfDoc = ReportIssuer::renderPdf(*doc);
    QVERIFY(pdfDoc.ok());
    QCOMPARE(laid->pageCount(), pdfDoc->pageCount);
}

void TestReportRender::printsOnAPagedDevice()
{
    // A printer is a QPagedPaintDevice; a PDF writer at printer resolution
    // with the default margins (not full-page) stands in for one.
    auto doc = document(m_cn, Kind::Notice, QStringLiteral("zh_CN"));
    QVERIFY(doc.ok());
    auto laid = DocumentLayout::layout(*doc);
    QVERIFY(laid.ok());
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPdfWriter printer(path);
        printer.setResolution(300);
        printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        QVERIFY(PdfRenderer::print(*laid, printer).ok());
    }
    const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    QCOMPARE(re.match(tool(QStringLiteral("pdfinfo"), {path})).captured(1).toInt(), laid->pageCount());
    const QString text = squeeze(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    // (A printer needs no text layer: the repair of Qt's text map is the PDF renderer's.)
    QVERIFY2(text.contains(QStringLiteral("问题整改通知书")), qPrintable(text.left(300)));
    QVERIFY2(text.contains(QStringLiteral("共%1").arg(laid->pageCount())), qPrintable(text.right(300)));
}

void TestReportRender::html()
{
    auto doc = document(m_cn, Kind::Report, QStringLiteral("zh_CN"));
    QVERIFY(doc.ok());
    const QString html = QString::fromUtf8(HtmlRenderer::render(*doc));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"zh-CN\">")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("@page { size: A4; margin: 37.00mm 26.00mm 35.00mm 28.00mm;")));
    QVERIFY(html.contains(QStringLiteral("\"Noto Serif CJK SC\"")));
    QVERIFY(html.contains(QStringLiteral("counter(page)")));
    QVERIFY(html.contains(QStringLiteral("<thead>")));
    QVERIFY(html.contains(QStringLiteral("华东视频云科技有限公司")));
    QVERIFY(html.contains(QStringLiteral("网络安全检查报告")));
    const QRegularExpression manifest(QStringLiteral("<script type=\"application/json\" id=\"auditbench-manifest\">(.*?)</script>"));
    const auto m = manifest.match(html);
    QVERIFY(m.hasMatch());
    QCOMPARE(QJsonDocument::fromJson(m.captured(1).toUtf8()).object(), doc->manifest);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
}

void TestReportRender::cancel()
{
    auto doc = document(m_cn, Kind::Report, QStringLiteral("en"));
    QVERIFY(doc.ok());
    int calls = 0;
    auto r = ReportIssuer::renderPdf(*doc, [&](qint64, qint64) { return ++calls < 5; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 5);
}

void TestReportRender::missingFontIsAClearError()
{
    FontRequest req = FontSet::requestFor(QStringLiteral("zh_CN"));
    req.serif = {QStringLiteral("AuditBench Absent Serif SC")};
    auto r = FontSet::resolve(req);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::BadInput);
    QVERIFY2(r.error().message.contains(QStringLiteral("AuditBench Absent Serif SC")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("fonts-noto-cjk")), qPrintable(r.error().message));
    req = FontSet::requestFor(QStringLiteral("vi"));
    req.mono = {QStringLiteral("AuditBench Absent Mono")};
    r = FontSet::resolve(req);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("fonts-liberation2")), qPrintable(r.error().message));
    // A face that exists but cannot draw the language's letters.
    req = FontSet::requestFor(QStringLiteral("vi"));
    req.probe = QStringLiteral("ệ网\U0001F600");
    req.serif = {QStringLiteral("Liberation Mono")};
    r = FontSet::resolve(req);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("cannot draw")), qPrintable(r.error().message));
}

QTEST_MAIN(TestReportRender)
#include "tst_reportrender.moc"
