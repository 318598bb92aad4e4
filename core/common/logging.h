#pragma once

#include <QLoggingCategory>

namespace KryNet
{

// One category per core area; enable with QT_LOGGING_RULES="krynet.ssh.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

/**
 * Installs a Qt message handler that passes every log line through Redaction::redact() before
 * handing it to the previous handler. Apps call this first thing in main(), so even a careless
 * qDebug() of a header map cannot print a secret. Idempotent.
 */
void installRedactingMessageHandler();

} // namespace KryNet
