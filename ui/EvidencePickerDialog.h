#pragma once

#include "core/evidence/EvidenceItem.h"

#include <QDialog>
#include <QList>

class QTableView;

namespace ab::ui {

class EvidenceModel;

// Chooses evidence items of the inspection to attach to an answer: the
// evidence table, several rows selectable.
class EvidencePickerDialog final : public QDialog {
    Q_OBJECT
public:
    EvidencePickerDialog(const QList<EvidenceItem> &items, const QList<qint64> &chosen, QWidget *parent = nullptr);
    QList<qint64> chosen() const;

private:
    EvidenceModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace ab::ui
