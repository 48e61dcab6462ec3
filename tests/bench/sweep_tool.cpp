// Benchmark driver for the TCP connect sweep: sweeps loopback targets with
// the limits lifted and prints what it found as JSON. The scope is
// 127.0.0.0/8 whatever the targets say, so it can never send elsewhere.
//   sweep_tool TARGETS PORTS [CONCURRENCY] [PER_HOST]
#include "core/probe/PortLists.h"
#include "core/probe/Sweep.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace ab::probe;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: sweep_tool TARGETS PORTS [CONCURRENCY] [PER_HOST]\n");
        return 2;
    }
    auto hosts = expandTargets(args.at(1));
    auto ports = parsePortList(args.at(2));
    if (!hosts || !ports) {
        std::fprintf(stderr, "%s\n", qPrintable(!hosts ? hosts.error().message : ports.error().message));
        return 2;
    }
    Limits limits;
    limits.ratePerSecond = 0;
    limits.concurrency = args.size() > 3 ? args.at(3).toInt() : 4096;
    limits.perHost = args.size() > 4 ? args.at(4).toInt() : 4096;
    auto scope = ab::Scope::parse({QStringLiteral("127.0.0.0/8")});
    ProbeContext ctx(ScopeGate(scope.value()), limits);
    QElapsedTimer t;
    t.start();
    auto r = sweep(ctx, *hosts, *ports);
    const qint64 ms = t.elapsed();
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    QJsonArray open;
    for (const HostSweep &h : r->hosts)
        for (quint16 p : h.open)
            open.append(QString(h.address.toString() + QLatin1Char(':') + QString::number(p)));
    QJsonObject o{
        {QStringLiteral("elapsed_ms"), ms},     {QStringLiteral("probes"), r->probes},     {QStringLiteral("open"), open},
        {QStringLiteral("closed"), r->closed},  {QStringLiteral("filtered"), r->filtered}, {QStringLiteral("unreachable"), r->unreachable},
        {QStringLiteral("refused"), r->refused}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
