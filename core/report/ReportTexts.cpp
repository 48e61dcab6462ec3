#include "core/report/ReportTexts.h"

#include "core/inspection/InspectionMeta.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace ab::report
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::ReportTexts)
};

const char *const Languages[3] = {"en", "zh_CN", "vi"};

QString languageName(int i)
{
    switch (i) {
    case 0:
        return Tr::tr("English (en)");
    case 1:
        return Tr::tr("Chinese (zh_CN)");
    default:
        return Tr::tr("Vietnamese (vi)");
    }
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{([a-zA-Z]+)\\}"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

QStringList prefixed(const QString &prefix, const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out.append(prefix + n);
    return out;
}
} // namespace

QStringList ReportTexts::fileIds()
{
    return {QStringLiteral("common"), QStringLiteral("basis"),  QStringLiteral("checks"),
            QStringLiteral("report"), QStringLiteral("notice"), QStringLiteral("record")};
}

QStringList ReportTexts::requiredKeys(const QString &fileId)
{
    if (fileId == QLatin1String("common")) {
        QStringList keys{QStringLiteral("issuer.default"),
                         QStringLiteral("motto.nation"),
                         QStringLiteral("motto.slogan"),
                         QStringLiteral("number.label"),
                         QStringLiteral("place.date"),
                         QStringLiteral("page.footer"),
                         QStringLiteral("none"),
                         QStringLiteral("yes"),
                         QStringLiteral("no"),
                         QStringLiteral("list.separator"),
                         QStringLiteral("system.level"),
                         QStringLiteral("date.range"),
                         QStringLiteral("date.on"),
                         QStringLiteral("team.leader"),
                         QStringLiteral("catalog.name"),
                         QStringLiteral("confidential"),
                         QStringLiteral("chain.intro"),
                         QStringLiteral("recipients.title"),
                         QStringLiteral("recipients.archive"),
                         QStringLiteral("imprint.issued")};
        keys += prefixed(QStringLiteral("severity."),
                         {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("info")});
        keys += prefixed(QStringLiteral("result."), {QStringLiteral("compliant"), QStringLiteral("partial"), QStringLiteral("noncompliant"),
                                                     QStringLiteral("na"), QStringLiteral("pending"), QStringLiteral("answered")});
        keys += prefixed(QStringLiteral("finding."), {QStringLiteral("open"), QStringLiteral("resolved")});
        keys += prefixed(QStringLiteral("method."), {QStringLiteral("interview"), QStringLiteral("document"), QStringLiteral("probe")});
        keys += prefixed(QStringLiteral("evidence."),
                         {QStringLiteral("document"), QStringLiteral("photo"), QStringLiteral("note"), QStringLiteral("transcript")});
        keys +=
            prefixed(QStringLiteral("label."),
                     {QStringLiteral("organisation"), QStringLiteral("systems"), QStringLiteral("dates"), QStringLiteral("location"),
                      QStringLiteral("team"), QStringLiteral("issuer"), QStringLiteral("issued"), QStringLiteral("catalog"),
                      QStringLiteral("scope"), QStringLiteral("inspection"), QStringLiteral("chain.seq"), QStringLiteral("chain.hash")});
        keys += prefixed(QStringLiteral("sign."), {QStringLiteral("heading.team"), QStringLiteral("heading.unit"), QStringLiteral("member"),
                                                   QStringLiteral("leader"), QStringLiteral("representative"), QStringLiteral("col.role"),
                                                   QStringLiteral("col.hand"), QStringLiteral("col.digital"), QStringLiteral("col.date"),
                                                   QStringLiteral("name.blank")});
        keys += prefixed(QStringLiteral("size."),
                         {QStringLiteral("bytes"), QStringLiteral("kib"), QStringLiteral("mib"), QStringLiteral("gib")});
        keys += prefixed(
            QStringLiteral("col."),
            {QStringLiteral("no"),          QStringLiteral("item"),           QStringLiteral("method"),   QStringLiteral("result"),
             QStringLiteral("note"),        QStringLiteral("evidence"),       QStringLiteral("severity"), QStringLiteral("finding"),
             QStringLiteral("device"),      QStringLiteral("recommendation"), QStringLiteral("deadline"), QStringLiteral("account"),
             QStringLiteral("password"),    QStringLiteral("service"),        QStringLiteral("cve"),      QStringLiteral("id"),
             QStringLiteral("name"),        QStringLiteral("kind"),           QStringLiteral("size"),     QStringLiteral("sha256"),
             QStringLiteral("requirement"), QStringLiteral("problem")});
        return keys;
    }
    if (fileId == QLatin1String("basis")) {
        QStringList keys;
        for (const QString &regime : InspectionMeta::regimes())
            keys << regime + QStringLiteral(".long") << regime + QStringLiteral(".short");
        return keys;
    }
    if (fileId == QLatin1String("report"))
        return {QStringLiteral("title"),
                QStringLiteral("number.default"),
                QStringLiteral("label.number"),
                QStringLiteral("h.basis"),
                QStringLiteral("h.scope"),
                QStringLiteral("scope.text"),
                QStringLiteral("scope.testing"),
                QStringLiteral("h.results"),
                QStringLiteral("results.intro"),
                QStringLiteral("results.section"),
                QStringLiteral("results.sectionSummary"),
                QStringLiteral("results.sectionUnscored"),
                QStringLiteral("results.sectionEmpty"),
                QStringLiteral("h.score"),
                QStringLiteral("score.text"),
                QStringLiteral("score.severity"),
                QStringLiteral("score.counter"),
                QStringLiteral("score.chart"),
                QStringLiteral("score.total"),
                QStringLiteral("score.none"),
                QStringLiteral("h.findings"),
                QStringLiteral("findings.intro"),
                QStringLiteral("findings.table"),
                QStringLiteral("findings.none"),
                QStringLiteral("h.passwords"),
                QStringLiteral("passwords.intro"),
                QStringLiteral("passwords.h.weak"),
                QStringLiteral("passwords.h.vulns"),
                QStringLiteral("passwords.weak.none"),
                QStringLiteral("passwords.vulns.none"),
                QStringLiteral("h.conclusion"),
                QStringLiteral("conclusion.text"),
                QStringLiteral("conclusion.pages"),
                QStringLiteral("appendix.label"),
                QStringLiteral("appendix.title"),
                QStringLiteral("appendix.intro"),
                QStringLiteral("appendix.none"),
                QStringLiteral("custody.heading")};
    if (fileId == QLatin1String("notice"))
        return {QStringLiteral("title"),
                QStringLiteral("number.default"),
                QStringLiteral("salutation"),
                QStringLiteral("intro"),
                QStringLiteral("h.items"),
                QStringLiteral("items.intro"),
                QStringLiteral("items.none"),
                QStringLiteral("item.answer"),
                QStringLiteral("item.note"),
                QStringLiteral("h.requirements"),
                QStringLiteral("requirements.text"),
                QStringLiteral("h.retest"),
                QStringLiteral("retest.text"),
                QStringLiteral("closing")};
    if (fileId == QLatin1String("record"))
        return {QStringLiteral("title"),        QStringLiteral("number.default"), QStringLiteral("intro"),
                QStringLiteral("f.basis"),      QStringLiteral("f.reps"),         QStringLiteral("f.methods"),
                QStringLiteral("methods.text"), QStringLiteral("f.content"),      QStringLiteral("content.section"),
                QStringLiteral("f.summary"),    QStringLiteral("summary.text"),   QStringLiteral("h.findings"),
                QStringLiteral("f.opinion"),    QStringLiteral("opinion.hint"),   QStringLiteral("closing")};
    return {};
}

Result<QHash<QString, std::array<QString, 3>>> ReportTexts::parseFile(const QByteArray &json, const QString &fileId,
                                                                      const QString &sourceName)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::BadInput, Tr::tr("%1 is not valid JSON (%2 at byte %3); fix the file or reinstall AuditBench.")
                                                  .arg(sourceName, perr.errorString())
                                                  .arg(perr.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return makeError(ErrorCode::BadInput, Tr::tr("%1: \"format\" must be \"%2\".").arg(sourceName, QString::fromLatin1(Format)));
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("texts"))
            return makeError(ErrorCode::BadInput, Tr::tr("%1: unknown field \"%2\".").arg(sourceName, it.key()));
    if (!root.value(QStringLiteral("texts")).isObject())
        return makeError(ErrorCode::BadInput, Tr::tr("%1: \"texts\" must be an object of keys.").arg(sourceName));
    const QJsonObject texts = root.value(QStringLiteral("texts")).toObject();
    const QStringList required = requiredKeys(fileId);
    const bool openKeys = fileId == QLatin1String("checks");

    QHash<QString, std::array<QString, 3>> out;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString key = it.key();
        if (!openKeys && !required.contains(key))
            return makeError(ErrorCode::BadInput,
                             Tr::tr("%1: unknown text \"%2\" (no document uses it; check the spelling).").arg(sourceName, key));
        if (!it.value().isObject())
            return makeError(ErrorCode::BadInput, Tr::tr("%1: text \"%2\" must be an object with en, zh_CN and vi.").arg(sourceName, key));
        const QJsonObject langs = it.value().toObject();
        for (auto l = langs.begin(); l != langs.end(); ++l)
            if (l.key() != QLatin1String("en") && l.key() != QLatin1String("zh_CN") && l.key() != QLatin1String("vi"))
                return makeError(ErrorCode::BadInput,
                                 Tr::tr("%1: text \"%2\" has an unknown language \"%3\".").arg(sourceName, key, l.key()));
        std::array<QString, 3> values;
        std::optional<QSet<QString>> names;
        for (int i = 0; i < 3; ++i) {
            const QJsonValue v = langs.value(QLatin1String(Languages[i]));
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return makeError(ErrorCode::BadInput, Tr::tr("%1: text \"%2\" has no %3 version.").arg(sourceName, key, languageName(i)));
            // Stored composed (NFC), so every diacritic is one character, as
            // the fonts' precomposed glyphs and text extraction expect.
            values[i] = v.toString().normalized(QString::NormalizationForm_C);
            QSet<QString> here = placeholders(values[i]);
            // Decree 30 numbers administrative documents without the year.
            if (key == QLatin1String("number.default"))
                here.remove(QStringLiteral("year"));
            if (!names)
                names = here;
            else if (here != *names)
                return makeError(ErrorCode::BadInput, Tr::tr("%1: text \"%2\" in %3 does not use the same {placeholders} as in English.")
                                                          .arg(sourceName, key, languageName(i)));
        }
        out.insert(fileId + QLatin1Char('.') + key, values);
    }
    for (const QString &key : required)
        if (!out.contains(fileId + QLatin1Char('.') + key))
            return makeError(ErrorCode::BadInput, Tr::tr("%1: the text \"%2\" is missing.").arg(sourceName, key));
    return out;
}

Result<ReportTexts> ReportTexts::loadFolder(const QString &dir)
{
    ReportTexts texts;
    for (const QString &id : fileIds()) {
        const QString path = dir + QLatin1Char('/') + id + QStringLiteral(".json");
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::BadInput, Tr::tr("Cannot read the document texts %1: %2.").arg(path, f.errorString()));
        auto parsed = parseFile(f.readAll(), id, path);
        if (!parsed)
            return parsed.error();
        texts.m_texts.insert(*parsed);
    }
    return texts;
}

Result<ReportTexts> ReportTexts::shipped()
{
    // Parsed once: the GUI renders previews again and again.
    static QMutex mutex;
    static std::optional<Result<ReportTexts>> cached;
    QMutexLocker lock(&mutex);
    if (!cached)
        cached.emplace(loadFolder(QStringLiteral(":/report")));
    return *cached;
}

int ReportTexts::langIndex(const QString &lang)
{
    if (lang == QLatin1String("zh_CN"))
        return 1;
    if (lang == QLatin1String("vi"))
        return 2;
    return 0;
}

QString ReportTexts::text(const QString &key, const QString &lang) const
{
    const auto it = m_texts.constFind(key);
    if (it == m_texts.cend()) {
        // A programming error the golden tests catch: shown, never a crash.
        qWarning("report text %s is missing", qPrintable(key));
        return QStringLiteral("[%1]").arg(key);
    }
    return (*it)[size_t(langIndex(lang))];
}

QString ReportTexts::substitute(QString text, const QMap<QString, QString> &args)
{
    // One pass, so a value that itself contains "{name}" is never expanded.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('{')) {
            const qsizetype end = text.indexOf(QLatin1Char('}'), i);
            if (end > i) {
                const QString name = text.mid(i + 1, end - i - 1);
                if (const auto a = args.constFind(name); a != args.cend()) {
                    out += *a;
                    i = end;
                    continue;
                }
            }
        }
        out += text.at(i);
    }
    return out;
}

QString ReportTexts::format(const QString &key, const QString &lang, const QMap<QString, QString> &args) const
{
    return substitute(text(key, lang), args);
}

} // namespace ab::report
