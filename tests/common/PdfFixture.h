#pragma once

// Documents for the PDF tests: a few pages of text written by QPdfWriter,
// as the report renderer writes them, with signature slots on the last page
// and a manifest like the renderer's. Needs a QGuiApplication (fonts).
#include "core/report/ReportTypes.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>

namespace abtest {

inline QByteArray writePdf(int pages, const QString &lang = QStringLiteral("en"), int linesPerPage = 30)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("AuditBench test report"));
        QPainter p(&writer);
        QFont f(lang == QLatin1String("zh_CN") ? QStringLiteral("Noto Sans CJK SC") : QStringLiteral("Liberation Serif"));
        f.setPointSize(11);
        p.setFont(f);
        const QString sample = lang == QLatin1String("zh_CN") ? QStringLiteral("网络安全检查报告：第 %1 页，第 %2 行。")
                               : lang == QLatin1String("vi")  ? QStringLiteral("Báo cáo kết quả kiểm tra: trang %1, dòng %2.")
                                                              : QStringLiteral("Inspection report: page %1, line %2.");
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            for (int line = 0; line < linesPerPage; ++line)
                p.drawText(300, 300 + line * 90, sample.arg(page + 1).arg(line + 1));
        }
    }
    return buffer.data();
}

inline QJsonObject sampleManifest(const QString &lang = QStringLiteral("en"))
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("auditbench-report-manifest/1")},
        {QStringLiteral("inspection_id"), QStringLiteral("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")},
        {QStringLiteral("kind"), QStringLiteral("report")},
        {QStringLiteral("lang"), lang},
        {QStringLiteral("number"), QStringLiteral("AB-2024-001")},
        {QStringLiteral("issued_at"), QStringLiteral("2024-05-01T10:00:00+07:00")},
        {QStringLiteral("chain"), QJsonObject{{QStringLiteral("seq"), 12}, {QStringLiteral("hash"), QString(64, QLatin1Char('a'))}}},
        {QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                                            {QStringLiteral("sha256"), QString(64, QLatin1Char('b'))},
                                                            {QStringLiteral("size"), 123},
                                                            {QStringLiteral("name"), QStringLiteral("ảnh chụp.jpg")}}}}};
}

// Two slots at the foot of the last A4 page: a team member's, then the leader's.
inline ab::report::RenderedPdf renderedReport(int pages, const QString &lang = QStringLiteral("en"), int slots = 2)
{
    ab::report::RenderedPdf r;
    r.pdf = writePdf(pages, lang);
    r.manifest = sampleManifest(lang);
    r.pageCount = pages;
    const QList<ab::report::SignatureSlot> all{{-1, QRectF(56, 60, 220, 64), QStringLiteral("member"), QStringLiteral("Trần Thị B")},
                                               {-1, QRectF(318, 60, 220, 64), QStringLiteral("leader"), QStringLiteral("Nguyễn Văn A")},
                                               {0, QRectF(318, 700, 220, 64), QStringLiteral("member"), QString()}};
    r.slots = all.mid(0, slots);
    return r;
}

} // namespace abtest
