#pragma once

// Errors the person can cause travel as values, never as exceptions through the event loop.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace spinesignal {

/// A failure with a message for the person (already translated) and a machine-readable kind.
struct Error {
    enum class Kind {
        Invalid,  ///< the input is wrong; exit code 2 on the command line
        Io,       ///< a file or the disk failed
        Corrupt,  ///< a file exists but is damaged or not ours
        TooNew,   ///< written by a newer SpineSignal
        NotFound,
        Internal,
        Cancelled,  ///< the person stopped a long job; nothing was changed

    };
    Kind kind = Kind::Internal;
    QString message;
};

/// Either a value or an Error.
template <typename T>
class [[nodiscard]] Result {
public:
    // Not named `value`: for a function-pointer T, GCC's -Wshadow takes it for the member value().
    Result(T success) : m_data(std::move(success)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success, or an Error.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

}  // namespace spinesignal
