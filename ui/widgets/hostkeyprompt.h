#pragma once

#include <QCoreApplication>

#include "core/ssh/hostkey.h"

class QWidget;

namespace KryNet::Ssh
{
class SshConnection;
}

namespace KryNet::Ui
{

class Prompter;

/**
 * The one way KryNet asks about an unknown SSH host key (DESIGN.md §4): the host, the key type and its
 * SHA256 fingerprint, how to compare it with the server's own, and "Trust and connect" or cancel. An
 * accepted key is saved to the connection's known_hosts file; a declined one fails the connection.
 * Used by the session of every profile and by the setup assistant's connection test.
 */
class HostKeyPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Ui::HostKeyPrompt)

public:
    HostKeyPrompt() = delete;

    static void ask(Prompter &prompter, QWidget *parent, Ssh::SshConnection *connection, const Ssh::HostKeyInfo &info);
};

} // namespace KryNet::Ui
