// WWW-Authenticate values: challenge parsing (split on newlines into several
// headers) and the answer for every parsed challenge.
#include "core/probe/web/DigestAuth.h"

#include <cstdint>

using namespace ab::probe::web;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<AuthChallenge> cs = parseChallenges(in.split('\n'));
    if (cs.size() > 16)
        __builtin_trap();
    for (const AuthChallenge &c : cs) {
        if (c.params.size() > 32)
            __builtin_trap();
        const QByteArray h = digestAuthorization(c, {QStringLiteral("admin"), QStringLiteral("admin"), "GET", "/", "0a4f113b", 1, "body"});
        if (h.contains('\n') || h.contains('\r'))
            __builtin_trap(); // nothing from the device may split our header
        (void)c.qops();
        (void)c.stale();
    }
    (void)preferredChallenge(cs);
    (void)schemeNames(cs);
    return 0;
}
