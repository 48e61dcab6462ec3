#pragma once
// A private network namespace for the tests that send multicast: the test
// process (and every thread and child it starts afterwards, such as the
// CLI) gets a loopback of its own, up, multicast-capable and carrying
// 239.0.0.0/8, so a WS-Discovery Probe or an SSDP M-SEARCH to
// 239.255.255.250 reaches only the fake responders the test runs on lo,
// and nothing leaves the machine (there is no other interface).
//
// enterPrivateNetwork() must run first thing in main(), while the process
// has one thread: unshare() moves the calling thread only, and a user
// namespace (the fallback when not root) requires a single thread.

#include <QString>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <net/route.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace probetest
{

namespace detail
{
inline bool writeProcFile(const char *path, const QByteArray &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == ssize_t(text.size());
    ::close(fd);
    return ok;
}
inline QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace detail

// Empty on success, else why the namespace could not be made here.
inline QString enterPrivateNetwork()
{
    if (::unshare(CLONE_NEWNET) != 0) {
        const QString asRoot = detail::errnoText();
        // Not root: a user namespace of our own gives the capability to
        // configure a network namespace it owns (mapped to our own uid, so
        // the files the test writes stay ours).
        const QByteArray uid = QByteArray::number(::getuid()), gid = QByteArray::number(::getgid());
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
            return QStringLiteral("no network namespace: unshare(CLONE_NEWNET) failed (%1), and so did a user namespace (%2)")
                .arg(asRoot, detail::errnoText());
        if (!detail::writeProcFile("/proc/self/setgroups", "deny") || !detail::writeProcFile("/proc/self/uid_map", "0 " + uid + " 1\n") ||
            !detail::writeProcFile("/proc/self/gid_map", "0 " + gid + " 1\n"))
            return QStringLiteral("a user namespace was made but its id maps could not be written (%1)").arg(detail::errnoText());
    }
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return QStringLiteral("no socket in the new namespace (%1)").arg(detail::errnoText());
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    // ip link set lo up; ip link set lo multicast on
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    if (::ioctl(fd, SIOCGIFFLAGS, &ifr) != 0)
        return QStringLiteral("cannot read the flags of lo (%1)").arg(detail::errnoText());
    ifr.ifr_flags = short(ifr.ifr_flags | IFF_UP | IFF_MULTICAST);
    if (::ioctl(fd, SIOCSIFFLAGS, &ifr) != 0)
        return QStringLiteral("cannot bring lo up with multicast (%1)").arg(detail::errnoText());
    // ip route add 239.0.0.0/8 dev lo
    rtentry rt{};
    auto *dst = reinterpret_cast<sockaddr_in *>(&rt.rt_dst);
    dst->sin_family = AF_INET;
    dst->sin_addr.s_addr = htonl(0xef000000u);
    auto *mask = reinterpret_cast<sockaddr_in *>(&rt.rt_genmask);
    mask->sin_family = AF_INET;
    mask->sin_addr.s_addr = htonl(0xff000000u);
    rt.rt_flags = RTF_UP;
    char dev[] = "lo";
    rt.rt_dev = dev;
    if (::ioctl(fd, SIOCADDRT, &rt) != 0 && errno != EEXIST)
        return QStringLiteral("cannot route 239.0.0.0/8 to lo (%1)").arg(detail::errnoText());
    return {};
}

} // namespace probetest
