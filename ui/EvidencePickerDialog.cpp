#include "ui/EvidencePickerDialog.h"

#include "ui/EvidenceModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ab::ui
{

EvidencePickerDialog::EvidencePickerDialog(InspectionFile &file, const EvidencePick &pick, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(pick.title.isEmpty() ? tr("Attach evidence") : pick.title);
    setWindowModality(Qt::WindowModal);
    m_model = new EvidenceModel(this);
    m_model->setCheckable(true, pick.single);
    m_model->setOnlyKind(pick.onlyKind);
    m_model->setFile(&file);
    m_model->setChecked(pick.chosen);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("evidencePickerView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EvidenceModel::AddedAt, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceModel::Name, QHeaderView::Stretch);
    for (int c : {EvidenceModel::Sha256, EvidenceModel::AddedBy})
        m_view->hideColumn(c);
    m_view->installEventFilter(this);

    auto *hint = new QLabel(pick.hint.isEmpty() ? tr("Tick the evidence to attach (Space ticks the current row).") : pick.hint, this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 100, fm.height() * 24);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_model, &EvidenceModel::countsChanged, this, &EvidencePickerDialog::updateCount);
    // A double click or Enter on a row of a single choice chooses it.
    connect(m_view, &QTableView::activated, this, [this, single = pick.single](const QModelIndex &i) {
        if (!single)
            return;
        m_model->setData(i.siblingAtColumn(EvidenceModel::Name), Qt::Checked, Qt::CheckStateRole);
        accept();
    });
    updateCount();
}

void EvidencePickerDialog::updateCount()
{
    m_count->setText(tr("%n item(s)", nullptr, int(m_model->totalCount())));
}

bool EvidencePickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        const QModelIndex i = m_view->currentIndex().siblingAtColumn(EvidenceModel::Name);
        if (i.isValid()) {
            const bool on = i.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
            m_model->setData(i, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QList<qint64> EvidencePickerDialog::chosen() const
{
    return m_model->checked();
}

} // namespace ab::ui
