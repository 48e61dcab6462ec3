#pragma once
// Service probes and credential checks for HTTP(S), RTSP, ONVIF and SIP
// (GB/T 28181). Each runs on a worker thread, sends only through the
// context's scope gate, is bounded in bytes and time by its Limits, and
// returns what it found with the transcripts that prove it.

#include "core/probe/Credentials.h"
#include "core/probe/ProbeContext.h"
#include "core/probe/ProbeTypes.h"

namespace ab::probe::web {

// GET `path` (default "/"). Service "http"/"https" with product/version from
// the Server header or a known camera UI; facts: status, server, title,
// auth (schemes of a 401), auth.realm, auth.path, redirect, redirect.https,
// login, tls. Observations: http-basic-cleartext (medium),
// http-admin-cleartext (medium), banner-version-disclosure (low).
ProbeOutcome probeHttp(ProbeContext &ctx, const Endpoint &e, bool tls, const QString &path = QStringLiteral("/"));

// OPTIONS, then DESCRIBE on at most 4 paths ("/" and common camera paths,
// the identified vendor's first) until one answers 200 or 401.
// Service "rtsp"; facts: methods, auth, auth.realm, auth.path, stream.path.
// Observations: rtsp-no-auth (high), banner-version-disclosure (low).
ProbeOutcome probeRtsp(ProbeContext &ctx, const Endpoint &e);

// POST /onvif/device_service: GetSystemDateAndTime and GetDeviceInformation,
// both without credentials. Service "onvif" with product "Manufacturer Model"
// and version = firmware; facts: manufacturer, model, firmware, serial,
// hardwareId, vendor, onvif.time, onvif.clockOffsetSec, auth
// ("ws-usernametoken" or the HTTP schemes). Observation: onvif-no-auth (high).
ProbeOutcome probeOnvif(ProbeContext &ctx, const Endpoint &e, bool tls);

// OPTIONS, then a REGISTER without credentials and without Contact (RFC 3261
// §10.2.3: a query that changes no binding), From a GB/T 28181 style 20-digit
// device id. transport: "udp" or "tcp". Service "sip"; facts: register
// ("challenged", "accepted", "refused" or the status), auth, sip.realm,
// methods. Observation: sip-register-no-challenge (high).
ProbeOutcome probeSip(ProbeContext &ctx, const Endpoint &e, const QString &transport);

// Lockout-safe credential checks (see LockoutPolicy): each attempt is
// reserved first, the run stops at the first accepted pair, at a lockout
// signal or when the device stops answering; an accepted pair becomes
// default-credentials / weak-password-accepted (high) via credentialObservation.
// HTTP: Basic or Digest on the service's facts["auth.path"] (else "/" and the
// vendor's known API paths); form logins are not attempted.
ProbeOutcome checkHttpCredentials(ProbeContext &ctx, const Service &s, const CredentialList &list, LockoutPolicy &policy);
// RTSP: DESCRIBE on facts["auth.path"] (else "/") with Basic or Digest.
ProbeOutcome checkRtspCredentials(ProbeContext &ctx, const Service &s, const CredentialList &list, LockoutPolicy &policy);
// ONVIF: GetDeviceInformation with a WS-UsernameToken (PasswordDigest,
// Created from the device's clock), or HTTP Digest/Basic when the device
// challenges that way.
ProbeOutcome checkOnvifCredentials(ProbeContext &ctx, const Service &s, const CredentialList &list, LockoutPolicy &policy);

// "lighttpd/1.4.69" -> {"lighttpd", "1.4.69"}; "Apache/2.4.57 (Debian)" ->
// {"Apache", "2.4.57"}; "nginx" -> {"nginx", ""}.
std::pair<QString, QString> productVersion(const QByteArray &serverHeader);
// A camera/IoT vendor recognised in a Server header, title or page text:
// "Hikvision", "Dahua", "Uniview", "Xiongmai", "Axis", "Hanwha", "TP-Link",
// "Tiandy", "EZVIZ"; empty when none.
QString knownVendor(const QString &text);

} // namespace ab::probe::web
