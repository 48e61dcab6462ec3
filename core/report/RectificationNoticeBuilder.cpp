#include "core/report/RectificationNoticeBuilder.h"

namespace ab::report
{

ReportDocument RectificationNoticeBuilder::build() const
{
    const ReportData &d = k.data();
    ReportDocument doc;
    doc.kind = Kind::Notice;
    doc.lang = k.lang();
    doc.number = k.documentNumber(QStringLiteral("notice"));
    doc.title = k.t(QStringLiteral("notice.title")).split(QLatin1Char('\n')).join(QLatin1Char(' '));
    doc.footerPattern = k.t(QStringLiteral("common.page.footer"));
    doc.blocks << k.masthead(doc.number);
    doc.blocks << Spacer{k.chinese() ? 12.0 : 6.0} << k.title(k.t(QStringLiteral("notice.title"))) << Spacer{k.chinese() ? 8.0 : 4.0};
    doc.blocks << Paragraph::of(Role::Salutation, k.f(QStringLiteral("notice.salutation"), {{QStringLiteral("org"), d.organisation}}));
    doc.blocks << Paragraph::of(
        Role::Body,
        k.f(QStringLiteral("notice.intro"), {{QStringLiteral("basis"), k.t(QStringLiteral("basis.") + d.regime + QStringLiteral(".short"))},
                                             {QStringLiteral("dates"), k.dates()},
                                             {QStringLiteral("systems"), k.systems()}}));
    doc.blocks << Paragraph::of(Role::Heading1, k.t(QStringLiteral("notice.h.items")));
    int count = 0;
    Table table = items(&count);
    if (count == 0) {
        doc.blocks << Paragraph::of(Role::Body, k.t(QStringLiteral("notice.items.none")));
    } else {
        doc.blocks << Paragraph::of(
            Role::Body, k.f(QStringLiteral("notice.items.intro"), {{QStringLiteral("count"), QString::number(count)},
                                                                   {QStringLiteral("days"), QString::number(d.options.deadlineDays)}}));
        doc.blocks << table;
    }
    doc.blocks << Paragraph::of(Role::Heading1, k.t(QStringLiteral("notice.h.requirements")));
    for (const QString &line : k.t(QStringLiteral("notice.requirements.text")).split(QLatin1Char('\n')))
        doc.blocks << Paragraph::of(Role::Body, line);
    doc.blocks << Paragraph::of(Role::Heading1, k.t(QStringLiteral("notice.h.retest")));
    doc.blocks << Paragraph::of(Role::Body, k.t(QStringLiteral("notice.retest.text")));
    doc.blocks << Paragraph::of(Role::Body, k.t(QStringLiteral("notice.closing")));

    // The notice is the issuing body's: its leader signs.
    const QList<Block> closing = k.closing();
    doc.blocks << KeepTogether{int(1 + closing.size())} << k.teamPanel(true) << closing;
    if (k.chinese())
        doc.blocks << k.imprint();
    return doc;
}

Table RectificationNoticeBuilder::items(int *count) const
{
    const ReportData &d = k.data();
    Table t;
    t.widths = {7, 43, 32, 18};
    t.headerRows = 1;
    t.rows << DocumentKit::headerRow({k.t(QStringLiteral("common.col.no")), k.t(QStringLiteral("common.col.problem")),
                                      k.t(QStringLiteral("common.col.requirement")), k.t(QStringLiteral("common.col.deadline"))});
    const QString none = k.t(QStringLiteral("common.none"));
    int n = 0;
    // Findings first (each is a problem on a named device), then the
    // checklist items answered not or only partly met.
    for (const FindingData &f : d.openFindings()) {
        Cell what = DocumentKit::cell(QStringLiteral("[%1] %2").arg(k.severity(f.severity), k.findingTitle(f)));
        QStringList more;
        if (!f.device.isEmpty())
            more << f.device;
        if (!f.cve.isEmpty())
            more << f.cve;
        if (!f.detail.isEmpty())
            more << f.detail;
        if (!more.isEmpty())
            what.paragraphs << Paragraph::of(Role::Small, more.join(QStringLiteral("; ")));
        t.rows << QList<Cell>{DocumentKit::cell(QString::number(++n), Role::TableCell, Qt::AlignHCenter), what,
                              DocumentKit::cell(f.recommendation.isEmpty() ? none : f.recommendation),
                              DocumentKit::cell(k.date(f.deadline), Role::TableCell, Qt::AlignHCenter)};
    }
    const QDate deadline = d.options.issueDate.addDays(d.options.deadlineDays);
    for (const SectionData &s : d.sections) {
        for (const ItemRow &r : s.items) {
            if (r.status != QLatin1String("noncompliant") && r.status != QLatin1String("partial"))
                continue;
            Cell what = DocumentKit::cell(
                k.f(QStringLiteral("notice.item.answer"),
                    {{QStringLiteral("item"), r.id}, {QStringLiteral("text"), r.text}, {QStringLiteral("result"), k.result(r)}}));
            if (!r.note.isEmpty())
                what.paragraphs << Paragraph::of(Role::Small, k.f(QStringLiteral("notice.item.note"), {{QStringLiteral("note"), r.note}}));
            t.rows << QList<Cell>{DocumentKit::cell(QString::number(++n), Role::TableCell, Qt::AlignHCenter), what,
                                  DocumentKit::cell(r.remediation.isEmpty() ? none : r.remediation),
                                  DocumentKit::cell(k.date(deadline), Role::TableCell, Qt::AlignHCenter)};
        }
    }
    *count = n;
    return t;
}

} // namespace ab::report
