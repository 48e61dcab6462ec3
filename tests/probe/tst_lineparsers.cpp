// Parsers of the line services on well-formed and hostile input: SNMP BER,
// Telnet option negotiation, FTP replies, MQTT CONNACK, SSH identification.
#include "core/probe/line/LineParsers.h"
#include "core/probe/line/SnmpBer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ab::probe;
using namespace ab::probe::line;

class TestLineParsers final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void snmpGetRequestBytes();
    void snmpRoundTrip();
    void snmpOid_data();
    void snmpOid();
    void snmpHostile_data();
    void snmpHostile();
    void telnetStripsAndAnswers();
    void telnetAnswersOnceAndBoundsSubnegotiation();
    void telnetPrompts_data();
    void telnetPrompts();
    void ftpReplies_data();
    void ftpReplies();
    void ftpProduct_data();
    void ftpProduct();
    void mqttConnect();
    void mqttConnack_data();
    void mqttConnack();
    void sshIdent_data();
    void sshIdent();
    void disclosure_data();
    void disclosure();
};

void TestLineParsers::snmpGetRequestBytes()
{
    // Hand-checked: SEQUENCE(38) { INTEGER 1, "public", GetRequest(25) { id 1, 0, 0, SEQUENCE(14) { SEQUENCE(12) {
    // OID 1.3.6.1.2.1.1.1.0, NULL } } } }. The real snmpd test proves agents accept it.
    auto r = snmp::encodeGet(snmp::Version::V2c, "public", 1, {QStringLiteral("1.3.6.1.2.1.1.1.0")});
    QVERIFY(r.ok());
    QCOMPARE(r->toHex(), QByteArray("302602010104067075626c6963a019020101020100020100300e300c06082b060102010101000500"));
}

void TestLineParsers::snmpRoundTrip()
{
    snmp::Message m;
    m.version = 0;
    m.community = "s3cret";
    m.pduType = snmp::GetResponsePdu;
    m.requestId = -123456789;
    m.errorStatus = 2;
    m.errorIndex = 3;
    m.varBinds = {{QStringLiteral("1.3.6.1.2.1.1.1.0"), snmp::OctetString, QByteArray(300, 'x')},
                  {QStringLiteral("1.3.6.1.2.1.1.2.0"), snmp::ObjectId, *snmp::encodeOid(QStringLiteral("1.3.6.1.4.1.39165.1.1"))},
                  {QStringLiteral("1.3.6.1.2.1.1.3.0"), snmp::TimeTicks, QByteArray("\x00\xff\xff\xff\xff", 5)},
                  {QStringLiteral("1.3.6.1.2.1.1.5.0"), snmp::NoSuchInstance, {}}};
    auto bytes = snmp::encode(m);
    QVERIFY(bytes.ok());
    auto d = snmp::decode(*bytes);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(d->version, 0);
    QCOMPARE(d->community, QByteArray("s3cret"));
    QCOMPARE(d->pduType, snmp::GetResponsePdu);
    QCOMPARE(d->requestId, -123456789);
    QCOMPARE(d->errorStatus, 2);
    QCOMPARE(d->errorIndex, 3);
    QCOMPARE(d->varBinds.size(), 4);
    QCOMPARE(d->varBinds[0].text(), QString(300, QLatin1Char('x')));
    QCOMPARE(d->varBinds[1].text(), QStringLiteral("1.3.6.1.4.1.39165.1.1"));
    QCOMPARE(d->varBinds[2].text(), QStringLiteral("4294967295"));
    QVERIFY(d->varBinds[3].isException());
}

void TestLineParsers::snmpOid_data()
{
    QTest::addColumn<QString>("oid");
    QTest::addColumn<bool>("valid");
    QTest::newRow("sysDescr") << "1.3.6.1.2.1.1.1.0" << true;
    QTest::newRow("big arc") << "1.3.6.1.4.1.4294967295" << true;
    QTest::newRow("joint iso") << "2.999.1" << true;
    QTest::newRow("arc too big") << "1.3.4294967296" << false;
    QTest::newRow("first arc 3") << "3.1" << false;
    QTest::newRow("second arc 40") << "1.40" << false;
    QTest::newRow("one arc") << "1" << false;
    QTest::newRow("letters") << "1.3.x" << false;
}

void TestLineParsers::snmpOid()
{
    QFETCH(QString, oid);
    QFETCH(bool, valid);
    auto e = snmp::encodeOid(oid);
    QCOMPARE(e.ok(), valid);
    if (valid) {
        auto d = snmp::decodeOid(*e);
        QVERIFY(d.ok());
        QCOMPARE(*d, oid);
    }
}

void TestLineParsers::snmpHostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = *snmp::encodeGet(snmp::Version::V1, "public", 7, {QStringLiteral("1.3.6.1.2.1.1.1.0")});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << good.left(good.size() - 3);
    QTest::newRow("trailing byte") << good + 'x';
    QTest::newRow("length overflow") << QByteArray::fromHex("30847fffffff020100");
    QTest::newRow("length beyond parent") << QByteArray::fromHex("3005020101040a7075626c6963");
    QTest::newRow("indefinite length") << QByteArray::fromHex("3080020100");
    QTest::newRow("5-byte length") << QByteArray::fromHex("3085000000000a");
    QTest::newRow("multi-byte tag") << QByteArray::fromHex("3f0100");
    QTest::newRow("version 3") << QByteArray::fromHex("3003020103");
    QTest::newRow("9-byte integer") << QByteArray::fromHex("300b020901020304050607080904");
    QByteArray deep; // SEQUENCE in SEQUENCE in ... with consistent lengths
    for (int i = 0; i < 10000 && deep.size() < 60000; ++i) {
        const qsizetype n = deep.size();
        deep.prepend(n < 128 ? QByteArray(1, char(n)) : QByteArray("\x82", 1) + char(n >> 8) + char(n & 0xff));
        deep.prepend('\x30');
    }
    QTest::newRow("deep nesting") << deep;
    // A varbind value that is itself a constructed SEQUENCE nested deeply.
    snmp::Message m;
    m.pduType = snmp::GetResponsePdu;
    m.varBinds = {{QStringLiteral("1.3.6.1.2.1.1.1.0"), snmp::OctetString, "x"}};
    QByteArray vb = *snmp::encode(m);
    const qsizetype at = vb.lastIndexOf(QByteArray("\x04\x01x", 3));
    vb.replace(at, 3, QByteArray("\x30\x03\x30\x01\x00", 5));
    QTest::newRow("constructed value") << vb;
    QTest::newRow("oid arc 6 bytes") << QByteArray::fromHex("06068f8f8f8f8f01");
    QTest::newRow("garbage") << QByteArray(512, char(0xff));
}

void TestLineParsers::snmpHostile()
{
    QFETCH(QByteArray, bytes);
    QElapsedTimer t;
    t.start();
    auto d = snmp::decode(bytes);
    QVERIFY(!d.ok());
    QVERIFY(!d.error().message.isEmpty());
    QVERIFY(t.elapsed() < 500);
}

void TestLineParsers::telnetStripsAndAnswers()
{
    TelnetParser p;
    QByteArray reply;
    // DO TTYPE, WILL ECHO, WILL SGA, WILL STATUS, IAC IAC (data 0xff), SB TTYPE SEND SE, "\r\0", NOP.
    const QByteArray in = QByteArray::fromHex("fffd18fffb01fffb03fffb05") + "hi" + QByteArray::fromHex("ffff") + "x"
        + QByteArray::fromHex("fffa1801fff0") + QByteArray("a\r\0b", 4) + QByteArray::fromHex("fff1") + "login: ";
    const QByteArray data = p.feed(in, &reply);
    QCOMPARE(data, QByteArray("hi\xffxa\rblogin: "));
    QCOMPARE(reply.toHex(), QByteArray("fffc18fffd01fffd03fffe05"));
    // Split across feeds: IAC in one chunk, the verb and option in the next.
    TelnetParser q;
    QByteArray r2;
    QCOMPARE(q.feed(QByteArray::fromHex("41ff"), &r2), QByteArray("A"));
    QCOMPARE(q.feed(QByteArray::fromHex("fd"), &r2), QByteArray());
    QCOMPARE(q.feed(QByteArray::fromHex("1f42"), &r2), QByteArray("B"));
    QCOMPARE(r2.toHex(), QByteArray("fffc1f"));
}

void TestLineParsers::telnetAnswersOnceAndBoundsSubnegotiation()
{
    TelnetParser p;
    QByteArray reply;
    QByteArray flood;
    for (int i = 0; i < 20000; ++i)
        flood += QByteArray::fromHex("fffd") + char(i % 256) + QByteArray::fromHex("fffb") + char(i % 256);
    p.feed(flood, &reply);
    QVERIFY(reply.size() <= 256 * 2 * 3); // each (verb, option) answered once: no negotiation loop
    QCOMPARE(p.commandsSeen(), 40000);
    // An unterminated sub-negotiation swallows at most 4 KiB before data resumes.
    TelnetParser s;
    QByteArray r;
    const QByteArray out = s.feed(QByteArray::fromHex("fffa18") + QByteArray(100000, 'z'), &r);
    QVERIFY(out.size() >= 100000 - 4097);
    QVERIFY(out.size() < 100000);
}

void TestLineParsers::telnetPrompts_data()
{
    QTest::addColumn<QByteArray>("screen");
    QTest::addColumn<int>("prompt");
    QTest::newRow("debian login") << QByteArray("\r\nLinux 6.1 (localhost) (pts/0)\r\n\r\nvm login: ") << int(TelnetPrompt::Login);
    QTest::newRow("username") << QByteArray("Welcome\r\nUsername:") << int(TelnetPrompt::Login);
    QTest::newRow("password") << QByteArray("root\r\nPassword: ") << int(TelnetPrompt::Password);
    QTest::newRow("busybox shell") << QByteArray("\r\n\x1b[1;32m~ #\x1b[0m ") << int(TelnetPrompt::Shell);
    QTest::newRow("dollar") << QByteArray("Last login: x\r\n$ ") << int(TelnetPrompt::Shell);
    QTest::newRow("nothing yet") << QByteArray("Connecting...\r\n") << int(TelnetPrompt::None);
    QTest::newRow("empty") << QByteArray() << int(TelnetPrompt::None);
}

void TestLineParsers::telnetPrompts()
{
    QFETCH(QByteArray, screen);
    QFETCH(int, prompt);
    QCOMPARE(int(telnetPromptAt(telnetPlainText(screen))), prompt);
    QVERIFY(telnetLoginFailed(QStringLiteral("\r\nLogin incorrect\r\nvm login: ")));
    QVERIFY(!telnetLoginFailed(QStringLiteral("Last login: today\r\n$ ")));
    QVERIFY(looksLikeLockout(QStringLiteral("Account locked after too many failures")));
    QVERIFY(!looksLikeLockout(QStringLiteral("Login incorrect")));
    QVERIFY(!looksLikeLockout(QStringLiteral("Permission denied (publickey,password).")));
}

void TestLineParsers::ftpReplies_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("consumed");
    const auto C = int(ParseStatus::Complete);
    QTest::newRow("single") << QByteArray("220 (vsFTPd 3.0.3)\r\n331 x\r\n") << C << 220 << 1 << 20;
    QTest::newRow("multi") << QByteArray("220-Welcome\r\n220-to the camera\r\n 220 not the end\r\n220 end\r\n") << C << 220 << 4 << 59;
    QTest::newRow("feat") << QByteArray("211-Features:\n EPSV\n211 End\n") << C << 211 << 3 << 28;
    QTest::newRow("code only") << QByteArray("230\r\n") << C << 230 << 1 << 5;
    QTest::newRow("partial") << QByteArray("220-Welcome\r\n220 en") << int(ParseStatus::NeedMore) << 0 << 0 << 0;
    QTest::newRow("other code inside") << QByteArray("220-a\r\n230 b\r\n") << int(ParseStatus::NeedMore) << 0 << 0 << 0;
    QTest::newRow("not ftp") << QByteArray("SSH-2.0-OpenSSH\r\n") << int(ParseStatus::Malformed) << 0 << 0 << 0;
    QTest::newRow("bad separator") << QByteArray("220x\r\n") << int(ParseStatus::Malformed) << 0 << 0 << 0;
    QTest::newRow("endless line") << QByteArray("220 ") + QByteArray(FtpMaxLineBytes + 10, 'A') << int(ParseStatus::TooLarge) << 0 << 0 << 0;
    QByteArray many = "220-x\r\n";
    for (int i = 0; i < FtpMaxLines + 5; ++i)
        many += "more\r\n";
    QTest::newRow("too many lines") << many << int(ParseStatus::TooLarge) << 0 << 0 << 0;
}

void TestLineParsers::ftpReplies()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(int, lines);
    QFETCH(int, consumed);
    FtpReply r;
    qsizetype used = -1;
    QCOMPARE(int(parseFtpReply(input, &r, &used)), status);
    if (status == int(ParseStatus::Complete)) {
        QCOMPARE(r.code, code);
        QCOMPARE(r.lines.size(), lines);
        QCOMPARE(int(used), consumed);
    }
}

void TestLineParsers::ftpProduct_data()
{
    QTest::addColumn<QString>("banner");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::newRow("vsftpd") << "220 (vsFTPd 3.0.3)" << "vsFTPd" << "3.0.3";
    QTest::newRow("proftpd") << "220 ProFTPD 1.3.5e Server (Debian) [::ffff:10.0.0.1]" << "ProFTPD" << "1.3.5e";
    QTest::newRow("filezilla") << "220-FileZilla Server version 0.9.41 beta" << "FileZilla Server" << "0.9.41";
    QTest::newRow("microsoft") << "220 Microsoft FTP Service" << "Microsoft FTP Service" << "";
    QTest::newRow("generic") << "220 IPCam-FTPd 2.1.7 ready" << "IPCam-FTPd" << "2.1.7";
    QTest::newRow("none") << "220 Welcome" << "" << "";
}

void TestLineParsers::ftpProduct()
{
    QFETCH(QString, banner);
    QFETCH(QString, product);
    QFETCH(QString, version);
    const ProductVersion pv = ftpProductFromBanner(banner);
    QCOMPARE(pv.product, product);
    QCOMPARE(pv.version, version);
}

void TestLineParsers::mqttConnect()
{
    const QByteArray c = mqtt::encodeConnect("ab", std::nullopt, std::nullopt, 10);
    QCOMPARE(c.toHex(), QByteArray("100e00044d5154540402000a00026162"));
    const QByteArray a = mqtt::encodeConnect("ab", QByteArray("u"), QByteArray("pw"), 10);
    QCOMPARE(a.toHex(), QByteArray("101500044d51545404c2000a0002616200017500027077"));
    // Remaining length over 127 needs the two-byte varint.
    const QByteArray big = mqtt::encodeConnect(QByteArray(200, 'c'), std::nullopt, std::nullopt);
    QCOMPARE(quint8(big[1]), quint8(0x80 | (212 % 128))); // 10 header + 2 + 200
    QCOMPARE(quint8(big[2]), quint8(212 / 128));
    QCOMPARE(big.size(), 3 + 212);
    QCOMPARE(mqtt::encodeDisconnect().toHex(), QByteArray("e000"));
}

void TestLineParsers::mqttConnack_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("rc");
    QTest::newRow("accepted") << QByteArray::fromHex("20020000") << int(ParseStatus::Complete) << 0;
    QTest::newRow("session present, refused 5") << QByteArray::fromHex("20020105") << int(ParseStatus::Complete) << 5;
    QTest::newRow("bad credentials") << QByteArray::fromHex("20020004ffff") << int(ParseStatus::Complete) << 4;
    QTest::newRow("partial") << QByteArray::fromHex("2002") << int(ParseStatus::NeedMore) << -1;
    QTest::newRow("empty") << QByteArray() << int(ParseStatus::NeedMore) << -1;
    QTest::newRow("wrong type") << QByteArray::fromHex("30020000") << int(ParseStatus::Malformed) << -1;
    QTest::newRow("wrong length") << QByteArray::fromHex("2003000000") << int(ParseStatus::Malformed) << -1;
    QTest::newRow("reserved flags") << QByteArray::fromHex("20020200") << int(ParseStatus::Malformed) << -1;
    QTest::newRow("endless varint") << QByteArray::fromHex("20ffffffff7f") << int(ParseStatus::Malformed) << -1;
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << int(ParseStatus::Malformed) << -1;
}

void TestLineParsers::mqttConnack()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(int, rc);
    mqtt::Connack a;
    qsizetype used = 0;
    QCOMPARE(int(mqtt::parseConnack(input, &a, &used)), status);
    if (status == int(ParseStatus::Complete)) {
        QCOMPARE(a.returnCode, rc);
        QCOMPARE(int(used), 4);
    }
}

void TestLineParsers::sshIdent_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("comments");
    QTest::newRow("openssh debian") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n") << true << "OpenSSH" << "9.2p1" << "Debian-2+deb12u3";
    QTest::newRow("dropbear") << QByteArray("SSH-2.0-dropbear_2019.78\r\n") << true << "dropbear" << "2019.78" << "";
    QTest::newRow("dash version") << QByteArray("SSH-1.99-Cisco-1.25\n") << true << "Cisco" << "1.25" << "";
    QTest::newRow("no version") << QByteArray("SSH-2.0-ROSSSH") << true << "ROSSSH" << "" << "";
    QTest::newRow("not ssh") << QByteArray("220 FTP\r\n") << false << "" << "" << "";
    QTest::newRow("control chars") << QByteArray("SSH-2.0-x\x01y") << false << "" << "" << "";
    QTest::newRow("too long") << QByteArray("SSH-2.0-") + QByteArray(300, 'a') << false << "" << "" << "";
    QTest::newRow("no software") << QByteArray("SSH-2.0-") << false << "" << "" << "";
}

void TestLineParsers::sshIdent()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    const auto id = parseSshIdent(line);
    QCOMPARE(id.has_value(), valid);
    QFETCH(QString, product);
    QFETCH(QString, version);
    QFETCH(QString, comments);
    if (valid) {
        QCOMPARE(id->product, product);
        QCOMPARE(id->version, version);
        QCOMPARE(id->comments, comments);
    }
}

void TestLineParsers::disclosure_data()
{
    QTest::addColumn<QString>("banner");
    QTest::addColumn<QString>("match");
    QTest::newRow("debian") << "Debian GNU/Linux 12" << "Debian GNU/Linux 12";
    QTest::newRow("kernel") << "Linux 6.1.0-18-amd64 (localhost) (pts/0)" << "Linux 6.1.0-18-amd64";
    QTest::newRow("busybox") << "BusyBox v1.20.2 (2016-01-05) built-in shell" << "BusyBox v1.20.2";
    QTest::newRow("firmware") << "IPC camera firmware V5.4.5 ready" << "firmware V5.4.5";
    QTest::newRow("bare v") << "Camera V5.4.5 build" << "V5.4.5";
    QTest::newRow("nothing") << "Welcome to the camera" << "";
    QTest::newRow("address is not a version") << "Connected to 10.0.0.1" << "";
}

void TestLineParsers::disclosure()
{
    QFETCH(QString, banner);
    QFETCH(QString, match);
    const auto d = versionDisclosure(banner);
    QCOMPARE(d.value_or(QString()), match);
}

QTEST_GUILESS_MAIN(TestLineParsers)
#include "tst_lineparsers.moc"
