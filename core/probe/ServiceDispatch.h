#pragma once

#include "core/probe/ProbeTypes.h"

#include <QList>

namespace ab::probe
{

class ProbeContext;
class ScopeGate;
class CredentialList;
class LockoutPolicy;

// What ProbeRunner does with one endpoint or service, by protocol: which
// probe identifies an open port, which web endpoints a discovery reply names,
// which credential check a service gets. Kept apart from the runner's
// scheduling (threads, limits, progress).

// What listens on an open TCP port: by its usual port first, then by what it says.
ProbeOutcome identifyTcp(ProbeContext &ctx, const Endpoint &e);
// The web endpoints a discovery reply names (WS-Discovery XAddrs, SSDP
// LOCATION) that the gate allows, literal addresses only.
QList<Endpoint> advertisedEndpoints(const Service &s, const ScopeGate &gate);
// The weak/default credential check for the service's protocol (none: empty outcome).
ProbeOutcome checkCredentials(ProbeContext &ctx, const Service &s, const CredentialList &list, LockoutPolicy &policy);

} // namespace ab::probe
