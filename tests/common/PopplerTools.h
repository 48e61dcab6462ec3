#pragma once

// What poppler's command-line tools make of a PDF: pdfsig's verdict on each
// signature, and a page rendered by pdftoppm.
#include "tests/common/KeyFixture.h"

#include <QImage>
#include <QList>
#include <QRectF>

namespace abtest {

struct PdfSigEntry {
    QString field;
    bool signedField = false;
    bool valid = false; // "Signature is Valid."
    bool wholeDocument = false;
    QString validation;  // the signature validation line
    QString certificate; // the certificate validation line
    QString signer;
};

inline QList<PdfSigEntry> pdfsig(const QString &path, QString *raw = nullptr)
{
    const ToolRun r = runTool(QStringLiteral("pdfsig"), {path});
    if (raw)
        *raw = r.describe();
    QList<PdfSigEntry> out;
    for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("Signature #"))) {
            out.append(PdfSigEntry());
            continue;
        }
        if (out.isEmpty())
            continue;
        PdfSigEntry &e = out.last();
        if (t.startsWith(QLatin1String("- Signature Field Name:")))
            e.field = t.section(QLatin1Char(':'), 1).trimmed();
        else if (t.startsWith(QLatin1String("- Signer Certificate Common Name:")))
            e.signer = t.section(QLatin1Char(':'), 1).trimmed();
        else if (t.startsWith(QLatin1String("- Signature Validation:"))) {
            e.signedField = true;
            e.validation = t.section(QLatin1Char(':'), 1).trimmed();
            e.valid = e.validation == QLatin1String("Signature is Valid.");
        } else if (t.startsWith(QLatin1String("- Certificate Validation:")))
            e.certificate = t.section(QLatin1Char(':'), 1).trimmed();
        else if (t == QLatin1String("- Total document signed"))
            e.wholeDocument = true;
    }
    return out;
}

// Page `page` (1-based) at `dpi`, as poppler draws it, annotations included.
inline QImage renderPage(const QString &pdf, int page, int dpi, const QString &pngStem)
{
    const ToolRun r = runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                                           QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                           QString::number(page), QStringLiteral("-singlefile"), pdf, pngStem});
    return r.ok() ? QImage(pngStem + QStringLiteral(".png")) : QImage();
}

// The share of pixels inside a rectangle in PDF user space (points, origin
// bottom left) that are not white: ink on the page.
inline double inkInside(const QImage &page, const QRectF &rect, double pageHeightPt)
{
    if (page.isNull())
        return -1;
    const double k = page.height() / pageHeightPt;
    const QRect r(int(rect.left() * k), int((pageHeightPt - rect.bottom()) * k), int(rect.width() * k), int(rect.height() * k));
    qint64 ink = 0, all = 0;
    for (int y = qMax(0, r.top()); y < qMin(page.height(), r.bottom()); ++y)
        for (int x = qMax(0, r.left()); x < qMin(page.width(), r.right()); ++x, ++all)
            ink += qGray(page.pixel(x, y)) < 200 ? 1 : 0;
    return all ? double(ink) / double(all) : -1;
}

} // namespace abtest
