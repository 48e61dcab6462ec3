#pragma once

#include "core/findings/Readiness.h"

#include <QWidget>

class QLabel;
class QListView;
class QStandardItemModel;
class QToolButton;

namespace ab::ui
{

// "Before a report can be issued": what is still missing, under the side
// navigation, folded away with one click (or Space on its header). Each line
// leads to where it is put right; nothing here stops anyone moving on.
class ReadinessPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, ObjectRole };

    explicit ReadinessPanel(QWidget *parent = nullptr);
    void setReadiness(const std::optional<findings::Readiness> &readiness); // nullopt: nothing open
    const std::optional<findings::Readiness> &readiness() const { return m_readiness; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton *header() const { return m_header; } // folds the panel (Space)
    QLabel *title() const { return m_title; }
    QListView *list() const { return m_list; }
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    // kind as ReadinessGap::kindName, object as in the gap ("INT-04", "finding:12").
    void gapActivated(const QString &kind, const QString &object);
    void expandedChanged(bool expanded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    std::optional<findings::Readiness> m_readiness;
    QToolButton *m_header = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace ab::ui
