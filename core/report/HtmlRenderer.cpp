#include "core/report/HtmlRenderer.h"

#include "core/report/PageStyle.h"

#include <QJsonDocument>
#include <QStringList>

namespace ab::report
{

namespace
{
QString esc(const QString &s)
{
    QString out = s.toHtmlEscaped();
    out.replace(QChar(0x200B), QStringLiteral("<wbr>"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString cssString(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString families(const QStringList &list, const char *generic)
{
    QStringList quoted;
    for (const QString &f : list)
        quoted << cssString(f);
    quoted << QLatin1String(generic);
    return quoted.join(QStringLiteral(", "));
}

QString align(Qt::Alignment a)
{
    if (a & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (a & Qt::AlignRight)
        return QStringLiteral("right");
    if (a & Qt::AlignJustify)
        return QStringLiteral("justify");
    return QStringLiteral("left");
}

QString num(qreal v)
{
    return QString::number(v, 'f', 2);
}

class Writer final
{
public:
    explicit Writer(const ReportDocument &doc)
        : m_doc(doc), m_style(PageStyle::forLanguage(doc.lang)), m_fonts(FontSet::requestFor(doc.lang))
    {
    }
    QByteArray run();

private:
    QString css() const;
    QString para(const Paragraph &p, const QString &tag = QStringLiteral("p")) const;
    QString table(const Table &t) const;
    QString chart(const BarChart &c) const;
    QString panel(const SignaturePanel &s) const;
    QString block(const Block &b) const;
    QString face(Face f) const
    {
        return f == Face::Sans   ? families(m_fonts.sans, "sans-serif")
               : f == Face::Mono ? families(m_fonts.mono, "monospace")
                                 : families(m_fonts.serif, "serif");
    }
    const ReportDocument &m_doc;
    PageStyle m_style;
    FontRequest m_fonts;
};

QString Writer::css() const
{
    const QMarginsF m = m_style.marginsMm;
    QString footer;
    {
        // "第 {page} 页 共 {pages} 页" -> "第 " counter(page) " 页 共 " counter(pages) " 页"
        QString pattern = m_doc.footerPattern;
        QStringList parts;
        qsizetype pos = 0;
        while (pos < pattern.size()) {
            const qsizetype a = pattern.indexOf(QLatin1Char('{'), pos);
            if (a < 0) {
                parts << cssString(pattern.mid(pos));
                break;
            }
            const qsizetype b = pattern.indexOf(QLatin1Char('}'), a);
            if (a > pos)
                parts << cssString(pattern.mid(pos, a - pos));
            parts << QStringLiteral("counter(%1)")
                         .arg(pattern.mid(a + 1, b - a - 1) == QLatin1String("pages") ? QStringLiteral("pages") : QStringLiteral("page"));
            pos = b + 1;
        }
        footer = parts.join(QLatin1Char(' '));
    }
    QString out;
    out +=
        QStringLiteral("@page { size: A4; margin: %1mm %2mm %3mm %4mm; @%5-center { content: %6; font-family: %7; font-size: %8pt; } }\n")
            .arg(num(m.top()), num(m.right()), num(m.bottom()), num(m.left()),
                 m_style.footerAtTop ? QStringLiteral("top") : QStringLiteral("bottom"), footer, face(Face::Serif), num(m_style.footer.pt));
    out += QStringLiteral("html { background: #f0f0f0; }\n"
                          "body { margin: 0 auto; background: #fff; box-sizing: border-box; width: 210mm; padding: %1mm %2mm %3mm %4mm; "
                          "font-family: %5; }\n"
                          "@media print { html { background: none; } body { width: auto; padding: 0; } }\n")
               .arg(num(m.top()), num(m.right()), num(m.bottom()), num(m.left()), face(Face::Serif));
    const QList<Role> roles{
        Role::OrganMark, Role::OrganParent,     Role::OrganName,   Role::Motto1,    Role::Motto2,   Role::DocNumber, Role::PlaceDate,
        Role::Title,     Role::TitleSub,        Role::Salutation,  Role::Heading1,  Role::Heading2, Role::Body,      Role::BodyFlush,
        Role::Small,     Role::Caption,         Role::TableHeader, Role::TableCell, Role::Mono,     Role::Label,     Role::SignCaption,
        Role::SignName,  Role::RecipientsTitle, Role::Recipients,  Role::Imprint};
    for (Role r : roles) {
        const RoleStyle s = m_style.role(r);
        qreal indent = s.indentPt;
        if (s.indentChars > 0)
            indent = s.indentChars * s.pt;
        out += QStringLiteral(
                   ".%1 { font-family: %2; font-size: %3pt; font-weight: %4; font-style: %5; text-align: %6; margin: %7pt 0 %8pt 0; "
                   "text-indent: %9pt; color: %10;%11%12 }\n")
                   .arg(roleName(r), face(s.face), num(s.pt), s.bold ? QStringLiteral("bold") : QStringLiteral("normal"),
                        s.italic ? QStringLiteral("italic") : QStringLiteral("normal"), align(s.align), num(s.beforePt), num(s.afterPt),
                        num(indent), s.color.name(), s.pitchPt > 0 ? QStringLiteral(" line-height: %1pt;").arg(num(s.pitchPt)) : QString(),
                        s.keepWithNext ? QStringLiteral(" break-after: avoid;") : QString());
    }
    out += QStringLiteral("table { border-collapse: collapse; width: 100%; margin: 2pt 0 6pt 0; }\n"
                          "table.grid td, table.grid th { border: %1pt solid #000; }\n"
                          "td, th { padding: %2mm %3mm; vertical-align: top; }\n"
                          "th { background: %4; vertical-align: middle; }\n"
                          "thead { display: table-header-group; }\n"
                          "tr { break-inside: avoid; }\n"
                          "td p, th p { margin: 0; text-indent: 0; }\n"
                          "td p + p { margin-top: 1.5pt; }\n"
                          ".ruled { display: inline-block; }\n"
                          ".ruled::after { content: \"\"; display: block; margin: 1pt auto 0 auto; border-bottom: 0.6pt solid #000; }\n"
                          ".ruled.short::after { width: 40%; } .ruled.full::after { width: 100%; }\n"
                          ".keep { break-inside: avoid; }\n"
                          ".pagebreak { break-after: page; }\n"
                          ".slot { border: 0.3pt dashed #b0b0b0; height: 19mm; }\n"
                          ".hand { height: 22mm; }\n"
                          ".bar { background: #fff; height: 4.5mm; position: relative; border-left: 0.6pt solid #000; }\n"
                          ".bar > div { background: #808080; height: 100%; } .bar.total > div { background: #333; }\n"
                          ".bar.unscored { border-top: 0.4pt dashed #999; border-bottom: 0.4pt dashed #999; height: 4mm; }\n"
                          "table.chart td { border: none; vertical-align: middle; padding: 0.5mm 1mm; }\n"
                          "table.imprint { border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; }\n"
                          ".fill { border-bottom: %1pt solid #000; height: 9mm; }\n")
               .arg(num(m_style.borderPt), num(m_style.cellPadYmm), num(m_style.cellPadXmm), m_style.shade.name());
    return out;
}

QString Writer::para(const Paragraph &p, const QString &tag) const
{
    QString inner;
    for (const Span &s : p.spans) {
        QString t = esc(s.text);
        if (s.mono)
            t = QStringLiteral("<code>%1</code>").arg(t);
        if (s.bold)
            t = QStringLiteral("<b>%1</b>").arg(t);
        if (s.italic)
            t = QStringLiteral("<i>%1</i>").arg(t);
        inner += t;
    }
    if (p.rule != Paragraph::RuleBelow::None)
        inner = QStringLiteral("<span class=\"ruled %1\">%2</span>")
                    .arg(p.rule == Paragraph::RuleBelow::Full ? QStringLiteral("full") : QStringLiteral("short"), inner);
    QString style;
    if (p.align)
        style += QStringLiteral("text-align: %1;").arg(align(p.align));
    if (p.noIndent)
        style += QStringLiteral("text-indent: 0;");
    if (p.keepWithNext)
        style += QStringLiteral("break-after: avoid;");
    return QStringLiteral("<%1 class=\"%2\"%3>%4</%1>\n")
        .arg(tag, roleName(p.role), style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style), inner);
}

QString Writer::table(const Table &t) const
{
    qreal sum = 0;
    for (qreal w : t.widths)
        sum += w;
    QString out =
        QStringLiteral("<table class=\"%1%2\"><colgroup>")
            .arg(t.borders ? QStringLiteral("grid") : QStringLiteral("plain"), t.keepTogether ? QStringLiteral(" keep") : QString());
    for (qreal w : t.widths)
        out += QStringLiteral("<col style=\"width: %1%\">").arg(num(sum > 0 ? 100 * w / sum : 0));
    out += QStringLiteral("</colgroup>\n");
    for (int r = 0; r < t.rows.size(); ++r) {
        const bool header = r < t.headerRows;
        if (r == 0 && header)
            out += QStringLiteral("<thead>");
        if (r == t.headerRows && (r > 0 || !header))
            out += QStringLiteral("<tbody>");
        out += QStringLiteral("<tr>");
        for (const Cell &c : t.rows.at(r)) {
            const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
            QString attrs;
            if (c.span > 1)
                attrs += QStringLiteral(" colspan=\"%1\"").arg(c.span);
            if (c.minHeightMm > 0)
                attrs += QStringLiteral(" style=\"height: %1mm\"").arg(num(c.minHeightMm));
            out += QStringLiteral("<%1%2>").arg(tag, attrs);
            for (const Paragraph &p : c.paragraphs)
                out += para(p).trimmed();
            out += QStringLiteral("</%1>").arg(tag);
        }
        out += QStringLiteral("</tr>\n");
        if (header && r == t.headerRows - 1)
            out += QStringLiteral("</thead>");
    }
    if (t.rows.size() > t.headerRows)
        out += QStringLiteral("</tbody>");
    out += QStringLiteral("</table>\n");
    return out;
}

QString Writer::chart(const BarChart &c) const
{
    QString out = QStringLiteral("<div class=\"keep\"><table class=\"chart\"><colgroup><col style=\"width: 36%\"><col style=\"width: "
                                 "52%\"><col style=\"width: 12%\"></colgroup>\n");
    for (const BarChart::Bar &b : c.bars) {
        const qreal pct = b.max > 0 ? std::clamp(100 * b.value / b.max, 0.0, 100.0) : 0;
        QString value = b.scored ? QString::number(std::round(b.value * 100) / 100) : c.unscoredText;
        if (m_doc.lang == QLatin1String("vi"))
            value.replace(QLatin1Char('.'), QLatin1Char(','));
        const QString bar = b.scored ? QStringLiteral("<div class=\"bar%1\"><div style=\"width: %2%\"></div></div>")
                                           .arg(b.total ? QStringLiteral(" total") : QString(), num(pct))
                                     : QStringLiteral("<div class=\"bar unscored\"></div>");
        out += QStringLiteral("<tr><td class=\"td\" style=\"text-align: right;%1\">%2</td><td>%3</td><td class=\"td\"%4>%5</td></tr>\n")
                   .arg(b.total ? QStringLiteral(" font-weight: bold;") : QString(), esc(b.label), bar,
                        b.total ? QStringLiteral(" style=\"font-weight: bold\"") : QString(), esc(value));
    }
    out += QStringLiteral("</table>\n") + para(Paragraph::of(Role::Caption, c.caption)) + QStringLiteral("</div>\n");
    return out;
}

QString Writer::panel(const SignaturePanel &s) const
{
    QString out = QStringLiteral("<div class=\"keep\">") + para(Paragraph::of(Role::Caption, s.heading));
    out += QStringLiteral(
               "<table class=\"grid\"><colgroup><col style=\"width: 34%\"><col style=\"width: 33%\"><col style=\"width: 33%\"></colgroup>"
               "<thead><tr><th class=\"th\">%1</th><th class=\"th\">%2</th><th class=\"th\">%3</th></tr></thead><tbody>\n")
               .arg(esc(s.roleHeader), esc(s.handHeader), esc(s.digitalHeader));
    for (const SignaturePanel::Row &r : s.rows)
        out += QStringLiteral("<tr><td style=\"vertical-align: middle\"><p class=\"sign-caption\">%1</p><p class=\"sign-name\">%2</p></td>"
                              "<td><div class=\"hand\"></div></td><td>%3</td></tr>\n")
                   .arg(esc(r.caption), r.name.isEmpty() ? QStringLiteral("____________________") : esc(r.name),
                        r.digital ? QStringLiteral("<div class=\"slot\"></div>") : QString());
    out += QStringLiteral("</tbody></table></div>\n");
    return out;
}

QString Writer::block(const Block &b) const
{
    if (const auto *p = std::get_if<Paragraph>(&b)) {
        // A sentence naming the printed page count only holds for the PDF's pages.
        if (p->text().contains(QChar(Paragraph::PageCountToken)))
            return {};
        return para(*p);
    }
    if (const auto *t = std::get_if<Table>(&b))
        return table(*t);
    if (const auto *c = std::get_if<BarChart>(&b))
        return chart(*c);
    if (const auto *s = std::get_if<SignaturePanel>(&b))
        return panel(*s);
    if (const auto *sp = std::get_if<Spacer>(&b))
        return QStringLiteral("<div style=\"height: %1mm\"></div>\n").arg(num(sp->mm));
    if (const auto *r = std::get_if<Rule>(&b))
        return QStringLiteral("<div style=\"margin-top: %1mm; border-top: %2mm solid %3\"></div>\n")
            .arg(num(r->spaceBeforeMm), num(r->thicknessMm), r->color.name());
    if (std::holds_alternative<PageBreak>(b))
        return QStringLiteral("<div class=\"pagebreak\"></div>\n");
    if (const auto *f = std::get_if<FillLines>(&b)) {
        QString out;
        for (int i = 0; i < f->lines; ++i)
            out += QStringLiteral("<div class=\"fill\"></div>");
        return out + QLatin1Char('\n');
    }
    if (const auto *im = std::get_if<Imprint>(&b)) {
        QString out = QStringLiteral("<table class=\"imprint\">");
        for (const auto &[l, r] : im->rows)
            out += QStringLiteral("<tr><td class=\"imprint\">%1</td><td class=\"imprint\" style=\"text-align: right\">%2</td></tr>")
                       .arg(esc(l), esc(r));
        return out + QStringLiteral("</table>\n");
    }
    return {};
}

QByteArray Writer::run()
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n<style>\n%3</style>\n")
            .arg(m_doc.lang == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : m_doc.lang, esc(m_doc.title), css());
    // The manifest ties the file to its inspection, as in the PDF.
    QString manifest = QString::fromUtf8(QJsonDocument(m_doc.manifest).toJson(QJsonDocument::Compact));
    manifest.replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    html += QStringLiteral("<script type=\"application/json\" id=\"auditbench-manifest\">%1</script>\n</head>\n<body>\n").arg(manifest);
    for (qsizetype i = 0; i < m_doc.blocks.size(); ++i) {
        const Block &b = m_doc.blocks.at(i);
        if (const auto *k = std::get_if<KeepTogether>(&b)) {
            html += QStringLiteral("<div class=\"keep\">\n");
            for (qsizetype j = i + 1; j <= i + k->blocks && j < m_doc.blocks.size(); ++j)
                html += block(m_doc.blocks.at(j));
            html += QStringLiteral("</div>\n");
            i += k->blocks;
            continue;
        }
        html += block(b);
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.normalized(QString::NormalizationForm_C).toUtf8();
}
} // namespace

QByteArray HtmlRenderer::render(const ReportDocument &doc)
{
    return Writer(doc).run();
}

} // namespace ab::report
