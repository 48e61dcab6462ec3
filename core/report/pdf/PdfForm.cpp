#include "core/report/pdf/PdfForm.h"

#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfIncrementalWriter.h"
#include "core/report/pdf/PdfText.h"

#include <QCoreApplication>
#include <QSet>

namespace ab::report::pdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::Pdf)
};

QRectF rectOf(const PdfObject &o)
{
    const PdfArray &a = o.items();
    if (a.size() != 4)
        return {};
    const double x1 = a[0].toReal(), y1 = a[1].toReal(), x2 = a[2].toReal(), y2 = a[3].toReal();
    return QRectF(QPointF(qMin(x1, x2), qMin(y1, y2)), QPointF(qMax(x1, x2), qMax(y1, y2)));
}
} // namespace

Result<QList<PdfField>> PdfForm::fields(const PdfDocument &doc, qint64 asOf)
{
    QList<PdfField> out;
    auto cat = doc.catalog(asOf);
    if (!cat)
        return cat.error();
    auto form = doc.get(*cat, "AcroForm", asOf);
    if (!form)
        return form.error();
    if (!form->isDict())
        return out;
    auto roots = doc.get(*form, "Fields", asOf);
    if (!roots)
        return roots.error();
    struct Node {
        PdfRef ref;
        QByteArray type; // /FT, inherited
        QString prefix;
        int depth;
    };
    QList<Node> stack;
    const PdfArray &rootItems = roots->items();
    for (auto it = rootItems.rbegin(); it != rootItems.rend(); ++it)
        if (it->isRef())
            stack.append({it->toRef(), {}, {}, 0});
    QSet<PdfRef> seen;
    int visited = 0;
    while (!stack.isEmpty()) {
        const Node n = stack.takeLast();
        if (seen.contains(n.ref))
            continue; // a field listed twice, or a loop through /Kids
        seen.insert(n.ref);
        if (++visited > MaxFields || n.depth > 32)
            return doc.damaged(Tr::tr("its form has too many or too deeply nested fields"));
        auto node = doc.object(n.ref, asOf);
        if (!node)
            return node.error();
        if (!node->isDict())
            continue;
        const PdfDict &d = node->dictionary();
        const QByteArray type = d.value("FT").isName() ? d.value("FT").bytes() : n.type;
        const QString part = PdfText::decode(d.value("T").bytes());
        const QString name = n.prefix.isEmpty() ? part : (part.isEmpty() ? n.prefix : n.prefix + QLatin1Char('.') + part);
        auto kids = doc.get(*node, "Kids", asOf);
        if (!kids)
            return kids.error();
        QList<PdfRef> fieldKids;
        PdfRef firstWidget;
        for (const PdfObject &k : kids->items()) {
            if (!k.isRef())
                continue;
            auto kid = doc.object(k.toRef(), asOf);
            if (!kid)
                return kid.error();
            if (kid->dictionary().contains("T"))
                fieldKids.append(k.toRef());
            else if (firstWidget.isNull())
                firstWidget = k.toRef();
        }
        for (auto it = fieldKids.rbegin(); it != fieldKids.rend(); ++it)
            stack.append({*it, type, name, n.depth + 1});
        if (!fieldKids.isEmpty())
            continue;
        PdfField f;
        f.ref = n.ref;
        f.name = name;
        f.tooltip = PdfText::decode(d.value("TU").bytes());
        f.isSignature = type == "Sig";
        f.value = d.value("V").toRef();
        f.widget = firstWidget.isNull() ? n.ref : firstWidget;
        auto widget = f.widget == n.ref ? node : doc.object(f.widget, asOf);
        if (!widget)
            return widget.error();
        f.rect = rectOf(widget->dictionary().value("Rect"));
        f.page = widget->dictionary().value("P").toRef();
        out.append(f);
    }
    return out;
}

Result<PdfRef> PdfForm::editableAcroForm(const PdfDocument &doc, PdfIncrementalWriter &writer)
{
    // Read through the writer: an earlier change in this same update (a
    // form created for the first field) must be seen by the next one.
    auto root = doc.rootRef();
    if (!root)
        return root.error();
    auto cat = writer.current(*root);
    if (!cat)
        return cat.error();
    if (!cat->isDict())
        return doc.damaged(Tr::tr("its document catalog is not a dictionary"));
    PdfObject form = cat->dictionary().value("AcroForm");
    if (form.isRef() && !writer.isLive(*root, "AcroForm", form.toRef()))
        form = PdfObject(); // dangling: as good as absent
    if (form.isRef()) {
        auto resolved = writer.current(form.toRef());
        if (!resolved)
            return resolved.error();
        if (resolved->isDict())
            return form.toRef();
    }
    auto catalog = writer.edit(*root);
    if (!catalog)
        return catalog.error();
    // A form written inside the catalog moves to an object of its own, so
    // that later signatures change only the form, never the catalog.
    PdfObject moved = form.isDict() ? form : PdfObject::dict({});
    if (!moved.dictionary().contains("Fields"))
        moved.editDictionary().set("Fields", PdfObject::array());
    const PdfRef ref = writer.add(moved);
    (*catalog)->editDictionary().set("AcroForm", PdfObject::ref(ref));
    return ref;
}

Result<void> PdfForm::addField(const PdfDocument &doc, PdfIncrementalWriter &writer, PdfRef field, PdfRef widget, PdfRef page)
{
    auto formRef = editableAcroForm(doc, writer);
    if (!formRef)
        return formRef.error();
    auto form = writer.edit(*formRef);
    if (!form)
        return form.error();
    const PdfObject fieldsObj = (*form)->dictionary().value("Fields");
    if (fieldsObj.isRef() && writer.isLive(*formRef, "Fields", fieldsObj.toRef())) {
        auto arr = writer.edit(fieldsObj.toRef());
        if (!arr)
            return arr.error();
        (*arr)->editItems().push_back(PdfObject::ref(field));
    } else {
        PdfObject fields = fieldsObj.isArray() ? fieldsObj : PdfObject::array();
        fields.editItems().push_back(PdfObject::ref(field));
        (*form)->editDictionary().set("Fields", fields);
    }
    auto pageObj = writer.edit(page);
    if (!pageObj)
        return pageObj.error();
    const PdfObject annots = (*pageObj)->dictionary().value("Annots");
    if (annots.isRef() && writer.isLive(page, "Annots", annots.toRef())) {
        auto arr = writer.edit(annots.toRef());
        if (!arr)
            return arr.error();
        (*arr)->editItems().push_back(PdfObject::ref(widget));
    } else {
        PdfObject list = annots.isArray() ? annots : PdfObject::array();
        list.editItems().push_back(PdfObject::ref(widget));
        (*pageObj)->editDictionary().set("Annots", list);
    }
    return {};
}

Result<void> PdfForm::markSigned(const PdfDocument &doc, PdfIncrementalWriter &writer)
{
    auto formRef = editableAcroForm(doc, writer);
    if (!formRef)
        return formRef.error();
    auto form = writer.edit(*formRef);
    if (!form)
        return form.error();
    (*form)->editDictionary().set("SigFlags", PdfObject::integer(3));
    return {};
}

QString PdfForm::freeName(const QList<PdfField> &fields, const QString &stem)
{
    QSet<QString> used;
    for (const PdfField &f : fields)
        used.insert(f.name);
    for (int i = 1;; ++i) {
        const QString name = stem + QString::number(i);
        if (!used.contains(name))
            return name;
    }
}

} // namespace ab::report::pdf
