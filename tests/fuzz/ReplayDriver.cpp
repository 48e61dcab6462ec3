// Without libFuzzer: replays every file of a corpus folder through the fuzz
// target, plus every truncation (up to 4 KiB) and single-byte flips of each,
// so the CI build exercises each parser on hostile input on every run.
#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void run(const QByteArray &b)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size()));
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        std::fprintf(stderr, "empty corpus %s\n", argv[1]);
        return 1;
    }
    long runs = 0;
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray data = f.readAll();
        run(data);
        for (qsizetype n = 0; n < qMin<qsizetype>(data.size(), 4096); ++n, ++runs)
            run(data.left(n));
        for (qsizetype i = 0; i < qMin<qsizetype>(data.size(), 2048); ++i) {
            QByteArray m = data;
            m[i] = char(m[i] ^ 0xff);
            run(m);
            m[i] = '\0';
            run(m);
            runs += 2;
        }
        run(data.repeated(64)); // oversized
    }
    std::printf("%lld files, %ld runs, no crash\n", static_cast<long long>(files.size()), runs);
    return 0;
}
