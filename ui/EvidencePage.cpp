#include "ui/EvidencePage.h"

#include "ui/EvidenceModel.h"
#include "ui/EvidenceViewer.h"
#include "ui/ReadOnlyHint.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace ab::ui
{

namespace
{
QStringList localPaths(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &u : mime->urls())
        if (u.isLocalFile())
            out.append(u.toLocalFile());
    return out;
}
} // namespace

EvidencePage::EvidencePage(EvidenceModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("evidenceFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_count = new QLabel(this);
    m_addFiles = new QPushButton(this);
    m_addFolder = new QPushButton(this);
    m_export = new QPushButton(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_addFiles);
    bar->addWidget(m_addFolder);
    bar->addWidget(m_export);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("evidenceView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EvidenceModel::AddedAt, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(EvidenceModel::Name, QHeaderView::Stretch);
    // Widths from the font, so they hold at any scale; rows of one height, so
    // 100,000 of them are never measured.
    const int ch = fontMetrics().averageCharWidth();
    m_view->horizontalHeader()->setMinimumSectionSize(ch * 6);
    m_view->setColumnWidth(EvidenceModel::Kind, ch * 13);
    m_view->setColumnWidth(EvidenceModel::Size, ch * 11);
    m_view->setColumnWidth(EvidenceModel::Sha256, ch * 20);
    m_view->setColumnWidth(EvidenceModel::Item, ch * 14);
    m_view->setColumnWidth(EvidenceModel::AddedBy, ch * 13);
    m_view->setColumnWidth(EvidenceModel::AddedAt, ch * 18);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    m_view->setAcceptDrops(true);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    m_preview = new EvidenceViewer(this);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("evidenceSplitter"));
    auto *left = new QWidget(m_split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_hint);
    m_split->addWidget(left);
    m_split->addWidget(m_preview);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_split, 1);
    setTabOrder(m_filter, m_addFiles);
    setTabOrder(m_addFiles, m_addFolder);
    setTabOrder(m_addFolder, m_export);
    setTabOrder(m_export, m_view);

    // The filter runs in SQL over every item: once typing pauses, not per key.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_model, &EvidenceModel::countsChanged, this, &EvidencePage::updateCount);
    connect(m_addFiles, &QPushButton::clicked, this, &EvidencePage::addFilesRequested);
    connect(m_addFolder, &QPushButton::clicked, this, &EvidencePage::addFolderRequested);
    connect(m_export, &QPushButton::clicked, this, &EvidencePage::exportRequested);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(EvidenceModel::IdRole).toLongLong(); id > 0)
            Q_EMIT viewRequested(id);
    });
    // The preview follows the selection once it rests (arrowing down a list decrypts nothing on the way).
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(120);
    connect(m_previewDelay, &QTimer::timeout, this, [this] { m_preview->showItem(selectedId()); });
    connect(this, &EvidencePage::selectionChanged, m_previewDelay, qOverload<>(&QTimer::start));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvidencePage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidencePage::selectionChanged);
    retranslate();
    setEditable(false, false);
}

qint64 EvidencePage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(EvidenceModel::IdRole).toLongLong();
}

QString EvidencePage::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(EvidenceModel::Name);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void EvidencePage::setEditable(bool writable, bool busy, const QString &why)
{
    m_acceptDrops = writable && !busy;
    m_addFiles->setEnabled(writable && !busy);
    m_addFolder->setEnabled(writable && !busy);
    m_export->setEnabled(!busy && selectedId() > 0);
    readonly::explain({m_addFiles, m_addFolder}, writable ? QString() : why);
    m_hint->setVisible(writable);
}

bool EvidencePage::selectItem(qint64 id, const QString &sha256)
{
    // The rows read so far, then a few more pages; past that, the item's own hash finds it at once.
    int row = m_model->rowOfId(id);
    for (int pages = 0; row < 0 && pages < 8 && m_model->canFetchMore({}); ++pages) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row < 0 && !sha256.isEmpty()) {
        m_filter->setText(sha256);
        m_debounce->stop();
        m_model->setFilterText(sha256);
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, EvidenceModel::Name));
    return true;
}

bool EvidencePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        if (m_acceptDrops && !localPaths(e->mimeData()).isEmpty()) {
            e->setDropAction(Qt::CopyAction);
            e->accept();
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        const QStringList paths = localPaths(e->mimeData());
        if (!m_acceptDrops || paths.isEmpty()) {
            e->ignore();
            return true;
        }
        e->setDropAction(Qt::CopyAction);
        e->accept();
        Q_EMIT pathsDropped(paths);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void EvidencePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvidencePage::retranslate()
{
    m_filterLabel->setText(tr("Filt&er:")); // Alt+F is the File menu
    m_filter->setPlaceholderText(tr("Name, kind, hash, item or person"));
    m_addFiles->setText(tr("&Add files…"));
    m_addFolder->setText(tr("Add f&older…"));
    m_export->setText(tr("E&xport…"));
    m_hint->setText(tr(
        "Drop files or folders on the table to add them as evidence. Contents are hashed (SHA-256) and encrypted in the inspection file."));
    m_model->retranslate();
    updateCount();
}

void EvidencePage::updateCount()
{
    const qint64 shown = m_model->totalCount();
    const qint64 total = m_model->unfilteredCount();
    m_count->setText(m_model->filterText().trimmed().isEmpty() ? tr("%n item(s)", nullptr, int(total))
                                                               : tr("%1 of %2 shown").arg(shown).arg(total));
}

} // namespace ab::ui
