// The TCP connect sweep against listeners opened here on 127.x: exactly the
// listening ports are found open, nothing leaves the scope, Stop is
// immediate, silent ports are retried once and the adaptive timeout keeps
// them short; port lists and target expansion parse strictly.
#include "ProbeTestEnv.h"

#include "core/probe/PortLists.h"
#include "core/probe/Sweep.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>

#include <thread>

using namespace ab::probe;

namespace
{

// A listening socket on one 127.x address; port 0 picks a free one.
struct Listener {
    int fd = -1;
    quint16 port = 0;
    QList<int> fillers; // connections parked in a full accept queue

    ~Listener()
    {
        for (int f : std::as_const(fillers))
            ::close(f);
        if (fd >= 0)
            ::close(fd);
    }
    bool listen(const char *address, quint16 wanted = 0, int backlog = 64)
    {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(wanted);
        ::inet_pton(AF_INET, address, &sin.sin_addr);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&sin), sizeof sin) != 0 || ::listen(fd, backlog) != 0)
            return false;
        socklen_t len = sizeof sin;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&sin), &len);
        port = ntohs(sin.sin_port);
        return true;
    }
    // Connections that reached the accept queue (non-blocking accept).
    int acceptAll()
    {
        int n = 0;
        for (;;) {
            const int c = ::accept4(fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (c < 0)
                return n;
            ::close(c);
            ++n;
        }
    }
    // Makes the port "filtered": with backlog 0 and the queue filled by
    // connections nobody accepts, the kernel drops further SYNs unanswered.
    bool fillBacklog(const char *address)
    {
        for (int i = 0; i < 3; ++i) {
            const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            sockaddr_in sin{};
            sin.sin_family = AF_INET;
            sin.sin_port = htons(port);
            ::inet_pton(AF_INET, address, &sin.sin_addr);
            ::connect(c, reinterpret_cast<sockaddr *>(&sin), sizeof sin);
            fillers.append(c);
        }
        QThread::msleep(50);
        // Proof: one more connect gets no answer within 300 ms.
        const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(port);
        ::inet_pton(AF_INET, address, &sin.sin_addr);
        ::connect(c, reinterpret_cast<sockaddr *>(&sin), sizeof sin);
        pollfd p{c, POLLOUT, 0};
        const int r = ::poll(&p, 1, 300);
        ::close(c);
        return r == 0;
    }
};

// n distinct ports that nothing listens on (bound at once, then released).
QList<quint16> freePorts(const char *address, int n)
{
    std::vector<std::unique_ptr<Listener>> held;
    QList<quint16> out;
    for (int i = 0; i < n; ++i) {
        held.push_back(std::make_unique<Listener>());
        if (held.back()->listen(address))
            out.append(held.back()->port);
    }
    return out;
}

const HostSweep *hostOf(const SweepResult &r, const char *address)
{
    for (const HostSweep &h : r.hosts)
        if (h.address == QHostAddress(QLatin1String(address)))
            return &h;
    return nullptr;
}

std::unique_ptr<ProbeContext> contextFor(const QStringList &scope, Limits limits)
{
    auto s = ab::Scope::parse(scope);
    return std::make_unique<ProbeContext>(ScopeGate(s.value()), limits);
}

Limits fastLimits()
{
    Limits l;
    l.ratePerSecond = 0;
    l.concurrency = 256;
    l.perHost = 64;
    return l;
}

} // namespace

class TestSweep final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void portList_data();
    void portList();
    void namedLists();
    void expand_data();
    void expand();
    void rttEstimator();
    void findsExactlyTheListeners();
    void gentleDefaultsStillFindThem();
    void nothingLeavesTheScope();
    void stopIsImmediate();
    void silentPortRetriedOnceWithAdaptiveTimeout();
    void silentHostIsGivenUp();
    void concurrencyCapsProbesInFlight();
    void rateLimitSpreadsProbes();
};

void TestSweep::portList_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("compact"); // empty = must fail
    QTest::addColumn<int>("count");
    QTest::newRow("single") << "80"
                            << "80" << 1;
    QTest::newRow("list") << "80,443,8000-8100"
                          << "80,443,8000-8100" << 103;
    QTest::newRow("spaces") << " 22 , 23 "
                            << "22-23" << 2;
    QTest::newRow("bounds") << "1,65535"
                            << "1,65535" << 2;
    QTest::newRow("duplicates dropped") << "80,80,79-81"
                                        << "79-81" << 3;
    QTest::newRow("one-port range") << "554-554"
                                    << "554" << 1;
    QTest::newRow("camera") << "camera" << QString() << -1;
    QTest::newRow("top100") << "top100" << QString() << 100;
    QTest::newRow("all") << "all"
                         << "1-65535" << 65535;
    QTest::newRow("empty") << "" << QString() << 0;
    QTest::newRow("zero") << "0" << QString() << 0;
    QTest::newRow("too big") << "65536" << QString() << 0;
    QTest::newRow("huge") << "99999999999" << QString() << 0;
    QTest::newRow("negative") << "-5" << QString() << 0;
    QTest::newRow("reversed range") << "100-90" << QString() << 0;
    QTest::newRow("open range") << "100-" << QString() << 0;
    QTest::newRow("empty item") << "80,,443" << QString() << 0;
    QTest::newRow("trailing comma") << "80," << QString() << 0;
    QTest::newRow("letters") << "http" << QString() << 0;
    QTest::newRow("plus sign") << "+80" << QString() << 0;
    QTest::newRow("hex") << "0x50" << QString() << 0;
    QTest::newRow("double dash") << "1-2-3" << QString() << 0;
    QTest::newRow("unknown name") << "top1000" << QString() << 0;
}

void TestSweep::portList()
{
    QFETCH(QString, spec);
    QFETCH(QString, compact);
    QFETCH(int, count);
    auto r = parsePortList(spec);
    if (count == 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ab::ErrorCode::Usage);
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    if (count > 0)
        QCOMPARE(r->size(), count);
    if (!compact.isEmpty())
        QCOMPARE(portListToString(*r), compact);
    QCOMPARE(QSet<quint16>(r->begin(), r->end()).size(), r->size());
}

void TestSweep::namedLists()
{
    const QList<quint16> camera = cameraPorts();
    QVERIFY(camera.size() >= 35 && camera.size() <= 50);
    const QSet<quint16> c(camera.begin(), camera.end());
    QCOMPARE(c.size(), camera.size());
    for (quint16 p : {21, 22, 23, 80, 443, 554, 8000, 8080, 8554, 8899, 34567, 37777})
        QVERIFY2(c.contains(p), qPrintable(QString::number(p)));
    for (quint16 udp : {161, 1900, 3702, 37778}) // UDP services are not in a TCP list
        QVERIFY(!c.contains(udp));
    const QList<quint16> top = top100Ports();
    QCOMPARE(QSet<quint16>(top.begin(), top.end()).size(), 100);
    QCOMPARE(top.first(), quint16(80)); // nmap's most frequent port
    QCOMPARE(portListToString(top).left(17), QStringLiteral("7,9,13,21-23,25-2"));
    QCOMPARE(allPorts().size(), 65535);
    QCOMPARE(portListNames(), (QStringList{QStringLiteral("camera"), QStringLiteral("top100"), QStringLiteral("all")}));
}

void TestSweep::expand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count"); // -1 = must fail
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("one v4") << "127.0.0.1" << 1 << "127.0.0.1"
                            << "127.0.0.1";
    QTest::newRow("/30 keeps network and broadcast") << "127.0.0.5/30" << 4 << "127.0.0.4"
                                                     << "127.0.0.7";
    QTest::newRow("/32") << "127.0.0.9/32" << 1 << "127.0.0.9"
                         << "127.0.0.9";
    QTest::newRow("/24") << "127.1.2.0/24" << 256 << "127.1.2.0"
                         << "127.1.2.255";
    QTest::newRow("/16 is the limit") << "10.0.0.0/16" << 65536 << "10.0.0.0"
                                      << "10.0.255.255";
    QTest::newRow("last-octet range") << "127.0.0.1-254" << 254 << "127.0.0.1"
                                      << "127.0.0.254";
    QTest::newRow("full range") << "127.0.0.250-127.0.1.2" << 9 << "127.0.0.250"
                                << "127.0.1.2";
    QTest::newRow("list deduplicated") << "127.0.0.1, 127.0.0.2 127.0.0.1/32" << 2 << "127.0.0.1"
                                       << "127.0.0.2";
    QTest::newRow("v6") << "::1" << 1 << "::1"
                        << "::1";
    QTest::newRow("v6 bracket") << "[2001:db8::5]" << 1 << "2001:db8::5"
                                << "2001:db8::5";
    QTest::newRow("v6 /126") << "2001:db8::7/126" << 4 << "2001:db8::4"
                             << "2001:db8::7";
    QTest::newRow("v6 /112 is the limit") << "2001:db8::/112" << 65536 << "2001:db8::"
                                          << "2001:db8::ffff";
    QTest::newRow("empty") << "" << -1 << ""
                           << "";
    QTest::newRow("/15 too large") << "10.0.0.0/15" << -1 << ""
                                   << "";
    QTest::newRow("/0 too large") << "0.0.0.0/0" << -1 << ""
                                  << "";
    QTest::newRow("v6 /64 too large") << "2001:db8::/64" << -1 << ""
                                      << "";
    QTest::newRow("range too large") << "10.0.0.0-10.2.0.0" << -1 << ""
                                     << "";
    QTest::newRow("reversed range") << "127.0.0.9-3" << -1 << ""
                                    << "";
    QTest::newRow("bad octet") << "127.0.0.256" << -1 << ""
                               << "";
    QTest::newRow("short form") << "10.1" << -1 << ""
                                << "";
    QTest::newRow("integer form") << "2130706433" << -1 << ""
                                  << "";
    QTest::newRow("prefix 33") << "127.0.0.0/33" << -1 << ""
                               << "";
    QTest::newRow("prefix empty") << "127.0.0.0/" << -1 << ""
                                  << "";
    QTest::newRow("prefix sign") << "127.0.0.0/+8" << -1 << ""
                                 << "";
    QTest::newRow("name") << "camera.local" << -1 << ""
                          << "";
    QTest::newRow("one bad in list") << "127.0.0.1,nope" << -1 << ""
                                     << "";
}

void TestSweep::expand()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QString, first);
    QFETCH(QString, last);
    auto r = expandTargets(text);
    if (count < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ab::ErrorCode::Usage);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->size(), count);
    QCOMPARE(r->first(), QHostAddress(first));
    QCOMPARE(r->last(), QHostAddress(last));
}

void TestSweep::rttEstimator()
{
    RttEstimator e;
    QVERIFY(!e.hasSample());
    QCOMPARE(e.timeoutMs(100, 1500), 1500); // nothing known: the maximum
    e.addSample(200000);                    // 200 ms
    QVERIFY(e.hasSample());
    QCOMPARE(e.srttUs(), 200000);
    QCOMPARE(e.timeoutMs(100, 1500), 600); // 200 + 4 * 100
    for (int i = 0; i < 40; ++i)
        e.addSample(200000);
    QCOMPARE(e.srttUs(), 200000);
    QVERIFY(e.timeoutMs(100, 1500) < 260); // steady answers: the variance fades
    QVERIFY(e.timeoutMs(100, 1500) >= 200);
    e.addSample(1000000); // one slow answer widens it
    QVERIFY(e.timeoutMs(100, 1500) > 500);
    QCOMPARE(e.timeoutMs(100, 300), 300); // capped by the limit

    RttEstimator lo;
    for (int i = 0; i < 10; ++i)
        lo.addSample(30);                   // loopback: 30 us
    QCOMPARE(lo.timeoutMs(100, 1500), 100); // floored
    QCOMPARE(lo.timeoutMs(100, 50), 50);    // the limit wins over the floor
}

void TestSweep::findsExactlyTheListeners()
{
    Listener a1, a2, b1;
    QVERIFY(a1.listen("127.0.0.1"));
    QVERIFY(a2.listen("127.0.0.1"));
    QVERIFY(b1.listen("127.0.0.2"));
    QList<quint16> ports{a1.port, a2.port, b1.port};
    ports += freePorts("127.0.0.1", 5);
    auto ctx = probetest::loopbackContext(fastLimits());
    const QList<QHostAddress> hosts{QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("127.0.0.2"))};

    QList<QString> reported;
    QList<SweepProgress> progress;
    SweepOptions opt;
    opt.open = [&](const QHostAddress &a, quint16 p) { reported.append(a.toString() + QLatin1Char(':') + QString::number(p)); };
    opt.progress = [&](const SweepProgress &p) { progress.append(p); };
    auto r = sweep(*ctx, hosts, ports, opt);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));

    const HostSweep *h1 = hostOf(*r, "127.0.0.1");
    const HostSweep *h2 = hostOf(*r, "127.0.0.2");
    QVERIFY(h1 && h2);
    QList<quint16> want1{a1.port, a2.port};
    std::sort(want1.begin(), want1.end());
    QCOMPARE(h1->open, want1);
    QCOMPARE(h1->closed, ports.size() - 2);
    // Bound to 127.0.0.2 only: not reachable at 127.0.0.1, and the other way round.
    QCOMPARE(h2->open, QList<quint16>{b1.port});
    QCOMPARE(h2->closed, ports.size() - 1);
    QCOMPARE(h1->filtered + h2->filtered + h1->refused + h2->refused + h1->notProbed + h2->notProbed, 0);
    QCOMPARE(r->open, 3);
    QCOMPARE(r->probes, 2 * ports.size());
    QVERIFY(h1->srttUs >= 0 && h2->srttUs >= 0);
    QVERIFY(!r->cancelled);

    std::sort(reported.begin(), reported.end());
    QStringList want{QStringLiteral("127.0.0.1:%1").arg(a1.port), QStringLiteral("127.0.0.1:%1").arg(a2.port),
                     QStringLiteral("127.0.0.2:%1").arg(b1.port)};
    std::sort(want.begin(), want.end());
    QCOMPARE(QStringList(reported), want);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().hostsDone, 2);
    QCOMPARE(progress.last().hostsTotal, 2);
    QCOMPARE(progress.last().portsDone, 2 * ports.size());
    QCOMPARE(progress.last().portsTotal, 2 * ports.size());
    QCOMPARE(progress.last().openFound, 3);
    // The listeners really saw the handshakes (the sweep did connect).
    QCOMPARE(a1.acceptAll(), 1);
    QCOMPARE(b1.acceptAll(), 1);
}

void TestSweep::gentleDefaultsStillFindThem()
{
    Listener l;
    QVERIFY(l.listen("127.0.0.3"));
    QList<quint16> ports{l.port};
    ports += freePorts("127.0.0.3", 10);
    auto ctx = probetest::loopbackContext(); // default limits: 300/s, 64 at once, 8 per host
    auto r = sweep(*ctx, {QHostAddress(QStringLiteral("127.0.0.3"))}, ports);
    QVERIFY(r.ok());
    QCOMPARE(r->hosts.first().open, QList<quint16>{l.port});
    QCOMPARE(r->closed, 10);
}

void TestSweep::nothingLeavesTheScope()
{
    Listener in, out1, out2;
    QVERIFY2(in.listen("127.0.0.1", 50), "127.0.0.1:50 is taken");
    QVERIFY2(out1.listen("127.0.0.1", 150), "127.0.0.1:150 is taken");
    QVERIFY2(out2.listen("127.0.0.2", 60), "127.0.0.2:60 is taken");
    auto ctx = contextFor({QStringLiteral("127.0.0.1:1-100")}, fastLimits());
    auto ports = parsePortList(QStringLiteral("1-200"));
    QVERIFY(ports.ok());
    auto r = sweep(*ctx, {QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("127.0.0.2"))}, *ports);
    QVERIFY(r.ok());
    QCOMPARE(r->probes, 100); // only 127.0.0.1:1-100
    QCOMPARE(r->refused, 300);
    QCOMPARE(hostOf(*r, "127.0.0.1")->open, QList<quint16>{50});
    QCOMPARE(hostOf(*r, "127.0.0.1")->refused, 100);
    QCOMPARE(hostOf(*r, "127.0.0.2")->refused, 200);
    QVERIFY(hostOf(*r, "127.0.0.2")->open.isEmpty());
    // The listeners tell what was sent: in scope yes, out of scope never.
    QCOMPARE(in.acceptAll(), 1);
    QCOMPARE(out1.acceptAll(), 0);
    QCOMPARE(out2.acceptAll(), 0);
    const QStringList refusals = ctx->gate().refusals();
    QCOMPARE(refusals.size(), 300);
    QVERIFY(refusals.contains(QStringLiteral("127.0.0.1:150")));
    QVERIFY(refusals.contains(QStringLiteral("127.0.0.2:60")));
    QVERIFY(!refusals.contains(QStringLiteral("127.0.0.1:50")));

    // A host the scope does not hold at all: nothing sent either.
    auto none = sweep(*ctx, {QHostAddress(QStringLiteral("127.0.0.2"))}, {60});
    QVERIFY(none.ok());
    QCOMPARE(none->probes, 0);
    QCOMPARE(out2.acceptAll(), 0);
}

void TestSweep::stopIsImmediate()
{
    // Silent ports keep probes in flight with a long timeout: Stop must not wait for them.
    Listener silent;
    QVERIFY(silent.listen("127.0.0.4", 0, 0));
    QVERIFY2(silent.fillBacklog("127.0.0.4"), "the kernel answered a SYN to a full accept queue");
    Limits l = fastLimits();
    l.connectTimeoutMs = 20000;
    auto ctx = probetest::loopbackContext(l);
    SweepOptions opt;
    opt.silentHostBudgetMs = 60000;
    SweepResult partial;
    QElapsedTimer t;
    std::thread stopper([&] {
        QThread::msleep(300);
        t.start();
        ctx->cancel();
    });
    auto r = sweep(*ctx, {QHostAddress(QStringLiteral("127.0.0.4"))}, {silent.port}, opt, &partial);
    const qint64 stopMs = t.elapsed();
    stopper.join();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ab::ErrorCode::Cancelled);
    QVERIFY2(stopMs < 1000, qPrintable(QString::number(stopMs))); // typically < 5 ms
    QVERIFY(partial.cancelled);
    QCOMPARE(partial.probes, 1);
    QCOMPARE(partial.hosts.first().notProbed, 1);

    // Stopping a long rate-limited sweep: partial result, quickly.
    Limits slow = fastLimits();
    slow.ratePerSecond = 20;
    auto ctx2 = probetest::loopbackContext(slow);
    SweepResult partial2;
    std::thread stopper2([&] {
        QThread::msleep(400);
        t.start();
        ctx2->cancel();
    });
    auto r2 = sweep(*ctx2, {QHostAddress(QStringLiteral("127.0.0.1"))}, *parsePortList(QStringLiteral("20000-20999")), {}, &partial2);
    const qint64 stop2 = t.elapsed();
    stopper2.join();
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().code, ab::ErrorCode::Cancelled);
    QVERIFY2(stop2 < 1000, qPrintable(QString::number(stop2)));
    QVERIFY(partial2.probes > 0 && partial2.probes < 100);
    QCOMPARE(partial2.hosts.first().notProbed + partial2.closed + partial2.open, 1000);
}

void TestSweep::silentPortRetriedOnceWithAdaptiveTimeout()
{
    Listener silent;
    QVERIFY(silent.listen("127.0.0.5", 0, 0));
    QVERIFY(silent.fillBacklog("127.0.0.5"));
    QList<quint16> ports = freePorts("127.0.0.5", 6);
    ports.append(silent.port); // last: the host's RTT is known by then
    Limits l = fastLimits();
    l.perHost = 1;
    l.connectTimeoutMs = 5000;
    auto ctx = probetest::loopbackContext(l);
    QElapsedTimer t;
    t.start();
    auto r = sweep(*ctx, {QHostAddress(QStringLiteral("127.0.0.5"))}, ports);
    const qint64 ms = t.elapsed();
    QVERIFY(r.ok());
    const HostSweep &h = r->hosts.first();
    QCOMPARE(h.filtered, 1);
    QCOMPARE(h.closed, 6);
    QVERIFY(h.open.isEmpty());
    QCOMPARE(r->probes, 8); // one retry of the silent port, as nmap
    // Without adaptation this takes 2 x 5 s; with it about 2 x 100 ms.
    QVERIFY2(ms < 4000, qPrintable(QString::number(ms)));
    QVERIFY(ms >= 200); // two timeouts at the 100 ms floor
}

void TestSweep::silentHostIsGivenUp()
{
    Listener s1, s2, s3;
    for (Listener *s : {&s1, &s2, &s3}) {
        QVERIFY(s->listen("127.0.0.6", 0, 0));
        QVERIFY(s->fillBacklog("127.0.0.6"));
    }
    Limits l = fastLimits();
    l.perHost = 2;
    l.connectTimeoutMs = 20000;
    auto ctx = probetest::loopbackContext(l);
    SweepOptions opt;
    opt.silentHostBudgetMs = 400;
    QElapsedTimer t;
    t.start();
    auto r = sweep(*ctx, {QHostAddress(QStringLiteral("127.0.0.6"))}, {s1.port, s2.port, s3.port}, opt);
    const qint64 ms = t.elapsed();
    QVERIFY(r.ok());
    const HostSweep &h = r->hosts.first();
    QVERIFY(h.gaveUp);
    QCOMPARE(h.filtered, 2);  // the two in flight
    QCOMPARE(h.notProbed, 1); // never sent
    QCOMPARE(h.srttUs, -1);
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    QVERIFY(ms >= 400);
}

void TestSweep::concurrencyCapsProbesInFlight()
{
    // Three hosts, the same silent port on each (RTT unknown, so every probe
    // would stay out for 20 s): what was sent before Stop is exactly what the
    // global limit lets out at once; the per-host limit would allow all three.
    const char *hosts[] = {"127.0.0.71", "127.0.0.72", "127.0.0.73"};
    std::vector<std::unique_ptr<Listener>> ls;
    quint16 port = 0;
    for (int attempt = 0; attempt < 20 && ls.size() < 3; ++attempt) {
        ls.clear();
        for (const char *h : hosts) {
            auto l = std::make_unique<Listener>();
            if (!l->listen(h, port, 0))
                break;
            port = l->port;
            ls.push_back(std::move(l));
        }
        if (ls.size() < 3)
            port = 0;
    }
    QVERIFY2(ls.size() == 3, "no port free on all three addresses");
    for (size_t i = 0; i < 3; ++i)
        QVERIFY2(ls[i]->fillBacklog(hosts[i]), "the kernel answered a SYN to a full accept queue");
    Limits l = fastLimits();
    l.concurrency = 2;
    l.perHost = 8;
    l.connectTimeoutMs = 20000;
    auto ctx = probetest::loopbackContext(l);
    SweepOptions opt;
    opt.silentHostBudgetMs = 60000;
    SweepResult partial;
    std::thread stopper([&] {
        QThread::msleep(400);
        ctx->cancel();
    });
    auto r = sweep(*ctx, {QHostAddress(QLatin1String(hosts[0])), QHostAddress(QLatin1String(hosts[1])), QHostAddress(QLatin1String(hosts[2]))},
                   {port}, opt, &partial);
    stopper.join();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ab::ErrorCode::Cancelled);
    QCOMPARE(partial.probes, 2); // SYNs sent; with concurrency 3 this is 3
    int notProbed = 0;
    for (const HostSweep &h : std::as_const(partial.hosts))
        notProbed += h.notProbed;
    QCOMPARE(notProbed, 3); // the two in flight at Stop and the one never sent
}

void TestSweep::rateLimitSpreadsProbes()
{
    Limits l = fastLimits();
    l.ratePerSecond = 50; // burst of 3.5, then one every 20 ms
    auto ctx = probetest::loopbackContext(l);
    const QList<quint16> ports = freePorts("127.0.0.1", 20);
    int reports = 0;
    SweepOptions opt;
    opt.progress = [&](const SweepProgress &) { ++reports; };
    QElapsedTimer t;
    t.start();
    auto r = sweep(*ctx, {QHostAddress(QStringLiteral("127.0.0.1"))}, ports, opt);
    const qint64 ms = t.elapsed();
    QVERIFY(r.ok());
    QCOMPARE(r->probes, 20);
    QVERIFY2(ms >= 250, qPrintable(QString::number(ms)));
    // Progress: at most ~10 a second, plus the first and the last.
    QVERIFY(reports >= 2);
    QVERIFY2(reports <= ms / 100 + 2, qPrintable(QStringLiteral("%1 reports in %2 ms").arg(reports).arg(ms)));
}

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
