// HTTP responses: one-shot and byte-by-byte incremental parsing with small
// caps, then the title/charset and lockout helpers on whatever came out.
#include "core/probe/web/HttpMessage.h"
#include "core/probe/web/WebClient.h"
#include "core/probe/web/WebProbes.h"

#include <cstdint>

using namespace ab::probe::web;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    ParseOptions o;
    o.maxBodyBytes = 4096;
    o.maxHeaderBytes = 2048;
    o.maxHeaders = 20;
    auto r = parseResponse(in, o);
    if (r) {
        if (r->body.size() > o.maxBodyBytes)
            __builtin_trap();
        (void)htmlTitle(r->body, r->header("Content-Type"));
        (void)lockoutSignal(*r);
        (void)productVersion(r->header("Server"));
        (void)knownVendor(QString::fromLatin1(r->body.left(1024)));
    }
    // the same bytes in uneven pieces must give the same verdict
    ResponseParser p(o);
    ResponseParser::State st = ResponseParser::State::NeedMore;
    for (qsizetype i = 0; i < in.size() && st == ResponseParser::State::NeedMore; i += 1 + (i % 7))
        st = p.feed(in.mid(i, 1 + (i % 7)));
    if (st == ResponseParser::State::NeedMore)
        st = p.finish();
    if ((st == ResponseParser::State::Done) != r.ok())
        __builtin_trap();
    return 0;
}
