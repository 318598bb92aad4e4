#pragma once

#include <memory>

#include <libssh/libssh.h>

namespace KryNet::Ssh
{

/**
 * RAII owners for libssh handles (STYLE.md §4: every libssh handle is wrapped).
 *
 * Contract: a handle is created, used and destroyed on ONE thread, the worker of the SshConnection
 * that owns it (or, for a jump host, the bridge thread it was handed to). Channels must be destroyed
 * before the session they belong to; owners declare the session first so members are destroyed in
 * reverse order. This header is internal to core/ssh (it exposes libssh types).
 */
struct SessionDeleter
{
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};
struct ChannelDeleter
{
    void operator()(ssh_channel c) const { ssh_channel_free(c); }
};
struct KeyDeleter
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct StringDeleter
{
    void operator()(ssh_string s) const { ssh_string_free(s); }
};
struct CharDeleter
{
    void operator()(char *s) const { ssh_string_free_char(s); }
};
struct HashDeleter
{
    void operator()(unsigned char *h) const { ssh_clean_pubkey_hash(&h); }
};
struct EventDeleter
{
    void operator()(ssh_event e) const { ssh_event_free(e); }
};

using SessionHandle = std::unique_ptr<ssh_session_struct, SessionDeleter>;
using ChannelHandle = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;
using KeyHandle = std::unique_ptr<ssh_key_struct, KeyDeleter>;
using StringHandle = std::unique_ptr<ssh_string_struct, StringDeleter>;
using CharHandle = std::unique_ptr<char, CharDeleter>;
using HashHandle = std::unique_ptr<unsigned char, HashDeleter>;
using EventHandle = std::unique_ptr<ssh_event_struct, EventDeleter>;

} // namespace KryNet::Ssh
