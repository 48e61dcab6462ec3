#include "core/crypto/SecureBytes.h"

#include <openssl/crypto.h>

namespace ab::crypto {

SecureBytes::SecureBytes(qsizetype size) : m_data(size, '\0') {}

SecureBytes::SecureBytes(const QByteArray &bytes) : m_data(bytes.constData(), bytes.size()) {}

SecureBytes::~SecureBytes() { wipe(); }

SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_data(std::move(other.m_data)) { other.m_data = QByteArray(); }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        other.m_data = QByteArray();
    }
    return *this;
}

SecureBytes SecureBytes::clone() const
{
    SecureBytes copy(m_data.size());
    if (!m_data.isEmpty())
        memcpy(copy.data(), data(), size_t(m_data.size()));
    return copy;
}

void SecureBytes::wipe()
{
    if (!m_data.isEmpty() && !m_data.isDetached())
        m_data.detach(); // never wipe a buffer someone else still shares
    if (!m_data.isEmpty())
        OPENSSL_cleanse(m_data.data(), size_t(m_data.size()));
    m_data.clear();
}

void cleanse(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

} // namespace ab::crypto
