// SSDP datagrams (search replies, NOTIFYs) from anyone on the segment.
#include "core/probe/Discovery.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray d = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto r = ab::probe::parseSsdpResponse(d);
    if (r.ok() && r->headers.size() > ab::probe::kSsdpMaxHeaders)
        __builtin_trap();
    return 0;
}
