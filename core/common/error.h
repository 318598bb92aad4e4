#pragma once

#include <optional>

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace KryNet
{

/**
 * The one error type of KryNet Control (DESIGN.md §4, STYLE.md §2).
 *
 * An Error carries:
 *  - a code (what kind of failure, for program logic),
 *  - a user message, already translated, that says what happened and what to do,
 *  - a technical detail for logs and "details" disclosures (never translated, never holds a secret),
 *  - optionally the HTTP status or the remote exit code that caused it.
 *
 * This is KJob's error / errorText / errorString split. Errors are plain values: cheap to copy,
 * safe to pass between threads.
 */
class Error final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Error)

public:
    enum class Code {
        Network,     ///< connection refused/reset, unreachable host, proxy failure
        Dns,         ///< host name does not resolve
        Tls,         ///< certificate not trusted, pin mismatch, handshake failure
        HostKey,     ///< SSH host key unknown, declined or changed
        Auth,        ///< credentials missing or rejected
        Timeout,     ///< no answer within the deadline
        Cancelled,   ///< the caller (or shutdown) cancelled the operation
        Parse,       ///< the answer could not be understood
        Remote,      ///< the server answered with a failure (HTTP status, exit code, API error)
        Keychain,    ///< the OS secret store failed or is unavailable
        Config,      ///< local configuration missing, invalid, corrupt or too new
        Unsupported, ///< the server or platform lacks the feature
    };

    Error() = default;
    Error(Code code, QString message, QString detail = {});

    [[nodiscard]] Code code() const { return m_code; }
    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] const QString &detail() const { return m_detail; }
    [[nodiscard]] std::optional<int> httpStatus() const { return m_httpStatus; }
    [[nodiscard]] std::optional<int> exitCode() const { return m_exitCode; }

    /// Returns a copy carrying the HTTP status that caused the error.
    [[nodiscard]] Error withHttpStatus(int status) const;
    /// Returns a copy carrying the remote exit code that caused the error.
    [[nodiscard]] Error withExitCode(int code) const;
    /// Returns a copy whose detail is prefixed by @p context ("while reading pools: …").
    [[nodiscard]] Error withContext(const QString &context) const;

    /// Stable, untranslated name of the code ("Network", "HostKey"…), for logs and JSON output.
    [[nodiscard]] static QString codeName(Code code);
    [[nodiscard]] QString codeName() const { return codeName(m_code); }

    /// "message (detail)" for logs; the detail part is omitted when empty.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const Error &, const Error &) = default;

private:
    Code m_code = Code::Cancelled;
    QString m_message;
    QString m_detail;
    std::optional<int> m_httpStatus;
    std::optional<int> m_exitCode;
};

} // namespace KryNet

Q_DECLARE_METATYPE(KryNet::Error)
