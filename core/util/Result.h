#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ab {

// What went wrong, in terms a caller can act on. The CLI maps these to its
// exit codes (CLI.md): Problem 1, Usage 2, BadInput/WrongPassphrase 3, Io 4.
enum class ErrorCode {
    Problem,         // the check ran and found something wrong
    Usage,           // the caller asked for something that makes no sense
    BadInput,        // unreadable, foreign, corrupt or newer file; invalid data
    WrongPassphrase, // the passphrase does not open this inspection
    Io,              // the disk or network failed us
    Cancelled,       // the user stopped it
};

struct Error {
    ErrorCode code = ErrorCode::BadInput;
    QString message; // one sentence, translated, saying what and what to do
};

// A value or an error: errors are values, never exceptions across Qt.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace ab
