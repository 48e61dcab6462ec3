// The scope gate: the one place that decides whether a packet may leave.
// A host name entry authorises the addresses it resolved to on its own
// ports only, never on the ports another name entry allows.
#include "core/probe/ProbeContext.h"
#include "core/probe/ProbeRunner.h"

#include <QTest>

using ab::Scope;
using ab::probe::ScopeGate;

class TestScopeGate final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nameEntryKeepsItsOwnPorts();
    void nameEntryWithoutResolutionAllowsNothing();
    void addressEntriesStillApply();
    void wholeScopeCoverage_data();
    void wholeScopeCoverage();
};

namespace {
const QHostAddress Cam1(QStringLiteral("127.0.0.5"));
const QHostAddress Cam2(QStringLiteral("127.0.0.6"));
} // namespace

void TestScopeGate::nameEntryKeepsItsOwnPorts()
{
    auto scope = Scope::parse({QStringLiteral("cam1.lan:80"), QStringLiteral("cam2.lan")});
    QVERIFY(scope);
    const ScopeGate gate(*scope, {{QStringLiteral("cam1.lan"), {Cam1}}, {QStringLiteral("cam2.lan"), {Cam2}}});
    QVERIFY(gate.allows(Cam1, 80));
    QVERIFY(gate.allows(Cam1));
    // cam1.lan is authorised on port 80 only; cam2.lan's "every port" must not widen it.
    QVERIFY(!gate.allows(Cam1, 22));
    QVERIFY(!gate.allows(Cam1, 23));
    QVERIFY(gate.allows(Cam2, 22));
    QVERIFY(gate.allows(Cam2, 80));
    QVERIFY(!gate.allows(QHostAddress(QStringLiteral("127.0.0.7")), 80));
}

void TestScopeGate::nameEntryWithoutResolutionAllowsNothing()
{
    auto scope = Scope::parse({QStringLiteral("cam1.lan")});
    QVERIFY(scope);
    const ScopeGate gate(*scope);
    QVERIFY(!gate.allows(Cam1));
    QVERIFY(!gate.allows(Cam1, 80));
    // A resolution of some other name does not count for cam1.lan.
    const ScopeGate other(*scope, {{QStringLiteral("cam9.lan"), {Cam1}}});
    QVERIFY(!other.allows(Cam1, 80));
}

void TestScopeGate::addressEntriesStillApply()
{
    auto scope = Scope::parse({QStringLiteral("127.0.0.0/30:554"), QStringLiteral("cam2.lan:80")});
    QVERIFY(scope);
    const ScopeGate gate(*scope, {{QStringLiteral("cam2.lan"), {Cam2}}});
    QVERIFY(gate.allows(QHostAddress(QStringLiteral("127.0.0.3")), 554));
    QVERIFY(!gate.allows(QHostAddress(QStringLiteral("127.0.0.3")), 80));
    QVERIFY(!gate.allows(QHostAddress(QStringLiteral("127.0.0.4")), 554));
    QVERIFY(gate.allows(Cam2, 80));
    QVERIFY(!gate.allows(Cam2, 554));
}

void TestScopeGate::wholeScopeCoverage_data()
{
    // A run that covers the whole scope may answer a probe item compliant;
    // one over part of it may not (nothing found on some hosts says nothing
    // about the others).
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<bool>("whole");
    const QStringList site{QStringLiteral("127.0.0.0/24"), QStringLiteral("127.0.1.5:80,554"), QStringLiteral("cam1.lan")};
    QTest::newRow("no targets") << site << QStringList() << true;
    QTest::newRow("the scope itself (the GUI's pre-filled targets)") << site << site << true;
    QTest::newRow("the scope, normalised differently") << site
                                                        << QStringList{QStringLiteral(" 127.0.0.0/24"), QStringLiteral("127.0.1.5:554,80"),
                                                                       QStringLiteral("CAM1.lan")}
                                                        << true;
    QTest::newRow("a block holding every entry") << QStringList{QStringLiteral("127.0.0.5"), QStringLiteral("127.0.0.9:80")}
                                                 << QStringList{QStringLiteral("127.0.0.0/28")} << true;
    QTest::newRow("one entry missing") << site << QStringList{QStringLiteral("127.0.0.0/24"), QStringLiteral("cam1.lan")} << false;
    QTest::newRow("part of a block") << site
                                     << QStringList{QStringLiteral("127.0.0.0/25"), QStringLiteral("127.0.1.5"), QStringLiteral("cam1.lan")}
                                     << false;
    QTest::newRow("fewer ports than the entry") << site
                                                << QStringList{QStringLiteral("127.0.0.0/24"), QStringLiteral("127.0.1.5:80"),
                                                               QStringLiteral("cam1.lan")}
                                                << false;
    QTest::newRow("some ports of an all-ports entry") << QStringList{QStringLiteral("127.0.0.5")} << QStringList{QStringLiteral("127.0.0.5:80")}
                                                      << false;
}

void TestScopeGate::wholeScopeCoverage()
{
    QFETCH(QStringList, scope);
    QFETCH(QStringList, targets);
    QFETCH(bool, whole);
    ab::probe::ProbeRequest req;
    req.targets = targets;
    const ab::probe::ProbeRunner runner(Scope::parse(scope).value(), req);
    QCOMPARE(runner.coversWholeScope(), whole);
}

QTEST_GUILESS_MAIN(TestScopeGate)
#include "tst_scopegate.moc"
