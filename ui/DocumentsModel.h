#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ab
{
class InspectionFile;
}

namespace ab::ui
{

// The documents issued from an inspection (its `report` rows): which kind,
// in which language, their number, the SHA-256 of the bytes written, who
// signed them and the custody head they carry; and the evidence item that
// holds the document itself, where the inspection keeps a copy.
class DocumentsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Language, Number, Issued, Sha256, Signatures, Chain, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EvidenceRole }; // EvidenceRole: the evidence id, 0 when not stored

    struct Document {
        qint64 id = 0;
        QString kind, lang, format, number, sha256;
        qint64 size = 0;
        QStringList signers;
        int signatureCount = 0;
        qint64 chainSeq = 0;
        QString chainHead;
        QDateTime issuedAt;
        QString issuedBy;
        qint64 evidenceId = 0;
    };

    explicit DocumentsModel(QObject *parent = nullptr);
    // Reads the rows again (nullptr clears); false with `error` set when they cannot be read.
    bool load(InspectionFile *file, QString *error = nullptr);
    const QList<Document> &documents() const { return m_docs; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Document> m_docs;
};

} // namespace ab::ui
