#include "core/report/OnSiteRecordBuilder.h"

namespace ab::report
{

ReportDocument OnSiteRecordBuilder::build() const
{
    const ReportData &d = k.data();
    ReportDocument doc;
    doc.kind = Kind::Record;
    doc.lang = k.lang();
    doc.number = k.documentNumber(QStringLiteral("record"));
    doc.title = k.t(QStringLiteral("record.title")).split(QLatin1Char('\n')).join(QLatin1Char(' '));
    doc.footerPattern = k.t(QStringLiteral("common.page.footer"));
    if (k.chinese()) {
        // A form, not a 公文: title on top, the number on the right under it.
        doc.blocks << k.title(k.t(QStringLiteral("record.title")))
                   << Paragraph::of(Role::DocNumber, k.f(QStringLiteral("common.number.label"), {{QStringLiteral("number"), doc.number}}),
                                    Qt::AlignRight);
    } else {
        doc.blocks << k.masthead(doc.number) << Spacer{6} << k.title(k.t(QStringLiteral("record.title")));
    }
    doc.blocks << Spacer{4} << Paragraph::of(Role::Body, k.f(QStringLiteral("record.intro"), {{QStringLiteral("org"), d.organisation}}));
    doc.blocks << fields();

    const QList<FindingData> open = d.openFindings();
    if (!open.isEmpty()) {
        doc.blocks << Paragraph::of(Role::Heading2, k.t(QStringLiteral("record.h.findings")));
        Table t;
        t.widths = {8, 12, 55, 25};
        t.headerRows = 1;
        t.rows << DocumentKit::headerRow({k.t(QStringLiteral("common.col.no")), k.t(QStringLiteral("common.col.severity")),
                                          k.t(QStringLiteral("common.col.finding")), k.t(QStringLiteral("common.col.device"))});
        int n = 0;
        for (const FindingData &f : open)
            t.rows << QList<Cell>{
                DocumentKit::cell(QString::number(++n), Role::TableCell, Qt::AlignHCenter),
                DocumentKit::cell(k.severity(f.severity), Role::TableCell, Qt::AlignHCenter), DocumentKit::cell(k.findingTitle(f)),
                DocumentKit::cell(f.device.isEmpty() ? k.t(QStringLiteral("common.none")) : DocumentKit::device(f.device))};
        doc.blocks << t;
    }

    // The unit's opinion, written by hand on the printed record.
    Table opinion;
    opinion.widths = {100};
    opinion.keepTogether = true;
    Cell box;
    box.minHeightMm = 45;
    Paragraph label = Paragraph::of(Role::Label, k.t(QStringLiteral("record.f.opinion")));
    box.paragraphs << label << Paragraph::of(Role::Small, k.t(QStringLiteral("record.opinion.hint")));
    opinion.rows << QList<Cell>{box};
    doc.blocks << Spacer{4} << opinion;

    doc.blocks << Paragraph::of(Role::Body, k.t(QStringLiteral("record.closing")));
    doc.blocks << KeepTogether{2} << k.unitPanel() << k.teamPanel(false);
    return doc;
}

Table OnSiteRecordBuilder::fields() const
{
    const ReportData &d = k.data();
    const QString none = k.t(QStringLiteral("common.none"));
    QStringList content;
    for (const SectionData &s : d.sections)
        content << k.f(QStringLiteral("record.content.section"), {{QStringLiteral("title"), s.title},
                                                                  {QStringLiteral("answered"), QString::number(s.answered)},
                                                                  {QStringLiteral("applicable"), QString::number(s.applicable)}});
    const QString summary = k.f(QStringLiteral("record.summary.text"),
                                {{QStringLiteral("applicable"), QString::number(d.applicable)},
                                 {QStringLiteral("answered"), QString::number(d.answered)},
                                 {QStringLiteral("noncompliant"), QString::number(d.noncompliantCount)},
                                 {QStringLiteral("partial"), QString::number(d.partialCount)},
                                 {QStringLiteral("findings"), QString::number(d.findings.size())},
                                 {QStringLiteral("high"), QString::number(d.findingsOfSeverity(QStringLiteral("high")))},
                                 {QStringLiteral("medium"), QString::number(d.findingsOfSeverity(QStringLiteral("medium")))},
                                 {QStringLiteral("low"), QString::number(d.findingsOfSeverity(QStringLiteral("low")))},
                                 {QStringLiteral("weak"), QString::number(d.weakPasswordCount())},
                                 {QStringLiteral("vulns"), QString::number(d.vulnerabilityCount())},
                                 {QStringLiteral("total"), k.number(d.scoreTotal)},
                                 {QStringLiteral("max"), k.number(d.scoreMax)}});
    Table t =
        k.keyValues({{k.t(QStringLiteral("common.label.organisation")), d.organisation},
                     {k.t(QStringLiteral("common.label.dates")), k.dates()},
                     {k.t(QStringLiteral("common.label.location")), d.location.isEmpty() ? QString() : d.location},
                     {k.t(QStringLiteral("record.f.basis")), k.t(QStringLiteral("basis.") + d.regime + QStringLiteral(".short"))},
                     {k.t(QStringLiteral("common.label.systems")), k.systems()},
                     {k.t(QStringLiteral("common.label.team")), k.team()},
                     {k.t(QStringLiteral("record.f.reps")), d.options.representatives.join(k.t(QStringLiteral("common.list.separator")))},
                     {k.t(QStringLiteral("record.f.methods")), k.t(QStringLiteral("record.methods.text"))},
                     {k.t(QStringLiteral("record.f.content")), content.isEmpty() ? none : content.join(QLatin1Char('\n'))},
                     {k.t(QStringLiteral("record.f.summary")), summary}});
    // Unknown place or representatives: room to write them in by hand.
    if (d.location.isEmpty())
        t.rows[2][1].minHeightMm = 10;
    if (d.options.representatives.isEmpty())
        t.rows[6][1].minHeightMm = 16;
    return t;
}

} // namespace ab::report
