#include "core/report/InspectionReportBuilder.h"

namespace ab::report
{

namespace
{
QString str(int n)
{
    return QString::number(n);
}
} // namespace

ReportDocument InspectionReportBuilder::build() const
{
    const ReportData &d = k.data();
    ReportDocument doc;
    doc.kind = Kind::Report;
    doc.lang = k.lang();
    doc.number = k.documentNumber(QStringLiteral("report"));
    doc.title = k.t(QStringLiteral("report.title")).split(QLatin1Char('\n')).join(QLatin1Char(' '));
    doc.footerPattern = k.t(QStringLiteral("common.page.footer"));
    doc.blocks << cover(doc.number);

    doc.blocks << Paragraph::of(Role::Heading1, k.t(QStringLiteral("report.h.basis")));
    for (const QString &line : k.t(QStringLiteral("basis.") + d.regime + QStringLiteral(".long")).split(QLatin1Char('\n')))
        doc.blocks << Paragraph::of(Role::Body, line);

    doc.blocks << Paragraph::of(Role::Heading1, k.t(QStringLiteral("report.h.scope")));
    doc.blocks << Paragraph::of(Role::Body, k.f(QStringLiteral("report.scope.text"), {{QStringLiteral("org"), d.organisation},
                                                                                      {QStringLiteral("systems"), k.systems()},
                                                                                      {QStringLiteral("catalog"), k.catalogName()},
                                                                                      {QStringLiteral("applicable"), str(d.applicable)}}));
    if (!d.scope.isEmpty())
        doc.blocks << Paragraph::of(Role::Body,
                                    k.f(QStringLiteral("report.scope.testing"),
                                        {{QStringLiteral("scope"), d.scope.join(k.t(QStringLiteral("common.list.separator")))}}));

    doc.blocks << results() << score() << findings() << passwords();

    doc.blocks << Paragraph::of(Role::Heading1, k.t(QStringLiteral("report.h.conclusion")));
    doc.blocks << Paragraph::of(Role::Body, k.f(QStringLiteral("report.conclusion.text"),
                                                {{QStringLiteral("org"), d.organisation},
                                                 {QStringLiteral("total"), k.number(d.scoreTotal)},
                                                 {QStringLiteral("max"), k.number(d.scoreMax)},
                                                 {QStringLiteral("count"), str(int(d.findings.size()))},
                                                 {QStringLiteral("high"), str(d.findingsOfSeverity(QStringLiteral("high")))}}));
    doc.blocks << Paragraph::of(
        Role::Body, k.f(QStringLiteral("report.conclusion.pages"), {{QStringLiteral("pages"), QString(QChar(Paragraph::PageCountToken))}}));
    doc.blocks << Paragraph::of(Role::Small, k.t(QStringLiteral("common.confidential")));

    doc.blocks << appendix();

    // The signatures close the document on its last page, with what belongs beside them.
    const QList<Block> closing = k.closing();
    doc.blocks << KeepTogether{int(1 + closing.size())} << k.teamPanel(false) << closing;
    return doc;
}

QList<Block> InspectionReportBuilder::cover(const QString &number) const
{
    const ReportData &d = k.data();
    QList<Block> out = k.masthead(number);
    out << Spacer{k.chinese() ? 30.0 : 25.0} << k.title(k.t(QStringLiteral("report.title"))) << Spacer{k.chinese() ? 25.0 : 15.0};
    Table kv =
        k.keyValues({{k.t(QStringLiteral("report.label.number")), number},
                     {k.t(QStringLiteral("common.label.organisation")), d.organisation},
                     {k.t(QStringLiteral("common.label.systems")), k.systems()},
                     {k.t(QStringLiteral("common.label.dates")), k.dates()},
                     {k.t(QStringLiteral("common.label.location")), d.location.isEmpty() ? k.t(QStringLiteral("common.none")) : d.location},
                     {k.t(QStringLiteral("common.label.team")), k.team()},
                     {k.t(QStringLiteral("common.label.catalog")), k.catalogName()},
                     {k.t(QStringLiteral("common.label.issuer")), k.issuer()},
                     {k.t(QStringLiteral("common.label.issued")), k.date(d.options.issueDate)}});
    kv.keepTogether = true;
    out << kv << Spacer{8} << Paragraph::of(Role::Small, k.t(QStringLiteral("common.confidential"))) << PageBreak{};
    return out;
}

QList<Block> InspectionReportBuilder::results() const
{
    const ReportData &d = k.data();
    QList<Block> out;
    out << Paragraph::of(Role::Heading1, k.t(QStringLiteral("report.h.results")));
    out << Paragraph::of(Role::Body, k.f(QStringLiteral("report.results.intro"), {{QStringLiteral("answered"), str(d.answered)},
                                                                                  {QStringLiteral("applicable"), str(d.applicable)}}));
    int n = 0;
    for (const SectionData &s : d.sections) {
        out << Paragraph::of(Role::Heading2, k.f(QStringLiteral("report.results.section"),
                                                 {{QStringLiteral("n"), k.numeral(++n)}, {QStringLiteral("title"), s.title}}));
        if (s.items.isEmpty()) {
            out << Paragraph::of(Role::Body, k.t(QStringLiteral("report.results.sectionEmpty")));
            continue;
        }
        if (s.score)
            out << Paragraph::of(
                Role::Body, k.f(QStringLiteral("report.results.sectionSummary"), {{QStringLiteral("applicable"), str(s.applicable)},
                                                                                  {QStringLiteral("answered"), str(s.answered)},
                                                                                  {QStringLiteral("noncompliant"), str(s.noncompliant)},
                                                                                  {QStringLiteral("score"), k.number(*s.score)},
                                                                                  {QStringLiteral("max"), k.number(d.scoreMax)}}));
        else
            out << Paragraph::of(Role::Body,
                                 k.f(QStringLiteral("report.results.sectionUnscored"),
                                     {{QStringLiteral("applicable"), str(s.applicable)}, {QStringLiteral("answered"), str(s.answered)}}));
        Table t;
        t.widths = {12, 36, 12, 12, 17, 11};
        t.headerRows = 1;
        t.rows << DocumentKit::headerRow({k.t(QStringLiteral("common.col.id")), k.t(QStringLiteral("common.col.item")),
                                          k.t(QStringLiteral("common.col.method")), k.t(QStringLiteral("common.col.result")),
                                          k.t(QStringLiteral("common.col.note")), k.t(QStringLiteral("common.col.evidence"))});
        for (const ItemRow &r : s.items)
            t.rows << QList<Cell>{DocumentKit::cell(r.id),
                                  DocumentKit::cell(r.text),
                                  DocumentKit::cell(k.method(r.kind), Role::TableCell, Qt::AlignHCenter),
                                  DocumentKit::cell(k.result(r), Role::TableCell, Qt::AlignHCenter),
                                  DocumentKit::cell(r.note.isEmpty() ? k.t(QStringLiteral("common.none")) : r.note),
                                  DocumentKit::cell(k.ids(r.evidence))};
        out << t;
    }
    return out;
}

QList<Block> InspectionReportBuilder::score() const
{
    const ReportData &d = k.data();
    QList<Block> out;
    out << Paragraph::of(Role::Heading1, k.t(QStringLiteral("report.h.score")));
    out << Paragraph::of(Role::Body, k.f(QStringLiteral("report.score.text"), {{QStringLiteral("total"), k.number(d.scoreTotal)},
                                                                               {QStringLiteral("max"), k.number(d.scoreMax)},
                                                                               {QStringLiteral("deductions"), k.number(d.deductions)},
                                                                               {QStringLiteral("answered"), str(d.answered)},
                                                                               {QStringLiteral("applicable"), str(d.applicable)},
                                                                               {QStringLiteral("pending"), str(d.pending)}}));
    out << Paragraph::of(Role::Body, k.f(QStringLiteral("report.score.severity"),
                                         {{QStringLiteral("high"), str(d.noncompliantBySeverity.value(QStringLiteral("high")))},
                                          {QStringLiteral("medium"), str(d.noncompliantBySeverity.value(QStringLiteral("medium")))},
                                          {QStringLiteral("low"), str(d.noncompliantBySeverity.value(QStringLiteral("low")))}}));
    for (const CounterData &c : d.counters)
        out << Paragraph::of(Role::Body, k.f(QStringLiteral("report.score.counter"),
                                             {{QStringLiteral("title"), c.title}, {QStringLiteral("count"), str(c.count)}}));
    BarChart chart;
    chart.caption = k.f(QStringLiteral("report.score.chart"), {{QStringLiteral("max"), k.number(d.scoreMax)}});
    chart.unscoredText = k.t(QStringLiteral("report.score.none"));
    for (const SectionData &s : d.sections)
        chart.bars << BarChart::Bar{s.title, s.score.value_or(0), d.scoreMax, s.score.has_value(), false};
    chart.bars << BarChart::Bar{k.t(QStringLiteral("report.score.total")), d.scoreTotal, d.scoreMax, true, true};
    out << chart;
    return out;
}

QList<Block> InspectionReportBuilder::findings() const
{
    const ReportData &d = k.data();
    QList<Block> out;
    out << Paragraph::of(Role::Heading1, k.t(QStringLiteral("report.h.findings")));
    if (d.findings.isEmpty()) {
        out << Paragraph::of(Role::Body, k.t(QStringLiteral("report.findings.none")));
        return out;
    }
    out << Paragraph::of(Role::Body, k.f(QStringLiteral("report.findings.intro"),
                                         {{QStringLiteral("count"), str(int(d.findings.size()))},
                                          {QStringLiteral("high"), str(d.findingsOfSeverity(QStringLiteral("high")))},
                                          {QStringLiteral("medium"), str(d.findingsOfSeverity(QStringLiteral("medium")))},
                                          {QStringLiteral("low"), str(d.findingsOfSeverity(QStringLiteral("low")))},
                                          {QStringLiteral("days"), str(d.options.deadlineDays)}}));
    out << Paragraph::of(Role::Caption, k.t(QStringLiteral("report.findings.table"))) << k.findingsTable(d.findings);
    return out;
}

QList<Block> InspectionReportBuilder::passwords() const
{
    const ReportData &d = k.data();
    QList<Block> out;
    out << Paragraph::of(Role::Heading1, k.t(QStringLiteral("report.h.passwords")));
    out << Paragraph::of(
        Role::Body, k.f(QStringLiteral("report.passwords.intro"),
                        {{QStringLiteral("weak"), str(d.weakPasswordCount())}, {QStringLiteral("vulns"), str(d.vulnerabilityCount())}}));
    out << Paragraph::of(Role::Heading2, k.t(QStringLiteral("report.passwords.h.weak")));
    Table weak;
    weak.widths = {7, 23, 12, 20, 20, 18};
    weak.headerRows = 1;
    weak.rows << DocumentKit::headerRow({k.t(QStringLiteral("common.col.no")), k.t(QStringLiteral("common.col.device")),
                                         k.t(QStringLiteral("common.col.service")), k.t(QStringLiteral("common.col.account")),
                                         k.t(QStringLiteral("common.col.password")), k.t(QStringLiteral("common.col.evidence"))});
    Table vulns;
    vulns.widths = {7, 21, 9, 32, 19, 12};
    vulns.headerRows = 1;
    vulns.rows << DocumentKit::headerRow({k.t(QStringLiteral("common.col.no")), k.t(QStringLiteral("common.col.device")),
                                          k.t(QStringLiteral("common.col.severity")), k.t(QStringLiteral("common.col.finding")),
                                          k.t(QStringLiteral("common.col.cve")), k.t(QStringLiteral("common.col.evidence"))});
    const QString none = k.t(QStringLiteral("common.none"));
    int nw = 0, nv = 0;
    for (const FindingData &f : d.findings) {
        if (f.weakPassword) {
            Cell account = DocumentKit::cell(f.account.isEmpty() ? none : f.account);
            // No account and password parsed from the detail: show the (masked) detail itself.
            if (f.account.isEmpty() && !f.detail.isEmpty())
                account = DocumentKit::cell(f.detail, Role::Small);
            weak.rows << QList<Cell>{DocumentKit::cell(str(++nw), Role::TableCell, Qt::AlignHCenter),
                                     DocumentKit::cell(f.device.isEmpty() ? none : DocumentKit::device(f.device)),
                                     DocumentKit::cell(f.service.isEmpty() ? none : f.service.toUpper()),
                                     account,
                                     DocumentKit::cell(f.maskedPassword.isEmpty() ? none : f.maskedPassword),
                                     DocumentKit::cell(k.ids(f.evidence))};
        }
        if (f.vulnerability)
            vulns.rows << QList<Cell>{DocumentKit::cell(str(++nv), Role::TableCell, Qt::AlignHCenter),
                                      DocumentKit::cell(f.device.isEmpty() ? none : DocumentKit::device(f.device)),
                                      DocumentKit::cell(k.severity(f.severity), Role::TableCell, Qt::AlignHCenter),
                                      DocumentKit::cell(k.findingTitle(f)),
                                      DocumentKit::cell(f.cve.isEmpty() ? none : f.cve),
                                      DocumentKit::cell(k.ids(f.evidence))};
    }
    if (nw == 0)
        out << Paragraph::of(Role::Body, k.t(QStringLiteral("report.passwords.weak.none")));
    else
        out << weak;
    out << Paragraph::of(Role::Heading2, k.t(QStringLiteral("report.passwords.h.vulns")));
    if (nv == 0)
        out << Paragraph::of(Role::Body, k.t(QStringLiteral("report.passwords.vulns.none")));
    else
        out << vulns;
    return out;
}

QList<Block> InspectionReportBuilder::appendix() const
{
    const ReportData &d = k.data();
    QList<Block> out;
    Paragraph label = Paragraph::of(Role::Heading1, k.t(QStringLiteral("report.appendix.label")));
    label.noIndent = true; // GB/T 9704: 附件 flush left
    out << PageBreak{} << label;
    Paragraph title = Paragraph::of(Role::TitleSub, k.t(QStringLiteral("report.appendix.title")));
    title.keepWithNext = true;
    out << title;
    if (d.evidence.isEmpty())
        out << Paragraph::of(Role::Body, k.t(QStringLiteral("report.appendix.none")));
    else
        out << Paragraph::of(Role::Body, k.t(QStringLiteral("report.appendix.intro"))) << k.evidenceTable();
    out << Paragraph::of(Role::Heading2, k.t(QStringLiteral("report.custody.heading"))) << k.custody();
    return out;
}

} // namespace ab::report
