#include "ui/SealTrust.h"

#include <QDir>
#include <QSettings>

namespace ab::ui
{

namespace
{
const QString Key = QStringLiteral("seal/trustAnchor");
} // namespace

QString SealTrust::anchorPath()
{
    return QSettings().value(Key).toString();
}

void SealTrust::setAnchorPath(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(Key);
    else
        settings.setValue(Key, path);
}

crypto::CmsVerifyOptions SealTrust::options(QString *problem)
{
    crypto::CmsVerifyOptions options;
    const QString path = anchorPath();
    if (path.isEmpty())
        return options;
    auto der = crypto::readCertificateFile(path);
    if (der)
        options.trustAnchors.append(*der);
    else if (problem)
        *problem = tr("The trust anchor %1 was not used: %2").arg(QDir::toNativeSeparators(path), der.error().message);
    return options;
}

} // namespace ab::ui
