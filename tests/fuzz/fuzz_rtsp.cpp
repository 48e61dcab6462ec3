// RTSP/SIP style responses (no body without Content-Length, no chunking),
// several in a row as on a kept-open connection, and their challenges.
#include "core/probe/web/DigestAuth.h"
#include "core/probe/web/HttpMessage.h"

#include <cstdint>

using namespace ab::probe::web;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    ParseOptions o;
    o.bodyUntilClose = false;
    o.chunked = false;
    o.maxBodyBytes = 8192;
    for (int n = 0; n < 8 && !in.isEmpty(); ++n) {
        ResponseParser p(o);
        if (p.feed(in) != ResponseParser::State::Done)
            break;
        const HttpResponse r = p.response();
        const auto cs = parseChallenges(r.headerValues("WWW-Authenticate"));
        const AuthChallenge c = preferredChallenge(cs);
        if (!c.scheme.isEmpty())
            (void)digestAuthorization(c, {QStringLiteral("admin"), QStringLiteral("12345"), "DESCRIBE", "rtsp://127.0.0.1/", "cn", 1, {}});
        const QByteArray rest = p.leftover();
        if (rest.size() >= in.size())
            __builtin_trap(); // must make progress
        in = rest;
    }
    return 0;
}
