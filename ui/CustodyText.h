#pragma once

#include "core/inspection/CustodyLog.h"

#include <QCoreApplication>
#include <QString>

namespace ab::ui
{

// What a custody entry records, as a sentence a person reads ("Sealed by
// Nguyễn Văn A, covering entries 1 to 41", "Review comment on evidence 3:
// “Photo is blurred”"), translated at call time; the action's own name
// (review.add...) for anything it does not know.
class CustodyText final
{
    Q_DECLARE_TR_FUNCTIONS(ab::ui::CustodyText)
public:
    static QString sentence(const CustodyEntry &entry);
    // "the inspection report", "the rectification notice"... (report::kindName names)
    static QString documentKind(const QString &kind);
    // "evidence 3", "finding 2", "answer INT-04", "document 1", "the inspection"
    static QString objectName(const QString &object);
    // The CN of a certificate subject in RFC 2253 form, or the whole subject.
    static QString commonName(const QString &subject);
};

} // namespace ab::ui
