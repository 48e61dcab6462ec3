#include "core/report/ReportData.h"

#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/findings/FindingService.h"
#include "core/inspection/Assets.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/probe/ProbeTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ab::report
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::ReportData)
};

const QStringList WeakPasswordChecks{QStringLiteral("default-credentials"), QStringLiteral("weak-password-accepted")};

QString statusOf(const catalog::ItemStatus &s)
{
    using catalog::ItemState;
    if (s.state == ItemState::Pending)
        return QStringLiteral("pending");
    if (s.state == ItemState::NotApplicable)
        return QStringLiteral("na");
    if (s.item->answerType == catalog::AnswerType::Compliance && s.answer)
        return s.answer->value.toString();
    if (s.compliance) {
        if (*s.compliance >= 1)
            return QStringLiteral("compliant");
        if (*s.compliance <= 0)
            return QStringLiteral("noncompliant");
        return QStringLiteral("partial");
    }
    return QStringLiteral("answered");
}

// The answer as a reader wants it, for the types that are not compliance.
QString valueOf(const catalog::Item &item, const QJsonValue &v, const QString &lang)
{
    using catalog::AnswerType;
    switch (item.answerType) {
    case AnswerType::Compliance:
        return {};
    case AnswerType::YesNo:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"); // localised by the builder
    case AnswerType::Number:
        return QString::number(v.toDouble());
    case AnswerType::Choice:
    case AnswerType::MultiChoice: {
        QStringList ids;
        if (v.isArray())
            for (const QJsonValue &x : v.toArray())
                ids.append(x.toString());
        else
            ids.append(v.toString());
        QStringList labels;
        for (const QString &id : ids) {
            auto c = std::find_if(item.choices.cbegin(), item.choices.cend(), [&](const catalog::Choice &ch) { return ch.id == id; });
            labels.append(c != item.choices.cend() ? c->label.text(lang) : id);
        }
        return labels.join(QStringLiteral(", "));
    }
    case AnswerType::Date:
    case AnswerType::Text:
        break;
    }
    return v.toString();
}

QDate isoDate(const QString &s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s.left(10), Qt::ISODate);
}
} // namespace

QString ReportData::maskPasswords(const QString &text)
{
    // "password admin123", "password: X", "pwd=X", "mật khẩu X", "口令admin123",
    // "密码为X": X is masked unless it already is (a***n, ***, (empty)). After
    // a bare space, a word of the sentence ("password policy", "password to
    // a strong one") is not a password.
    static const QRegularExpression latin(
        QStringLiteral("\\b(password|passwd|passphrase|pwd|pin|mật khẩu)\\b(\\s*[:=]\\s*|\\s+)([^\\s,;)\\]]+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression han(QStringLiteral("(口令|密码)(?:为|是)?\\s*[:：=]?\\s*([\\x21-\\x7E]+)"));
    static const QSet<QString> words{
        QStringLiteral("to"),       QStringLiteral("is"),      QStringLiteral("was"),        QStringLiteral("for"),
        QStringLiteral("of"),       QStringLiteral("and"),     QStringLiteral("or"),         QStringLiteral("the"),
        QStringLiteral("a"),        QStringLiteral("an"),      QStringLiteral("policy"),     QStringLiteral("change"),
        QStringLiteral("changed"),  QStringLiteral("changes"), QStringLiteral("must"),       QStringLiteral("should"),
        QStringLiteral("reuse"),    QStringLiteral("length"),  QStringLiteral("complexity"), QStringLiteral("in"),
        QStringLiteral("on"),       QStringLiteral("with"),    QStringLiteral("at"),         QStringLiteral("by"),
        QStringLiteral("from"),     QStringLiteral("field"),   QStringLiteral("prompt"),     QStringLiteral("hash"),
        QStringLiteral("hashes"),   QStringLiteral("manager"), QStringLiteral("strength"),   QStringLiteral("expiry"),
        QStringLiteral("rules"),    QStringLiteral("that"),    QStringLiteral("which"),      QStringLiteral("not"),
        QStringLiteral("are"),      QStringLiteral("were"),    QStringLiteral("be"),         QStringLiteral("been"),
        QStringLiteral("has"),      QStringLiteral("have"),    QStringLiteral("set"),        QStringLiteral("used"),
        QStringLiteral("it"),       QStringLiteral("login"),   QStringLiteral("logins"),     QStringLiteral("authentication"),
        QStringLiteral("accepted"), QStringLiteral("accepts"), QStringLiteral("mặc"),        QStringLiteral("yếu"),
        QStringLiteral("mạnh"),     QStringLiteral("của"),     QStringLiteral("cho"),        QStringLiteral("được"),
        QStringLiteral("là"),       QStringLiteral("phải"),    QStringLiteral("đã"),         QStringLiteral("không"),
        QStringLiteral("và"),       QStringLiteral("trên"),    QStringLiteral("dùng"),       QStringLiteral("duy"),
        QStringLiteral("có"),       QStringLiteral("mới"),     QStringLiteral("cũ"),         QStringLiteral("rỗng"),
        QStringLiteral("đăng"),     QStringLiteral("theo")};
    auto masked = [](const QString &secret) {
        return secret.contains(QStringLiteral("***")) || secret == QLatin1String("(empty)") ||
               secret.count(QLatin1Char('*')) == secret.size();
    };
    struct Hit {
        qsizetype at, length;
    };
    QList<Hit> hits;
    auto collect = [&](const QRegularExpression &re, int group, bool checkWords) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString secret = m.captured(group);
            // A full stop or comma ending the sentence is not part of it; any
            // other sign may be (and masking one more does no harm).
            while (secret.size() > 1 && QStringLiteral(".,。，").contains(secret.back()))
                secret.chop(1);
            if (masked(secret) || text.mid(m.capturedStart(group)).startsWith(QLatin1String("(empty)")))
                continue;
            if (checkWords && !m.captured(2).contains(QLatin1Char(':')) && !m.captured(2).contains(QLatin1Char('=')) &&
                words.contains(secret.toLower()))
                continue;
            hits.append({m.capturedStart(group), secret.size()});
        }
    };
    collect(latin, 3, true);
    collect(han, 2, false);
    if (hits.isEmpty())
        return text;
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.at < b.at; });
    QString out;
    qsizetype last = 0;
    for (const Hit &h : std::as_const(hits)) {
        if (h.at < last)
            continue;
        out += text.mid(last, h.at - last);
        out += probe::maskSecret(text.mid(h.at, h.length));
        last = h.at + h.length;
    }
    out += text.mid(last);
    return out;
}

Result<ReportData> ReportData::collect(InspectionFile &file, const ReportOptions &options, const Progress &progress)
{
    const int steps = 6;
    auto step = [&](int n) { return !progress || progress(n, steps); };
    const auto cancelled = [] { return makeError(ErrorCode::Cancelled, Tr::tr("Rendering the document was cancelled.")); };

    ReportData d;
    d.options = options;
    if (!d.options.issueDate.isValid())
        d.options.issueDate = QDate::currentDate();
    const InspectionMeta &m = file.meta();
    if (d.options.place.isEmpty())
        d.options.place = m.location;
    d.inspectionId = m.id;
    d.regime = m.regime;
    d.organisation = m.organisation;
    d.location = m.location;
    d.systems = m.systems;
    d.team = m.inspectors;
    d.scope = m.scope;
    d.startDate = isoDate(m.startDate);
    d.endDate = isoDate(m.endDate);
    const QDate created = m.createdAt.toLocalTime().date();
    if (!d.startDate.isValid())
        d.startDate = d.endDate.isValid() ? d.endDate : created;
    if (!d.endDate.isValid())
        d.endDate = d.startDate;
    d.issuedAt = QDateTime::currentDateTimeUtc();
    d.issuedBy = file.actor();
    const QString lang = d.options.lang;

    // The custody head first: a document must never vouch for a log that
    // does not check out.
    auto head = file.custody().recordedHead();
    if (!head)
        return head.error();
    if (!head->macValid)
        return makeError(ErrorCode::Problem,
                         Tr::tr("The custody log of %1 does not check out, so no document can vouch for it; run verify.").arg(file.path()));
    d.chainSeq = head->seq;
    d.chainHash = head->hash;
    if (!step(1))
        return cancelled();

    auto q = catalog::Questionnaire::load(file);
    if (!q)
        return q.error();
    const catalog::Catalog &cat = q->catalog();
    d.catalogId = cat.id();
    d.catalogVersion = cat.version();
    d.catalogTitle = cat.title().text(lang);
    const QList<catalog::ItemStatus> statuses = q->evaluate();
    const catalog::Score score = q->score();
    d.scoreTotal = score.total;
    d.scoreMax = score.scale;
    d.scorePercent = score.scale > 0 ? 100 * score.total / score.scale : 0;
    d.deductions = score.deductions;
    d.answered = score.answered;
    d.applicable = score.applicable;
    d.pending = score.pending;
    d.noncompliantBySeverity = score.noncompliantBySeverity;
    for (const auto &[counter, n] : score.counters)
        d.counters.append({counter.id, counter.title.text(lang), n});
    for (const catalog::Section &sec : cat.sections()) {
        SectionData s;
        s.id = sec.id;
        s.title = sec.title.text(lang);
        for (const catalog::SectionScore &ss : score.sections) {
            if (ss.id != sec.id)
                continue;
            if (ss.weight > 0)
                s.score = ss.score;
            s.answered = ss.answered;
            s.applicable = ss.applicable;
            s.pending = ss.pending;
            s.noncompliant = ss.noncompliant;
        }
        for (const catalog::ItemStatus &st : statuses) {
            if (st.item->section != sec.id || st.state == catalog::ItemState::Skipped)
                continue;
            // Ruled out by level or regime (and never answered): not part of this inspection.
            if (st.state == catalog::ItemState::NotApplicable && !st.answer)
                continue;
            ItemRow row;
            row.id = st.item->id;
            row.kind = st.item->kind;
            row.text = st.item->text.text(lang);
            row.status = statusOf(st);
            if (st.answer) {
                row.value = valueOf(*st.item, st.answer->value, lang);
                row.note = maskPasswords(st.answer->note);
                row.evidence = st.answer->evidence;
            }
            row.severity = st.item->severity;
            row.remediation = st.item->remediation.text(lang);
            if (row.status == QLatin1String("partial"))
                ++d.partialCount;
            else if (row.status == QLatin1String("noncompliant"))
                ++d.noncompliantCount;
            s.items.append(row);
        }
        d.sections.append(s);
    }
    if (!step(2))
        return cancelled();

    if (file.schemaVersion() >= 3) {
        AssetStore assets(file);
        auto devices = assets.devices();
        auto services = assets.services();
        auto findings = assets.findings();
        if (!devices || !services || !findings)
            return !devices ? devices.error() : !services ? services.error() : findings.error();
        QHash<qint64, QString> address;
        for (const DeviceRecord &dev : std::as_const(*devices))
            address.insert(dev.id, dev.address);
        QHash<QString, QString> serviceName; // "device:port" -> name
        for (const ServiceRecord &s : std::as_const(*services))
            serviceName.insert(QStringLiteral("%1:%2").arg(s.deviceId).arg(s.port), s.name);
        QSet<QString> weakItems, vulnItems;
        for (const auto &[counter, n] : score.counters) {
            Q_UNUSED(n)
            if (counter.id == QLatin1String("weak_passwords"))
                weakItems = QSet<QString>(counter.items.cbegin(), counter.items.cend());
            else if (counter.id == QLatin1String("vulnerabilities"))
                vulnItems = QSet<QString>(counter.items.cbegin(), counter.items.cend());
        }
        static const QRegularExpression accountRe(QStringLiteral("account (.+?), password (\\S+?)(?:,|$)"));
        for (const FindingRecord &f : std::as_const(*findings)) {
            if (!findings::isActive(f)) // dismissed, or merged into another
                continue;
            FindingData fd;
            fd.id = f.id;
            fd.title = maskPasswords(f.title);
            fd.check = f.check;
            fd.item = f.item;
            fd.severity = severityRank(f.severity) >= 0 ? f.severity : QStringLiteral("info");
            fd.status = f.status == QLatin1String("resolved") ? f.status : QStringLiteral("open");
            const QString addr = address.value(f.deviceId);
            fd.device = addr.isEmpty() ? QString() : f.port > 0 ? QStringLiteral("%1:%2").arg(addr).arg(f.port) : addr;
            fd.service = serviceName.value(QStringLiteral("%1:%2").arg(f.deviceId).arg(f.port));
            if (fd.service.isEmpty()) {
                // Credential findings name their protocol first ("FTP accepts a default password").
                static const QStringList known{QStringLiteral("ftp"),   QStringLiteral("telnet"), QStringLiteral("ssh"),
                                               QStringLiteral("http"),  QStringLiteral("https"),  QStringLiteral("rtsp"),
                                               QStringLiteral("onvif"), QStringLiteral("snmp"),   QStringLiteral("mqtt"),
                                               QStringLiteral("sip")};
                const QString first = f.title.section(QLatin1Char(' '), 0, 0).toLower();
                if (known.contains(first))
                    fd.service = first;
            }
            fd.detail = maskPasswords(f.detail);
            fd.cve = f.cve;
            const catalog::Item *item = f.item.isEmpty() ? nullptr : cat.item(f.item);
            // A probe's recommendation is English; the catalog item's speaks the reader's language.
            if (item && (lang != QLatin1String("en") || f.recommendation.isEmpty()))
                fd.recommendation = item->remediation.text(lang);
            else
                fd.recommendation = f.recommendation; // advice, not facts: nothing to mask
            if (const auto o = d.options.deadlines.constFind(f.id); o != d.options.deadlines.cend() && o->isValid())
                fd.deadline = *o;
            else if (const QDate own = isoDate(f.deadline); own.isValid())
                fd.deadline = own;
            else
                fd.deadline = d.options.issueDate.addDays(d.options.deadlineDays);
            fd.evidence = f.evidence;
            fd.weakPassword = WeakPasswordChecks.contains(f.check) || (f.check.isEmpty() && weakItems.contains(f.item));
            const bool risky = fd.severity == QLatin1String("high") || fd.severity == QLatin1String("medium");
            fd.vulnerability = risky && !fd.weakPassword &&
                               (f.check == QLatin1String("vulnerable-firmware") || !f.cve.isEmpty() || vulnItems.contains(f.item));
            if (fd.weakPassword) {
                if (const auto am = accountRe.match(fd.detail); am.hasMatch()) {
                    fd.account = am.captured(1);
                    fd.maskedPassword = am.captured(2);
                }
            }
            d.findings.append(fd);
        }
        std::stable_sort(d.findings.begin(), d.findings.end(), [](const FindingData &a, const FindingData &b) {
            const int ra = severityRank(a.severity), rb = severityRank(b.severity);
            return ra != rb ? ra > rb : a.id < b.id;
        });
    }
    if (!step(3))
        return cancelled();

    auto items = EvidenceStore(file).list();
    if (!items)
        return items.error();
    for (const EvidenceItem &e : std::as_const(*items))
        d.evidence.append({e.id, e.sha256, e.size, e.name, e.kind, e.item});
    if (!step(4))
        return cancelled();

    if (file.schemaVersion() >= 4) {
        auto issued = RecordTable(file, QStringLiteral("report")).all(QStringLiteral("kind = ?"), {kindName(options.kind)});
        if (!issued)
            return issued.error();
        d.priorIssued = int(issued->size());
    }
    if (!step(5))
        return cancelled();
    return d;
}

QList<FindingData> ReportData::openFindings() const
{
    QList<FindingData> out;
    for (const FindingData &f : findings)
        if (f.status == QLatin1String("open"))
            out.append(f);
    return out;
}

int ReportData::findingsOfSeverity(const QString &severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [&](const FindingData &f) { return f.severity == severity; }));
}

int ReportData::weakPasswordCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const FindingData &f) { return f.weakPassword; }));
}

int ReportData::vulnerabilityCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const FindingData &f) { return f.vulnerability; }));
}

} // namespace ab::report
