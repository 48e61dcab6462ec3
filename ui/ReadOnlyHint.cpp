#include "ui/ReadOnlyHint.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QVariant>
#include <QWidget>

namespace ab::ui::readonly
{

namespace
{
constexpr const char *OwnTip = "abOwnToolTip";
constexpr const char *ShownTip = "abReadOnlyToolTip";
} // namespace

QString ownToolTip(const QWidget *control)
{
    const QVariant own = control->property(OwnTip);
    return own.isValid() ? own.toString() : control->toolTip();
}

void explain(QWidget *control, const QString &why)
{
    if (!control)
        return;
    const QString current = control->toolTip();
    const QVariant shown = control->property(ShownTip);
    // A page may have set a new tooltip since (a language change): that one is its own now.
    const bool ours = shown.isValid() && shown.toString() == current;
    const bool explaining = !why.isEmpty() && !control->isEnabled();
    if (explaining) {
        const QString own = ours ? control->property(OwnTip).toString() : current;
        const QString text = own.isEmpty() ? why : why + QStringLiteral("\n\n") + own;
        control->setProperty(OwnTip, own);
        control->setProperty(ShownTip, text);
        control->setToolTip(text);
    } else if (shown.isValid()) {
        if (ours)
            control->setToolTip(control->property(OwnTip).toString());
        control->setProperty(OwnTip, QVariant());
        control->setProperty(ShownTip, QVariant());
    }
}

void explain(std::initializer_list<QWidget *> controls, const QString &why)
{
    for (QWidget *w : controls)
        explain(w, why);
}

void explainWithin(QWidget *container, const QString &why)
{
    if (!container)
        return;
    for (QWidget *w : container->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w))
            explain(w, why);
    }
}

} // namespace ab::ui::readonly
