#pragma once

#include "ui/DialogProvider.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ab::ui
{

class EvidenceModel;

// Chooses evidence items of the inspection: the evidence table with a check
// box per item (Space toggles the current one), a filter, read a page at a
// time. One item or several, of any kind or of one.
class EvidencePickerDialog final : public QDialog
{
    Q_OBJECT
public:
    EvidencePickerDialog(InspectionFile &file, const EvidencePick &pick, QWidget *parent = nullptr);
    QList<qint64> chosen() const;
    EvidenceModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    EvidenceModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace ab::ui
