// WS-Discovery ProbeMatches (SOAP over UDP) from anyone on the segment.
#include "core/probe/Discovery.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray d = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto r = ab::probe::parseProbeMatches(d);
    if (r.ok()) {
        if (r->matches.size() > ab::probe::kWsdMaxMatches)
            __builtin_trap();
        for (const auto &m : r->matches)
            if (m.types.size() > ab::probe::kWsdMaxItems || m.scopes.size() > ab::probe::kWsdMaxItems ||
                m.xaddrs.size() > ab::probe::kWsdMaxItems)
                __builtin_trap();
    }
    return 0;
}
