#pragma once

#include <QDialog>

namespace ab::ui
{

class EvidenceViewer;
class InspectionSession;

// One evidence item in a window of its own (double-click in the Evidence list),
// with Export.
class EvidenceViewerDialog final : public QDialog
{
    Q_OBJECT
public:
    EvidenceViewerDialog(InspectionSession *session, qint64 id, QWidget *parent = nullptr);
    EvidenceViewer *viewer() const { return m_viewer; }

Q_SIGNALS:
    void exportRequested(qint64 id, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    EvidenceViewer *m_viewer = nullptr;
};

} // namespace ab::ui
