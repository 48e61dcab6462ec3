#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace ab
{
class InspectionFile;
}

namespace ab::ui
{

// The facts of the open inspection that nobody edits: regime, catalog, when
// it was created, the file, its counts and the custody chain head (the rest
// of what `auditbench-cli info` says is edited on the Setup page beside it).
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    // nullptr clears the page. Reads counts through the UI thread's handle;
    // refresh() reads them again, a language change only re-renders them.
    void setInspection(InspectionFile *file);
    void refresh();
    static QString regimeName(const QString &regime);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Row { Regime, Catalog, Created, File, Evidence, Custody, Head, RowCount };
    void retranslate();
    void render();
    struct Counts {
        qint64 evidence = 0;
        qint64 custody = 0;
        qint64 headSeq = 0;
        QString headHash;
        QString error;
    };
    Counts m_counts;

    InspectionFile *m_file = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_keys[RowCount] = {};
    QLabel *m_values[RowCount] = {};
};

} // namespace ab::ui
