#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace KryNet::LabSim
{

/// One name of `krynet-labsim --hostile-names`: a short key (what it attacks) and the text.
struct HostileName
{
    QString key;
    QString text;
};

/**
 * The hostile names a compromised or careless server could hand the app (issue 14): shell command
 * substitutions, quotes, markup, line breaks, terminal escapes, a right-to-left override, a
 * 10,000-character name and invalid Unicode. labsim seeds them into containers, a pool's disk, monitors,
 * torrents and media requests when started with --hostile-names; tests compare what the clients show
 * with these originals.
 *
 * The shell payloads only ever `touch @p marker` (a file the test owns): if anything executed a name,
 * the file appears. The "invalid" entry holds a lone surrogate (U+DC80): JSON writers emit it as the
 * escape \udc80 (valid JSON text, invalid Unicode); byte transports use bytes() instead, which puts the
 * raw bytes 0xff 0xfe in its place (invalid UTF-8).
 */
[[nodiscard]] QList<HostileName> hostileNames(const QString &marker);

/// Where the payloads' `touch` points when --hostile-marker is not given.
[[nodiscard]] QString defaultHostileMarker();

/// @p text as UTF-8, each lone surrogate replaced by the raw bytes 0xff 0xfe (invalid UTF-8).
[[nodiscard]] QByteArray hostileBytes(const QString &text);

} // namespace KryNet::LabSim
