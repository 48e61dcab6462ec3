// FTP reply parser (and banner product detection) on arbitrary bytes:
// consumes replies one after another; a reply never claims more than the input.
#include "core/probe/line/LineParsers.h"

#include <cstdint>
#include <cstdlib>

using namespace ab::probe::line;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int i = 0; i < 1000; ++i) {
        FtpReply r;
        qsizetype used = 0;
        if (parseFtpReply(in, &r, &used) != ParseStatus::Complete)
            break;
        if (used <= 0 || used > in.size() || r.code < 100 || r.code > 599 || r.lines.size() > FtpMaxLines + 1)
            std::abort();
        (void)ftpProductFromBanner(QString::fromUtf8(r.text()));
        in.remove(0, used);
    }
    (void)parseSshIdent(in.left(300));
    return 0;
}
