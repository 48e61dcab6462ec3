// sign-report and verify-report: one more signature on a report, and the
// check of every signature (and, with --inspection, of the manifest against
// the inspection file).
#include "cli/CliContext.h"
#include "cli/SigningOptions.h"

#include "core/report/ManifestCheck.h"
#include "core/report/pdf/PdfPreparer.h"
#include "core/report/pdf/PdfSigner.h"
#include "core/report/pdf/PdfVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace ab::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

using report::pdf::PdfSignatureCheck;

QString trustText(const PdfSignatureCheck &s)
{
    switch (s.cms.trust) {
    case crypto::CmsVerification::Trust::Trusted:
        return Tr::tr("trusted");
    case crypto::CmsVerification::Trust::SelfSigned:
        return Tr::tr("untrusted (self-signed)");
    case crypto::CmsVerification::Trust::UnknownIssuer:
        return Tr::tr("untrusted (issuer unknown to this computer)");
    case crypto::CmsVerification::Trust::Invalid:
        break;
    }
    return Tr::tr("untrusted (the certificate chain does not verify)");
}

void printSignature(QTextStream &out, int index, const PdfSignatureCheck &s)
{
    const QString when = s.signedAt.isValid() ? QLocale().toString(s.signedAt.toLocalTime(), QLocale::LongFormat) : Tr::tr("unknown time");
    out << Tr::tr("Signature %1 (%2): %3").arg(index).arg(s.field, s.valid ? Tr::tr("valid") : Tr::tr("INVALID")) << '\n';
    out << Tr::tr("  Signed by:    %1").arg(s.signer)
        << (s.cms.signer.organization.isEmpty() ? QString() : QStringLiteral(", ") + s.cms.signer.organization) << '\n';
    out << Tr::tr("  Signed at:    %1").arg(when) << '\n';
    if (!s.cms.signer.isNull()) {
        out << Tr::tr("  Certificate:  %1; valid %2 to %3%4")
                   .arg(trustText(s), crypto::isoUtc(s.cms.signer.notBefore), crypto::isoUtc(s.cms.signer.notAfter),
                        s.cms.expiredNow ? Tr::tr(", expired since") : QString())
            << '\n';
        out << Tr::tr("  Fingerprint:  SHA-256 %1").arg(s.cms.signer.sha256Fingerprint) << '\n';
    }
    out << Tr::tr("  Covers:       %1")
               .arg(s.coversWholeFile ? Tr::tr("the whole file") : Tr::tr("the first %n byte(s)", nullptr, int(s.signedBytes)))
        << '\n';
    for (const QString &p : s.problems)
        out << Tr::tr("  Problem:      %1").arg(p) << '\n';
    for (const QString &p : s.laterChanges)
        out << Tr::tr("  Changed after this signature: %1").arg(p) << '\n';
}
} // namespace

int runVerifyReport(const QStringList &args)
{
    Context ctx(QStringLiteral("verify-report"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("OUT.pdf"), Tr::tr("The signed report."));
    p.addOption({QStringLiteral("inspection"), Tr::tr("Also check the report's manifest against this inspection file."), Tr::tr("FILE")});
    p.addOption(
        {QStringLiteral("trust"), Tr::tr("Trust this CA certificate (PEM or DER) besides the system's; may be repeated."), Tr::tr("CERT")});
    if (auto rc = ctx.parse(Tr::tr("Check every signature of a report: intact, covering the whole file, nothing but signatures added "
                                   "after each, and the signer's certificate."),
                            1, 1))
        return *rc;
    const QString path = ctx.positional().value(0);

    crypto::CmsVerifyOptions options;
    for (const QString &certPath : p.values(QStringLiteral("trust"))) {
        QFile f(certPath);
        const crypto::CertificateInfo info = f.open(QIODevice::ReadOnly) && f.size() < (1 << 20)
                                                 ? crypto::CertificateInfo::fromPemOrDer(f.readAll())
                                                 : crypto::CertificateInfo{};
        if (info.isNull())
            return ctx.fail(makeError(ErrorCode::BadInput, Tr::tr("%1 is not a certificate (PEM or DER).").arg(certPath)));
        options.trustAnchors << info.der;
    }

    // The inspection first: a wrong passphrase is exit 3 before any verdict.
    std::unique_ptr<InspectionFile> inspection;
    if (p.isSet(QStringLiteral("inspection"))) {
        auto pass = ctx.passphrase();
        if (!pass)
            return ctx.fail(pass.error());
        auto f = InspectionFile::open(p.value(QStringLiteral("inspection")), *pass, InspectionFile::Mode::ReadOnly);
        crypto::cleanse(pass.value());
        if (!f)
            return ctx.fail(f.error());
        inspection = std::move(f.value());
    }

    auto verification = report::pdf::PdfVerifier::verifyFile(path, options);
    if (!verification)
        return ctx.fail(verification.error());
    bool ok = verification->ok();
    QJsonObject json = verification->toJson();
    std::optional<report::ManifestCheck> tie;
    QString manifestProblem;
    if (inspection) {
        auto manifest = report::pdf::PdfPreparer::readManifestFile(path);
        if (!manifest && manifest.error().code != ErrorCode::Problem)
            return ctx.fail(manifest.error());
        if (!manifest) {
            manifestProblem = manifest.error().message;
            ok = false;
            json.insert(QStringLiteral("inspection"),
                        QJsonObject{{QStringLiteral("matches"), false}, {QStringLiteral("mismatches"), QJsonArray{manifestProblem}}});
        } else {
            auto check = report::ManifestCheck::run(*manifest, *inspection);
            if (!check)
                return ctx.fail(check.error());
            tie = *check;
            ok = ok && check->matches();
            json.insert(QStringLiteral("inspection"), check->toJson());
        }
    }
    if (ctx.json()) {
        json.insert(QStringLiteral("ok"), ok);
        ctx.printJson(json);
        return ok ? Success : Problem;
    }
    QTextStream &out = ctx.out();
    for (qsizetype i = 0; i < verification->signatures.size(); ++i)
        printSignature(out, int(i) + 1, verification->signatures[i]);
    for (const QString &pr : verification->problems)
        out << Tr::tr("Problem: %1").arg(pr) << '\n';
    if (inspection) {
        if (!manifestProblem.isEmpty())
            out << Tr::tr("Inspection:   %1").arg(manifestProblem) << '\n';
        else if (tie->matches())
            out << Tr::tr("Inspection:   matches %1 (same inspection, chain head and %n evidence item(s)).", nullptr, tie->evidenceChecked)
                       .arg(QFileInfo(inspection->path()).fileName())
                << '\n';
        else
            for (const QString &m : tie->mismatches)
                out << Tr::tr("Inspection:   %1").arg(m) << '\n';
    }
    out << (ok ? Tr::tr("OK: every signature is valid and the last one covers the whole file.")
               : Tr::tr("NOT OK: the report cannot be relied on as signed; see the problems above."))
        << Qt::endl;
    return ok ? Success : Problem;
}

int runSignReport(const QStringList &args)
{
    Context ctx(QStringLiteral("sign-report"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("IN.pdf"), Tr::tr("The report to sign (prepared by report, or any PDF)."));
    p.addOption({QStringLiteral("out"), Tr::tr("Where to write the signed report; may be IN.pdf itself."), Tr::tr("OUT.pdf")});
    SigningOptions::add(p);
    p.addOption({QStringLiteral("reason"), Tr::tr("Why you sign (shown in the signature)."), Tr::tr("TEXT")});
    p.addOption({QStringLiteral("location"), Tr::tr("Where you sign."), Tr::tr("TEXT")});
    p.addOption({QStringLiteral("name"), Tr::tr("The signer's name to show, instead of the certificate's."), Tr::tr("TEXT")});
    p.addOption({QStringLiteral("organisation"), Tr::tr("The organisation to show, instead of the certificate's."), Tr::tr("TEXT")});
    if (auto rc = ctx.parse(Tr::tr("Add one more signature to a report: the next empty signature field, or an invisible one."), 1, 1))
        return *rc;
    if (!p.isSet(QStringLiteral("out")))
        return ctx.usage(Tr::tr("--out OUT.pdf is needed (it may be the input file)."));
    const QString in = ctx.positional().value(0);
    const QString out = p.value(QStringLiteral("out"));
    if (!QFileInfo::exists(in))
        return ctx.fail(makeError(ErrorCode::Io, Tr::tr("%1 does not exist.").arg(in)));

    auto key = SigningOptions::load(p);
    if (!key)
        return ctx.fail(key.error());
    report::pdf::SignOptions options;
    options.reason = p.value(QStringLiteral("reason"));
    options.location = p.value(QStringLiteral("location"));
    options.displayName = p.value(QStringLiteral("name"));
    options.organisation = p.value(QStringLiteral("organisation"));
    if (p.isSet(QStringLiteral("lang")))
        options.lang = p.value(QStringLiteral("lang"));
    auto signedReport = report::pdf::PdfSigner::signFile(in, out, **key, options);
    if (!signedReport)
        return ctx.fail(signedReport.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                                  {QStringLiteral("field"), signedReport->field},
                                  {QStringLiteral("visible"), signedReport->visible},
                                  {QStringLiteral("signer"), signedReport->signer.displayName()},
                                  {QStringLiteral("signed_at"), crypto::isoUtc(signedReport->signedAt)},
                                  {QStringLiteral("size"), double(signedReport->size)},
                                  {QStringLiteral("added"), double(signedReport->added)},
                                  {QStringLiteral("certificate"), signedReport->signer.toJson()}});
        return Success;
    }
    ctx.out() << Tr::tr("Signed %1 as %2 (%3 signature in field %4, %5 added).")
                     .arg(out, signedReport->signer.displayName(), signedReport->visible ? Tr::tr("visible") : Tr::tr("invisible"),
                          signedReport->field, formatSize(signedReport->added))
              << Qt::endl;
    return Success;
}

} // namespace ab::cli
