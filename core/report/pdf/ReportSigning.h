#pragma once

#include "core/report/ReportIssuer.h"
#include "core/report/ReportTypes.h"
#include "core/report/pdf/PdfSigner.h"
#include "core/util/Result.h"

namespace ab::crypto
{
class SigningKey;
}

namespace ab::report::pdf
{

// A freshly rendered document made ready and signed in one go, for `report
// --sign` and the GUI's "Sign and export": PdfPreparer embeds the manifest
// and makes the empty fields, PdfSigner fills the first one, and the result
// is read back with PdfVerifier so that what is recorded (field, signer,
// time, certificate fingerprint) is what the file carries, and a signature
// that does not verify is never written.
class ReportSigning final
{
public:
    static Result<FinishedPdf> prepareAndSign(const RenderedPdf &rendered, const crypto::SigningKey &key, const SignOptions &options);
    // The same as ReportIssuer's finisher; the key must outlive it.
    static ReportIssuer::PdfFinisher finisher(const crypto::SigningKey &key, const SignOptions &options = {});
};

} // namespace ab::report::pdf
