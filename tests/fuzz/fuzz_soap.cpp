// SOAP replies: the bounded QXmlStreamReader walk, faults, device
// information and the device clock.
#include "core/probe/web/Soap.h"

#include <cstdint>

using namespace ab::probe::web;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    auto r = parseSoap(in);
    if (!r)
        return 0;
    if (r->values.size() > 512)
        __builtin_trap();
    (void)r->notAuthorized();
    const DeviceInformation d = deviceInformation(*r);
    if (d.model.size() > 128)
        __builtin_trap();
    (void)systemDateAndTime(*r);
    return 0;
}
