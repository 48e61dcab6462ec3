#include "core/probe/web/Soap.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>
#include <QXmlStreamReader>

namespace ab::probe::web {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::web::Soap)
};
constexpr int MaxDepth = 64;
constexpr int MaxLeaves = 512;
constexpr qsizetype MaxText = 1024;
constexpr qsizetype MaxXml = 4 * 1024 * 1024;

QByteArray xmlEscape(const QString &s) { return s.toHtmlEscaped().toUtf8(); }
} // namespace

QByteArray soapEnvelope(const QByteArray &body, const QByteArray &header)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                     "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">";
    if (!header.isEmpty())
        out += "<s:Header>" + header + "</s:Header>";
    out += "<s:Body xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">" + body
        + "</s:Body></s:Envelope>";
    return out;
}

QByteArray onvifDeviceRequest(const QByteArray &operation, const QByteArray &header)
{
    return soapEnvelope("<" + operation + " xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>", header);
}

QByteArray wsPasswordDigest(const QByteArray &nonce, const QByteArray &created, const QByteArray &password)
{
    return QCryptographicHash::hash(QByteArray(nonce + created + password), QCryptographicHash::Sha1).toBase64();
}

QByteArray wsCreated(const QDateTime &utc) { return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1(); }

QByteArray wsUsernameToken(const QString &user, const QString &password, const QByteArray &nonce, const QDateTime &createdUtc)
{
    const QByteArray created = wsCreated(createdUtc);
    return "<Security s:mustUnderstand=\"1\" xmlns=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
           "<UsernameToken><Username>"
        + xmlEscape(user)
        + "</Username>"
          "<Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest\">"
        + wsPasswordDigest(nonce, created, password.toUtf8())
        + "</Password>"
          "<Nonce EncodingType=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary\">"
        + nonce.toBase64()
        + "</Nonce>"
          "<Created xmlns=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
        + created + "</Created></UsernameToken></Security>";
}

bool SoapReply::notAuthorized() const
{
    if (!fault)
        return false;
    const QString all = QString(faultCode + QLatin1Char(' ') + faultSubcode + QLatin1Char(' ') + faultReason).toLower();
    return all.contains(QLatin1String("notauthorized")) || all.contains(QLatin1String("not authorized"))
        || all.contains(QLatin1String("failedauthentication")) || all.contains(QLatin1String("authentication"))
        || all.contains(QLatin1String("unauthorized"));
}

Result<SoapReply> parseSoap(const QByteArray &xml)
{
    if (xml.size() > MaxXml)
        return makeError(ErrorCode::BadInput, Tr::tr("The SOAP reply is larger than 4 MiB."));
    QXmlStreamReader r(xml);
    SoapReply out;
    QStringList path;    // local names from the root
    int bodyDepth = -1;  // index of "Body" in path
    bool sawEnvelope = false;
    QString text;
    bool leaf = false;
    while (!r.atEnd()) {
        const auto tok = r.readNext();
        if (tok == QXmlStreamReader::StartElement) {
            if (path.size() >= MaxDepth)
                return makeError(ErrorCode::BadInput, Tr::tr("The SOAP reply nests deeper than %1 levels.").arg(MaxDepth));
            const QString name = r.name().toString().left(128);
            if (path.isEmpty()) {
                if (name != QLatin1String("Envelope"))
                    return makeError(ErrorCode::BadInput, Tr::tr("Not a SOAP envelope."));
                sawEnvelope = true;
            }
            path.append(name);
            if (bodyDepth < 0 && path.size() == 2 && name == QLatin1String("Body"))
                bodyDepth = 1;
            else if (bodyDepth >= 0 && path.size() == bodyDepth + 2 && out.firstBodyElement.isEmpty())
                out.firstBodyElement = name;
            text.clear();
            leaf = true;
        } else if (tok == QXmlStreamReader::Characters) {
            if (text.size() < MaxText)
                text += r.text().left(MaxText - text.size());
        } else if (tok == QXmlStreamReader::EndElement) {
            if (path.isEmpty())
                break;
            if (leaf && bodyDepth >= 0 && path.size() > bodyDepth + 1 && out.values.size() < MaxLeaves) {
                const QString key = path.mid(bodyDepth + 1).join(QLatin1Char('/'));
                if (!out.values.contains(key))
                    out.values.insert(key, text.trimmed());
            }
            path.removeLast();
            leaf = false;
            text.clear();
        }
    }
    if (r.hasError() && !sawEnvelope)
        return makeError(ErrorCode::BadInput, Tr::tr("The SOAP reply is not XML: %1").arg(r.errorString()));
    if (!sawEnvelope)
        return makeError(ErrorCode::BadInput, Tr::tr("Not a SOAP envelope."));
    if (out.firstBodyElement == QLatin1String("Fault")) {
        out.fault = true;
        out.faultCode = out.value(QStringLiteral("Fault/Code/Value"));
        if (out.faultCode.isEmpty())
            out.faultCode = out.value(QStringLiteral("Fault/faultcode"));
        out.faultSubcode = out.value(QStringLiteral("Fault/Code/Subcode/Value"));
        if (out.faultSubcode.isEmpty())
            out.faultSubcode = out.value(QStringLiteral("Fault/Code/Subcode/Subcode/Value"));
        out.faultReason = out.value(QStringLiteral("Fault/Reason/Text"));
        if (out.faultReason.isEmpty())
            out.faultReason = out.value(QStringLiteral("Fault/faultstring"));
    }
    return out;
}

DeviceInformation deviceInformation(const SoapReply &r)
{
    DeviceInformation d;
    if (r.firstBodyElement != QLatin1String("GetDeviceInformationResponse"))
        return d;
    const QString p = QStringLiteral("GetDeviceInformationResponse/");
    d.manufacturer = r.value(p + QLatin1String("Manufacturer")).left(128);
    d.model = r.value(p + QLatin1String("Model")).left(128);
    d.firmwareVersion = r.value(p + QLatin1String("FirmwareVersion")).left(128);
    d.serialNumber = r.value(p + QLatin1String("SerialNumber")).left(128);
    d.hardwareId = r.value(p + QLatin1String("HardwareId")).left(128);
    return d;
}

QDateTime systemDateAndTime(const SoapReply &r)
{
    if (r.firstBodyElement != QLatin1String("GetSystemDateAndTimeResponse"))
        return {};
    const QString p = QStringLiteral("GetSystemDateAndTimeResponse/SystemDateAndTime/UTCDateTime/");
    auto num = [&](const char *f) {
        bool ok = false;
        const int v = r.value(p + QLatin1String(f)).toInt(&ok);
        return ok ? v : -1;
    };
    const QDate date(num("Date/Year"), num("Date/Month"), num("Date/Day"));
    const QTime time(num("Time/Hour"), num("Time/Minute"), num("Time/Second"));
    if (date.year() < 1970 || date.year() > 2200 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace ab::probe::web
