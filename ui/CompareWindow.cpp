#include "ui/CompareWindow.h"

#include "core/seal/InspectionComparer.h"
#include "ui/ComparisonModel.h"
#include "ui/DialogProvider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ab::ui
{

CompareWindow::CompareWindow(DialogProvider *dialogs, QWidget *parent) : QWidget(parent, Qt::Window), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("compareWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_model = new ComparisonModel(this);

    m_filesLabel = new QLabel(this);
    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(QStringLiteral("compareFiles"));
    m_fileList->setMaximumHeight(m_fileList->fontMetrics().height() * 6);
    m_filesLabel->setBuddy(m_fileList);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("compareAdd"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("compareRemove"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_fileList, 1);
    filesRow->addLayout(buttons);

    m_onlyDifferences = new QCheckBox(this);
    m_onlyDifferences->setObjectName(QStringLiteral("compareOnlyDifferences"));
    m_onlyDifferences->setChecked(true);
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("compareSection"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_onlyDifferences);
    filterRow->addWidget(m_section);
    filterRow->addStretch();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filesLabel);
    layout->addLayout(filesRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &CompareWindow::chooseAndAdd);
    connect(m_remove, &QPushButton::clicked, this, &CompareWindow::removeSelected);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &CompareWindow::updateState);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_model, &ComparisonModel::setOnlyDifferences);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &CompareWindow::updateState);
    connect(m_section, &QComboBox::currentIndexChanged, this, [this](int i) {
        const QVariant v = m_section->itemData(i);
        m_model->setSection(v.isValid() ? std::optional(ComparisonRow::Section(v.toInt())) : std::nullopt);
        updateState();
    });
    connect(&m_unlock, &QFutureWatcherBase::finished, this, &CompareWindow::unlocked);
    connect(&m_compare, &QFutureWatcherBase::finished, this, &CompareWindow::compared);

    // Fits a 1366x768 screen beside the main window's panel.
    resize(1100, 640);
    retranslate();
    updateState();
}

CompareWindow::~CompareWindow()
{
    // The jobs hold their own copies of what they need; wait so that none
    // outlives the window's watchers.
    m_unlock.waitForFinished();
    m_compare.waitForFinished();
}

void CompareWindow::retranslate()
{
    setWindowTitle(tr("Compare inspections"));
    m_filesLabel->setText(tr("&Inspections of the same site:"));
    m_add->setText(tr("&Add inspection…"));
    m_add->setToolTip(tr("Add another inspector's file of the same site; its passphrase is asked for."));
    m_remove->setText(tr("&Remove"));
    m_onlyDifferences->setText(tr("Only what &differs"));
    fillSections();
    m_model->setComparison(m_model->comparison()); // headers and section names in the new language
    updateState();
}

void CompareWindow::fillSections()
{
    const QVariant current = m_section->currentData();
    const QSignalBlocker block(m_section);
    m_section->clear();
    m_section->addItem(tr("All sections"));
    using S = ComparisonRow::Section;
    for (S s : {S::Details, S::Answer, S::Finding, S::Device, S::Service, S::Evidence, S::EvidenceName})
        m_section->addItem(ComparisonModel::sectionTitle(s), int(s));
    const int at = current.isValid() ? m_section->findData(current) : 0;
    m_section->setCurrentIndex(at < 0 ? 0 : at);
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompareWindow::addOpenInspection(const InspectionFile &file)
{
    for (const Source &s : std::as_const(m_sources))
        if (QFileInfo(s.path) == QFileInfo(file.path()))
            return;
    auto key = std::make_shared<InspectionFile::UnlockedKey>();
    key->key = file.fileKey().clone();
    key->fileId = file.fileId();
    m_sources.append({file.path(), std::move(key)});
    m_fileList->addItem(QDir::toNativeSeparators(file.path()));
    compareNow();
}

void CompareWindow::chooseAndAdd()
{
    m_dialogs->openInspectionPath(this, [this](const QString &path) {
        if (!path.isEmpty())
            addPath(path);
    });
}

void CompareWindow::addPath(const QString &path)
{
    if (m_unlockPending)
        return;
    for (const Source &s : std::as_const(m_sources))
        if (QFileInfo(s.path) == QFileInfo(path)) {
            m_dialogs->message(this, DialogProvider::Severity::Information, tr("Compare inspections"),
                               tr("%1 is already in the comparison.").arg(QDir::toNativeSeparators(path)));
            return;
        }
    if (!QFileInfo(path).isFile()) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Compare inspections"),
                           tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    askPassphrase(path, QString());
}

void CompareWindow::askPassphrase(const QString &path, const QString &error)
{
    m_dialogs->passphrase(this, path, error, [this, path](std::optional<QByteArray> pass) {
        if (!pass)
            return;
        auto secret = std::make_shared<const crypto::SecureBytes>(*pass);
        crypto::cleanse(*pass);
        m_unlockPending = true;
        updateState();
        m_unlock.setFuture(QtConcurrent::run(&jobs::unlock, path, std::move(secret)));
    });
}

void CompareWindow::unlocked()
{
    if (!m_unlockPending)
        return; // the reset below finishes the watcher once more
    m_unlockPending = false;
    const QFuture<UnlockOutcome> f = m_unlock.future();
    const UnlockOutcome out = f.resultCount() > 0 ? f.result() : UnlockOutcome{};
    m_unlock.setFuture(QFuture<UnlockOutcome>()); // drop the future's copy of the key
    updateState();
    if (out.error || !out.key) {
        const Error e = out.error.value_or(makeError(ErrorCode::Io, tr("Opening was interrupted.")));
        if (e.code == ErrorCode::WrongPassphrase)
            askPassphrase(out.path, e.message);
        else
            m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Compare inspections"), e.message);
        return;
    }
    m_sources.append({out.path, out.key});
    m_fileList->addItem(QDir::toNativeSeparators(out.path));
    compareNow();
}

void CompareWindow::removeSelected()
{
    const int row = m_fileList->currentRow();
    if (row < 0 || row >= m_sources.size())
        return;
    m_sources.removeAt(row);
    delete m_fileList->takeItem(row);
    compareNow();
}

CompareWindow::CompareOutcome CompareWindow::compareJob(const QList<Source> &sources)
{
    // Handles of this pool thread, read-only: a comparison never writes.
    std::vector<std::unique_ptr<InspectionFile>> files;
    QList<InspectionFile *> raw;
    for (const Source &s : sources) {
        auto f = InspectionFile::open(s.path, *s.key, InspectionFile::Mode::ReadOnly);
        if (!f)
            return {std::nullopt, f.error()};
        raw.append(f->get());
        files.push_back(std::move(f).value());
    }
    auto c = InspectionComparer::compare(raw);
    if (!c)
        return {std::nullopt, c.error()};
    return {std::move(c).value(), std::nullopt};
}

void CompareWindow::compareNow()
{
    m_error.clear();
    if (m_sources.size() < 2) {
        m_model->setComparison({});
        updateState();
        Q_EMIT comparisonFinished();
        return;
    }
    if (m_comparePending) {
        m_compareAgain = true;
        return;
    }
    m_comparePending = true;
    updateState();
    m_compare.setFuture(QtConcurrent::run(&CompareWindow::compareJob, m_sources));
}

void CompareWindow::compared()
{
    if (!m_comparePending)
        return;
    m_comparePending = false;
    const QFuture<CompareOutcome> f = m_compare.future();
    CompareOutcome out = f.resultCount() > 0 ? f.result() : CompareOutcome{};
    m_compare.setFuture(QFuture<CompareOutcome>());
    if (m_compareAgain) {
        m_compareAgain = false;
        compareNow();
        return;
    }
    if (out.comparison) {
        m_model->setComparison(std::move(*out.comparison));
        m_table->resizeColumnToContents(ComparisonModel::SectionColumn);
        for (int c = ComparisonModel::LabelColumn; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, qMax(160, (m_table->viewport()->width() - m_table->columnWidth(0)) / (m_model->columnCount() - 1)));
        m_table->resizeRowsToContents();
    } else {
        m_model->setComparison({});
        m_error = out.error ? out.error->message : tr("The comparison was interrupted.");
    }
    updateState();
    Q_EMIT comparisonFinished();
}

QStringList CompareWindow::files() const
{
    QStringList out;
    for (const Source &s : m_sources)
        out.append(s.path);
    return out;
}

bool CompareWindow::isBusy() const
{
    return m_unlockPending || m_comparePending;
}

QString CompareWindow::statusText() const
{
    return m_status->text();
}

void CompareWindow::updateState()
{
    m_add->setEnabled(!m_unlockPending);
    m_remove->setEnabled(m_fileList->currentRow() >= 0 && !m_comparePending);
    QString text;
    if (m_unlockPending)
        text = tr("Opening…");
    else if (m_comparePending)
        text = tr("Comparing…");
    else if (!m_error.isEmpty())
        text = m_error;
    else if (m_sources.size() < 2)
        text = tr("Add at least two inspections of the same site to compare them.");
    else {
        const Comparison &c = m_model->comparison();
        const auto differences = c.differenceCount();
        text = differences == 0
                   ? tr("The %1 inspections hold the same: %2 things compared, none differs.").arg(c.files.size()).arg(c.rows.size())
                   : tr("%n difference(s) among %1 inspections (%2 things compared).", nullptr, int(differences))
                         .arg(c.files.size())
                         .arg(c.rows.size());
    }
    m_status->setText(text);
}

} // namespace ab::ui
