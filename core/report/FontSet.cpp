#include "core/report/FontSet.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QStandardPaths>

namespace ab::report
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::FontSet)
};

struct Style {
    bool bold, italic;
};

QFont makeFont(const QStringList &families, qreal pointSize, bool bold, bool italic)
{
    QFont f;
    f.setFamilies(families);
    f.setPixelSize(std::max(1, qRound(pointSize * FontSet::LayoutDpi / 72.0)));
    f.setWeight(bold ? QFont::Bold : QFont::Normal);
    f.setItalic(italic);
    // No shaping where a script does not need it (Latin with precomposed
    // Vietnamese letters, Han): no ligatures, so every glyph maps back to
    // one character in the PDF's text layer; and faster.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString missingGlyphs(const QFont &font, const QString &probe)
{
    const QRawFont raw = QRawFont::fromFont(font);
    QString missing;
    for (const QChar c : probe)
        if (!c.isSpace() && !raw.supportsCharacter(c) && !missing.contains(c))
            missing += c;
    return missing;
}

// A system with two versions of one family (Debian's fonts-liberation 1.07
// and fonts-liberation2) may hand out the old one for some styles, which
// lacks the Vietnamese letters. Register the files of that family that do
// draw them, so Qt picks those.
bool registerBetterFiles(const QString &family, const QString &probe)
{
    QStringList dirs = QStandardPaths::standardLocations(QStandardPaths::FontsLocation);
    dirs << QStringLiteral("/usr/share/fonts") << QStringLiteral("/usr/local/share/fonts");
    QString stem = family;
    stem.remove(QLatin1Char(' '));
    bool added = false;
    for (const QString &dir : std::as_const(dirs)) {
        QDirIterator it(dir, {stem + QStringLiteral("*.ttf"), stem + QStringLiteral("*.otf")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QRawFont raw(path, 12);
            if (!raw.isValid() || raw.familyName() != family)
                continue;
            bool all = true;
            for (const QChar c : probe)
                all = all && (c.isSpace() || raw.supportsCharacter(c));
            if (all && QFontDatabase::addApplicationFont(path) >= 0)
                added = true;
        }
    }
    return added;
}

Error missingFace(const QString &family, const QString &style, const QString &package)
{
    return makeError(ErrorCode::BadInput,
                     Tr::tr("The font \"%1\" (%2) needed for this document is not installed; install the Debian package %3 "
                            "(apt-get install %3).")
                         .arg(family, style, package));
}

QString styleName(const Style &s)
{
    if (s.bold && s.italic)
        return QStringLiteral("Bold Italic");
    if (s.bold)
        return QStringLiteral("Bold");
    if (s.italic)
        return QStringLiteral("Italic");
    return QStringLiteral("Regular");
}
} // namespace

FontRequest FontSet::requestFor(const QString &lang)
{
    FontRequest r;
    r.mono = {QStringLiteral("Liberation Mono"), QStringLiteral("Noto Sans Mono CJK SC")};
    r.monoPackage = QStringLiteral("fonts-liberation2");
    if (lang == QLatin1String("zh_CN")) {
        r.serif = {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Liberation Serif")};
        r.sans = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Liberation Sans")};
        r.serifPackage = r.sansPackage = QStringLiteral("fonts-noto-cjk");
        r.probe = QStringLiteral("网络安全检查报告整改通知书现场记录，。《》（）〔〕");
    } else {
        // Times New Roman's metric twin; a Chinese name in a Vietnamese
        // document falls back to the SC face, never to a JP/KR one.
        r.serif = {QStringLiteral("Liberation Serif"), QStringLiteral("Noto Serif CJK SC")};
        r.sans = {QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans CJK SC")};
        r.serifPackage = r.sansPackage = QStringLiteral("fonts-liberation2");
        r.italic = true;
        r.probe = QStringLiteral("ĂÂĐÊÔƠƯăâđêôơư ÁÀẢÃẠáàảãạ ẤẦẨẪẬấầẩẫậ ẮẰẲẴẶắằẳẵặ ÉÈẺẼẸéèẻẽẹ ẾỀỂỄỆếềểễệ ÍÌỈĨỊíìỉĩị "
                                 "ÓÒỎÕỌóòỏõọ ỐỒỔỖỘốồổỗộ ỚỜỞỠỢớờởỡợ ÚÙỦŨỤúùủũụ ỨỪỬỮỰứừửữự ÝỲỶỸỴýỳỷỹỵ");
    }
    return r;
}

Result<FontSet> FontSet::resolve(const FontRequest &request)
{
    const QStringList installed = QFontDatabase::families();
    struct Need {
        QString family, package;
        QList<Style> styles;
        QString probe;
    };
    const QList<Style> upright{{false, false}, {true, false}};
    QList<Style> serifStyles = upright;
    if (request.italic)
        serifStyles << Style{false, true} << Style{true, true};
    const QString hex = QStringLiteral("0123456789abcdef");
    const QList<Need> needs{{request.serif.value(0), request.serifPackage, serifStyles, request.probe},
                            {request.sans.value(0), request.sansPackage, upright, request.probe},
                            {request.mono.value(0), request.monoPackage, {{false, false}}, hex}};
    for (const Need &n : needs) {
        if (n.family.isEmpty() || !installed.contains(n.family))
            return missingFace(n.family, QStringLiteral("Regular"), n.package);
        const QStringList styles = QFontDatabase::styles(n.family);
        for (const Style &s : n.styles) {
            const QFont f = makeFont({n.family}, 12, s.bold, s.italic);
            // A style Qt would synthesise (a smeared bold) is as good as missing.
            if (!QFontDatabase::isScalable(n.family) || !styles.contains(styleName(s)))
                return missingFace(n.family, styleName(s), n.package);
            QString missing = missingGlyphs(f, n.probe);
            if (!missing.isEmpty() && registerBetterFiles(n.family, n.probe))
                missing = missingGlyphs(f, n.probe);
            if (!missing.isEmpty())
                return makeError(ErrorCode::BadInput,
                                 Tr::tr("The installed font \"%1\" (%2) cannot draw \"%3\"; install the Debian package %4 "
                                        "(apt-get install %4).")
                                     .arg(n.family, styleName(s), missing.left(8), n.package));
        }
    }
    FontSet set;
    set.m_request = request;
    return set;
}

Result<FontSet> FontSet::forLanguage(const QString &lang)
{
    static QMutex mutex;
    static QHash<QString, FontSet> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(lang); it != cache.cend())
        return *it;
    Result<FontSet> r = resolve(requestFor(lang));
    if (r) // a failure is checked again next time: the user may install the package meanwhile
        cache.insert(lang, *r);
    return r;
}

QStringList FontSet::families(Face face) const
{
    switch (face) {
    case Face::Serif:
        return m_request.serif;
    case Face::Sans:
        return m_request.sans;
    case Face::Mono:
        return m_request.mono;
    }
    return {};
}

QFont FontSet::font(Face face, qreal pointSize, bool bold, bool italic) const
{
    return makeFont(families(face), pointSize, bold, italic);
}

} // namespace ab::report
