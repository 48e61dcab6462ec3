#pragma once

#include "core/crypto/CmsVerifier.h"
#include "core/seal/SealStatus.h"
#include "core/util/Result.h"

namespace ab
{

class InspectionFile;
struct SealManifest;
struct SealRecord;
struct VerifyReport;
struct CustodyEntry;

// The seal part of verify. For every seal row: the CMS signature over the
// stored manifest bytes (trust reported apart: self-signed is untrusted, not
// invalid), the signer it names, the custody row the seal points at, the
// evidence, details and catalog against the manifest, and every custody row
// after the seal (only seal.add, review.* and schema.migrate may follow).
// Verifier::run calls it after its own checks: whatever those found is a
// change after the seal too, since export seals only an intact file.
class SealVerifier final
{
public:
    SealVerifier(InspectionFile &file, crypto::CmsVerifyOptions options) : m_file(file), m_options(std::move(options)) {}
    // Adds report.seals and, to report.problems, what the seals found.
    Result<void> check(VerifyReport &report);

private:
    SealStatus checkOne(const SealRecord &seal, const SealManifest &now, const QList<CustodyEntry> &log);
    static void compareContents(const SealRecord &seal, const SealManifest &sealed, const SealManifest &now, QList<SealChange> &out);
    void checkLaterCustody(const SealRecord &seal, const QList<CustodyEntry> &log, QList<SealChange> &out) const;

    InspectionFile &m_file;
    crypto::CmsVerifyOptions m_options;
};

} // namespace ab
