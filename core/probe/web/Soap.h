#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace ab::probe::web {

// SOAP 1.2 envelope around `body`, with `header` (e.g. a WS-Security
// UsernameToken) in <s:Header> when non-empty.
QByteArray soapEnvelope(const QByteArray &body, const QByteArray &header = {});
// ONVIF device-management requests (no parameters).
QByteArray onvifDeviceRequest(const QByteArray &operation, const QByteArray &header = {});

// WS-Security UsernameToken PasswordDigest: Base64(SHA1(nonce + created + password)),
// nonce raw bytes, created the xsd:dateTime text as sent.
QByteArray wsPasswordDigest(const QByteArray &nonce, const QByteArray &created, const QByteArray &password);
QByteArray wsUsernameToken(const QString &user, const QString &password, const QByteArray &nonce, const QDateTime &createdUtc);
QByteArray wsCreated(const QDateTime &utc); // "2024-01-02T03:04:05Z"

// A SOAP reply read with QXmlStreamReader, namespace-agnostic: the text of
// every leaf element inside <Body>, keyed by its local-name path below Body
// ("GetDeviceInformationResponse/Model"). Bounded: 64 levels, 512 leaves,
// values cut at 1 KiB.
struct SoapReply {
    QHash<QString, QString> values;
    bool fault = false;
    QString faultCode;    // "Sender" / "s:Sender" / "SOAP-ENV:Client"
    QString faultSubcode; // "ter:NotAuthorized"
    QString faultReason;
    QString firstBodyElement; // local name, e.g. "GetDeviceInformationResponse" or "Fault"
    QString value(const QString &path) const { return values.value(path); }
    bool notAuthorized() const;
};
Result<SoapReply> parseSoap(const QByteArray &xml);

struct DeviceInformation {
    QString manufacturer, model, firmwareVersion, serialNumber, hardwareId;
    bool isEmpty() const { return manufacturer.isEmpty() && model.isEmpty() && firmwareVersion.isEmpty(); }
};
// From a GetDeviceInformationResponse; empty when the reply is something else.
DeviceInformation deviceInformation(const SoapReply &r);
// UTC from a GetSystemDateAndTimeResponse; invalid when absent or nonsense.
QDateTime systemDateAndTime(const SoapReply &r);

} // namespace ab::probe::web
