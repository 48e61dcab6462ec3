#include "ui/TeamEditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab::ui
{

TeamEditor::TeamEditor(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("inspectorName"));
    m_name->installEventFilter(this);
    m_add = new QPushButton(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("inspectorsList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->installEventFilter(this);
    m_list->setMinimumHeight(fontMetrics().height() * 4);
    m_list->setMaximumHeight(fontMetrics().height() * 8);
    m_up = new QPushButton(this);
    m_down = new QPushButton(this);
    m_remove = new QPushButton(this);
    for (QPushButton *b : {m_add, m_up, m_down, m_remove})
        b->setAutoDefault(false);
    m_leader = new QLabel(this);
    m_leader->setObjectName(QStringLiteral("teamLeader"));
    m_leader->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_add, 0, 1);
    grid->addWidget(m_list, 1, 0);
    grid->addLayout(buttons, 1, 1);
    grid->addWidget(m_leader, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    setTabOrder(m_name, m_add);
    setTabOrder(m_add, m_list);
    setTabOrder(m_list, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_remove);

    connect(m_add, &QPushButton::clicked, this, &TeamEditor::addTyped);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        renderLeader();
        Q_EMIT changed();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        renderLeader();
        Q_EMIT changed();
    });
    retranslate();
}

QStringList TeamEditor::inspectors() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (const QString n = m_list->item(i)->text().trimmed(); !n.isEmpty())
            out.append(n);
    return out;
}

void TeamEditor::setInspectors(const QStringList &names)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const QString &n : names) {
        auto *item = new QListWidgetItem(n, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    renderLeader();
}

void TeamEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_add, m_up, m_down, m_remove})
        w->setEnabled(!readOnly);
    m_list->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
}

bool TeamEditor::addTyped()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return false;
    {
        const QSignalBlocker block(m_list);
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_name->clear();
    m_name->setFocus();
    renderLeader();
    Q_EMIT changed();
    return true;
}

void TeamEditor::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    {
        const QSignalBlocker block(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(to, item);
        m_list->setCurrentRow(to);
    }
    renderLeader();
    Q_EMIT changed();
}

void TeamEditor::renderLeader()
{
    const QSignalBlocker block(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QFont f = m_list->font();
        f.setBold(i == m_list->count() - 1);
        m_list->item(i)->setFont(f);
    }
    const QStringList team = inspectors();
    m_leader->setText(team.isEmpty() ? tr("Nobody named yet. The last inspector in the list is the team leader, who signs the report.")
                                     : tr("Team leader (the last in the list; signs the report): %1").arg(team.constLast()));
}

bool TeamEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *k = static_cast<QKeyEvent *>(event);
        if (watched == m_name && (k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) && !m_name->text().trimmed().isEmpty()) {
            addTyped();
            return true;
        }
        if (watched == m_list && k->key() == Qt::Key_Delete && m_remove->isEnabled()) {
            m_remove->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TeamEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TeamEditor::retranslate()
{
    m_name->setPlaceholderText(tr("Inspector's name"));
    m_add->setText(tr("Add inspe&ctor"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move do&wn"));
    m_remove->setText(tr("Remove"));
    renderLeader();
}

} // namespace ab::ui
