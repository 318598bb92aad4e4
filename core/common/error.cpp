#include "core/common/error.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace KryNet
{

Error::Error(Code code, QString message, QString detail)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{}

Error Error::withHttpStatus(int status) const
{
    Error copy = *this;
    copy.m_httpStatus = status;
    return copy;
}

Error Error::withExitCode(int code) const
{
    Error copy = *this;
    copy.m_exitCode = code;
    return copy;
}

Error Error::withContext(const QString &context) const
{
    Error copy = *this;
    copy.m_detail = m_detail.isEmpty() ? context : context + u": "_s + m_detail;
    return copy;
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::Network:
        return u"Network"_s;
    case Code::Dns:
        return u"Dns"_s;
    case Code::Tls:
        return u"Tls"_s;
    case Code::HostKey:
        return u"HostKey"_s;
    case Code::Auth:
        return u"Auth"_s;
    case Code::Timeout:
        return u"Timeout"_s;
    case Code::Cancelled:
        return u"Cancelled"_s;
    case Code::Parse:
        return u"Parse"_s;
    case Code::Remote:
        return u"Remote"_s;
    case Code::Keychain:
        return u"Keychain"_s;
    case Code::Config:
        return u"Config"_s;
    case Code::Unsupported:
        return u"Unsupported"_s;
    }
    return u"Unknown"_s;
}

QString Error::toString() const
{
    if (m_detail.isEmpty())
        return m_message;
    return m_message + u" ("_s + m_detail + u')';
}

} // namespace KryNet
