#pragma once

#include "core/seal/ReviewStore.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace ab::ui
{

// The review rows of an inspection, oldest first: when, who, what kind
// (comment, approval, rejection), what about, and the text.
class ReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Kind, About, Text, ColumnCount };
    enum Role { ObjectRole = Qt::UserRole + 1, IdRole };

    explicit ReviewModel(QObject *parent = nullptr);
    void setEntries(const QList<ReviewEntry> &entries);
    const QList<ReviewEntry> &entries() const { return m_entries; }
    // How an object is named in the About column ("Evidence 3 (photo.jpg)").
    void setObjectNamer(std::function<QString(const QString &)> namer);
    static QString kindText(ReviewEntry::Kind kind);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReviewEntry> m_entries;
    std::function<QString(const QString &)> m_namer;
};

} // namespace ab::ui
