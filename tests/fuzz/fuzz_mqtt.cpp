// MQTT CONNACK parser on arbitrary bytes.
#include "core/probe/line/LineParsers.h"

#include <cstdint>
#include <cstdlib>

using namespace ab::probe::line;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    mqtt::Connack a;
    qsizetype used = 0;
    if (mqtt::parseConnack(in, &a, &used) == ParseStatus::Complete) {
        if (used < 4 || used > 7 || used > in.size() || a.returnCode < 0 || a.returnCode > 255)
            std::abort();
        (void)mqtt::connackText(a.returnCode);
    }
    return 0;
}
