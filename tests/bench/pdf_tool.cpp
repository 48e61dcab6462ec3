// Not a test: makes the reports tests/bench/bench_sign.sh signs.
//   pdf_tool OUT.pdf PAGES [MIB]
// PAGES pages of report-like text (Vietnamese and Chinese lines) written by
// QPdfWriter, then, with MIB, pages of photographs (random pixels, which no
// encoder can shrink) until the file holds about MIB MiB, as a report with
// evidence photos does; prepared like the report command does (manifest,
// two signature slots on the last page).
#include "core/report/pdf/PdfPreparer.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryFile>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUT.pdf PAGES [MIB]\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const int pages = QByteArray(argv[2]).toInt();
    const qint64 target = argc > 3 ? QByteArray(argv[3]).toLongLong() << 20 : 0;
    QTemporaryFile raw;
    if (!raw.open())
        return 4;
    {
        QPdfWriter w(&raw);
        w.setPageSize(QPageSize(QPageSize::A4));
        w.setResolution(300);
        QPainter p(&w);
        QFont f(QStringLiteral("Liberation Serif"));
        f.setPointSize(11);
        QFont zh(QStringLiteral("Noto Sans CJK SC"));
        zh.setPointSize(11);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                w.newPage();
            for (int line = 0; line < 45; ++line) {
                p.setFont(line % 3 == 2 ? zh : f);
                p.drawText(
                    250, 250 + line * 70,
                    line % 3 == 2
                        ? QStringLiteral("第 %1 项：默认口令未修改，摄像机 %2 台。").arg(line).arg(page)
                        : QStringLiteral("Mục %1: thiết bị ghi hình số %2 còn dùng mật khẩu mặc định, cần khắc phục.").arg(line).arg(page));
            }
        }
        QRandomGenerator rng(42);
        while (raw.size() < target) {
            w.newPage();
            QImage photo(1600, 1200, QImage::Format_RGB32);
            for (int y = 0; y < photo.height(); ++y) {
                auto *row = reinterpret_cast<quint32 *>(photo.scanLine(y));
                for (int x = 0; x < photo.width(); ++x)
                    row[x] = rng.generate() | 0xff000000u;
            }
            p.drawImage(QRect(200, 200, 2000, 1500), photo);
            raw.flush();
        }
    }
    raw.seek(0);
    ab::report::RenderedPdf r;
    r.pdf = raw.readAll();
    r.manifest = QJsonObject{{QStringLiteral("format"), QStringLiteral("auditbench-report-manifest/1")},
                             {QStringLiteral("inspection_id"), QStringLiteral("bench")},
                             {QStringLiteral("lang"), QStringLiteral("vi")}};
    r.slots = {{-1, QRectF(56, 60, 220, 64), QStringLiteral("member"), {}}, {-1, QRectF(318, 60, 220, 64), QStringLiteral("leader"), {}}};
    auto prepared = ab::report::pdf::PdfPreparer::prepare(r);
    if (!prepared) {
        std::fprintf(stderr, "%s\n", qPrintable(prepared.error().message));
        return 3;
    }
    QFile o(out);
    if (!o.open(QIODevice::WriteOnly) || o.write(*prepared) != prepared->size())
        return 4;
    return 0;
}
