#include "core/report/pdf/PdfPreparer.h"

#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfFilters.h"
#include "core/report/pdf/PdfForm.h"
#include "core/report/pdf/PdfIncrementalWriter.h"
#include "core/report/pdf/PdfText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace ab::report::pdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::Pdf)
};

const QByteArray manifestKey = QByteArrayLiteral("auditbench-manifest.json");

PdfObject rectArray(const QRectF &r)
{
    return PdfObject::array({PdfObject::real(r.left()), PdfObject::real(r.top()), PdfObject::real(r.right()), PdfObject::real(r.bottom())});
}

// The file specification named name in the EmbeddedFiles tree, or in /AF.
Result<PdfObject> findManifestSpec(const PdfDocument &doc)
{
    auto cat = doc.catalog();
    if (!cat)
        return cat.error();
    auto names = doc.get(*cat, "Names");
    if (!names)
        return names.error();
    if (names->isDict()) {
        auto tree = doc.get(*names, "EmbeddedFiles");
        if (!tree)
            return tree.error();
        QList<QPair<PdfObject, int>> stack{{*tree, 0}};
        QSet<PdfRef> seen;
        int visited = 0;
        while (!stack.isEmpty()) {
            const auto [node, depth] = stack.takeLast();
            if (!node.isDict() || depth > 32 || ++visited > 10000)
                continue;
            const PdfArray &pairs = node.dictionary().value("Names").items();
            for (size_t i = 0; i + 1 < pairs.size(); i += 2)
                if (pairs[i].isString() && PdfText::decode(pairs[i].bytes()) == PdfPreparer::ManifestName)
                    return doc.resolve(pairs[i + 1]);
            for (const PdfObject &kid : node.dictionary().value("Kids").items()) {
                if (!kid.isRef() || seen.contains(kid.toRef()))
                    continue;
                seen.insert(kid.toRef());
                auto k = doc.object(kid.toRef());
                if (!k)
                    return k.error();
                stack.append({*k, depth + 1});
            }
        }
    }
    auto af = doc.get(*cat, "AF");
    if (!af)
        return af.error();
    for (const PdfObject &item : af->items()) {
        auto spec = doc.resolve(item);
        if (!spec)
            return spec.error();
        const QString name = PdfText::decode(spec->dictionary().value(spec->dictionary().contains("UF") ? "UF" : "F").bytes());
        if (name == PdfPreparer::ManifestName)
            return spec;
    }
    return PdfObject();
}

} // namespace

Result<QJsonObject> PdfPreparer::readManifest(const PdfDocument &doc)
{
    auto spec = findManifestSpec(doc);
    if (!spec)
        return spec.error();
    if (!spec->isDict())
        return makeError(ErrorCode::Problem, Tr::tr("%1 carries no AuditBench manifest, so it cannot be tied to an inspection; was it "
                                                    "issued by AuditBench?")
                                                 .arg(doc.source().name()));
    auto ef = doc.get(*spec, "EF");
    if (!ef)
        return ef.error();
    auto file = doc.resolve(ef->dictionary().value("F"));
    if (!file)
        return file.error();
    if (!file->isStream())
        return doc.damaged(Tr::tr("its embedded manifest has no contents"));
    auto data = doc.decodedStream(*file, PdfPreparer::MaxManifestBytes);
    if (!data)
        return data.error();
    QJsonParseError err{};
    const QJsonDocument json = QJsonDocument::fromJson(*data, &err);
    if (err.error != QJsonParseError::NoError || !json.isObject())
        return makeError(ErrorCode::BadInput, Tr::tr("The manifest embedded in %1 is not valid JSON.").arg(doc.source().name()));
    return json.object();
}

namespace {
// Adds (key, value) to a flat name tree, keeping it sorted.
Result<void> addToNameTree(PdfObject &tree, const QByteArray &key, const PdfObject &value)
{
    if (tree.dictionary().contains("Kids"))
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The rendered PDF already has embedded files in a form this program does not extend."));
    PdfObject names = tree.dictionary().value("Names");
    PdfArray &items = names.editItems();
    size_t at = 0;
    while (at + 1 < items.size() && items[at].bytes() < key)
        at += 2;
    items.insert(items.begin() + qsizetype(at), {PdfObject::string(key), value});
    tree.editDictionary().set("Names", names);
    return {};
}
} // namespace

Result<QByteArray> PdfPreparer::prepare(const RenderedPdf &rendered)
{
    auto opened = PdfDocument::fromBytes(rendered.pdf, Tr::tr("the rendered report"));
    if (!opened)
        return opened.error();
    const PdfDocument &doc = **opened;
    if (doc.isEncrypted())
        return makeError(ErrorCode::BadInput, Tr::tr("The rendered PDF is encrypted; it cannot be prepared for signing."));
    auto pages = doc.pages();
    if (!pages)
        return pages.error();
    auto existing = findManifestSpec(doc);
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return makeError(ErrorCode::Usage, Tr::tr("The PDF already carries an AuditBench manifest; it was prepared before."));
    auto fields = PdfForm::fields(doc);
    if (!fields)
        return fields.error();
    auto root = doc.rootRef();
    if (!root)
        return root.error();

    PdfIncrementalWriter w(doc);
    const QByteArray json = QJsonDocument(rendered.manifest).toJson(QJsonDocument::Compact);
    const QByteArray now = PdfText::date(QDateTime::currentDateTime());
    PdfDict params;
    params.set("Size", PdfObject::integer(json.size()));
    params.set("ModDate", PdfObject::string(now));
    PdfDict embedded;
    embedded.set("Type", PdfObject::name("EmbeddedFile"));
    embedded.set("Subtype", PdfObject::name("application/json"));
    embedded.set("Params", PdfObject::dict(params));
    embedded.set("Filter", PdfObject::name("FlateDecode"));
    const PdfRef fileRef = w.addStream(embedded, PdfFilters::flate(json));
    PdfDict ef;
    ef.set("F", PdfObject::ref(fileRef));
    ef.set("UF", PdfObject::ref(fileRef));
    PdfDict spec;
    spec.set("Type", PdfObject::name("Filespec"));
    spec.set("F", PdfObject::string(manifestKey));
    spec.set("UF", PdfObject::string(manifestKey));
    spec.set("EF", PdfObject::dict(ef));
    spec.set("Desc", PdfObject::string("AuditBench report manifest: inspection, custody chain head and evidence hashes"));
    spec.set("AFRelationship", PdfObject::name("Data"));
    const PdfRef specRef = w.add(PdfObject::dict(spec));

    auto catalog = w.edit(*root);
    if (!catalog)
        return catalog.error();
    PdfObject names = (*catalog)->dictionary().value("Names");
    if (names.isRef() && !w.isLive(*root, "Names", names.toRef()))
        names = PdfObject(); // dangling: as good as absent
    PdfObject *namesDict = nullptr;
    if (names.isRef()) {
        auto edited = w.edit(names.toRef());
        if (!edited)
            return edited.error();
        namesDict = *edited;
        catalog = w.edit(*root); // the pending map may have moved
        if (!catalog)
            return catalog.error();
    } else {
        if (!names.isDict())
            names = PdfObject::dict({});
        namesDict = &names;
    }
    PdfObject tree = namesDict->dictionary().value("EmbeddedFiles");
    if (tree.isRef())
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The rendered PDF already has embedded files in a form this program does not extend."));
    if (!tree.isDict())
        tree = PdfObject::dict({});
    if (auto r = addToNameTree(tree, manifestKey, PdfObject::ref(specRef)); !r)
        return r.error();
    namesDict->editDictionary().set("EmbeddedFiles", tree);
    if (!names.isRef())
        (*catalog)->editDictionary().set("Names", names);
    PdfObject af = (*catalog)->dictionary().value("AF");
    if (af.isRef())
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The rendered PDF already has associated files in a form this program does not extend."));
    if (!af.isArray())
        af = PdfObject::array();
    af.editItems().push_back(PdfObject::ref(specRef));
    (*catalog)->editDictionary().set("AF", af);

    QList<PdfField> known = *fields;
    for (const SignatureSlot &slot : rendered.slots) {
        const int index = slot.page < 0 ? int(pages->size()) - 1 : slot.page;
        if (index < 0 || index >= pages->size())
            return makeError(
                ErrorCode::Usage,
                Tr::tr("A signature slot is on page %1, but the document has %2 pages.").arg(slot.page + 1).arg(pages->size()));
        if (slot.rect.width() < 0 || slot.rect.height() < 0)
            return makeError(ErrorCode::Usage, Tr::tr("A signature slot has a negative size."));
        PdfField f;
        f.name = PdfForm::freeName(known, QStringLiteral("Signature"));
        known.append(f);
        const PdfRef page = pages->at(index);
        PdfDict field;
        field.set("Type", PdfObject::name("Annot"));
        field.set("Subtype", PdfObject::name("Widget"));
        field.set("FT", PdfObject::name("Sig"));
        field.set("T", PdfText::string(f.name));
        if (!slot.role.isEmpty())
            field.set("TU", PdfText::string(slot.role));
        field.set("F", PdfObject::integer(4)); // printed
        field.set("Rect", rectArray(slot.rect));
        field.set("P", PdfObject::ref(page));
        const PdfRef ref = w.add(PdfObject::dict(field));
        if (auto r = PdfForm::addField(doc, w, ref, ref, page); !r)
            return r.error();
    }
    return QByteArray(rendered.pdf + w.finish());
}

Result<QJsonObject> PdfPreparer::readManifest(const QByteArray &pdf)
{
    auto doc = PdfDocument::fromBytes(pdf);
    if (!doc)
        return doc.error();
    return readManifest(**doc);
}

Result<QJsonObject> PdfPreparer::readManifestFile(const QString &path)
{
    auto doc = PdfDocument::openFile(path);
    if (!doc)
        return doc.error();
    return readManifest(**doc);
}

} // namespace ab::report::pdf
