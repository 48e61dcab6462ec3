#pragma once

#include "core/report/pdf/PdfObject.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QMap>

namespace ab::report::pdf {

class PdfDocument;

// One incremental update (ISO 32000-1, 7.5.6): new and changed objects
// appended after the existing bytes, a cross-reference section of the same
// kind as the newest one (table or stream) for just those objects, and a
// trailer whose /Prev points at the previous section. Earlier bytes are
// never touched, so every earlier signature stays valid.
class PdfIncrementalWriter final {
public:
    explicit PdfIncrementalWriter(const PdfDocument &doc);

    PdfRef allocate();
    // The current version of an existing object, for changing; later calls
    // for the same object return the same pending copy.
    Result<PdfObject *> edit(PdfRef ref);
    // The object as this update will leave it (pending copy or as in the file).
    Result<PdfObject> current(PdfRef ref) const;
    // Whether holder's /key, a reference to target, leads somewhere: to an
    // object of the file when the file wrote it, to one allocated here when
    // this update did. A dangling reference in the file (a number beyond its
    // /Size, say) must never be followed: this update may have given that
    // number to a new object of its own.
    bool isLive(PdfRef holder, QByteArrayView key, PdfRef target) const;
    void set(PdfRef ref, const PdfObject &object);
    PdfRef add(const PdfObject &object);
    // A stream with its data; /Length is set here.
    void setStream(PdfRef ref, PdfDict dict, const QByteArray &data);
    PdfRef addStream(PdfDict dict, const QByteArray &data);
    // The object's value written verbatim (the signer's dictionary with
    // placeholders it patches later).
    void setRaw(PdfRef ref, const QByteArray &body);

    // The bytes to append to the document.
    QByteArray finish();
    // After finish(): where in the appended bytes an object's value starts.
    qint64 valueOffset(PdfRef ref) const { return m_valueOffsets.value(ref.num, -1); }

private:
    struct Pending {
        PdfRef ref;
        PdfObject object;
        QByteArray raw; // a stream's data, or a verbatim body
        bool isRaw = false;
        bool isStream = false;
    };

    const PdfDocument &m_doc;
    quint32 m_base;
    quint32 m_next;
    QMap<quint32, Pending> m_objects;
    QHash<quint32, qint64> m_valueOffsets;
};

} // namespace ab::report::pdf
