#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace ab::ui
{

class EvidenceModel;
class EvidenceViewer;

// The evidence browser: a filter, the sortable table (filtered and sorted by
// the model in SQL, read a page at a time), and the buttons to add (files, a
// folder, or files dropped on the table) and export.
class EvidencePage final : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePage(EvidenceModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The selected item, viewed beside the table.
    EvidenceViewer *preview() const { return m_preview; }
    QSplitter *splitter() const { return m_split; }
    // Selects the item (reading pages until it is found, or filtering by its SHA-256).
    bool selectItem(qint64 id, const QString &sha256 = {});
    QLineEdit *filterEdit() const { return m_filter; }
    // Id of the selected item, or 0.
    qint64 selectedId() const;
    QString selectedName() const;
    // why: the reason nothing can be added (a sealed copy), shown on the disabled buttons.
    void setEditable(bool writable, bool busy, const QString &why = {});

Q_SIGNALS:
    void addFilesRequested();
    void addFolderRequested();
    void exportRequested();
    void viewRequested(qint64 id); // double-click or Enter: the item in a window of its own
    void pathsDropped(const QStringList &paths);
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();

    EvidenceModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_hint = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_split = nullptr;
    EvidenceViewer *m_preview = nullptr;
    QTimer *m_previewDelay = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_export = nullptr;
    bool m_acceptDrops = false;
};

} // namespace ab::ui
