#include "core/report/pdf/PdfSigner.h"

#include "core/crypto/CmsSigner.h"
#include "core/crypto/SigningKey.h"
#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfFilters.h"
#include "core/report/pdf/PdfForm.h"
#include "core/report/pdf/PdfIncrementalWriter.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/pdf/PdfText.h"
#include "core/report/pdf/SignatureAppearance.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

namespace ab::report::pdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::Pdf)
};

// "[0 a b c]" is written into this placeholder once the update is laid
// out; ten digits each cover any file below 4 GiB.
const QByteArray byteRangePlaceholder = QByteArrayLiteral("[0 0000000000 0000000000 0000000000]");

struct Plan {
    QByteArray update;
    qint64 byteRangeAt = -1; // in update: the placeholder's '['
    qint64 contentsAt = -1;  // in update: the '<' of /Contents
    qint64 contentsEnd = -1; // one past its '>'
    SignResult result;
};

Result<Plan> layOut(const PdfDocument &doc, const crypto::SigningKey &key, const SignOptions &options, const QDateTime &when, int reserve)
{
    if (doc.isEncrypted())
        return makeError(ErrorCode::BadInput,
                         Tr::tr("%1 is encrypted; this program does not sign encrypted PDFs.").arg(doc.source().name()));
    auto fields = PdfForm::fields(doc);
    if (!fields)
        return fields.error();
    auto pages = doc.pages();
    if (!pages)
        return pages.error();

    QString lang = options.lang;
    if (lang.isEmpty()) {
        auto manifest = PdfPreparer::readManifest(doc);
        lang = manifest ? manifest->value(QStringLiteral("lang")).toString() : QString();
    }
    if (lang != QLatin1String("zh_CN") && lang != QLatin1String("vi"))
        lang = QStringLiteral("en");
    const crypto::CertificateInfo &cert = key.certificate();
    const QString signer = options.displayName.isEmpty() ? cert.displayName() : options.displayName;
    const QString organisation = options.organisation.isEmpty() ? cert.organization : options.organisation;

    PdfIncrementalWriter w(doc);
    const PdfRef sigRef = w.allocate();
    QByteArray body = "<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /M ";
    PdfObject::string(PdfText::date(when)).serializeTo(body);
    body += " /Name ";
    PdfText::string(signer).serializeTo(body);
    if (!options.reason.isEmpty()) {
        body += " /Reason ";
        PdfText::string(options.reason).serializeTo(body);
    }
    if (!options.location.isEmpty()) {
        body += " /Location ";
        PdfText::string(options.location).serializeTo(body);
    }
    body += " /Prop_Build <</App <</Name /AuditBench /REx (" AB_VERSION ")>>>>";
    body += "\n/ByteRange " + byteRangePlaceholder + "\n/Contents <" + QByteArray(2 * qsizetype(reserve), '0') + ">>>";
    w.setRaw(sigRef, body);

    Plan plan;
    plan.result.signedAt = when;
    plan.result.signer = cert;
    const PdfField *empty = nullptr;
    for (const PdfField &f : *fields)
        if (f.isSignature && f.value.isNull() && !empty)
            empty = &f;
    if (empty) {
        plan.result.field = empty->name;
        auto field = w.edit(empty->ref);
        if (!field)
            return field.error();
        (*field)->editDictionary().set("V", PdfObject::ref(sigRef));
        if (empty->rect.width() > 1 && empty->rect.height() > 1) {
            const QSizeF size = empty->rect.size();
            auto content = SignatureAppearance::contentStream(size, {lang, signer, organisation, when, options.reason, options.location});
            if (!content)
                return content.error();
            PdfDict ap;
            ap.set("Type", PdfObject::name("XObject"));
            ap.set("Subtype", PdfObject::name("Form"));
            ap.set("BBox", PdfObject::array({PdfObject::integer(0), PdfObject::integer(0), PdfObject::real(size.width()),
                                             PdfObject::real(size.height())}));
            ap.set("Resources", PdfObject::dict({}));
            ap.set("Filter", PdfObject::name("FlateDecode"));
            const PdfRef apRef = w.addStream(ap, PdfFilters::flate(*content));
            auto widget = w.edit(empty->widget);
            if (!widget)
                return widget.error();
            PdfDict normal;
            normal.set("N", PdfObject::ref(apRef));
            (*widget)->editDictionary().set("AP", PdfObject::dict(normal));
            plan.result.visible = true;
        }
    } else {
        // Every slot is taken: an invisible signature on the last page.
        plan.result.field = PdfForm::freeName(*fields, QStringLiteral("Signature"));
        PdfDict field;
        field.set("Type", PdfObject::name("Annot"));
        field.set("Subtype", PdfObject::name("Widget"));
        field.set("FT", PdfObject::name("Sig"));
        field.set("T", PdfText::string(plan.result.field));
        field.set("F", PdfObject::integer(4));
        field.set("Rect", PdfObject::array({PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0), PdfObject::integer(0)}));
        field.set("P", PdfObject::ref(pages->last()));
        field.set("V", PdfObject::ref(sigRef));
        const PdfRef ref = w.add(PdfObject::dict(field));
        if (auto r = PdfForm::addField(doc, w, ref, ref, pages->last()); !r)
            return r.error();
    }
    if (auto r = PdfForm::markSigned(doc, w); !r)
        return r.error();

    plan.update = w.finish();
    const qint64 value = w.valueOffset(sigRef);
    plan.byteRangeAt = plan.update.indexOf(QByteArray("/ByteRange " + byteRangePlaceholder), value) + 11;
    plan.contentsAt = plan.update.indexOf("/Contents <", value) + 10;
    plan.contentsEnd = plan.update.indexOf('>', plan.contentsAt) + 1;
    return plan;
}

// Fixes the byte range, hashes everything but the hole, signs, fills the hole.
// Returns an empty optional when the signature did not fit the reservation.
Result<std::optional<int>> complete(Plan &plan, const PdfDocument &doc, const crypto::SigningKey &key, const QDateTime &when)
{
    const qint64 base = doc.size();
    const qint64 a = base + plan.contentsAt;
    const qint64 b = base + plan.contentsEnd;
    const qint64 total = base + plan.update.size();
    QByteArray range = "[0 " + QByteArray::number(a) + ' ' + QByteArray::number(b) + ' ' + QByteArray::number(total - b) + ']';
    range = range.leftJustified(byteRangePlaceholder.size(), ' ');
    plan.update.replace(plan.byteRangeAt, range.size(), range);

    crypto::ContentStream content;
    if (doc.source().inMemory())
        content.addBytes(doc.source().bytes());
    else
        content.addDevice(doc.source().device(), 0, base);
    content.addBytes(plan.update, 0, plan.contentsAt);
    content.addBytes(plan.update, plan.contentsEnd);
    auto der = crypto::CmsSigner::signDetached(key, content, when);
    if (!der)
        return der.error();
    const qint64 room = plan.contentsEnd - plan.contentsAt - 2;
    if (der->size() * 2 > room)
        return std::optional<int>(int(der->size()) + 1024);
    plan.update.replace(plan.contentsAt + 1, der->size() * 2, der->toHex());
    plan.result.size = total;
    plan.result.added = plan.update.size();
    return std::optional<int>();
}

Result<Plan> signDocument(const PdfDocument &doc, const crypto::SigningKey &key, const SignOptions &options)
{
    QDateTime when = options.signingTime.isValid() ? options.signingTime : QDateTime::currentDateTime();
    when = QDateTime::fromSecsSinceEpoch(when.toSecsSinceEpoch(), QTimeZone(when.offsetFromUtc()));
    if (auto usable = key.checkUsableAt(when); !usable)
        return usable.error();
    int reserve = crypto::CmsSigner::estimateSize(key);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto plan = layOut(doc, key, options, when, reserve);
        if (!plan)
            return plan.error();
        auto done = complete(*plan, doc, key, when);
        if (!done)
            return done.error();
        if (!done->has_value())
            return plan;
        reserve = **done;
    }
    return makeError(ErrorCode::BadInput,
                     Tr::tr("The signature did not fit the space reserved for it; the certificate chain is unusually large."));
}
} // namespace

Result<QByteArray> PdfSigner::sign(const QByteArray &pdf, const crypto::SigningKey &key, const SignOptions &options)
{
    auto doc = PdfDocument::fromBytes(pdf);
    if (!doc)
        return doc.error();
    auto plan = signDocument(**doc, key, options);
    if (!plan)
        return plan.error();
    return QByteArray(pdf + plan->update);
}

Result<SignResult> PdfSigner::signFile(const QString &inPath, const QString &outPath, const crypto::SigningKey &key,
                                       const SignOptions &options)
{
    auto doc = PdfDocument::openFile(inPath);
    if (!doc)
        return doc.error();
    auto plan = signDocument(**doc, key, options);
    if (!plan)
        return plan.error();
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2.").arg(outPath, out.errorString()));
    QIODevice *in = (*doc)->source().device();
    if (!in->seek(0))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2.").arg(inPath, in->errorString()));
    QByteArray buffer(1 << 20, '\0');
    for (qint64 left = (*doc)->size(); left > 0;) {
        const qint64 got = in->read(buffer.data(), qMin<qint64>(left, buffer.size()));
        if (got <= 0)
            return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2.").arg(inPath, in->errorString()));
        if (out.write(buffer.constData(), got) != got)
            return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2.").arg(outPath, out.errorString()));
        left -= got;
    }
    if (out.write(plan->update) != plan->update.size() || !out.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2.").arg(outPath, out.errorString()));
    return plan->result;
}

} // namespace ab::report::pdf
