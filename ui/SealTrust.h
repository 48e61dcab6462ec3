#pragma once

#include "core/crypto/CmsVerifier.h"

#include <QCoreApplication>
#include <QString>

namespace ab::ui
{

// The organisation's CA certificate a supervisor trusts for seals, kept in
// the settings as a path (a certificate is public; nothing secret is kept),
// and the verify options made from it.
class SealTrust final
{
    Q_DECLARE_TR_FUNCTIONS(ab::ui::SealTrust)
public:
    static QString anchorPath();
    static void setAnchorPath(const QString &path); // empty forgets it
    // Options with the anchor (when one is set and can be read) and the
    // system's store; `problem` says why a set anchor was not used.
    static crypto::CmsVerifyOptions options(QString *problem = nullptr);
};

} // namespace ab::ui
