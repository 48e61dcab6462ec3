#include "core/report/DocumentKit.h"

#include <QLocale>

namespace ab::report
{

namespace
{
const char *const EnglishMonths[12] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

QString pad2(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}
} // namespace

DocumentKit::DocumentKit(const ReportData &data, const ReportTexts &texts) : m_data(data), m_texts(texts), m_lang(data.options.lang) {}

QString DocumentKit::date(const QDate &d) const
{
    if (!d.isValid())
        return t(QStringLiteral("common.none"));
    if (chinese()) // GB/T 9704: 年月日标全，月、日不编虚位
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    if (vietnamese()) // Decree 30: day below 10 and months 1 and 2 take a leading zero
        return QStringLiteral("ngày %1 tháng %2 năm %3")
            .arg(pad2(d.day()), d.month() <= 2 ? pad2(d.month()) : QString::number(d.month()))
            .arg(d.year());
    return QStringLiteral("%1 %2 %3").arg(d.day()).arg(QLatin1String(EnglishMonths[d.month() - 1])).arg(d.year());
}

QString DocumentKit::dateShort(const QDate &d) const
{
    if (!d.isValid())
        return t(QStringLiteral("common.none"));
    if (vietnamese())
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    return d.toString(Qt::ISODate);
}

QString DocumentKit::dates() const
{
    if (m_data.startDate == m_data.endDate)
        return f(QStringLiteral("common.date.on"), {{QStringLiteral("date"), date(m_data.startDate)}});
    return f(QStringLiteral("common.date.range"),
             {{QStringLiteral("from"), date(m_data.startDate)}, {QStringLiteral("to"), date(m_data.endDate)}});
}

QString DocumentKit::numeral(int n) const
{
    if (!chinese() || n <= 0 || n >= 100)
        return QString::number(n);
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    const int tens = n / 10, units = n % 10;
    QString out;
    if (tens > 1)
        out += digits.at(tens);
    if (tens > 0)
        out += QStringLiteral("十");
    if (units > 0)
        out += digits.at(units);
    return out;
}

QString DocumentKit::number(double v) const
{
    QString s = QString::number(std::round(v * 100) / 100, 'f', 2);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    if (vietnamese())
        s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

QString DocumentKit::size(qint64 bytes) const
{
    if (bytes < 1024)
        return f(QStringLiteral("common.size.bytes"), {{QStringLiteral("n"), QString::number(bytes)}});
    const char *keys[] = {"common.size.kib", "common.size.mib", "common.size.gib"};
    double v = double(bytes) / 1024;
    int i = 0;
    while (v >= 1024 && i < 2) {
        v /= 1024;
        ++i;
    }
    QString n = QString::number(v, 'f', v < 10 ? 1 : 0);
    if (vietnamese())
        n.replace(QLatin1Char('.'), QLatin1Char(','));
    return f(QLatin1String(keys[i]), {{QStringLiteral("n"), n}});
}

QString DocumentKit::systems() const
{
    QStringList parts;
    for (const SystemInfo &s : m_data.systems)
        parts << f(QStringLiteral("common.system.level"),
                   {{QStringLiteral("name"), s.name}, {QStringLiteral("level"), QString::number(s.level)}});
    return parts.isEmpty() ? t(QStringLiteral("common.none")) : parts.join(t(QStringLiteral("common.list.separator")));
}

QString DocumentKit::team() const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_data.team.size(); ++i)
        parts << (i == m_data.team.size() - 1 ? f(QStringLiteral("common.team.leader"), {{QStringLiteral("name"), m_data.team.at(i)}})
                                              : m_data.team.at(i));
    return parts.isEmpty() ? t(QStringLiteral("common.none")) : parts.join(t(QStringLiteral("common.list.separator")));
}

QString DocumentKit::ids(const QList<qint64> &list) const
{
    if (list.isEmpty())
        return t(QStringLiteral("common.none"));
    QStringList parts;
    for (qint64 id : list)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

QString DocumentKit::severity(const QString &s) const
{
    const QString key = QStringLiteral("common.severity.") + s;
    return has(key) ? t(key) : s;
}

QString DocumentKit::result(const ItemRow &row) const
{
    QString out = t(QStringLiteral("common.result.") + row.status);
    if (!row.value.isEmpty()) {
        const QString v = row.value == QLatin1String("yes")  ? t(QStringLiteral("common.yes"))
                          : row.value == QLatin1String("no") ? t(QStringLiteral("common.no"))
                                                             : row.value;
        out = row.status == QLatin1String("answered") ? v : QStringLiteral("%1 (%2)").arg(out, v);
    }
    return out;
}

QString DocumentKit::method(const QString &kind) const
{
    const QString key = QStringLiteral("common.method.") + kind;
    return has(key) ? t(key) : kind;
}

QString DocumentKit::evidenceKind(const QString &kind) const
{
    const QString key = QStringLiteral("common.evidence.") + kind;
    return has(key) ? t(key) : kind;
}

QString DocumentKit::findingTitle(const FindingData &fd) const
{
    // Probes title their findings in English; the check's own text speaks the reader's language.
    const QString key = QStringLiteral("checks.") + fd.check;
    if (m_lang != QLatin1String("en") && !fd.check.isEmpty() && has(key)) {
        QString title = t(key);
        if (!fd.service.isEmpty() && !title.contains(fd.service, Qt::CaseInsensitive))
            title += (chinese() ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(fd.service.toUpper());
        return title;
    }
    return fd.title;
}

QString DocumentKit::device(const QString &address)
{
    // A break opportunity after the colon: "192.168.100.200:" / "8000" in a narrow column.
    QString out = address;
    out.replace(QLatin1Char(':'), QStringLiteral(":\u200B"));
    return out;
}

QString DocumentKit::catalogName() const
{
    return f(QStringLiteral("common.catalog.name"), {{QStringLiteral("title"), m_data.catalogTitle},
                                                     {QStringLiteral("id"), m_data.catalogId},
                                                     {QStringLiteral("version"), m_data.catalogVersion}});
}

QString DocumentKit::documentNumber(const QString &fileId) const
{
    if (!m_data.options.number.isEmpty())
        return m_data.options.number;
    const int n = m_data.priorIssued + 1;
    // GB/T 9704: 发文顺序号不编虚位; Decree 30: numbers below 10 take a leading zero.
    return f(fileId + QStringLiteral(".number.default"), {{QStringLiteral("year"), QString::number(m_data.options.issueDate.year())},
                                                          {QStringLiteral("n"), chinese() ? QString::number(n) : pad2(n)}});
}

QString DocumentKit::issuer() const
{
    return m_data.options.issuer.isEmpty() ? t(QStringLiteral("common.issuer.default")) : m_data.options.issuer;
}

QString DocumentKit::place() const
{
    return m_data.options.place.isEmpty() ? QStringLiteral("…………") : m_data.options.place;
}

QList<Block> DocumentKit::masthead(const QString &number) const
{
    QList<Block> out;
    const QString numberText = f(QStringLiteral("common.number.label"), {{QStringLiteral("number"), number}});
    if (chinese()) {
        // GB/T 9704-2012 7.2: organ mark 35 mm below the top of the type
        // area, the number two lines under it, a red line 4 mm below that.
        out << Spacer{25} << Paragraph::of(Role::OrganMark, issuer()) << Spacer{14} << Paragraph::of(Role::DocNumber, numberText)
            << Rule{QColor(0xE6, 0x00, 0x12), 0.5, 4};
        return out;
    }
    Table t;
    t.borders = false;
    t.keepTogether = true;
    t.widths = {40, 60};
    Cell organ;
    Paragraph name = Paragraph::of(Role::OrganName, issuer().toUpper());
    name.rule = Paragraph::RuleBelow::Short;
    organ.paragraphs << name;
    Cell motto;
    if (vietnamese()) {
        Paragraph p2 = Paragraph::of(Role::Motto2, this->t(QStringLiteral("common.motto.slogan")));
        p2.rule = Paragraph::RuleBelow::Full;
        motto.paragraphs << Paragraph::of(Role::Motto1, this->t(QStringLiteral("common.motto.nation"))) << p2;
    }
    Cell num = cell(numberText, Role::DocNumber, Qt::AlignHCenter);
    Cell when = cell(f(QStringLiteral("common.place.date"),
                       {{QStringLiteral("place"), place()}, {QStringLiteral("date"), date(m_data.options.issueDate)}}),
                     Role::PlaceDate, Qt::AlignHCenter);
    if (vietnamese())
        t.rows << QList<Cell>{organ, motto} << QList<Cell>{num, when};
    else
        t.rows << QList<Cell>{organ, when} << QList<Cell>{num, Cell()};
    out << t;
    return out;
}

QList<Block> DocumentKit::title(const QString &titleText) const
{
    QList<Block> out;
    const QStringList lines = titleText.split(QLatin1Char('\n'));
    out << Paragraph::of(Role::Title, lines.first());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        Paragraph sub = Paragraph::of(Role::TitleSub, lines.at(i));
        if (i == lines.size() - 1)
            sub.rule = Paragraph::RuleBelow::Short;
        out << sub;
    }
    return out;
}

Cell DocumentKit::cell(const QString &text, Role role, Qt::Alignment align)
{
    return Cell::of(role, text, align);
}

QList<Cell> DocumentKit::headerRow(const QStringList &titles)
{
    QList<Cell> row;
    for (const QString &t : titles) {
        Cell c = Cell::of(Role::TableHeader, t, Qt::AlignHCenter);
        c.shaded = true;
        row << c;
    }
    return row;
}

Table DocumentKit::keyValues(const QList<std::pair<QString, QString>> &rows, bool borders) const
{
    Table t;
    t.borders = borders;
    t.widths = {28, 72};
    for (const auto &[label, value] : rows)
        t.rows << QList<Cell>{cell(label, Role::Label), cell(value)};
    return t;
}

Table DocumentKit::findingsTable(const QList<FindingData> &findings) const
{
    Table t;
    // Latin headers ("Severity", "Evidence") need more room than two Han characters.
    t.widths = chinese() ? QList<qreal>{7, 8, 25, 15, 7, 24, 14} : QList<qreal>{6, 9, 23, 17, 9, 22, 14};
    t.headerRows = 1;
    t.rows << headerRow({this->t(QStringLiteral("common.col.no")), this->t(QStringLiteral("common.col.severity")),
                         this->t(QStringLiteral("common.col.finding")), this->t(QStringLiteral("common.col.device")),
                         this->t(QStringLiteral("common.col.evidence")), this->t(QStringLiteral("common.col.recommendation")),
                         this->t(QStringLiteral("common.col.deadline"))});
    int n = 0;
    for (const FindingData &fd : findings) {
        Cell what = cell(findingTitle(fd));
        QString more = fd.detail;
        if (!fd.cve.isEmpty())
            more = more.isEmpty() ? fd.cve : fd.cve + QStringLiteral("; ") + more;
        if (fd.status == QLatin1String("resolved"))
            more = this->t(QStringLiteral("common.finding.resolved")) + (more.isEmpty() ? QString() : QStringLiteral("; ") + more);
        if (!more.isEmpty())
            what.paragraphs << Paragraph::of(Role::Small, more);
        t.rows << QList<Cell>{cell(QString::number(++n), Role::TableCell, Qt::AlignHCenter),
                              cell(severity(fd.severity), Role::TableCell, Qt::AlignHCenter),
                              what,
                              cell(fd.device.isEmpty() ? this->t(QStringLiteral("common.none")) : device(fd.device)),
                              cell(ids(fd.evidence)),
                              cell(fd.recommendation.isEmpty() ? this->t(QStringLiteral("common.none")) : fd.recommendation),
                              cell(dateShort(fd.deadline), Role::TableCell, Qt::AlignHCenter)};
    }
    return t;
}

Table DocumentKit::evidenceTable() const
{
    Table t;
    t.widths = {8, 30, 12, 11, 39};
    t.headerRows = 1;
    t.rows << headerRow({this->t(QStringLiteral("common.col.id")), this->t(QStringLiteral("common.col.name")),
                         this->t(QStringLiteral("common.col.kind")), this->t(QStringLiteral("common.col.size")),
                         this->t(QStringLiteral("common.col.sha256"))});
    for (const EvidenceData &e : m_data.evidence) {
        // A break opportunity in the middle: two lines of 32 hex digits.
        const QString hash = e.sha256.left(32) + QChar(0x200B) + e.sha256.mid(32);
        t.rows << QList<Cell>{cell(QString::number(e.id), Role::TableCell, Qt::AlignHCenter), cell(e.name), cell(evidenceKind(e.kind)),
                              cell(size(e.size), Role::TableCell, Qt::AlignRight), cell(hash, Role::Mono)};
    }
    return t;
}

QList<Block> DocumentKit::custody() const
{
    QList<Block> out;
    Paragraph intro = Paragraph::of(Role::Body, t(QStringLiteral("common.chain.intro")));
    intro.keepWithNext = true;
    out << intro;
    Table kv = keyValues({{t(QStringLiteral("common.label.inspection")), m_data.inspectionId},
                          {t(QStringLiteral("common.label.chain.seq")), QString::number(m_data.chainSeq)},
                          {t(QStringLiteral("common.label.chain.hash")), m_data.chainHash}});
    kv.rows[2][1] = cell(m_data.chainHash, Role::Mono);
    kv.rows[0][1] = cell(m_data.inspectionId, Role::Mono);
    kv.keepTogether = true;
    out << kv;
    return out;
}

SignaturePanel DocumentKit::teamPanel(bool leaderOnly) const
{
    SignaturePanel p;
    p.heading = t(QStringLiteral("common.sign.heading.team"));
    p.roleHeader = t(QStringLiteral("common.sign.col.role"));
    p.handHeader = t(QStringLiteral("common.sign.col.hand"));
    p.digitalHeader = t(QStringLiteral("common.sign.col.digital"));
    const QStringList &team = m_data.team;
    for (qsizetype i = leaderOnly ? std::max<qsizetype>(0, team.size() - 1) : 0; i < team.size(); ++i) {
        const bool leader = i == team.size() - 1;
        p.rows << SignaturePanel::Row{t(leader ? QStringLiteral("common.sign.leader") : QStringLiteral("common.sign.member")), team.at(i),
                                      leader ? QStringLiteral("leader") : QStringLiteral("member"), true};
    }
    if (p.rows.isEmpty()) // a team nobody named: a line to sign on all the same
        p.rows << SignaturePanel::Row{t(QStringLiteral("common.sign.leader")), QString(), QStringLiteral("leader"), true};
    return p;
}

SignaturePanel DocumentKit::unitPanel() const
{
    SignaturePanel p;
    p.heading = t(QStringLiteral("common.sign.heading.unit"));
    p.roleHeader = t(QStringLiteral("common.sign.col.role"));
    p.handHeader = t(QStringLiteral("common.sign.col.hand"));
    p.digitalHeader = t(QStringLiteral("common.sign.col.date"));
    QStringList names = m_data.options.representatives;
    while (names.size() < 2) // blank rows to fill in by hand
        names << QString();
    for (const QString &n : names)
        p.rows << SignaturePanel::Row{t(QStringLiteral("common.sign.representative")), n, QStringLiteral("unit"), false};
    return p;
}

QList<Block> DocumentKit::closing() const
{
    QList<Block> out;
    if (chinese()) {
        // GB/T 9704 7.3.5: the date four characters from the right, the
        // issuer centred over it, the seal pressing on both.
        Table t;
        t.borders = false;
        t.keepTogether = true;
        t.widths = {52, 36, 12};
        Cell who;
        who.paragraphs << Paragraph::of(Role::BodyFlush, issuer(), Qt::AlignHCenter)
                       << Paragraph::of(Role::BodyFlush, date(m_data.options.issueDate), Qt::AlignHCenter);
        t.rows << QList<Cell>{Cell(), who, Cell()};
        out << Spacer{12} << t;
        return out;
    }
    out << Spacer{4} << Paragraph::of(Role::RecipientsTitle, t(QStringLiteral("common.recipients.title")))
        << Paragraph::of(Role::Recipients, QStringLiteral("- %1;").arg(m_data.organisation))
        << Paragraph::of(Role::Recipients, QStringLiteral("- %1.").arg(t(QStringLiteral("common.recipients.archive"))));
    return out;
}

Imprint DocumentKit::imprint() const
{
    Imprint im;
    im.rows << std::pair<QString, QString>{
        issuer(), f(QStringLiteral("common.imprint.issued"), {{QStringLiteral("date"), date(m_data.options.issueDate)}})};
    return im;
}

} // namespace ab::report
