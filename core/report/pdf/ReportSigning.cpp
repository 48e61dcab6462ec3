#include "core/report/pdf/ReportSigning.h"

#include "core/crypto/SigningKey.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/pdf/PdfVerifier.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ab::report::pdf
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::report::pdf::ReportSigning)
};
} // namespace

Result<FinishedPdf> ReportSigning::prepareAndSign(const RenderedPdf &rendered, const crypto::SigningKey &key, const SignOptions &options)
{
    auto prepared = PdfPreparer::prepare(rendered);
    if (!prepared)
        return prepared.error();
    auto signedPdf = PdfSigner::sign(*prepared, key, options);
    if (!signedPdf)
        return signedPdf.error();
    auto check = PdfVerifier::verify(*signedPdf);
    if (!check)
        return check.error();
    // Self-signed and unknown issuers are the signer's business (verify-report
    // says so); a signature that does not hold is ours, and never leaves.
    if (check->signatures.isEmpty() || !check->signatures.last().intact || !check->signatures.last().coversWholeFile)
        return makeError(
            ErrorCode::Problem,
            Tr::tr("The signature just made does not verify; nothing was written. %1").arg(check->allProblems().join(QLatin1Char(' '))));
    const PdfSignatureCheck &s = check->signatures.last();
    FinishedPdf out;
    out.pdf = std::move(signedPdf).value();
    out.signatures.append(QJsonObject{{QStringLiteral("field"), s.field},
                                      {QStringLiteral("signer"), s.signer},
                                      {QStringLiteral("signed_at"), crypto::isoUtc(s.signedAt)},
                                      {QStringLiteral("certificate_sha256"), key.certificate().sha256Fingerprint},
                                      {QStringLiteral("on_token"), key.onToken()}});
    return out;
}

ReportIssuer::PdfFinisher ReportSigning::finisher(const crypto::SigningKey &key, const SignOptions &options)
{
    return [&key, options](const RenderedPdf &rendered) { return prepareAndSign(rendered, key, options); };
}

} // namespace ab::report::pdf
