#pragma once
// A fake WS-Discovery or SSDP device for the multicast tests (inside a
// private network namespace, see PrivateNetwork.h): it joins
// 239.255.255.250 on lo, listens on the group's port, and answers each
// request it hears by unicast from its own 127.x address, as a camera
// answers from its own address.

#include <QByteArray>
#include <QList>
#include <QString>

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>

namespace probetest
{

class GroupResponder
{
public:
    using Answer = std::function<QList<QByteArray>(const QByteArray &request)>;
    // Empty on success, else what failed.
    QString start(quint16 groupPort, const char *replyFrom, Answer answer)
    {
        m_answer = std::move(answer);
        m_listen = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        m_reply = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        // Several responders share the group's port: each gets every datagram.
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in group{};
        group.sin_family = AF_INET;
        group.sin_port = htons(groupPort);
        ::inet_pton(AF_INET, "239.255.255.250", &group.sin_addr);
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&group), sizeof group) != 0)
            return QStringLiteral("bind 239.255.255.250:%1 failed").arg(groupPort);
        ip_mreqn join{};
        join.imr_multiaddr = group.sin_addr;
        join.imr_ifindex = int(::if_nametoindex("lo"));
        if (::setsockopt(m_listen, IPPROTO_IP, IP_ADD_MEMBERSHIP, &join, sizeof join) != 0)
            return QStringLiteral("joining 239.255.255.250 on lo failed");
        sockaddr_in from{};
        from.sin_family = AF_INET;
        ::inet_pton(AF_INET, replyFrom, &from.sin_addr);
        if (::bind(m_reply, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0)
            return QStringLiteral("bind %1 failed").arg(QLatin1String(replyFrom));
        m_thread = std::thread([this] { loop(); });
        return {};
    }
    ~GroupResponder()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        for (int fd : {m_listen, m_reply})
            if (fd >= 0)
                ::close(fd);
    }
    QList<QByteArray> requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }
    int repliesSent() const { return m_sent.load(); }

private:
    void loop()
    {
        QByteArray buf(65536, Qt::Uninitialized);
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0)
                continue;
            sockaddr_in sender{};
            socklen_t len = sizeof sender;
            const ssize_t n = ::recvfrom(m_listen, buf.data(), size_t(buf.size()), 0, reinterpret_cast<sockaddr *>(&sender), &len);
            if (n < 0)
                continue;
            const QByteArray request = buf.left(int(n));
            {
                std::lock_guard lock(m_mutex);
                m_requests.append(request);
            }
            for (const QByteArray &d : m_answer(request))
                if (::sendto(m_reply, d.constData(), size_t(d.size()), 0, reinterpret_cast<sockaddr *>(&sender), len) == ssize_t(d.size()))
                    ++m_sent;
        }
    }
    Answer m_answer;
    int m_listen = -1;
    int m_reply = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_sent{0};
    mutable std::mutex m_mutex;
    QList<QByteArray> m_requests;
};

} // namespace probetest
