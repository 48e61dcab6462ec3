#pragma once
// Probes for the line-oriented management services a camera or IoT device
// may leave open: FTP, Telnet, SSH, SNMP v1/v2c and MQTT. Each function runs
// on a worker thread, talks only through Conn/udpExchange (so the scope gate,
// rate limit, caps and Stop apply) and returns what it identified, what it
// concluded and the transcripts that prove it.
//
// Check ids emitted:
//   ftp-open (medium), telnet-open (high), banner-version-disclosure (low),
//   snmp-default-community (high), and through credentialObservation()
//   default-credentials / weak-password-accepted (high), which also covers
//   anonymous FTP and anonymous MQTT (blankOrAnonymous).
// Credential checks ask LockoutPolicy::mayTry before every attempt and stop
// at the first lockout signal (recordLockout).

#include "core/probe/Credentials.h"
#include "core/probe/ProbeContext.h"
#include "core/probe/ProbeTypes.h"

namespace ab::probe {

// Greeting, product/version, SYST/FEAT, one anonymous login attempt, QUIT.
// The anonymous attempt is recorded in Service::facts["ftp.anonymous"]
// ("accepted"/"refused") so checkFtpCredentials does not repeat it.
ProbeOutcome probeFtp(ProbeContext &ctx, const Endpoint &endpoint);
// Option negotiation (refusing everything but server echo/SGA), banner up to the login prompt.
ProbeOutcome probeTelnet(ProbeContext &ctx, const Endpoint &endpoint);
// Identification line only ("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3").
ProbeOutcome probeSsh(ProbeContext &ctx, const Endpoint &endpoint);
// GetRequest sysDescr.0/sysObjectID.0/sysName.0 with each community from the
// "snmp" list (v2c, then v1); silence means no service.
ProbeOutcome probeSnmp(ProbeContext &ctx, const Endpoint &endpoint, const CredentialList &credentials, LockoutPolicy &policy);
// The name a community's attempts are counted under in the LockoutPolicy:
// a community is a password, and the policy's state is kept in the run's
// record in the clear, so it is named by a digest ("community:<16 hex>").
QString snmpCommunityAccount(const QString &community);
// CONNECT (3.1.1, clean session) without credentials, then DISCONNECT; never subscribes or publishes.
ProbeOutcome probeMqtt(ProbeContext &ctx, const Endpoint &endpoint);

// Weak/default credential checks on a service a probe identified. The
// service's product is used as the vendor hint for the list's ordering.
ProbeOutcome checkFtpCredentials(ProbeContext &ctx, const Service &service, const CredentialList &credentials, LockoutPolicy &policy);
ProbeOutcome checkTelnetCredentials(ProbeContext &ctx, const Service &service, const CredentialList &credentials, LockoutPolicy &policy);
ProbeOutcome checkSshCredentials(ProbeContext &ctx, const Service &service, const CredentialList &credentials, LockoutPolicy &policy);
ProbeOutcome checkMqttCredentials(ProbeContext &ctx, const Service &service, const CredentialList &credentials, LockoutPolicy &policy);

} // namespace ab::probe
