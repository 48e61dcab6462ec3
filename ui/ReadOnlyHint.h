#pragma once

#include <QString>

#include <initializer_list>

class QWidget;

namespace ab::ui
{

// Keeps a read-only inspection honest: a control that cannot be used
// because nothing may be changed says why in its tooltip (the control's own
// tooltip kept below the reason), and gets its own back once it can be used
// again. Pages call it after setting their controls enabled or not, with
// InspectionSession::readOnlyReason() (empty when writable).
namespace readonly
{
void explain(std::initializer_list<QWidget *> controls, const QString &why);
void explain(QWidget *control, const QString &why);
// Every input control inside `container` (buttons, fields, lists' editors):
// for editors that hold nothing but write controls.
void explainWithin(QWidget *container, const QString &why);
// The tooltip the control had before a reason was added.
QString ownToolTip(const QWidget *control);
} // namespace readonly

} // namespace ab::ui
