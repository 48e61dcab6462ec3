#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>

namespace ab::report
{

// Where a digital signature's visible block goes on the rendered document:
// the page (0-based; -1 = the last page) and the rectangle in PDF user space
// (points, origin at the bottom left of the page, as PDF widgets want it).
// The renderer reserves them beside the space for handwritten signatures;
// the PDF preparer turns them into empty signature fields that signers fill
// in turn (team members first, the leader last).
struct SignatureSlot {
    int page = -1;
    QRectF rect;
    QString role;   // member | leader
    QString signer; // the name the slot is meant for, may be empty
};

// A document rendered to PDF, before it is prepared and signed. The manifest
// ties it to the inspection (see docs/report-manifest.md): inspection id,
// custody chain head at rendering, every evidence item's id and SHA-256.
struct RenderedPdf {
    QByteArray pdf;
    QJsonObject manifest;
    QList<SignatureSlot> slots;
    int pageCount = 0;
};

// A rendered PDF once finished for writing (prepared and signed, or not):
// the bytes and the signatures they carry, as the `report` row records them
// (one object each: field, signer, signed_at, certificate_sha256).
struct FinishedPdf {
    QByteArray pdf;
    QJsonArray signatures;
};

} // namespace ab::report
