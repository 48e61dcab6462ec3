#include "ui/DocumentsModel.h"

#include "core/evidence/EvidencePager.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/Schema.h"
#include "core/util/Language.h"
#include "ui/CustodyText.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ab::ui
{

namespace
{
// The document's own bytes kept as evidence: the row's link, else an item with its SHA-256.
qint64 storedAs(const InspectionFile &file, qint64 linked, const QString &sha256)
{
    if (linked > 0)
        return linked;
    if (sha256.isEmpty())
        return 0;
    EvidenceQuery q;
    q.text = sha256;
    EvidencePager pager(file, q);
    auto page = pager.next(16);
    if (!page)
        return 0;
    for (const EvidenceItem &e : std::as_const(*page))
        if (e.sha256 == sha256)
            return e.id;
    return 0;
}
} // namespace

DocumentsModel::DocumentsModel(QObject *parent) : QAbstractTableModel(parent) {}

bool DocumentsModel::load(InspectionFile *file, QString *error)
{
    QList<Document> docs;
    bool ok = true;
    if (file && schema::tablesOf(file->schemaVersion()).contains(QStringLiteral("report"))) {
        auto rows = RecordTable(*file, QStringLiteral("report")).all();
        if (!rows) {
            ok = false;
            if (error)
                *error = rows.error().message;
        } else {
            for (const QJsonObject &r : std::as_const(*rows)) {
                Document d;
                d.id = qint64(r.value(QStringLiteral("id")).toDouble());
                d.kind = r.value(QStringLiteral("kind")).toString();
                d.lang = r.value(QStringLiteral("lang")).toString();
                d.format = r.value(QStringLiteral("format")).toString();
                d.number = r.value(QStringLiteral("number")).toString();
                d.sha256 = r.value(QStringLiteral("sha256")).toString();
                d.size = qint64(r.value(QStringLiteral("size")).toDouble());
                const QJsonArray sigs = QJsonDocument::fromJson(r.value(QStringLiteral("signatures")).toString().toUtf8()).array();
                d.signatureCount = int(sigs.size());
                for (const QJsonValue &s : sigs) {
                    const QJsonObject o = s.toObject();
                    for (const char *key : {"signer", "common_name", "name"})
                        if (const QString n = o.value(QLatin1String(key)).toString(); !n.isEmpty()) {
                            d.signers.append(CustodyText::commonName(n));
                            break;
                        }
                }
                d.chainSeq = qint64(r.value(QStringLiteral("chain_seq")).toDouble());
                d.chainHead = r.value(QStringLiteral("chain_head")).toString();
                d.issuedAt = QDateTime::fromString(r.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
                if (!d.issuedAt.isValid())
                    d.issuedAt = QDateTime::fromString(r.value(QStringLiteral("issued_at")).toString(), Qt::ISODate);
                d.issuedBy = r.value(QStringLiteral("issued_by")).toString();
                d.evidenceId = storedAs(*file, qint64(r.value(QStringLiteral("evidence_id")).toDouble()), d.sha256);
                docs.append(d);
            }
        }
    }
    beginResetModel();
    m_docs = docs;
    endResetModel();
    return ok;
}

void DocumentsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_docs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_docs.size());
}

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &d = m_docs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind: {
            QString k = CustodyText::documentKind(d.kind);
            if (!k.isEmpty())
                k[0] = k[0].toUpper();
            return QStringLiteral("%1 (%2)").arg(k, d.format.toUpper());
        }
        case Language:
            return ab::Language::nativeName(d.lang);
        case Number:
            return d.number;
        case Issued:
            return tr("%1 by %2").arg(QLocale().toString(d.issuedAt.toLocalTime(), QLocale::ShortFormat), d.issuedBy);
        case Sha256:
            return QString(d.sha256.left(16) + QChar(0x2026));
        case Signatures:
            if (d.signatureCount == 0)
                return tr("not signed");
            return d.signers.isEmpty() ? tr("%n signature(s)", nullptr, d.signatureCount) : d.signers.join(QStringLiteral(", "));
        case Chain:
            return tr("entry %1 · %2").arg(d.chainSeq).arg(d.chainHead.left(12) + QChar(0x2026));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Sha256)
            return tr("SHA-256 of the document as written: %1 (%2 bytes)").arg(d.sha256).arg(d.size);
        if (index.column() == Chain)
            return tr("The custody log's head when the document was made: entry %1, %2").arg(d.chainSeq).arg(d.chainHead);
        return d.evidenceId > 0 ? tr("Kept in the inspection as evidence %1: double-click to view it.").arg(d.evidenceId)
                                : tr("Only the document's SHA-256 is recorded; the inspection holds no copy of it.");
    case Qt::FontRole:
        if (index.column() == Sha256 || index.column() == Chain)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case IdRole:
        return d.id;
    case EvidenceRole:
        return d.evidenceId;
    }
    return {};
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Document");
    case Language:
        return tr("Language");
    case Number:
        return tr("Number");
    case Issued:
        return tr("Issued");
    case Sha256:
        return tr("SHA-256");
    case Signatures:
        return tr("Signatures");
    case Chain:
        return tr("Custody head");
    }
    return {};
}

} // namespace ab::ui
