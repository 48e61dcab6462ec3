#include "ui/SystemsEditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>

namespace ab::ui
{

namespace
{
// Levels 1..5 (Order No. 11, Decree 85/2016) edited with a spin box in place.
class LevelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1, 5);
        spin->setFrame(false);
        return spin;
    }
};
} // namespace

SystemsEditor::SystemsEditor(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("systemName"));
    m_name->installEventFilter(this);
    m_levelLabel = new QLabel(this);
    m_level = new QSpinBox(this);
    m_level->setObjectName(QStringLiteral("systemLevel"));
    m_level->setRange(1, 5);
    m_level->setValue(3);
    m_level->installEventFilter(this);
    m_levelLabel->setBuddy(m_level);
    m_add = new QPushButton(this);
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(this);
    m_remove->setAutoDefault(false);
    m_model = new QStandardItemModel(0, 2, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("systemsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(1, new LevelDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);
    // Three rows show without scrolling, whatever the font.
    m_view->setMinimumHeight(fontMetrics().height() * 6);
    m_view->setMaximumHeight(fontMetrics().height() * 9);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_levelLabel, 0, 1);
    grid->addWidget(m_level, 0, 2);
    grid->addWidget(m_add, 0, 3);
    grid->addWidget(m_view, 1, 0, 1, 3);
    grid->addWidget(m_remove, 1, 3, Qt::AlignTop);
    grid->addWidget(m_hint, 2, 0, 1, 4);
    grid->setColumnStretch(0, 1);
    setTabOrder(m_name, m_level);
    setTabOrder(m_level, m_add);
    setTabOrder(m_add, m_view);
    setTabOrder(m_view, m_remove);

    connect(m_add, &QPushButton::clicked, this, [this] { addTyped(); });
    connect(m_remove, &QPushButton::clicked, this, &SystemsEditor::removeCurrent);
    auto report = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_model, &QStandardItemModel::dataChanged, this, report);
    connect(m_model, &QStandardItemModel::rowsRemoved, this, report);
    connect(m_model, &QStandardItemModel::rowsInserted, this, report);
    retranslate();
}

QList<SystemInfo> SystemsEditor::systems() const
{
    QList<SystemInfo> out;
    for (int r = 0; r < m_model->rowCount(); ++r)
        out.append({m_model->item(r, 0)->text().trimmed(), m_model->item(r, 1)->data(Qt::EditRole).toInt()});
    return out;
}

void SystemsEditor::setSystems(const QList<SystemInfo> &systems)
{
    // Filled from the file: no change to report (the view must still hear of the rows).
    m_loading = true;
    m_model->removeRows(0, m_model->rowCount());
    for (const SystemInfo &s : systems) {
        auto *level = new QStandardItem;
        level->setData(s.level, Qt::EditRole);
        m_model->appendRow({new QStandardItem(s.name), level});
    }
    m_loading = false;
}

void SystemsEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_level, m_add, m_remove})
        w->setEnabled(!readOnly);
    m_view->setEditTriggers(readOnly
                                ? QAbstractItemView::NoEditTriggers
                                : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
}

bool SystemsEditor::addTyped(QString *error)
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = tr("Type the system's name first.");
        return false;
    }
    auto *level = new QStandardItem;
    level->setData(m_level->value(), Qt::EditRole);
    m_model->appendRow({new QStandardItem(name), level});
    m_name->clear();
    m_name->setFocus();
    return true;
}

void SystemsEditor::removeCurrent()
{
    const QModelIndex i = m_view->currentIndex();
    if (i.isValid())
        m_model->removeRow(i.row());
}

bool SystemsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *k = static_cast<QKeyEvent *>(event);
        const bool enter = k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter;
        // Enter in the name or level adds the system, and goes no further
        // (a dialog would take it as its default button).
        if ((watched == m_name || watched == m_level) && enter && !m_name->text().trimmed().isEmpty()) {
            addTyped();
            return true;
        }
        if (watched == m_view && k->key() == Qt::Key_Delete && m_remove->isEnabled()) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SystemsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SystemsEditor::retranslate()
{
    m_name->setPlaceholderText(tr("System name, e.g. CCTV platform"));
    m_levelLabel->setText(tr("Le&vel:"));
    m_add->setText(tr("A&dd system"));
    m_remove->setText(tr("Remove"));
    m_model->setHorizontalHeaderLabels({tr("System"), tr("Security level")});
    m_hint->setText(tr("Enter adds the system; F2 edits a name or level in the table; Delete removes a row."));
}

} // namespace ab::ui
