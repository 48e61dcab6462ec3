// Telnet option parser and prompt helpers on arbitrary bytes, fed in two
// pieces; answers stay bounded (each request answered at most once).
#include "core/probe/line/LineParsers.h"

#include <cstdint>
#include <cstdlib>

using namespace ab::probe::line;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    TelnetParser p;
    QByteArray reply;
    const qsizetype half = in.size() / 2;
    QByteArray out = p.feed(in.left(half), &reply);
    out += p.feed(in.mid(half), &reply);
    if (out.size() > in.size() || reply.size() > 256 * 2 * 3)
        std::abort();
    const QString screen = telnetPlainText(out);
    (void)telnetPromptAt(screen);
    (void)telnetLoginFailed(screen);
    (void)looksLikeLockout(screen);
    (void)versionDisclosure(printableBanner(out));
    return 0;
}
