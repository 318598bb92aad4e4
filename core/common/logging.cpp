#include "core/common/logging.h"

#include <atomic>

#include "core/common/redaction.h"

namespace KryNet
{

Q_LOGGING_CATEGORY(lcCore, "krynet.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "krynet.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "krynet.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "krynet.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "krynet.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "krynet.ui", QtInfoMsg)

namespace
{

std::atomic<QtMessageHandler> s_previousHandler{nullptr};
std::atomic_bool s_installed{false};

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QtMessageHandler previous = s_previousHandler.load();
    if (previous)
        previous(type, context, Redaction::redact(message));
}

} // namespace

void installRedactingMessageHandler()
{
    if (s_installed.exchange(true))
        return;
    s_previousHandler.store(qInstallMessageHandler(redactingHandler));
}

} // namespace KryNet
