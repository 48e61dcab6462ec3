#pragma once

// Signing identities for tests, made with the real tools: openssl for keys,
// certificates and PKCS#12 files (passphrases through files), softhsm2-util
// and pkcs11-tool for a SoftHSM2 token in a temporary directory. Those two
// take a PIN only as an argument or from a terminal: the token and its PIN
// are throw-away test material. AuditBench itself never takes one that way.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

namespace abtest {

struct ToolRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
    QString describe() const { return QStringLiteral("exit %1: %2 %3").arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err)); }
};

inline ToolRun runTool(const QString &program, const QStringList &args, const QString &workDir = {}, const QByteArray &input = {},
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    ToolRun r;
    if (!p.waitForStarted(30000)) {
        r.err = "cannot start " + program.toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + program.toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size() && f.flush();
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString openSslTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

// Keys and certificates in a temporary directory, named by stem:
// STEM.key (PEM, unencrypted: test material only), STEM.crt, STEM.p12.
class KeyFactory {
public:
    KeyFactory() { QDir(m_dir.path()).mkpath(QStringLiteral("ca")); }
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString lastError() const { return m_error; }

    // A self-signed certificate valid from now for `days` (keyType: rsa or ec).
    bool selfSigned(const QString &stem, const QString &cn, const QString &org, int days = 365,
                    const QString &keyType = QStringLiteral("rsa"))
    {
        QStringList args{QStringLiteral("req"),     QStringLiteral("-x509"),
                         QStringLiteral("-nodes"),  QStringLiteral("-utf8"),
                         QStringLiteral("-days"),   QString::number(days),
                         QStringLiteral("-keyout"), path(stem + QStringLiteral(".key")),
                         QStringLiteral("-out"),    path(stem + QStringLiteral(".crt")),
                         QStringLiteral("-subj"),   subject(cn, org)};
        args << keyArgs(keyType);
        args << QStringLiteral("-addext") << QStringLiteral("keyUsage=critical,digitalSignature,nonRepudiation");
        return check(runTool(QStringLiteral("openssl"), args));
    }

    // A self-signed certificate valid exactly from..until (openssl ca -selfsign).
    bool selfSignedBetween(const QString &stem, const QString &cn, const QString &org, const QDateTime &from, const QDateTime &until)
    {
        if (!request(stem, cn, org))
            return false;
        return check(runTool(QStringLiteral("openssl"),
                             {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), caConfig(),
                              QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), path(stem + QStringLiteral(".key")),
                              QStringLiteral("-in"), path(stem + QStringLiteral(".csr")), QStringLiteral("-out"),
                              path(stem + QStringLiteral(".crt")), QStringLiteral("-startdate"), openSslTime(from),
                              QStringLiteral("-enddate"), openSslTime(until), QStringLiteral("-notext")},
                             path(QStringLiteral("ca"))));
    }

    // A certificate for stem issued by the (self-signed) certificate caStem.
    bool issued(const QString &stem, const QString &caStem, const QString &cn, const QString &org, int days = 365)
    {
        if (!request(stem, cn, org))
            return false;
        return check(
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), caConfig(), QStringLiteral("-cert"),
                     path(caStem + QStringLiteral(".crt")), QStringLiteral("-keyfile"), path(caStem + QStringLiteral(".key")),
                     QStringLiteral("-in"), path(stem + QStringLiteral(".csr")), QStringLiteral("-out"),
                     path(stem + QStringLiteral(".crt")), QStringLiteral("-days"), QString::number(days), QStringLiteral("-notext")},
                    path(QStringLiteral("ca"))));
    }

    bool caCertificate(const QString &stem, const QString &cn)
    {
        return check(runTool(QStringLiteral("openssl"),
                             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes"), QStringLiteral("-utf8"),
                              QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                              QStringLiteral("-keyout"), path(stem + QStringLiteral(".key")), QStringLiteral("-out"),
                              path(stem + QStringLiteral(".crt")), QStringLiteral("-subj"), subject(cn, QStringLiteral("Test CA")),
                              QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                              QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
    }

    // STEM.p12 from STEM.key and STEM.crt (plus chain certificates), the
    // passphrase handed over in a file.
    bool pkcs12(const QString &stem, const QByteArray &passphrase, const QStringList &chainStems = {}, bool legacy = false)
    {
        const QString passFile = path(stem + QStringLiteral(".pass"));
        if (!writeBytes(passFile, passphrase + '\n'))
            return false;
        QStringList args{
            QStringLiteral("pkcs12"),   QStringLiteral("-export"),           QStringLiteral("-inkey"), path(stem + QStringLiteral(".key")),
            QStringLiteral("-in"),      path(stem + QStringLiteral(".crt")), QStringLiteral("-out"),   path(stem + QStringLiteral(".p12")),
            QStringLiteral("-passout"), QStringLiteral("file:") + passFile};
        if (!chainStems.isEmpty()) {
            QByteArray pem;
            for (const QString &c : chainStems)
                pem += readBytes(path(c + QStringLiteral(".crt")));
            writeBytes(path(stem + QStringLiteral(".chain.pem")), pem);
            args << QStringLiteral("-certfile") << path(stem + QStringLiteral(".chain.pem"));
        }
        if (legacy)
            args << QStringLiteral("-legacy");
        const bool ok = check(runTool(QStringLiteral("openssl"), args));
        QFile::remove(passFile);
        return ok;
    }

    QByteArray certificateDer(const QString &stem)
    {
        const ToolRun r =
            runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), path(stem + QStringLiteral(".crt")),
                                                QStringLiteral("-outform"), QStringLiteral("DER")});
        return r.ok() ? r.out : QByteArray();
    }

    // "sha256 Fingerprint=AB:CD:..." -> "abcd..."
    QString fingerprint(const QString &stem)
    {
        const ToolRun r =
            runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), path(stem + QStringLiteral(".crt")),
                                                QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        return QString::fromLatin1(r.out).section(QLatin1Char('='), 1).trimmed().remove(QLatin1Char(':')).toLower();
    }

private:
    static QString subject(const QString &cn, const QString &org)
    {
        return QStringLiteral("/CN=") + cn + (org.isEmpty() ? QString() : QStringLiteral("/O=") + org);
    }
    static QStringList keyArgs(const QString &keyType)
    {
        if (keyType == QLatin1String("ec"))
            return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")};
        return {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
    }
    bool request(const QString &stem, const QString &cn, const QString &org)
    {
        return check(
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes"), QStringLiteral("-utf8"),
                     QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-keyout"), path(stem + QStringLiteral(".key")),
                     QStringLiteral("-out"), path(stem + QStringLiteral(".csr")), QStringLiteral("-subj"), subject(cn, org)}));
    }
    QString caConfig()
    {
        const QString conf = path(QStringLiteral("ca/ca.cnf"));
        if (!QFile::exists(conf)) {
            writeBytes(conf, "[ ca ]\ndefault_ca = abca\n[ abca ]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                             "default_md = sha256\npolicy = anything\ncopy_extensions = copy\nunique_subject = no\n"
                             "string_mask = utf8only\nemail_in_dn = no\n[ anything ]\ncommonName = supplied\n"
                             "organizationName = optional\n");
            writeBytes(path(QStringLiteral("ca/index.txt")), {});
            writeBytes(path(QStringLiteral("ca/serial")), "1000\n");
        }
        return conf;
    }
    bool check(const ToolRun &r)
    {
        if (!r.ok())
            m_error = r.describe();
        return r.ok();
    }

    QTemporaryDir m_dir;
    QString m_error;
};

// A SoftHSM2 token in a temporary directory. SOFTHSM2_CONF is set for this
// process (the module reads it when loaded) and for the tools.
class SoftHsmToken {
public:
    static QString module() { return QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"); }
    static bool available()
    {
        return QFile::exists(module()) && !QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")).isEmpty() &&
               !QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool")).isEmpty();
    }

    QString lastError() const { return m_error; }
    QString conf() const { return m_dir.filePath(QStringLiteral("softhsm2.conf")); }

    bool init(const QString &label, const QByteArray &pin)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("tokens"));
        if (!writeBytes(conf(), "directories.tokendir = " + m_dir.filePath(QStringLiteral("tokens")).toUtf8() +
                                    "\nobjectstore.backend = file\nlog.level = ERROR\n"))
            return false;
        qputenv("SOFTHSM2_CONF", conf().toLocal8Bit());
        m_label = label;
        return check(runTool(QStringLiteral("softhsm2-util"),
                             {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
                              QStringLiteral("--pin"), QString::fromUtf8(pin), QStringLiteral("--so-pin"), QStringLiteral("87654321")},
                             {}, {}, env()));
    }

    // Imports keyPem (PKCS#8 made here) and certPem under label/id.
    bool import(const QString &keyPem, const QString &certPem, const QString &object, const QString &id, const QByteArray &pin)
    {
        const QString pk8 = m_dir.filePath(object + QStringLiteral(".pk8"));
        if (!check(runTool(QStringLiteral("openssl"), {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-nocrypt"),
                                                       QStringLiteral("-in"), keyPem, QStringLiteral("-out"), pk8})))
            return false;
        if (!check(runTool(QStringLiteral("softhsm2-util"),
                           {QStringLiteral("--import"), pk8, QStringLiteral("--token"), m_label, QStringLiteral("--label"), object,
                            QStringLiteral("--id"), id, QStringLiteral("--pin"), QString::fromUtf8(pin)},
                           {}, {}, env())))
            return false;
        QFile::remove(pk8);
        const QString der = m_dir.filePath(object + QStringLiteral(".der"));
        if (!check(runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), certPem, QStringLiteral("-outform"),
                                                       QStringLiteral("DER"), QStringLiteral("-out"), der})))
            return false;
        return check(
            runTool(QStringLiteral("pkcs11-tool"),
                    {QStringLiteral("--module"), module(), QStringLiteral("--token-label"), m_label, QStringLiteral("--login"),
                     QStringLiteral("--pin"), QString::fromUtf8(pin), QStringLiteral("--write-object"), der, QStringLiteral("--type"),
                     QStringLiteral("cert"), QStringLiteral("--id"), id, QStringLiteral("--label"), object},
                    {}, {}, env()));
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("SOFTHSM2_CONF"), conf());
        return e;
    }

private:
    bool check(const ToolRun &r)
    {
        if (!r.ok())
            m_error = r.describe();
        return r.ok();
    }
    QTemporaryDir m_dir;
    QString m_label;
    QString m_error;
};

} // namespace abtest
