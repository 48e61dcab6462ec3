#include "ui/EvidencePickerDialog.h"

#include "ui/EvidenceModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ab::ui {

EvidencePickerDialog::EvidencePickerDialog(const QList<EvidenceItem> &items, const QList<qint64> &chosen, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Attach evidence"));
    setWindowModality(Qt::WindowModal);
    m_model = new EvidenceModel(this);
    m_model->setItems(items);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(EvidenceModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("evidencePickerView"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::MultiSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceModel::Name, QHeaderView::Stretch);
    for (int c : {EvidenceModel::Sha256, EvidenceModel::AddedBy})
        m_view->hideColumn(c);
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (chosen.contains(proxy->index(r, 0).data(EvidenceModel::IdRole).toLongLong()))
            m_view->selectionModel()->select(proxy->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    auto *hint = new QLabel(tr("Select the evidence that supports this answer (click to select or deselect)."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

QList<qint64> EvidencePickerDialog::chosen() const
{
    QList<qint64> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        out.append(i.data(EvidenceModel::IdRole).toLongLong());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ab::ui
