#pragma once

#include "core/report/ManifestCheck.h"
#include "core/report/pdf/PdfVerifier.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ab::ui
{

// A PDF's verification in words, as verify-report prints it: each
// signature (valid or not, who, when, the certificate, what it covers, its
// problems), then the document's problems and whether it matches the open
// inspection, and a one-line verdict.
class VerificationText final
{
    Q_DECLARE_TR_FUNCTIONS(ab::ui::VerificationText)
public:
    // tie: the manifest checked against the inspection; manifestProblem:
    // why it could not be (the file carries none); both empty: not checked.
    static QString describe(const report::pdf::PdfVerification &v, const std::optional<report::ManifestCheck> &tie,
                            const QString &manifestProblem, const QString &inspectionName);
    static bool ok(const report::pdf::PdfVerification &v, const std::optional<report::ManifestCheck> &tie, const QString &manifestProblem);
    static QString verdict(bool ok);
};

} // namespace ab::ui
