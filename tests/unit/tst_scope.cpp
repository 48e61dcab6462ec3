// Scope entries decide what may ever be probed: parsed strictly, normalised,
// and matched exactly.
#include "core/inspection/Scope.h"

#include <QTest>

using ab::Scope;

class TestScope final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void malformed_data();
    void malformed();
    void allows_data();
    void allows();
    void parseListStopsAtFirstBadEntry();
    void emptyScopeAllowsNothing();
};

void TestScope::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<int>("portRanges");
    QTest::newRow("v4 address") << "192.168.1.10" << "192.168.1.10" << QString() << 0;
    QTest::newRow("v4 cidr") << "10.0.0.0/8" << "10.0.0.0/8" << QString() << 0;
    QTest::newRow("v4 cidr host bits cleared") << "192.168.1.77/24" << "192.168.1.0/24" << QString() << 0;
    QTest::newRow("v4 /32") << "127.0.0.1/32" << "127.0.0.1/32" << QString() << 0;
    QTest::newRow("v4 surrounding space") << "  127.0.0.0/24 " << "127.0.0.0/24" << QString() << 0;
    QTest::newRow("v4 port") << "10.1.2.3:554" << "10.1.2.3:554" << QString() << 1;
    QTest::newRow("v4 port list") << "10.1.2.3:80,443,8000-8100" << "10.1.2.3:80,443,8000-8100" << QString() << 3;
    QTest::newRow("v4 ports spaced") << "10.1.2.3:80, 443" << "10.1.2.3:80,443" << QString() << 2;
    QTest::newRow("v4 cidr ports") << "10.0.0.0/24:22-23" << "10.0.0.0/24:22-23" << QString() << 1;
    QTest::newRow("port bounds") << "10.0.0.1:1,65535" << "10.0.0.1:1,65535" << QString() << 2;
    QTest::newRow("v6 loopback") << "::1" << "::1" << QString() << 0;
    QTest::newRow("v6 compressed") << "2001:DB8:0:0::1" << "2001:db8::1" << QString() << 0;
    QTest::newRow("v6 cidr") << "2001:db8::/32" << "2001:db8::/32" << QString() << 0;
    QTest::newRow("v6 bracket port") << "[2001:db8::5]:443" << "[2001:db8::5]:443" << QString() << 1;
    QTest::newRow("v6 bracket no port") << "[::1]" << "::1" << QString() << 0;
    QTest::newRow("host") << "camera-01.local" << "camera-01.local" << "camera-01.local" << 0;
    QTest::newRow("host upper case") << "NVR.Example.COM" << "nvr.example.com" << "nvr.example.com" << 0;
    QTest::newRow("host port") << "nvr.example.com:8000" << "nvr.example.com:8000" << "nvr.example.com" << 1;
    QTest::newRow("single label host") << "nvr" << "nvr" << "nvr" << 0;
}

void TestScope::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QFETCH(QString, hostName);
    QFETCH(int, portRanges);
    auto e = Scope::parseEntry(input);
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
    QCOMPARE(e->text, normalised);
    QCOMPARE(e->hostName, hostName);
    QCOMPARE(e->ports.size(), portRanges);
    QCOMPARE(e->net.first.isNull(), !hostName.isEmpty());
    // The stored form parses back to itself.
    auto again = Scope::parseEntry(e->text);
    QVERIFY(again.ok());
    QCOMPARE(again->text, normalised);
}

void TestScope::malformed_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("prefix too long v4") << "10.0.0.0/33";
    QTest::newRow("prefix too long v6") << "2001:db8::/129";
    QTest::newRow("prefix negative") << "10.0.0.0/-1";
    QTest::newRow("prefix empty") << "10.0.0.0/";
    QTest::newRow("octet too big") << "256.1.1.1";
    QTest::newRow("octet too big in cidr") << "10.0.300.0/24";
    QTest::newRow("three octets") << "10.0.0";
    QTest::newRow("five octets") << "10.0.0.1.5";
    QTest::newRow("bare number") << "167772161";
    QTest::newRow("port zero") << "10.0.0.1:0";
    QTest::newRow("port too big") << "10.0.0.1:65536";
    QTest::newRow("port range reversed") << "10.0.0.1:90-80";
    QTest::newRow("port range open") << "10.0.0.1:80-";
    QTest::newRow("port range three parts") << "10.0.0.1:1-2-3";
    QTest::newRow("port not a number") << "10.0.0.1:http";
    QTest::newRow("port list empty item") << "10.0.0.1:80,,443";
    QTest::newRow("colon no ports") << "10.0.0.1:";
    QTest::newRow("v6 unclosed bracket") << "[2001:db8::1:443";
    QTest::newRow("v6 junk after bracket") << "[2001:db8::1]443";
    QTest::newRow("v6 bad") << "2001:db8:::1";
    QTest::newRow("host underscore") << "bad_host.local";
    QTest::newRow("host leading dash") << "-nvr.local";
    QTest::newRow("host empty label") << "nvr..local";
    QTest::newRow("host with space") << "nvr local";
    QTest::newRow("host label too long") << QString(64, QLatin1Char('a')) + QStringLiteral(".local");
    QTest::newRow("url") << "http://10.0.0.1/";
    QTest::newRow("wildcard") << "10.0.0.*";
    QTest::newRow("range notation") << "10.0.0.1-10.0.0.9";
}

void TestScope::malformed()
{
    QFETCH(QString, input);
    auto e = Scope::parseEntry(input);
    QVERIFY2(!e.ok(), qPrintable(QStringLiteral("accepted as \"%1\"").arg(e.ok() ? e->text : QString())));
    QCOMPARE(e.error().code, ab::ErrorCode::Usage);
    QVERIFY(!e.error().message.isEmpty());
}

void TestScope::allows_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("allowed");
    const QStringList s{QStringLiteral("192.168.1.0/24"), QStringLiteral("10.0.0.5:80,443"), QStringLiteral("[2001:db8::/64]:554"),
                        QStringLiteral("nvr.local")};
    QTest::newRow("inside cidr, any port") << s << "192.168.1.200" << 8080 << true;
    QTest::newRow("inside cidr, no port") << s << "192.168.1.0" << -1 << true;
    QTest::newRow("just outside cidr") << s << "192.168.2.0" << -1 << false;
    QTest::newRow("host, listed port") << s << "10.0.0.5" << 443 << true;
    QTest::newRow("host, other port") << s << "10.0.0.5" << 22 << false;
    QTest::newRow("neighbour of host") << s << "10.0.0.6" << 80 << false;
    QTest::newRow("v6 inside, port") << s << "2001:db8::1:2" << 554 << true;
    QTest::newRow("v6 inside, other port") << s << "2001:db8::1:2" << 80 << false;
    QTest::newRow("v6 outside") << s << "2001:db9::1" << 554 << false;
    QTest::newRow("v4-mapped is not v4 scope") << s << "::ffff:10.0.0.6" << 80 << false;
    QTest::newRow("loopback not in scope") << s << "127.0.0.1" << 80 << false;
    QTest::newRow("port range edges") << QStringList{QStringLiteral("127.0.0.1:8000-8100")} << "127.0.0.1" << 8100 << true;
    QTest::newRow("port past range") << QStringList{QStringLiteral("127.0.0.1:8000-8100")} << "127.0.0.1" << 8101 << false;
}

void TestScope::allows()
{
    QFETCH(QStringList, scope);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(bool, allowed);
    auto s = Scope::parse(scope);
    QVERIFY(s.ok());
    QCOMPARE(s->allows(QHostAddress(address), port), allowed);
}

void TestScope::parseListStopsAtFirstBadEntry()
{
    auto s = Scope::parse({QStringLiteral("10.0.0.0/8"), QStringLiteral("10.0.0.1:99999"), QStringLiteral("nvr")});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QStringLiteral("10.0.0.1:99999")), qPrintable(s.error().message));
    auto good = Scope::parse({QStringLiteral(" 10.0.0.9/8 "), QStringLiteral("NVR:554")});
    QVERIFY(good.ok());
    QCOMPARE(good->toStringList(), (QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("nvr:554")}));
}

void TestScope::emptyScopeAllowsNothing()
{
    auto s = Scope::parse({});
    QVERIFY(s.ok());
    QVERIFY(s->isEmpty());
    QVERIFY(!s->allows(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(!s->allows(QHostAddress(QStringLiteral("::1")), 80));
}

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
