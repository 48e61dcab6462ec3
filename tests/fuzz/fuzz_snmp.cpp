// SNMP BER decoder on arbitrary datagrams; a decoded message must re-encode
// and decode to the same varbinds (round trip).
#include "core/probe/line/SnmpBer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    auto m = ab::probe::snmp::decode(in);
    if (!m)
        return 0;
    for (const auto &vb : m->varBinds)
        (void)vb.text();
    auto again = ab::probe::snmp::encode(*m);
    if (!again)
        return 0; // e.g. an arc the encoder refuses; never a crash
    auto back = ab::probe::snmp::decode(*again);
    if (!back || back->varBinds.size() != m->varBinds.size() || back->community != m->community || back->requestId != m->requestId)
        std::abort();
    return 0;
}
