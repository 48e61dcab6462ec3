// The limits every service-probe connection obeys (Conn::connect, which
// the HTTP, RTSP, ONVIF, FTP, Telnet, SSH, MQTT, SIP and TLS probes and the
// credential checks all use): at most `perHost` open to one device and
// `concurrency` in total, new connections spread by the rate limit, and a
// connection waiting for a slot gives up at once on Stop. Two fake devices
// on 127.0.0.74/75 count how many connections they hold at once.
#include "FakeDevice.h"
#include "ProbeTestEnv.h"

#include "core/probe/Conn.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace ab::probe;
using probetest::FakeConn;
using probetest::FakeTcpServer;

namespace {

struct Gauge {
    std::atomic<int> now{0};
    std::atomic<int> peak{0};
    void enter()
    {
        const int n = ++now;
        int p = peak.load();
        while (n > p && !peak.compare_exchange_weak(p, n)) {
        }
    }
    void leave() { --now; }
};

// Holds each connection for holdMs, counting it on its own gauge and the shared one.
probetest::TcpHandler holding(Gauge &mine, Gauge &all, int holdMs)
{
    return [&mine, &all, holdMs](FakeConn &c) {
        mine.enter();
        all.enter();
        for (int waited = 0; waited < holdMs && !c.stopped(); waited += 10)
            QThread::msleep(10);
        all.leave();
        mine.leave();
        c.close();
    };
}

// Connects, waits until the device closes, then lets go of the connection.
void visit(ProbeContext &ctx, const Endpoint &e, std::atomic<int> &ok)
{
    auto c = Conn::connect(ctx, e, nullptr, 5000);
    if (!c)
        return;
    ++ok;
    for (int i = 0; i < 100 && c->isOpen(); ++i)
        (void)c->readSome(100); // a timeout is no close: keep waiting
}

} // namespace

class TestConnLimits final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void perHostAndTotal();
    void rateSpreadsConnections();
    void stopWhileWaitingForASlot();
};

void TestConnLimits::perHostAndTotal()
{
    Gauge a, b, all;
    FakeTcpServer devA(QStringLiteral("127.0.0.74"), holding(a, all, 250));
    FakeTcpServer devB(QStringLiteral("127.0.0.75"), holding(b, all, 250));
    QVERIFY(devA.ok() && devB.ok());
    Limits l;
    l.ratePerSecond = 0;
    l.perHost = 2;
    l.concurrency = 3;
    auto ctx = probetest::loopbackContext(l);
    std::atomic<int> ok{0};
    std::vector<std::thread> workers;
    for (int i = 0; i < 12; ++i)
        workers.emplace_back([&, i] { visit(*ctx, i % 2 ? devA.endpoint() : devB.endpoint(), ok); });
    for (std::thread &t : workers)
        t.join();
    QCOMPARE(ok.load(), 12);
    QCOMPARE(devA.connections() + devB.connections(), 12);
    // Without the limits all 12 would be open at once.
    QVERIFY2(a.peak <= 2 && b.peak <= 2, qPrintable(QStringLiteral("peaks %1 and %2").arg(a.peak.load()).arg(b.peak.load())));
    QVERIFY2(all.peak <= 3, qPrintable(QString::number(all.peak.load())));
    QVERIFY2(all.peak >= 2, "the connections never overlapped: the test shows nothing");
}

void TestConnLimits::rateSpreadsConnections()
{
    Gauge g, all;
    FakeTcpServer dev(QStringLiteral("127.0.0.74"), holding(g, all, 0));
    QVERIFY(dev.ok());
    Limits l;
    l.ratePerSecond = 20; // a burst of 2, then one every 50 ms
    auto ctx = probetest::loopbackContext(l);
    std::atomic<int> ok{0};
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 10; ++i)
        visit(*ctx, dev.endpoint(), ok);
    QCOMPARE(ok.load(), 10);
    QVERIFY2(t.elapsed() >= 350, qPrintable(QString::number(t.elapsed()))); // 8 tokens at 50 ms each, at least
}

void TestConnLimits::stopWhileWaitingForASlot()
{
    Gauge g, all;
    FakeTcpServer dev(QStringLiteral("127.0.0.75"), holding(g, all, 20000));
    QVERIFY(dev.ok());
    Limits l;
    l.ratePerSecond = 0;
    l.perHost = 1;
    auto ctx = probetest::loopbackContext(l);
    auto held = Conn::connect(*ctx, dev.endpoint(), nullptr, 5000);
    QVERIFY(held.ok());
    std::thread stopper([&] {
        QThread::msleep(200);
        ctx->cancel();
    });
    QElapsedTimer t;
    t.start();
    auto waiting = Conn::connect(*ctx, dev.endpoint(), nullptr, 5000); // no slot until the first closes
    const qint64 ms = t.elapsed();
    stopper.join();
    QVERIFY(!waiting.ok());
    QCOMPARE(waiting.error().code, ab::ErrorCode::Cancelled);
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms))); // a hang guard: it must not wait for the slot
    QCOMPARE(dev.connections(), 1);
}

QTEST_GUILESS_MAIN(TestConnLimits)
#include "tst_connlimits.moc"
