#include "core/report/PageStyle.h"

namespace ab::report
{

namespace
{
RoleStyle rs(Face face, qreal pt, bool bold, bool italic, Qt::Alignment align, qreal pitch, qreal before = 0, qreal after = 0)
{
    RoleStyle s;
    s.face = face;
    s.pt = pt;
    s.bold = bold;
    s.italic = italic;
    s.align = align;
    s.pitchPt = pitch;
    s.beforePt = before;
    s.afterPt = after;
    return s;
}
} // namespace

QRectF PageStyle::bodyDots() const
{
    const QSizeF p = paperDots();
    return QRectF(QPointF(mm(marginsMm.left()), mm(marginsMm.top())),
                  QPointF(p.width() - mm(marginsMm.right()), p.height() - mm(marginsMm.bottom())));
}

PageStyle PageStyle::forLanguage(const QString &lang)
{
    PageStyle s;
    s.lang = lang;
    using R = Role;
    const Qt::Alignment L = Qt::AlignLeft, C = Qt::AlignHCenter, J = Qt::AlignJustify;
    auto &m = s.m_roles;
    if (lang == QLatin1String("zh_CN")) {
        s.marginsMm = QMarginsF(28, 37, 26, 35);
        s.footerAtTop = false;
        s.footerGapMm = 7;
        s.footer = rs(Face::Serif, 14, false, false, C, 0); // 4号
        // 3号 body on a 22-line page: 225 mm / 22 = 28.95 pt a line.
        const qreal line = 225.0 / 22 * 72 / 25.4;
        // Left, not justified: the 28-character grid fills Han lines exactly,
        // and Qt would justify a line with a Latin word by widening its one space.
        RoleStyle body = rs(Face::Serif, 16, false, false, L, line);
        body.gridChars = 28;
        body.indentChars = 2;
        m[R::Body] = body;
        RoleStyle flush = body;
        flush.indentChars = 0;
        flush.align = L;
        m[R::BodyFlush] = flush;
        RoleStyle organ = rs(Face::Serif, 36, true, false, C, 0);
        organ.color = QColor(0xE6, 0x00, 0x12);
        organ.fitOneLine = true;
        organ.minPt = 22;
        m[R::OrganMark] = organ;
        m[R::OrganParent] = rs(Face::Serif, 16, false, false, C, line);
        m[R::OrganName] = rs(Face::Serif, 16, true, false, C, line);
        m[R::Motto1] = rs(Face::Serif, 16, true, false, C, line);
        m[R::Motto2] = rs(Face::Serif, 16, true, false, C, line);
        m[R::DocNumber] = rs(Face::Serif, 16, false, false, C, line);
        m[R::PlaceDate] = rs(Face::Serif, 16, false, false, C, line);
        m[R::Title] = rs(Face::Serif, 22, true, false, C, 22 * 1.5, 0, line); // 2号, then 空一行
        m[R::TitleSub] = rs(Face::Serif, 18, true, false, C, 18 * 1.5, 0, 12);
        m[R::Salutation] = rs(Face::Serif, 16, false, false, L, line);
        RoleStyle h1 = body; // 一级标题 黑体
        h1.face = Face::Sans;
        h1.align = L;
        h1.keepWithNext = true;
        m[R::Heading1] = h1;
        RoleStyle h2 = body; // 二级标题 楷体: the serif's bold stands in
        h2.bold = true;
        h2.align = L;
        h2.keepWithNext = true;
        m[R::Heading2] = h2;
        m[R::Small] = rs(Face::Serif, 9, false, false, L, 13, 4); // 小五
        RoleStyle caption = rs(Face::Sans, 12, false, false, C, 20, 6, 2);
        caption.keepWithNext = true;
        m[R::Caption] = caption;
        m[R::TableHeader] = rs(Face::Sans, 10.5, false, false, C, 15); // 五号
        m[R::TableCell] = rs(Face::Serif, 10.5, false, false, L, 15);
        m[R::Mono] = rs(Face::Mono, 8, false, false, L, 11);
        m[R::Label] = rs(Face::Serif, 10.5, true, false, L, 15);
        m[R::SignCaption] = rs(Face::Sans, 12, false, false, L, 18, 0, 4);
        m[R::SignName] = rs(Face::Serif, 12, false, false, L, 18);
        m[R::RecipientsTitle] = rs(Face::Serif, 14, false, false, L, 22);
        m[R::Recipients] = rs(Face::Serif, 14, false, false, L, 22);
        m[R::Imprint] = rs(Face::Serif, 14, false, false, L, 22); // 4号仿宋
        return s;
    }
    // Decree 30/2020/NĐ-CP, Appendix I; English set the same way.
    const bool vi = lang == QLatin1String("vi");
    s.marginsMm = QMarginsF(30, 20, 15, 20);
    s.footerAtTop = true;
    s.footerGapMm = 8;
    const qreal bodyPt = vi ? 13 : 12, tablePt = vi ? 11 : 10;
    const qreal line = bodyPt * 1.38; // between single and 1.5 lines
    s.footer = rs(Face::Serif, bodyPt, false, false, C, 0);
    RoleStyle body = rs(Face::Serif, bodyPt, false, false, J, line, 0, 6);
    body.indentPt = 1.27 / 2.54 * 72;
    m[R::Body] = body;
    RoleStyle flush = body;
    flush.indentPt = 0;
    flush.align = L;
    m[R::BodyFlush] = flush;
    m[R::OrganMark] = rs(Face::Serif, 13, true, false, C, 0);
    m[R::OrganParent] = rs(Face::Serif, 13, false, false, C, 16);
    m[R::OrganName] = rs(Face::Serif, 13, true, false, C, 16);
    RoleStyle motto1 = rs(Face::Serif, 13, true, false, C, 16); // Quốc hiệu 12–13
    motto1.fitOneLine = true;
    motto1.minPt = 11;
    m[R::Motto1] = motto1;
    RoleStyle motto2 = rs(Face::Serif, 14, true, false, C, 17); // Tiêu ngữ 13–14
    motto2.fitOneLine = true;
    motto2.minPt = 12;
    m[R::Motto2] = motto2;
    m[R::DocNumber] = rs(Face::Serif, 13, false, false, C, 16, 6);
    RoleStyle placeDate = rs(Face::Serif, 14, false, true, C, 17, 6);
    placeDate.fitOneLine = true;
    placeDate.minPt = 11;
    m[R::PlaceDate] = placeDate;
    m[R::Title] = rs(Face::Serif, 14, true, false, C, 18, 12);
    m[R::TitleSub] = rs(Face::Serif, 14, true, false, C, 18, 0, 6);
    m[R::Salutation] = rs(Face::Serif, 14, false, false, C, 18, 6, 6);
    RoleStyle h1 = body;
    h1.bold = true;
    h1.align = L;
    h1.beforePt = 6;
    h1.keepWithNext = true;
    m[R::Heading1] = h1;
    RoleStyle h2 = h1;
    h2.beforePt = 3;
    m[R::Heading2] = h2;
    m[R::Small] = rs(Face::Serif, tablePt - 1, false, false, L, (tablePt - 1) * 1.25, 3);
    RoleStyle caption = rs(Face::Serif, tablePt + 1, true, false, C, (tablePt + 1) * 1.4, 4, 2);
    caption.keepWithNext = true;
    m[R::Caption] = caption;
    m[R::TableHeader] = rs(Face::Serif, tablePt, true, false, C, tablePt * 1.3);
    m[R::TableCell] = rs(Face::Serif, tablePt, false, false, L, tablePt * 1.3);
    m[R::Mono] = rs(Face::Mono, 8, false, false, L, 11);
    m[R::Label] = rs(Face::Serif, tablePt, true, false, L, tablePt * 1.3);
    m[R::SignCaption] = rs(Face::Serif, 12, true, false, L, 16, 0, 4);
    m[R::SignName] = rs(Face::Serif, 12, false, false, L, 16);
    m[R::RecipientsTitle] = rs(Face::Serif, 12, true, true, L, 15); // Nơi nhận: bold italic 12
    m[R::Recipients] = rs(Face::Serif, 11, false, false, L, 13);    // 11
    m[R::Imprint] = rs(Face::Serif, 11, false, false, L, 13);
    return s;
}

} // namespace ab::report
