#include "ui/VerificationText.h"

#include <QLocale>

namespace ab::ui
{

namespace
{
QString trustText(const report::pdf::PdfSignatureCheck &s)
{
    switch (s.cms.trust) {
    case crypto::CmsVerification::Trust::Trusted:
        return VerificationText::tr("trusted");
    case crypto::CmsVerification::Trust::SelfSigned:
        return VerificationText::tr("not trusted by this computer (self-signed)");
    case crypto::CmsVerification::Trust::UnknownIssuer:
        return VerificationText::tr("not trusted by this computer (issuer unknown)");
    case crypto::CmsVerification::Trust::Invalid:
        break;
    }
    return VerificationText::tr("not trusted (the certificate chain does not verify)");
}
} // namespace

bool VerificationText::ok(const report::pdf::PdfVerification &v, const std::optional<report::ManifestCheck> &tie,
                          const QString &manifestProblem)
{
    return v.ok() && manifestProblem.isEmpty() && (!tie || tie->matches());
}

QString VerificationText::verdict(bool ok)
{
    return ok ? tr("Every signature is valid and the last one covers the whole file.")
              : tr("This PDF cannot be relied on as signed: see the problems above.");
}

QString VerificationText::describe(const report::pdf::PdfVerification &v, const std::optional<report::ManifestCheck> &tie,
                                   const QString &manifestProblem, const QString &inspectionName)
{
    QStringList lines;
    // The verifier says so among the document's problems already.
    if (v.signatures.isEmpty() && v.problems.isEmpty())
        lines << tr("The file carries no digital signature.");
    for (qsizetype i = 0; i < v.signatures.size(); ++i) {
        const report::pdf::PdfSignatureCheck &s = v.signatures[i];
        const QString when =
            s.signedAt.isValid() ? QLocale().toString(s.signedAt.toLocalTime(), QLocale::LongFormat) : tr("an unknown time");
        lines << (s.valid ? tr("Signature %1 (%2) is valid: signed by %3 on %4.")
                          : tr("Signature %1 (%2) is NOT valid: signed by %3 on %4."))
                     .arg(i + 1)
                     .arg(s.field, s.signer, when);
        if (!s.cms.signer.isNull())
            lines << tr("    Certificate %1, %2%3.")
                         .arg(s.cms.signer.sha256Fingerprint.left(16), trustText(s),
                              s.cms.expiredNow ? tr(", expired since signing") : QString());
        lines << (s.coversWholeFile ? tr("    It covers the whole file.")
                                    : tr("    It covers the first %n byte(s); more was added after it.", nullptr, int(s.signedBytes)));
        for (const QString &p : s.problems)
            lines << tr("    Problem: %1").arg(p);
        for (const QString &p : s.laterChanges)
            lines << tr("    Changed after this signature: %1").arg(p);
    }
    for (const QString &p : v.problems)
        lines << tr("Problem: %1").arg(p);
    if (!manifestProblem.isEmpty())
        lines << tr("Inspection: %1").arg(manifestProblem);
    else if (tie && tie->matches())
        lines << tr("Inspection: matches %1 (same inspection, custody chain head and %n evidence item(s)).", nullptr, tie->evidenceChecked)
                     .arg(inspectionName);
    else if (tie)
        for (const QString &m : tie->mismatches)
            lines << tr("Inspection: %1").arg(m);
    lines << verdict(ok(v, tie, manifestProblem));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ab::ui
