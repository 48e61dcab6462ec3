#include "core/report/pdf/PdfRevisionCheck.h"

#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfForm.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace ab::report::pdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::Pdf)
};

// The document before the boundary, and what lets us tell its objects apart.
class Context {
public:
    Context(const PdfDocument &doc, qint64 boundary, const QSet<PdfRef> &signatures)
        : m_doc(doc), m_boundary(boundary), m_signatures(signatures)
    {
    }

    Result<void> load()
    {
        auto root = m_doc.rootRef(m_boundary);
        if (!root)
            return root.error();
        m_root = *root;
        auto cat = m_doc.catalog(m_boundary);
        if (!cat)
            return cat.error();
        if (const PdfObject form = cat->dictionary().value("AcroForm"); form.isRef()) {
            m_acroForm = form.toRef().num;
            auto f = m_doc.object(form.toRef(), m_boundary);
            if (!f)
                return f.error();
            if (const PdfObject fields = f->dictionary().value("Fields"); fields.isRef())
                m_fieldsArray = fields.toRef().num;
        }
        auto pages = m_doc.pages(m_boundary);
        if (!pages)
            return pages.error();
        for (qsizetype i = 0; i < pages->size(); ++i) {
            const PdfRef p = pages->at(i);
            m_pages.insert(p.num, int(i) + 1);
            auto page = m_doc.object(p, m_boundary);
            if (!page)
                return page.error();
            if (const PdfObject annots = page->dictionary().value("Annots"); annots.isRef())
                m_annotsArrays.insert(annots.toRef().num, int(i) + 1);
            const PdfObject contents = page->dictionary().value("Contents");
            if (contents.isRef())
                m_contents.insert(contents.toRef().num, int(i) + 1);
            for (const PdfObject &c : contents.items())
                if (c.isRef())
                    m_contents.insert(c.toRef().num, int(i) + 1);
        }
        auto fields = PdfForm::fields(m_doc, m_boundary);
        if (!fields)
            return fields.error();
        for (const PdfField &f : *fields) {
            if (!f.isSignature)
                continue;
            m_sigFields.insert(f.ref.num, f);
            m_sigFields.insert(f.widget.num, f);
        }
        return {};
    }

    Result<void> check(quint32 num, QStringList &out)
    {
        const auto oldEntry = m_doc.entry(num, m_boundary);
        const auto newEntry = m_doc.entry(num);
        if (!oldEntry || oldEntry->kind == PdfDocument::XrefEntry::Kind::Free)
            return {}; // a new object: it matters only through a changed one
        if (!newEntry || newEntry->kind == PdfDocument::XrefEntry::Kind::Free) {
            out << Tr::tr("%1 was deleted.").arg(describe(num));
            return {};
        }
        auto before = m_doc.object(PdfRef{num, oldEntry->gen}, m_boundary);
        if (!before)
            return before.error();
        auto after = m_doc.object(PdfRef{num, newEntry->gen});
        if (!after)
            return after.error();
        auto same = identical(*before, *after);
        if (!same)
            return same.error();
        if (*same)
            return {};
        if (num == m_root.num)
            return checkCatalog(*before, *after, out);
        if (num == m_acroForm)
            return checkForm(*before, *after, out);
        if (num == m_fieldsArray)
            return checkAdded(*before, *after, Tr::tr("The list of form fields"), out);
        if (m_sigFields.contains(num))
            return checkSignatureField(num, *before, *after, out);
        if (m_pages.contains(num))
            return checkPage(num, *before, *after, out);
        if (m_annotsArrays.contains(num))
            return checkAdded(*before, *after, Tr::tr("The annotations of page %1").arg(m_annotsArrays.value(num)), out);
        out << Tr::tr("%1 was changed.").arg(describe(num));
        return {};
    }

private:
    QString describe(quint32 num) const
    {
        if (m_pages.contains(num))
            return Tr::tr("Page %1 (object %2)").arg(m_pages.value(num)).arg(num);
        if (m_contents.contains(num))
            return Tr::tr("The content of page %1 (object %2)").arg(m_contents.value(num)).arg(num);
        if (num == m_root.num)
            return Tr::tr("The document catalog (object %1)").arg(num);
        if (m_sigFields.contains(num))
            return Tr::tr("Signature field %1 (object %2)").arg(m_sigFields.value(num).name).arg(num);
        return Tr::tr("Object %1").arg(num);
    }

    Result<bool> identical(const PdfObject &a, const PdfObject &b) const
    {
        if (!a.sameAs(b))
            return false;
        if (!a.isStream())
            return true;
        auto ra = m_doc.rawStream(a, PdfDocument::MaxStreamBytes);
        auto rb = m_doc.rawStream(b, PdfDocument::MaxStreamBytes);
        if (!ra || !rb)
            return false; // too large to compare: counted as changed
        return *ra == *rb;
    }

    // The same dictionary apart from the keys signing may change.
    void compareKeys(const PdfObject &a, const PdfObject &b, const QList<QByteArray> &allowed, const QString &what, QStringList &out) const
    {
        QSet<QByteArray> keys;
        for (const auto &e : a.dictionary().entries())
            keys.insert(e.first);
        for (const auto &e : b.dictionary().entries())
            keys.insert(e.first);
        QStringList changed;
        for (const QByteArray &k : std::as_const(keys)) {
            if (allowed.contains(k))
                continue;
            if (!a.dictionary().value(k).sameAs(b.dictionary().value(k)))
                changed << QLatin1Char('/') + QString::fromLatin1(k);
        }
        if (!changed.isEmpty()) {
            changed.sort();
            out << Tr::tr("%1 was changed (%2).").arg(what, changed.join(QStringLiteral(", ")));
        }
    }

    // A signature widget or field whose value is one of the document's signatures.
    Result<bool> isSignatureWidget(const PdfObject &item) const
    {
        if (!item.isRef())
            return false;
        auto w = m_doc.object(item.toRef());
        if (!w)
            return w.error();
        PdfObject field = *w;
        if (!field.dictionary().contains("FT")) {
            auto parent = m_doc.get(*w, "Parent");
            if (!parent)
                return parent.error();
            field = *parent;
        }
        return field.dictionary().value("FT").isName("Sig") && m_signatures.contains(field.dictionary().value("V").toRef());
    }

    // Everything that was listed is still listed; what is new is a signature.
    Result<void> checkAdded(const PdfObject &before, const PdfObject &after, const QString &what, QStringList &out) const
    {
        const PdfArray &a = before.items();
        const PdfArray &b = after.items();
        for (const PdfObject &old : a) {
            bool kept = false;
            for (const PdfObject &now : b)
                kept = kept || old.sameAs(now);
            if (!kept) {
                out << Tr::tr("%1 lost an entry.").arg(what);
                return {};
            }
        }
        for (const PdfObject &now : b) {
            bool known = false;
            for (const PdfObject &old : a)
                known = known || old.sameAs(now);
            if (known)
                continue;
            auto sig = isSignatureWidget(now);
            if (!sig)
                return sig.error();
            if (!*sig) {
                out << Tr::tr("%1 gained something that is not a signature.").arg(what);
                return {};
            }
        }
        return {};
    }

    Result<void> checkResolved(const PdfObject &before, const PdfObject &after, const QString &what, QStringList &out) const
    {
        auto a = m_doc.resolve(before, m_boundary);
        if (!a)
            return a.error();
        auto b = m_doc.resolve(after);
        if (!b)
            return b.error();
        return checkAdded(*a, *b, what, out);
    }

    Result<void> checkCatalog(const PdfObject &before, const PdfObject &after, QStringList &out) const
    {
        compareKeys(before, after, {"AcroForm", "DSS", "Extensions"}, describe(m_root.num), out);
        const PdfObject a = before.dictionary().value("AcroForm");
        const PdfObject b = after.dictionary().value("AcroForm");
        if (a.sameAs(b))
            return {};
        auto oldForm = m_doc.resolve(a, m_boundary);
        if (!oldForm)
            return oldForm.error();
        auto newForm = m_doc.resolve(b);
        if (!newForm)
            return newForm.error();
        return checkForm(*oldForm, *newForm, out);
    }

    Result<void> checkForm(const PdfObject &before, const PdfObject &after, QStringList &out) const
    {
        compareKeys(before, after, {"Fields", "SigFlags", "DR", "DA"}, Tr::tr("The form"), out);
        const PdfObject a = before.dictionary().value("Fields");
        const PdfObject b = after.dictionary().value("Fields");
        if (a.sameAs(b))
            return {};
        return checkResolved(a, b, Tr::tr("The list of form fields"), out);
    }

    Result<void> checkSignatureField(quint32 num, const PdfObject &before, const PdfObject &after, QStringList &out) const
    {
        const QString what = describe(num);
        const PdfObject a = before.dictionary().value("V");
        const PdfObject b = after.dictionary().value("V");
        // A signed field is settled: not even its appearance may change (it
        // would show another signer's name over an intact signature).
        if (!a.isNull()) {
            compareKeys(before, after, {}, what, out);
            return {};
        }
        compareKeys(before, after, {"V", "AP", "AS", "MK"}, what, out);
        if (!b.isNull() && !m_signatures.contains(b.toRef()))
            out << Tr::tr("%1 was given a value that is not a signature.").arg(what);
        return {};
    }

    Result<void> checkPage(quint32 num, const PdfObject &before, const PdfObject &after, QStringList &out) const
    {
        compareKeys(before, after, {"Annots"}, describe(num), out);
        const PdfObject a = before.dictionary().value("Annots");
        const PdfObject b = after.dictionary().value("Annots");
        if (a.sameAs(b))
            return {};
        return checkResolved(a, b, Tr::tr("The annotations of page %1").arg(m_pages.value(num)), out);
    }

    const PdfDocument &m_doc;
    qint64 m_boundary;
    const QSet<PdfRef> &m_signatures;
    PdfRef m_root;
    quint32 m_acroForm = 0;
    quint32 m_fieldsArray = 0;
    QHash<quint32, int> m_pages;
    QHash<quint32, int> m_annotsArrays;
    QHash<quint32, int> m_contents;
    QHash<quint32, PdfField> m_sigFields;
};
} // namespace

Result<QStringList> PdfRevisionCheck::changesAfter(const PdfDocument &doc, qint64 boundary, const QSet<PdfRef> &signatures)
{
    QStringList out;
    QSet<quint32> changed;
    for (const PdfDocument::Section &s : doc.sections())
        if (s.offset >= boundary)
            for (auto it = s.entries.cbegin(); it != s.entries.cend(); ++it)
                changed.insert(it.key());
    if (changed.isEmpty())
        return out;
    // A new catalog, information dictionary or encryption swaps the whole
    // document (or its metadata) without touching a single old object.
    for (const char *key : {"Root", "Info", "Encrypt"})
        if (!doc.trailer(boundary).value(key).sameAs(doc.trailer().value(key)))
            out << Tr::tr("The trailer's /%1 was replaced.").arg(QLatin1String(key));
    Context ctx(doc, boundary, signatures);
    if (auto r = ctx.load(); !r)
        return r.error();
    QList<quint32> sorted(changed.cbegin(), changed.cend());
    std::sort(sorted.begin(), sorted.end());
    for (quint32 num : std::as_const(sorted)) {
        if (num == 0)
            continue;
        if (auto r = ctx.check(num, out); !r)
            return r.error();
        if (out.size() > 50)
            break; // enough to tell the reader the document was reworked
    }
    return out;
}

} // namespace ab::report::pdf
