#include "core/report/pdf/SignatureAppearance.h"

#include "core/report/pdf/PdfObject.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ab::report::pdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::Pdf)
};

constexpr int PathPixels = 100; // outlines are made at this size, then scaled
constexpr double MaxPoints = 11;
constexpr double MinPoints = 5;

// The block is part of the document, so it speaks the document's language
// whatever language the program runs in.
struct Wording {
    const char16_t *signedBy;
    const char16_t *organisation;
    const char16_t *time;
    const char16_t *reason;
    const char16_t *location;
};

Wording wording(const QString &lang)
{
    if (lang == QLatin1String("zh_CN"))
        return {u"数字签名：%1", u"单位：%1", u"时间：%1", u"理由：%1", u"地点：%1"};
    if (lang == QLatin1String("vi"))
        return {u"Ký số bởi: %1", u"Đơn vị: %1", u"Thời gian: %1", u"Lý do: %1", u"Địa điểm: %1"};
    return {u"Digitally signed by %1", u"Organisation: %1", u"Date: %1", u"Reason: %1", u"Location: %1"};
}

QString offsetText(const QDateTime &when)
{
    const int secs = when.offsetFromUtc();
    const int mins = qAbs(secs) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(secs < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(mins / 60, 2, 10, QLatin1Char('0'))
        .arg(mins % 60, 2, 10, QLatin1Char('0'));
}

// One line of text as filled outlines. The coordinates stay in the
// outline's own units (PathPixels to the em, whole numbers) under a "cm"
// that scales and flips them into place: a third of the bytes of points
// written with decimals.
void appendPath(QByteArray &out, const QPainterPath &path, double k, double x0, double baseline)
{
    out += "q " + formatReal(k) + " 0 0 " + formatReal(-k) + ' ' + formatReal(x0) + ' ' + formatReal(baseline) + " cm\n";
    const auto n = [](double v) { return QByteArray::number(qRound(v)); };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            out += n(e.x) + ' ' + n(e.y) + " m\n";
        } else if (e.isLineTo()) {
            out += n(e.x) + ' ' + n(e.y) + " l\n";
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            out += n(e.x) + ' ' + n(e.y) + ' ' + n(c2.x) + ' ' + n(c2.y) + ' ' + n(end.x) + ' ' + n(end.y) + " c\n";
            i += 2;
        }
    }
    // Glyph outlines are meant for the non-zero winding rule.
    out += "f Q\n";
}
} // namespace

QString SignatureAppearance::formatTime(const QDateTime &when, const QString &lang)
{
    if (lang == QLatin1String("zh_CN"))
        return when.toString(QStringLiteral("yyyy年MM月dd日 HH:mm:ss")) + QStringLiteral(" (") + offsetText(when) + QLatin1Char(')');
    if (lang == QLatin1String("vi"))
        return when.toString(QStringLiteral("HH:mm:ss 'ngày' dd/MM/yyyy")) + QStringLiteral(" (") + offsetText(when) + QLatin1Char(')');
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') + offsetText(when);
}

QStringList SignatureAppearance::lines(const AppearanceText &text)
{
    const Wording w = wording(text.lang);
    QStringList out;
    out << QString::fromUtf16(w.signedBy).arg(text.signer);
    if (!text.organisation.isEmpty())
        out << QString::fromUtf16(w.organisation).arg(text.organisation);
    out << QString::fromUtf16(w.time).arg(formatTime(text.signedAt, text.lang));
    if (!text.reason.isEmpty())
        out << QString::fromUtf16(w.reason).arg(text.reason);
    if (!text.location.isEmpty())
        out << QString::fromUtf16(w.location).arg(text.location);
    return out;
}

Result<QByteArray> SignatureAppearance::contentStream(const QSizeF &size, const AppearanceText &text)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Usage,
                         Tr::tr("The visible signature needs fonts, which only a graphical application object provides."));
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    const QString latin = QStringLiteral("Liberation Sans");
    const QStringList installed = QFontDatabase::families();
    if (!installed.contains(cjk))
        return makeError(ErrorCode::BadInput, Tr::tr("The font Noto Sans CJK SC is missing; install the package fonts-noto-cjk."));
    QStringList families;
    // A Simplified Chinese face first for Chinese documents (never the JP/KR
    // variants fontconfig might choose); Liberation Sans first otherwise, with
    // the CJK face behind it for Chinese names in Vietnamese documents.
    if (text.lang == QLatin1String("zh_CN") || !installed.contains(latin))
        families << cjk << latin;
    else
        families << latin << cjk;

    QFont regular;
    regular.setFamilies(families);
    regular.setPixelSize(PathPixels);
    regular.setStyleStrategy(QFont::PreferOutline);
    regular.setHintingPreference(QFont::PreferNoHinting);
    QFont bold = regular;
    bold.setWeight(QFont::Bold);

    const double w = size.width();
    const double h = size.height();
    const double pad = qMin(w, h) * 0.08;
    QStringList all = lines(text);
    // Reason and location go first when room runs short.
    double points = 0;
    for (;;) {
        double widest = 1;
        for (qsizetype i = 0; i < all.size(); ++i)
            widest = qMax(widest, QFontMetricsF(i == 0 ? bold : regular).horizontalAdvance(all[i]) / PathPixels);
        points = std::min({MaxPoints, (h - 2 * pad) / (double(all.size()) * 1.3), (w - 2 * pad) / widest});
        if (points >= MinPoints || all.size() <= 3)
            break;
        all.removeLast();
    }
    points = qMax(points, 1.0);
    const double k = points / PathPixels;
    const double lineHeight = points * 1.3;
    const double ascent = QFontMetricsF(regular).ascent() * k;
    const double blockHeight = all.size() * lineHeight;
    const double top = h - qMax(pad, (h - blockHeight) / 2);

    QByteArray out;
    const QByteArray W = formatReal(w), H = formatReal(h);
    // A pale panel with a thin blue edge, then the lines in dark blue.
    out += "q\n0.95 0.96 0.99 rg 0 0 " + W + ' ' + H + " re f\n";
    out += "0.6 w 0.22 0.33 0.6 RG 0.3 0.3 " + formatReal(w - 0.6) + ' ' + formatReal(h - 0.6) + " re S\n";
    out += "0.1 0.16 0.4 rg\n";
    for (qsizetype i = 0; i < all.size(); ++i) {
        QPainterPath path;
        path.addText(0, 0, i == 0 ? bold : regular, all[i]);
        appendPath(out, path, k, pad, top - ascent - i * lineHeight);
    }
    out += "Q\n";
    return out;
}

} // namespace ab::report::pdf
