#include "core/report/pdf/PdfVerifier.h"

#include "core/report/pdf/PdfDocument.h"
#include "core/report/pdf/PdfForm.h"
#include "core/report/pdf/PdfRevisionCheck.h"
#include "core/report/pdf/PdfText.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace ab::report::pdf {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::Pdf)
};

using crypto::CmsVerification;

// Whether the bytes up to `end` finish with %%EOF (and at most its end of line).
bool endsRevision(const PdfSource &src, qint64 end)
{
    qint64 at = end;
    for (int i = 0; i < 2 && at > 0 && (src.at(at - 1) == '\n' || src.at(at - 1) == '\r'); ++i)
        --at;
    return at >= 5 && src.read(at - 5, 5) == "%%EOF";
}

PdfSignatureCheck checkOne(const PdfDocument &doc, const PdfField &field, const crypto::CmsVerifyOptions &options)
{
    PdfSignatureCheck c;
    c.field = field.name;
    auto sigObj = doc.object(field.value);
    if (!sigObj || !sigObj->isDict()) {
        c.problems << (sigObj ? Tr::tr("The signature dictionary is missing.") : sigObj.error().message);
        return c;
    }
    const PdfDict &d = sigObj->dictionary();
    c.subFilter = QString::fromLatin1(d.value("SubFilter").bytes());
    c.reason = PdfText::decode(d.value("Reason").bytes());
    c.location = PdfText::decode(d.value("Location").bytes());
    const QDateTime claimed = PdfText::parseDate(d.value("M").bytes());
    c.signer = PdfText::decode(d.value("Name").bytes());
    c.signedAt = claimed;

    const bool supported = c.subFilter == QLatin1String("ETSI.CAdES.detached") || c.subFilter == QLatin1String("adbe.pkcs7.detached");
    if (!supported) {
        c.problems << Tr::tr("Signatures of the kind %1 are not checked by this program.")
                          .arg(c.subFilter.isEmpty() ? Tr::tr("(none given)") : c.subFilter);
        return c;
    }
    // The byte range must leave out exactly this dictionary's /Contents.
    const PdfArray &br = d.value("ByteRange").items();
    const PdfObject contents = d.value("Contents");
    bool rangeOk = br.size() == 4 && std::all_of(br.begin(), br.end(), [](const PdfObject &o) { return o.isInt() && o.toInt() >= 0; });
    qint64 a = 0, b = 0, len = 0;
    if (rangeOk) {
        a = br[1].toInt();
        b = br[2].toInt();
        len = br[3].toInt();
        rangeOk = br[0].toInt() == 0 && a > 0 && b >= a && len <= doc.size() - b;
    }
    if (!rangeOk) {
        c.problems << Tr::tr("The signature's byte range is missing or impossible.");
        return c;
    }
    if (!contents.isString() || contents.start() != a || contents.end() != b) {
        c.problems << Tr::tr("The signature's byte range does not leave out exactly its own signature value; the signed bytes "
                             "may not be what is shown.");
        return c;
    }
    c.signedBytes = b + len;
    c.coversWholeFile = c.signedBytes == doc.size();
    for (const PdfDocument::Section &s : doc.sections())
        c.revision += s.offset < c.signedBytes ? 1 : 0;
    const bool boundary = endsRevision(doc.source(), c.signedBytes);
    if (!boundary)
        c.problems << Tr::tr("The signature does not end where a revision of the document ends.");

    crypto::ContentStream content;
    if (doc.source().inMemory()) {
        content.addBytes(doc.source().bytes(), 0, a);
        content.addBytes(doc.source().bytes(), b, len);
    } else {
        content.addDevice(doc.source().device(), 0, a);
        content.addDevice(doc.source().device(), b, len);
    }
    crypto::CmsVerifyOptions o = options;
    o.claimedSigningTime = claimed;
    auto cms = crypto::CmsVerifier::verifyDetached(contents.bytes(), content, o);
    if (!cms) {
        c.problems << cms.error().message;
        return c;
    }
    c.cms = *cms;
    c.problems << c.cms.problems;
    if (!c.cms.signer.isNull())
        c.signer = c.cms.signer.displayName();
    if (c.cms.signingTime.isValid())
        c.signedAt = c.cms.signingTime;
    c.intact = c.cms.valid();
    c.valid = c.intact && boundary && c.cms.validAtSigning;
    return c;
}
} // namespace

QJsonObject PdfSignatureCheck::toJson() const
{
    QJsonArray chain;
    for (const crypto::CertificateInfo &ci : cms.certificates)
        if (ci.der != cms.signer.der)
            chain.append(ci.toJson());
    return QJsonObject{{QStringLiteral("field"), field},
                       {QStringLiteral("signer"), signer},
                       {QStringLiteral("signed_at"), crypto::isoUtc(signedAt)},
                       {QStringLiteral("valid"), valid},
                       {QStringLiteral("intact"), intact},
                       {QStringLiteral("covers_whole_file"), coversWholeFile},
                       {QStringLiteral("trusted"), cms.trust == CmsVerification::Trust::Trusted},
                       {QStringLiteral("trust"), CmsVerification::trustName(cms.trust)},
                       {QStringLiteral("trust_detail"), cms.trustDetail},
                       {QStringLiteral("self_signed"), cms.signer.selfSigned},
                       {QStringLiteral("expired"), cms.expiredNow},
                       {QStringLiteral("valid_at_signing"), cms.validAtSigning},
                       {QStringLiteral("signing_certificate_v2"), cms.signingCertificateV2 && cms.signingCertificateMatches},
                       {QStringLiteral("sub_filter"), subFilter},
                       {QStringLiteral("digest"), cms.digestAlgorithm},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("location"), location},
                       {QStringLiteral("signed_bytes"), double(signedBytes)},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("changes_after"), QJsonArray::fromStringList(laterChanges)},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                       {QStringLiteral("certificate"), cms.signer.isNull() ? QJsonValue() : QJsonValue(cms.signer.toJson())},
                       {QStringLiteral("chain"), chain}};
}

bool PdfVerification::ok() const
{
    if (signatures.isEmpty() || !problems.isEmpty())
        return false;
    for (const PdfSignatureCheck &s : signatures)
        if (!s.valid || !s.laterChanges.isEmpty())
            return false;
    return signatures.last().coversWholeFile;
}

QStringList PdfVerification::allProblems() const
{
    QStringList out = problems;
    for (const PdfSignatureCheck &s : signatures) {
        const QString who = s.signer.isEmpty() ? s.field : s.signer;
        for (const QString &p : s.problems)
            out << Tr::tr("Signature by %1: %2").arg(who, p);
        for (const QString &p : s.laterChanges)
            out << Tr::tr("After the signature by %1: %2").arg(who, p);
    }
    return out;
}

QJsonObject PdfVerification::toJson() const
{
    QJsonArray sigs;
    for (const PdfSignatureCheck &s : signatures)
        sigs.append(s.toJson());
    return QJsonObject{{QStringLiteral("file"), file},           {QStringLiteral("size"), double(size)},
                       {QStringLiteral("revisions"), revisions}, {QStringLiteral("ok"), ok()},
                       {QStringLiteral("signatures"), sigs},     {QStringLiteral("problems"), QJsonArray::fromStringList(allProblems())}};
}

Result<PdfVerification> PdfVerifier::verifyFile(const QString &path, const crypto::CmsVerifyOptions &options)
{
    auto doc = PdfDocument::openFile(path);
    if (!doc)
        return doc.error();
    return verify(**doc, options);
}

Result<PdfVerification> PdfVerifier::verify(const QByteArray &pdf, const crypto::CmsVerifyOptions &options)
{
    auto doc = PdfDocument::fromBytes(pdf);
    if (!doc)
        return doc.error();
    return verify(**doc, options);
}

Result<PdfVerification> PdfVerifier::verify(const PdfDocument &doc, const crypto::CmsVerifyOptions &options)
{
    PdfVerification v;
    v.file = doc.source().name();
    v.size = doc.size();
    v.revisions = int(doc.sections().size());
    auto fields = PdfForm::fields(doc);
    if (!fields)
        return fields.error();
    QSet<PdfRef> signatures;
    QList<PdfField> signed_;
    for (const PdfField &f : *fields) {
        if (!f.isSignature || f.value.isNull() || signatures.contains(f.value))
            continue;
        signatures.insert(f.value);
        signed_.append(f);
    }
    if (signed_.isEmpty()) {
        v.problems << Tr::tr("%1 carries no digital signature.").arg(v.file);
        return v;
    }
    for (const PdfField &f : std::as_const(signed_))
        v.signatures.append(checkOne(doc, f, options));
    std::stable_sort(v.signatures.begin(), v.signatures.end(),
                     [](const PdfSignatureCheck &x, const PdfSignatureCheck &y) { return x.signedBytes < y.signedBytes; });
    for (PdfSignatureCheck &s : v.signatures) {
        if (s.signedBytes <= 0 || s.coversWholeFile)
            continue;
        auto changes = PdfRevisionCheck::changesAfter(doc, s.signedBytes, signatures);
        if (!changes)
            return changes.error();
        s.laterChanges = *changes;
    }
    const PdfSignatureCheck &last = v.signatures.last();
    if (last.signedBytes > 0 && !last.coversWholeFile)
        v.problems << Tr::tr("%n byte(s) were added after the last signature.", nullptr,
                             int(qMin<qint64>(v.size - last.signedBytes, INT_MAX)));
    return v;
}

} // namespace ab::report::pdf
