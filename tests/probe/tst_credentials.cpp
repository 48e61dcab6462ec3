// The shared probe pieces: credential lists (vendor first, SNMP apart),
// the lockout-safe attempt budget, masking, transcript rendering.
#include "core/probe/Credentials.h"
#include "core/probe/ProbeTypes.h"

#include <QTest>

using namespace ab::probe;

class TestCredentials : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void vendorFirstAndNoDuplicates()
    {
        auto l = CredentialList::fromJson(R"({"format":"auditbench-credentials","version":1,"entries":[
            {"services":["*"],"user":"admin","password":"admin"},
            {"services":["http","rtsp"],"vendor":"hikvision","user":"admin","password":"12345"},
            {"services":["http"],"user":"admin","password":"admin"},
            {"services":["snmp"],"user":"","password":"public"}]})",
                                          QStringLiteral("t.json"));
        QVERIFY(l.ok());
        const QList<CredentialPair> hik = l->forService(QStringLiteral("http"), QStringLiteral("Hikvision DS-2CD2142"));
        QCOMPARE(hik.size(), 2);
        QCOMPARE(hik.first().password, QStringLiteral("12345")); // the vendor's default first
        QCOMPARE(l->forService(QStringLiteral("http")).size(), 1);   // no vendor: generic only, once
        // A community is not a password: "*" entries never become communities.
        const QList<CredentialPair> snmp = l->forService(QStringLiteral("snmp"));
        QCOMPARE(snmp.size(), 1);
        QCOMPARE(snmp.first().password, QStringLiteral("public"));
    }
    void rejectsBadLists_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"x","version":1,"entries":[]})");
        QTest::newRow("newer") << QByteArray(R"({"format":"auditbench-credentials","version":2,"entries":[]})");
        QTest::newRow("no services") << QByteArray(R"({"format":"auditbench-credentials","version":1,"entries":[{"user":"a","password":"b"}]})");
        QTest::newRow("number password") << QByteArray(R"({"format":"auditbench-credentials","version":1,"entries":[{"services":["*"],"user":"a","password":1}]})");
        QTest::newRow("oversized") << QByteArray(5 * 1024 * 1024, ' ');
    }
    void rejectsBadLists()
    {
        QFETCH(QByteArray, json);
        auto l = CredentialList::fromJson(json, QStringLiteral("bad.json"));
        QVERIFY(!l.ok());
        QVERIFY(l.error().message.contains(QLatin1String("bad.json")));
    }
    void builtInListsLoad()
    {
        auto l = CredentialList::loadBuiltIn();
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error().message));
        QVERIFY(l->size() > 10);
        QVERIFY(!l->forService(QStringLiteral("rtsp"), QStringLiteral("dahua")).isEmpty());
    }
    void lockoutBudget()
    {
        LockoutPolicy p(3, 300);
        const Endpoint e{QHostAddress(QStringLiteral("127.0.0.1")), 80};
        for (int i = 0; i < 3; ++i)
            QVERIFY(p.mayTry(e, QStringLiteral("http"), QStringLiteral("admin")));
        QVERIFY(!p.mayTry(e, QStringLiteral("http"), QStringLiteral("admin"))); // budget spent
        QVERIFY(p.mayTry(e, QStringLiteral("http"), QStringLiteral("root")));   // per account
        // The budget is the device's: another port or protocol does not reset it.
        const Endpoint other{e.address, 554};
        QVERIFY(!p.mayTry(other, QStringLiteral("rtsp"), QStringLiteral("admin")));
        const Endpoint otherDevice{QHostAddress(QStringLiteral("127.0.0.2")), 80};
        QVERIFY(p.mayTry(otherDevice, QStringLiteral("http"), QStringLiteral("admin")));
        QCOMPARE(p.attempts(other, QStringLiteral("rtsp"), QStringLiteral("admin")), 3);
        // A lockout on one service stops every service of that device.
        p.recordLockout(other, QStringLiteral("rtsp"), QStringLiteral("423 Locked"));
        QVERIFY(p.lockedOut(e, QStringLiteral("http")));
        QVERIFY(!p.mayTry(e, QStringLiteral("ssh"), QStringLiteral("fresh")));
        QCOMPARE(p.lockoutSignal(e, QStringLiteral("rtsp")), QStringLiteral("423 Locked"));
        QVERIFY(!p.lockedOut(otherDevice, QStringLiteral("http")));

        // Carried to the next run: the budget and the lockout, account names only.
        const QJsonObject state = p.toJson();
        QCOMPARE(state.value(QStringLiteral("locked")).toObject().value(QStringLiteral("127.0.0.1")).toString(), QStringLiteral("423 Locked"));
        LockoutPolicy next(3, 300);
        next.restore(state);
        QVERIFY(next.mayTry(otherDevice, QStringLiteral("http"), QStringLiteral("admin"))); // 1 of 3 was used before
        QCOMPARE(next.attempts(otherDevice, QStringLiteral("http"), QStringLiteral("admin")), 2);
        QVERIFY(!next.mayTry(e, QStringLiteral("http"), QStringLiteral("admin")));
        QVERIFY(next.lockedOut(e, QStringLiteral("ftp")));
        LockoutPolicy window(1, 0); // a zero window forgets at once
        QVERIFY(window.mayTry(e, QStringLiteral("ftp"), QStringLiteral("a")));
        QTest::qWait(5);
        QVERIFY(window.mayTry(e, QStringLiteral("ftp"), QStringLiteral("a")));
    }
    void masks()
    {
        QCOMPARE(maskSecret(QStringLiteral("admin")), QStringLiteral("a***n"));
        QCOMPARE(maskSecret(QStringLiteral("ab")), QStringLiteral("**"));
        QCOMPARE(maskSecret(QString()), QStringLiteral("(empty)"));
    }
    void rendersTranscripts()
    {
        Transcript t;
        t.protocol = QStringLiteral("http");
        t.endpoint = {QHostAddress(QStringLiteral("127.0.0.1")), 80};
        t.received(QStringLiteral("<title>网络摄像机 Camera IP</title>\r\n").toUtf8());
        t.received(QByteArray("\x30\x82\xff\x00", 4));
        const QByteArray out = t.render();
        QVERIFY(out.contains(QStringLiteral("网络摄像机").toUtf8())); // text stays readable
        QVERIFY(out.contains("\\r"));
        QVERIFY(out.contains("0\\x82\\xff\\x00"));                 // binary escaped, always valid UTF-8
        QVERIFY(QUtf8StringView(out).isValidUtf8());
        QCOMPARE(t.fileName(), QStringLiteral("transcript-http-127.0.0.1-80.txt"));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
