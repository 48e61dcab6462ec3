// Fingerprint files are user-extendable, so the loader meets hostile input:
// any bytes must load or fail cleanly; whatever loads is matched against a
// service carrying every source the rules may read.
#include "core/probe/Fingerprints.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto fp = ab::probe::Fingerprints::fromJson(json, QStringLiteral("fuzz.json"));
    if (!fp.ok())
        return 0;
    ab::probe::Service s;
    s.name = QStringLiteral("http");
    s.product = QStringLiteral("Hikvision DS-2CD2142FWD-I");
    s.version = QStringLiteral("V5.4.0 build 160530");
    s.banner = QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u2");
    for (const QString &source : ab::probe::fingerprintSources())
        s.facts.insert(source,
                       QStringLiteral("HIKVISION DS-2CD V5.4.0 build 160530 lighttpd/1.4.59 OpenSSH_8.9p1 vsFTPd 2.3.4 Boa/0.94.14rc21"));
    for (const ab::probe::Observation &o : ab::probe::matchFingerprints(*fp, s))
        if (!fp->rule(o.detail.section(QLatin1Char(':'), 0, 0).mid(5)))
            __builtin_trap(); // every observation names a rule that exists
    return 0;
}
