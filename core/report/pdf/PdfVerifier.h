#pragma once

#include "core/crypto/CmsVerifier.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ab::report::pdf {

class PdfDocument;

// One signature of a PDF, checked.
struct PdfSignatureCheck {
    QString field;
    QString signer;      // the certificate's CN, else /Name
    QDateTime signedAt;  // the signed signing-time, else /M
    bool intact = false; // the CMS signature and digest hold for the signed bytes
    bool valid = false;  // intact, a supported kind, a sound byte range, certificate valid at signing
    bool coversWholeFile = false;
    QString subFilter;
    QString reason;
    QString location;
    qint64 signedBytes = 0; // end of the revision it signed
    int revision = 0;       // how many cross-reference sections it covers
    crypto::CmsVerification cms;
    QStringList laterChanges; // what later revisions changed beyond adding signatures
    QStringList problems;

    QJsonObject toJson() const;
};

struct PdfVerification {
    QString file;
    qint64 size = 0;
    int revisions = 0;
    QList<PdfSignatureCheck> signatures; // in signing order
    QStringList problems;                // about the document as a whole
    // Every signature valid, nothing but signatures added after any of
    // them, and the last one covering the whole file.
    bool ok() const;
    QStringList allProblems() const;
    QJsonObject toJson() const;
};

// Checks every signature of a PDF: the CMS over its byte range, that the
// range leaves out exactly its /Contents and ends a revision, the signer's
// certificate facts, and what the revisions after it changed.
class PdfVerifier final {
public:
    // BadInput when the file is not a readable PDF; anything wrong with its
    // signatures is in the result.
    static Result<PdfVerification> verifyFile(const QString &path, const crypto::CmsVerifyOptions &options = {});
    static Result<PdfVerification> verify(const QByteArray &pdf, const crypto::CmsVerifyOptions &options = {});
    static Result<PdfVerification> verify(const PdfDocument &doc, const crypto::CmsVerifyOptions &options = {});
};

} // namespace ab::report::pdf
