#pragma once

#include <QByteArray>

namespace ab::crypto {

// Key material that is wiped when it goes out of scope. Not copyable, so a
// key is never left behind in a forgotten copy.
class SecureBytes final {
public:
    SecureBytes() = default;
    explicit SecureBytes(qsizetype size);
    explicit SecureBytes(const QByteArray &bytes);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    SecureBytes clone() const;
    bool isEmpty() const { return m_data.isEmpty(); }
    qsizetype size() const { return m_data.size(); }
    const unsigned char *data() const { return reinterpret_cast<const unsigned char *>(m_data.constData()); }
    unsigned char *data() { return reinterpret_cast<unsigned char *>(m_data.data()); }
    void wipe();

private:
    QByteArray m_data;
};

// Wipes a plain buffer that held a secret (a passphrase read from a file).
void cleanse(QByteArray &bytes);

} // namespace ab::crypto
