#pragma once

#include "core/report/pdf/PdfObject.h"
#include "core/report/pdf/PdfSource.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace ab::report::pdf {

// A PDF opened for reading: its cross-reference sections (classic tables
// and cross-reference streams, chained by /Prev, newest first), the objects
// they locate (also inside object streams), the catalog and the page tree.
// Every query can be asked "as of" a revision boundary: only the sections
// that lie before that byte offset count, which is the document as a
// signature covering those bytes saw it.
//
// Bounded against hostile input: at most MaxSections sections (loops in
// /Prev are errors), MaxObjects objects, MaxStreamBytes per decoded stream,
// MaxResolveDepth nested look-ups; every failure is a BadInput error.
class PdfDocument final {
public:
    static constexpr int MaxSections = 1024;
    static constexpr quint32 MaxObjects = 8388607; // the PDF limit
    static constexpr qint64 MaxStreamBytes = 64 << 20;
    static constexpr int MaxResolveDepth = 32;
    static constexpr int MaxPages = 100000;

    struct XrefEntry {
        enum class Kind : quint8 { Free, Used, Compressed };
        Kind kind = Kind::Free;
        quint16 gen = 0;
        qint64 offset = 0;  // Used: where "num gen obj" starts
        quint32 stream = 0; // Compressed: the object stream's number
        quint32 index = 0;  // Compressed: the position inside it
    };
    struct Section {
        qint64 offset = 0; // where its table or stream starts
        bool isStream = false;
        PdfDict trailer;
        QHash<quint32, XrefEntry> entries;
    };

    static Result<std::unique_ptr<PdfDocument>> open(std::unique_ptr<PdfSource> source);
    static Result<std::unique_ptr<PdfDocument>> openFile(const QString &path);
    static Result<std::unique_ptr<PdfDocument>> fromBytes(const QByteArray &bytes, const QString &name = {});
    ~PdfDocument();
    Q_DISABLE_COPY_MOVE(PdfDocument)

    const PdfSource &source() const { return *m_source; }
    qint64 size() const { return m_source->size(); }
    const QList<Section> &sections() const { return m_sections; }
    // The newest trailer (for an update: /Root, /Info, /ID, /Prev).
    const PdfDict &trailer() const { return m_sections.first().trailer; }
    const PdfDict &trailer(qint64 asOf) const;
    // One more than the highest object number any section knows.
    quint32 objectCount() const { return m_objectCount; }
    bool isEncrypted() const { return trailer().contains("Encrypt"); }

    // asOf: only sections before this byte offset count; -1: all of them.
    std::optional<XrefEntry> entry(quint32 num, qint64 asOf = -1) const;
    // A missing or free object is null, as PDF readers must treat it.
    Result<PdfObject> object(PdfRef ref, qint64 asOf = -1) const;
    Result<PdfObject> resolve(const PdfObject &o, qint64 asOf = -1) const;
    // A dictionary value, resolved when it is a reference.
    Result<PdfObject> get(const PdfObject &dictOrStream, QByteArrayView key, qint64 asOf = -1) const;

    Result<PdfRef> rootRef(qint64 asOf = -1) const;
    Result<PdfObject> catalog(qint64 asOf = -1) const;
    Result<QList<PdfRef>> pages(qint64 asOf = -1) const;

    Result<QByteArray> rawStream(const PdfObject &stream, qint64 maxSize) const;
    Result<QByteArray> decodedStream(const PdfObject &stream, qint64 maxSize) const;

    Error damaged(const QString &detail, qint64 at = -1) const;

private:
    explicit PdfDocument(std::unique_ptr<PdfSource> source);
    Result<void> load();
    Result<qint64> findStartXref() const;
    Result<Section> readSection(qint64 offset);
    Result<Section> readTable(qint64 offset);
    Result<Section> readXrefStream(qint64 offset);
    Result<PdfObject> readAt(qint64 offset, quint32 num, qint64 asOf) const;
    Result<PdfObject> readCompressed(const XrefEntry &e, quint32 num, qint64 asOf) const;
    Result<qint64> streamLength(const PdfObject &stream, qint64 asOf) const;

    struct ObjectStream {
        std::unique_ptr<PdfSource> data;
        QList<QPair<quint32, qint64>> offsets; // object number, offset from /First
        qint64 first = 0;
    };

    std::unique_ptr<PdfSource> m_source;
    QList<Section> m_sections;
    quint32 m_objectCount = 0;
    mutable QHash<qint64, PdfObject> m_byOffset; // parsed objects by file offset
    mutable QHash<qint64, std::shared_ptr<ObjectStream>> m_objectStreams;
    mutable int m_depth = 0;
};

} // namespace ab::report::pdf
