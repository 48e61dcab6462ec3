#pragma once
// Every IPv4 packet that crosses lo, read by a packet socket in a thread:
// the wire-level witness for the scope tests. Meant for a private network
// namespace (PrivateNetwork.h), where every packet on lo is the test's own.
// A packet the kernel could not queue is counted (drops()), so a test can
// refuse to conclude from an incomplete capture.

#include <QList>
#include <QString>

#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace probetest
{

struct Packet {
    quint32 src = 0; // host order
    quint32 dst = 0;
    int protocol = 0; // IPPROTO_TCP, IPPROTO_UDP, IPPROTO_ICMP, ...
    int srcPort = -1; // TCP/UDP only
    int dstPort = -1;
    QString toString() const
    {
        auto a = [](quint32 v) { return QStringLiteral("%1.%2.%3.%4").arg(v >> 24).arg((v >> 16) & 255).arg((v >> 8) & 255).arg(v & 255); };
        const QString proto = protocol == IPPROTO_TCP   ? QStringLiteral("tcp")
                              : protocol == IPPROTO_UDP ? QStringLiteral("udp")
                                                        : QStringLiteral("ip proto %1").arg(protocol);
        return QStringLiteral("%1 %2:%3 -> %4:%5").arg(proto, a(src)).arg(srcPort).arg(a(dst)).arg(dstPort);
    }
};

class PacketCapture
{
public:
    // Empty on success, else why the capture cannot run.
    QString start()
    {
        m_fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, htons(ETH_P_IP));
        if (m_fd < 0)
            return QStringLiteral("no packet socket (needs CAP_NET_RAW in the namespace)");
        const int big = 16 * 1024 * 1024;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &big, sizeof big);
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &big, sizeof big);
        sockaddr_ll ll{};
        ll.sll_family = AF_PACKET;
        ll.sll_protocol = htons(ETH_P_IP);
        ll.sll_ifindex = int(::if_nametoindex("lo"));
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&ll), sizeof ll) != 0)
            return QStringLiteral("cannot bind the packet socket to lo");
        m_thread = std::thread([this] { loop(); });
        return {};
    }
    ~PacketCapture() { stop(); }
    void stop()
    {
        if (m_thread.joinable()) {
            m_stop = true;
            m_thread.join();
        }
        if (m_fd >= 0) {
            tpacket_stats st{};
            socklen_t len = sizeof st;
            if (::getsockopt(m_fd, SOL_PACKET, PACKET_STATISTICS, &st, &len) == 0)
                m_drops += int(st.tp_drops);
            ::close(m_fd);
            m_fd = -1;
        }
    }
    // Packets seen so far (each appears twice on lo: leaving and arriving).
    QList<Packet> packets() const
    {
        std::lock_guard lock(m_mutex);
        return m_packets;
    }
    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_packets.clear();
    }
    int drops() const { return m_drops; }

private:
    void loop()
    {
        unsigned char buf[65536];
        while (!m_stop) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n < ssize_t(sizeof(iphdr)))
                continue;
            const auto *ip = reinterpret_cast<const iphdr *>(buf);
            if (ip->version != 4)
                continue;
            Packet pk;
            pk.src = ntohl(ip->saddr);
            pk.dst = ntohl(ip->daddr);
            pk.protocol = ip->protocol;
            const size_t hl = size_t(ip->ihl) * 4;
            if ((pk.protocol == IPPROTO_TCP || pk.protocol == IPPROTO_UDP) && size_t(n) >= hl + 4) {
                pk.srcPort = (buf[hl] << 8) | buf[hl + 1];
                pk.dstPort = (buf[hl + 2] << 8) | buf[hl + 3];
            }
            std::lock_guard lock(m_mutex);
            m_packets.append(pk);
        }
    }
    int m_fd = -1;
    int m_drops = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QList<Packet> m_packets;
};

} // namespace probetest
