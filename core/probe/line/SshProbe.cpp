// SSH: the identification line through Conn, and password checks through
// libssh. libssh is Debian-maintained and speaks the key exchanges, ciphers
// and MACs real servers require; a hand-written SSH client is out of the
// question. libssh never opens a socket itself here: it gets a duplicate of
// a descriptor Conn::connect opened (so the scope gate, host slots and rate
// limit apply), runs non-blocking, and every wait polls the Stop fd too.
#include "core/probe/line/LineCommon.h"
#include "core/probe/line/LineProbes.h"

#include <QCoreApplication>

#include <libssh/libssh.h>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <memory>

namespace ab::probe {

using namespace line;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::SshProbe)
};

const QString Svc = QStringLiteral("ssh");
constexpr int MaxPreBannerLines = 20; // RFC 4253 allows text lines before the identification

struct SessionFree {
    void operator()(ssh_session s) const
    {
        ssh_disconnect(s); // sends SSH_MSG_DISCONNECT when connected, closes libssh's descriptor
        ssh_free(s);
    }
};
using SessionPtr = std::unique_ptr<ssh_session_struct, SessionFree>;

enum class Step { Done, Failed, TimedOut, Cancelled };

// Runs a non-blocking libssh call until it stops returning `again`.
template <typename F>
Step drive(ProbeContext &ctx, int fd, const QElapsedTimer &t, int total, int again, F call, int *rcOut)
{
    for (;;) {
        const int rc = call();
        *rcOut = rc;
        if (rc != again)
            return Step::Done;
        const int left = remaining(t, total);
        if (left == 0)
            return Step::TimedOut;
        pollfd fds[2] = {{fd, POLLIN, 0}, {ctx.cancelFd(), POLLIN, 0}};
        ::poll(fds, ctx.cancelFd() >= 0 ? 2 : 1, qMin(left, 50));
        if (ctx.cancelled())
            return Step::Cancelled;
    }
}

enum class Attempt { Accepted, Rejected, NoPasswordAuth, Lockout, ConnectFailed, Error };

struct AttemptResult {
    Attempt attempt = Attempt::Error;
    QString detail;
    bool blank = false; // "none" authentication succeeded: no password at all
};

AttemptResult tryPassword(ProbeContext &ctx, const Endpoint &e, const CredentialPair &p, Transcript *t)
{
    AttemptResult res;
    auto c = Conn::connect(ctx, e, t);
    if (!c) {
        res.attempt = c.error().code == ErrorCode::Cancelled ? Attempt::Error : Attempt::ConnectFailed;
        res.detail = c.error().message;
        return res;
    }
    // libssh closes the descriptor it is given; it gets its own duplicate so
    // that Conn keeps owning (and later closing) the original and its host slot.
    const int fd = ::fcntl(c->fd(), F_DUPFD_CLOEXEC, 0);
    if (fd < 0) {
        res.detail = QStringLiteral("dup failed");
        return res;
    }
    SessionPtr s(ssh_new());
    if (!s) {
        ::close(fd);
        res.detail = QStringLiteral("ssh_new failed");
        return res;
    }
    socket_t sfd = fd;
    ssh_options_set(s.get(), SSH_OPTIONS_FD, &sfd); // from here on, libssh owns fd
    const int verbosity = SSH_LOG_NOLOG;
    ssh_options_set(s.get(), SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    const int no = 0;
    ssh_options_set(s.get(), SSH_OPTIONS_PROCESS_CONFIG, &no); // never read the operator's ~/.ssh/config
    const QByteArray host = e.address.toString().toUtf8();
    ssh_options_set(s.get(), SSH_OPTIONS_HOST, host.constData());
    const unsigned int port = e.port;
    ssh_options_set(s.get(), SSH_OPTIONS_PORT, &port);
    const QByteArray user = p.user.toUtf8();
    ssh_options_set(s.get(), SSH_OPTIONS_USER, user.constData());
    const long timeoutSec = qMax(1, ctx.limits().exchangeTimeoutMs / 1000);
    ssh_options_set(s.get(), SSH_OPTIONS_TIMEOUT, &timeoutSec);
    ssh_set_blocking(s.get(), 0);

    QElapsedTimer timer;
    timer.start();
    const int total = ctx.limits().exchangeTimeoutMs;
    int rc = 0;
    Step st = drive(ctx, fd, timer, total, SSH_AGAIN, [&] { return ssh_connect(s.get()); }, &rc);
    if (st != Step::Done || rc != SSH_OK) {
        res.attempt = st == Step::Done ? Attempt::ConnectFailed : Attempt::Error;
        res.detail = st == Step::Done ? QString::fromUtf8(ssh_get_error(s.get())) : QStringLiteral("no SSH handshake in time");
        if (looksLikeLockout(res.detail))
            res.attempt = Attempt::Lockout;
        return res;
    }
    if (const char *b = ssh_get_serverbanner(s.get()))
        t->note(QStringLiteral("server identification: %1 (key exchange done by libssh; the encrypted exchange is not recorded)")
                    .arg(printableBanner(QByteArray(b))));
    st = drive(ctx, fd, timer, total, SSH_AUTH_AGAIN, [&] { return ssh_userauth_none(s.get(), nullptr); }, &rc);
    if (st != Step::Done || rc == SSH_AUTH_ERROR) {
        res.detail = st == Step::Done ? QString::fromUtf8(ssh_get_error(s.get())) : QStringLiteral("no answer to the authentication request");
        res.attempt = looksLikeLockout(res.detail) ? Attempt::Lockout : Attempt::Error;
        return res;
    }
    if (rc == SSH_AUTH_SUCCESS) {
        res.attempt = Attempt::Accepted;
        res.blank = true;
        res.detail = QStringLiteral("\"none\" authentication accepted");
        return res;
    }
    const int methods = ssh_userauth_list(s.get(), nullptr);
    t->note(QStringLiteral("authentication methods offered: %1%2%3")
                .arg(methods & SSH_AUTH_METHOD_PASSWORD ? QStringLiteral("password ") : QString(),
                     methods & SSH_AUTH_METHOD_PUBLICKEY ? QStringLiteral("publickey ") : QString(),
                     methods & SSH_AUTH_METHOD_INTERACTIVE ? QStringLiteral("keyboard-interactive") : QString()));
    if (!(methods & SSH_AUTH_METHOD_PASSWORD)) {
        res.attempt = Attempt::NoPasswordAuth;
        return res;
    }
    const QByteArray password = p.password.toUtf8();
    st = drive(ctx, fd, timer, total, SSH_AUTH_AGAIN, [&] { return ssh_userauth_password(s.get(), nullptr, password.constData()); }, &rc);
    if (st != Step::Done) {
        res.detail = QStringLiteral("no answer to the password in time");
        return res;
    }
    switch (rc) {
    case SSH_AUTH_SUCCESS: res.attempt = Attempt::Accepted; break;
    case SSH_AUTH_DENIED: res.attempt = Attempt::Rejected; break; // "Permission denied" is an ordinary failure
    case SSH_AUTH_PARTIAL:
        res.attempt = Attempt::Rejected;
        res.detail = QStringLiteral("password accepted but a second factor is required");
        break;
    default:
        res.detail = QString::fromUtf8(ssh_get_error(s.get()));
        res.attempt = looksLikeLockout(res.detail) ? Attempt::Lockout : Attempt::Error;
        break;
    }
    return res;
}
} // namespace

ProbeOutcome probeSsh(ProbeContext &ctx, const Endpoint &e)
{
    ProbeOutcome out;
    Transcript t;
    t.protocol = Svc;
    auto c = Conn::connect(ctx, e, &t);
    if (!c)
        return out;
    std::optional<SshIdent> id;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < MaxPreBannerLines && !id; ++i) {
        QByteArray line;
        const int left = remaining(timer, ctx.limits().exchangeTimeoutMs);
        if (left == 0 || !c->readUntil(QByteArrayLiteral("\n"), line, left, 1024))
            break;
        if (line.startsWith("SSH-")) {
            id = parseSshIdent(line);
            break;
        }
    }
    c->close(); // identification only: nothing is sent
    if (!id) {
        t.note(QStringLiteral("no SSH identification line"));
        out.addTranscript(std::move(t));
        return out;
    }
    const int ti = out.addTranscript(std::move(t));
    Service s;
    s.endpoint = e;
    s.name = Svc;
    s.product = id->product;
    s.version = id->version;
    s.banner = printableBanner(QByteArrayLiteral("SSH-") + id->protocol.toLatin1() + '-' + id->software.toLatin1()
                               + (id->comments.isEmpty() ? QByteArray() : ' ' + id->comments.toLatin1()));
    s.facts.insert(QStringLiteral("ssh.protocol"), id->protocol);
    s.facts.insert(QStringLiteral("ssh.software"), id->software);
    if (!id->comments.isEmpty())
        s.facts.insert(QStringLiteral("ssh.comments"), id->comments);
    s.facts.insert(QStringLiteral("ssh.v1"), id->protocol != QLatin1String("2.0"));
    s.transcripts = {ti};
    if (!id->version.isEmpty())
        if (auto o = disclosureObservation(Svc, s.banner, QString(id->product + QLatin1Char(' ') + id->version).trimmed(), e, {ti}))
            out.observations.append(*o);
    out.services.append(std::move(s));
    return out;
}

ProbeOutcome checkSshCredentials(ProbeContext &ctx, const Service &service, const CredentialList &credentials, LockoutPolicy &policy)
{
    ProbeOutcome out;
    const Endpoint e = service.endpoint;
    Transcript t;
    t.protocol = Svc;
    CredentialResult result;
    result.endpoint = e;
    result.service = Svc;
    std::optional<CredentialPair> hit;
    bool blank = false;
    bool everConnected = false;
    for (const CredentialPair &p : credentials.forService(Svc, vendorHint(service))) {
        if (ctx.cancelled() || policy.lockedOut(e, Svc))
            break;
        if (p.user.isEmpty() || !policy.mayTry(e, Svc, p.user))
            continue;
        ++result.tried;
        t.note(QStringLiteral("attempt %1: user %2, password %3").arg(result.tried).arg(p.user, maskSecret(p.password)));
        const AttemptResult a = tryPassword(ctx, e, p, &t);
        if (!a.detail.isEmpty())
            t.note(a.detail);
        if (a.attempt == Attempt::Accepted) {
            hit = p;
            blank = a.blank;
            break;
        }
        if (a.attempt == Attempt::Lockout || (a.attempt == Attempt::ConnectFailed && everConnected)) {
            result.lockoutSignal = a.attempt == Attempt::Lockout ? a.detail
                                                                 : QStringLiteral("connection failed after earlier attempts: %1").arg(a.detail);
            policy.recordLockout(e, Svc, result.lockoutSignal);
            t.note(QStringLiteral("lockout signal; stopping"));
            break;
        }
        if (a.attempt == Attempt::NoPasswordAuth) {
            t.note(QStringLiteral("the server does not offer password authentication; stopping"));
            break;
        }
        if (a.attempt == Attempt::ConnectFailed || a.attempt == Attempt::Error)
            break;
        everConnected = true;
    }
    if (t.exchanges.isEmpty())
        return out;
    const int ti = out.addTranscript(std::move(t));
    if (hit) {
        result.user = hit->user;
        result.maskedPassword = blank ? maskSecret(QString()) : maskSecret(hit->password);
        result.accepted = true;
        result.blankOrAnonymous = blank || hit->password.isEmpty();
        out.observations.append(credentialObservation(result, !hit->vendor.isEmpty() && !blank, {ti}));
    }
    return out;
}

} // namespace ab::probe
