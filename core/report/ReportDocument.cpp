#include "core/report/ReportDocument.h"

#include <QStringList>

namespace ab::report
{

QString roleName(Role role)
{
    switch (role) {
    case Role::OrganMark:
        return QStringLiteral("organ-mark");
    case Role::OrganParent:
        return QStringLiteral("organ-parent");
    case Role::OrganName:
        return QStringLiteral("organ");
    case Role::Motto1:
        return QStringLiteral("motto1");
    case Role::Motto2:
        return QStringLiteral("motto2");
    case Role::DocNumber:
        return QStringLiteral("number");
    case Role::PlaceDate:
        return QStringLiteral("place-date");
    case Role::Title:
        return QStringLiteral("title");
    case Role::TitleSub:
        return QStringLiteral("title-sub");
    case Role::Salutation:
        return QStringLiteral("salutation");
    case Role::Heading1:
        return QStringLiteral("h1");
    case Role::Heading2:
        return QStringLiteral("h2");
    case Role::Body:
        return QStringLiteral("p");
    case Role::BodyFlush:
        return QStringLiteral("p-flush");
    case Role::Small:
        return QStringLiteral("small");
    case Role::Caption:
        return QStringLiteral("caption");
    case Role::TableHeader:
        return QStringLiteral("th");
    case Role::TableCell:
        return QStringLiteral("td");
    case Role::Mono:
        return QStringLiteral("mono");
    case Role::Label:
        return QStringLiteral("label");
    case Role::SignCaption:
        return QStringLiteral("sign-caption");
    case Role::SignName:
        return QStringLiteral("sign-name");
    case Role::RecipientsTitle:
        return QStringLiteral("recipients-title");
    case Role::Recipients:
        return QStringLiteral("recipients");
    case Role::Imprint:
        return QStringLiteral("imprint");
    }
    return {};
}

QString Paragraph::text() const
{
    QString out;
    for (const Span &s : spans)
        out += s.text;
    return out;
}

Paragraph Paragraph::of(Role role, const QString &text, Qt::Alignment align)
{
    Paragraph p;
    p.role = role;
    p.spans.append(Span{text});
    p.align = align;
    return p;
}

Cell Cell::of(Role role, const QString &text, Qt::Alignment align)
{
    Cell c;
    c.paragraphs.append(Paragraph::of(role, text, align));
    return c;
}

namespace
{
QString readable(QString text)
{
    text.replace(QChar(Paragraph::PageCountToken), QStringLiteral("{pages}"));
    text.replace(QChar(0x200B), QString()); // break opportunities inside hashes
    text.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    return text;
}

QString cellText(const Cell &c)
{
    QStringList parts;
    for (const Paragraph &p : c.paragraphs)
        parts.append(readable(p.text()));
    return parts.join(QStringLiteral(" // "));
}
} // namespace

QString ReportDocument::plainText() const
{
    QStringList out;
    out << QStringLiteral("[document] kind=%1 lang=%2 number=%3").arg(kindName(kind), lang, number);
    out << QStringLiteral("[footer] %1").arg(footerPattern);
    for (const Block &b : blocks) {
        if (const auto *p = std::get_if<Paragraph>(&b)) {
            out << QStringLiteral("[%1] %2").arg(roleName(p->role), readable(p->text()));
        } else if (const auto *t = std::get_if<Table>(&b)) {
            out << QStringLiteral("[table] columns=%1 header=%2").arg(t->widths.size()).arg(t->headerRows);
            for (const auto &row : t->rows) {
                QStringList cells;
                for (const Cell &c : row)
                    cells << cellText(c);
                out << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
            }
        } else if (const auto *c = std::get_if<BarChart>(&b)) {
            out << QStringLiteral("[chart] %1").arg(c->caption);
            for (const BarChart::Bar &bar : c->bars)
                out << QStringLiteral("  %1: %2")
                           .arg(bar.label, bar.scored ? QStringLiteral("%1/%2").arg(bar.value, 0, 'f', 2).arg(bar.max) : c->unscoredText);
        } else if (const auto *s = std::get_if<SignaturePanel>(&b)) {
            out << QStringLiteral("[signatures] %1 | %2 | %3 | %4").arg(s->heading, s->roleHeader, s->handHeader, s->digitalHeader);
            for (const SignaturePanel::Row &r : s->rows)
                out << QStringLiteral("  %1 | %2 | %3%4")
                           .arg(r.caption, r.name.isEmpty() ? QStringLiteral("____") : r.name, r.role,
                                r.digital ? QStringLiteral(" | digital") : QString());
        } else if (const auto *sp = std::get_if<Spacer>(&b)) {
            out << QStringLiteral("[space] %1mm").arg(sp->mm);
        } else if (std::holds_alternative<Rule>(b)) {
            out << QStringLiteral("[rule]");
        } else if (std::holds_alternative<PageBreak>(b)) {
            out << QStringLiteral("[page-break]");
        } else if (const auto *f = std::get_if<FillLines>(&b)) {
            out << QStringLiteral("[fill-lines] %1").arg(f->lines);
        } else if (const auto *im = std::get_if<Imprint>(&b)) {
            out << QStringLiteral("[imprint]");
            for (const auto &[l, r] : im->rows)
                out << QStringLiteral("  %1 | %2").arg(l, r);
        } else if (const auto *k = std::get_if<KeepTogether>(&b)) {
            out << QStringLiteral("[keep-together] %1").arg(k->blocks);
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReportDocument::allText() const
{
    QString out = footerPattern + QStringLiteral("0123456789");
    auto para = [&](const Paragraph &p) { out += p.text(); };
    for (const Block &b : blocks) {
        if (const auto *p = std::get_if<Paragraph>(&b)) {
            para(*p);
        } else if (const auto *t = std::get_if<Table>(&b)) {
            for (const auto &row : t->rows)
                for (const Cell &c : row)
                    for (const Paragraph &p : c.paragraphs)
                        para(p);
        } else if (const auto *c = std::get_if<BarChart>(&b)) {
            out += c->caption + c->unscoredText;
            for (const BarChart::Bar &bar : c->bars)
                out += bar.label;
        } else if (const auto *s = std::get_if<SignaturePanel>(&b)) {
            out += s->heading + s->roleHeader + s->handHeader + s->digitalHeader;
            for (const SignaturePanel::Row &r : s->rows)
                out += r.caption + r.name;
        } else if (const auto *im = std::get_if<Imprint>(&b)) {
            for (const auto &[l, r] : im->rows)
                out += l + r;
        }
    }
    return out;
}

} // namespace ab::report
