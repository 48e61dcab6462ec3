// nmap XML import: any bytes must parse or fail cleanly, bounded in time and
// memory; whatever parses must convert to services.
#include "core/probe/NmapXml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ab::probe::NmapLimits limits;
    limits.maxBytes = 8 * 1024 * 1024;
    auto scan = ab::probe::parseNmapXml(xml, limits);
    if (scan.ok()) {
        const QList<ab::probe::Service> services = ab::probe::toServices(*scan);
        for (const ab::probe::Service &s : services)
            if (s.endpoint.port == 0)
                __builtin_trap(); // a service always has a real port
    }
    return 0;
}
