<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HealthText</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>KryNet</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>KryNet::AccessModeDetector</name>
    <message>
        <source>Profile “%1” has no service reached through the lab&apos;s domain: the access mode cannot be detected.</source>
        <translation>Profil „%1“ hat keinen Dienst, der über die Domain des Labors erreicht wird: Der Zugriffsmodus kann nicht erkannt werden.</translation>
    </message>
    <message>
        <source>%1 answered: this computer is on the lab&apos;s LAN.</source>
        <translation>%1 hat geantwortet: Dieser Computer ist im LAN des Labors.</translation>
    </message>
    <message>
        <source>the tailscale command is not available</source>
        <translation>der Befehl tailscale ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 did not answer (%2), %3 did (%4): using Tailscale.</source>
        <translation>%1 hat nicht geantwortet (%2), %3 schon (%4): Tailscale wird verwendet.</translation>
    </message>
    <message>
        <source>Neither %1 (%2) nor %3 (%4; %5) answered: using the public address through Cloudflare Access.</source>
        <translation>Weder %1 (%2) noch %3 (%4; %5) hat geantwortet: Die öffentliche Adresse über Cloudflare Access wird verwendet.</translation>
    </message>
</context>
<context>
    <name>KryNet::AccessModes</name>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>Tailscale</source>
        <translation>Tailscale</translation>
    </message>
    <message>
        <source>Public (Cloudflare Access)</source>
        <translation>Öffentlich (Cloudflare Access)</translation>
    </message>
</context>
<context>
    <name>KryNet::ActionLog</name>
    <message>
        <source>The action log %1 could not be read: %2</source>
        <translation>Das Aktionsprotokoll %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The action log %1 is damaged and could not be moved aside; KryNet will not write to it until it is fixed or removed.</source>
        <translation>Das Aktionsprotokoll %1 ist beschädigt und konnte nicht beiseitegelegt werden; KryNet schreibt nicht hinein, bis es repariert oder entfernt ist.</translation>
    </message>
    <message>
        <source>The action log was damaged; it was kept as %1 and a new one was started.</source>
        <translation>Das Aktionsprotokoll war beschädigt; es wurde als %1 aufbewahrt und ein neues wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>KryNet::ConnectionMonitor</name>
    <message>
        <source>not reached since KryNet started</source>
        <translation>seit dem Start von KryNet nicht erreicht</translation>
    </message>
    <message>
        <source>last reached %1</source>
        <translation>zuletzt erreicht %1</translation>
    </message>
    <message numerus="yes">
        <source>checking %n service(s)…</source>
        <translation>
            <numerusform>prüfe %n Dienst…</numerusform>
            <numerusform>prüfe %n Dienste…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) not checked yet</source>
        <translation>
            <numerusform>%n Dienst noch nicht geprüft</numerusform>
            <numerusform>%n Dienste noch nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) refused the key</source>
        <translation>
            <numerusform>%n Dienst hat den Schlüssel abgelehnt</numerusform>
            <numerusform>%n Dienste haben den Schlüssel abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 services up</source>
        <translation>%1 von %2 Diensten erreichbar</translation>
    </message>
    <message>
        <source>SSH not usable</source>
        <translation>SSH nicht nutzbar</translation>
    </message>
    <message>
        <source>SSH not connected yet</source>
        <translation>SSH noch nicht verbunden</translation>
    </message>
    <message>
        <source>SSH connecting to %1…</source>
        <translation>SSH verbindet mit %1…</translation>
    </message>
    <message>
        <source>SSH host key needs your confirmation</source>
        <translation>SSH-Host-Schlüssel wartet auf Ihre Bestätigung</translation>
    </message>
    <message>
        <source>%1 presented a host key KryNet has not seen before: compare its fingerprint in the dialog with the server&apos;s before you trust it.</source>
        <translation>%1 hat einen Host-Schlüssel vorgelegt, den KryNet noch nicht kennt: Vergleichen Sie seinen Fingerabdruck im Dialog mit dem des Servers, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>SSH login refused</source>
        <translation>SSH-Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>SSH host key not trusted</source>
        <translation>SSH-Host-Schlüssel nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>SSH offline, reconnecting (%1)</source>
        <translation>SSH offline, verbindet erneut (%1)</translation>
    </message>
    <message>
        <source>SSH offline (%1)</source>
        <translation>SSH offline (%1)</translation>
    </message>
    <message>
        <source>SSH failed</source>
        <translation>SSH fehlgeschlagen</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed.</source>
        <translation>Die SSH-Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>SSH connected</source>
        <translation>SSH verbunden</translation>
    </message>
    <message>
        <source>No SSH host</source>
        <translation>Kein SSH-Host</translation>
    </message>
    <message>
        <source>Offline (%1)</source>
        <translation>Offline (%1)</translation>
    </message>
    <message>
        <source>No service of the lab answers. %1</source>
        <translation>Kein Dienst des Labs antwortet. %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Host key needed</source>
        <translation>Host-Schlüssel benötigt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Partly reachable</source>
        <translation>Teilweise erreichbar</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Host key not trusted</source>
        <translation>Host-Schlüssel nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
</context>
<context>
    <name>KryNet::DemoLab</name>
    <message>
        <source>Could not generate an SSH key for the demo lab.</source>
        <translation>Für das Demo-Labor konnte kein SSH-Schlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>Could not write the demo lab&apos;s SSH key to %1.</source>
        <translation>Der SSH-Schlüssel des Demo-Labors konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not export the demo lab&apos;s public SSH key.</source>
        <translation>Der öffentliche SSH-Schlüssel des Demo-Labors konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The demo lab is already running.</source>
        <translation>Das Demo-Labor läuft bereits.</translation>
    </message>
    <message>
        <source>The demo lab simulator (krynet-labsim) was not found next to KryNet. Reinstall KryNet Control, or set KRYNET_LABSIM to its path.</source>
        <translation>Der Simulator des Demo-Labors (krynet-labsim) wurde nicht neben KryNet gefunden. Installieren Sie KryNet Control neu oder setzen Sie KRYNET_LABSIM auf seinen Pfad.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo lab.</source>
        <translation>Für das Demo-Labor konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The demo lab did not start within %1 seconds.</source>
        <translation>Das Demo-Labor ist nicht innerhalb von %1 Sekunden gestartet.</translation>
    </message>
    <message>
        <source>The demo lab could not be started.</source>
        <translation>Das Demo-Labor konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The demo lab stopped unexpectedly (exit code %1).</source>
        <translation>Das Demo-Labor wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo lab answered something KryNet does not understand.</source>
        <translation>Das Demo-Labor hat etwas geantwortet, das KryNet nicht versteht.</translation>
    </message>
    <message>
        <source>The demo lab announced an invalid address for %1.</source>
        <translation>Das Demo-Labor hat eine ungültige Adresse für %1 gemeldet.</translation>
    </message>
    <message>
        <source>The demo lab announced an incomplete SSH server.</source>
        <translation>Das Demo-Labor hat einen unvollständigen SSH-Server gemeldet.</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ComposeRecreate</name>
    <message>
        <source>Pull and recreate %1 (stack %2)</source>
        <translation>%1 neu laden und neu erstellen (Stack %2)</translation>
    </message>
    <message>
        <source>%1 was not started by docker compose (no compose labels), so it cannot be recreated from its stack.</source>
        <translation>%1 wurde nicht mit docker compose gestartet (keine Compose-Labels) und kann daher nicht aus seinem Stack neu erstellt werden.</translation>
    </message>
    <message>
        <source>The compose labels of %1 name an invalid project or service (“%2”, “%3”).</source>
        <translation>Die Compose-Labels von %1 nennen ein ungültiges Projekt oder einen ungültigen Dienst („%2“, „%3“).</translation>
    </message>
    <message>
        <source>The compose labels of %1 do not say where its compose file is (working_dir, config_files): recreate it where the stack was deployed.</source>
        <translation>Die Compose-Labels von %1 sagen nicht, wo seine Compose-Datei liegt (working_dir, config_files): Erstellen Sie ihn dort neu, wo der Stack bereitgestellt wurde.</translation>
    </message>
    <message>
        <source>The compose working directory of %1 is not a plain absolute path: %2</source>
        <translation>Das Compose-Arbeitsverzeichnis von %1 ist kein einfacher absoluter Pfad: %2</translation>
    </message>
    <message>
        <source>A compose file of %1 is not a plain absolute path: %2</source>
        <translation>Eine Compose-Datei von %1 ist kein einfacher absoluter Pfad: %2</translation>
    </message>
    <message>
        <source>This profile has no SSH connection to run docker compose on.</source>
        <translation>Dieses Profil hat keine SSH-Verbindung, über die docker compose laufen könnte.</translation>
    </message>
    <message>
        <source>A pull and recreate is already running.</source>
        <translation>Ein Neuladen und Neuerstellen läuft bereits.</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>Stack %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::Container</name>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no health check</source>
        <translation>keine Zustandsprüfung</translation>
    </message>
    <message>
        <source>health check starting</source>
        <translation>Zustandsprüfung startet</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>nicht gesund</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ContainerEnvironments</name>
    <message>
        <source>This profile has no Portainer service configured.</source>
        <translation>Für dieses Profil ist kein Portainer-Dienst eingerichtet.</translation>
    </message>
    <message>
        <source>Portainer lists no environment “%1” (it lists none).</source>
        <translation>Portainer kennt keine Umgebung „%1“ (es kennt gar keine).</translation>
    </message>
    <message>
        <source>Portainer lists no environment “%1”. It has: %2.</source>
        <translation>Portainer kennt keine Umgebung „%1“. Es gibt: %2.</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>Swarm</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>%1 over SSH</source>
        <translation>%1 über SSH</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, down</source>
        <translation>%1, nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 is a Kubernetes environment. KryNet starts, stops and recreates Docker containers (standalone hosts and Swarm); Kubernetes runs pods, which its own controllers restart. Manage the workloads of %1 in Portainer or with kubectl, and choose a Docker environment here.</source>
        <translation>%1 ist eine Kubernetes-Umgebung. KryNet startet, stoppt und erstellt Docker-Container neu (einzelne Hosts und Swarm); Kubernetes betreibt Pods, die seine eigenen Controller neu starten. Verwalten Sie die Workloads von %1 in Portainer oder mit kubectl und wählen Sie hier eine Docker-Umgebung.</translation>
    </message>
    <message>
        <source>%1 is not a Docker environment, so KryNet cannot show or manage its containers. Choose a Docker environment here.</source>
        <translation>%1 ist keine Docker-Umgebung, daher kann KryNet ihre Container weder zeigen noch verwalten. Wählen Sie hier eine Docker-Umgebung.</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ContainerLogs</name>
    <message>
        <source>“%1” is not a valid container name.</source>
        <translation>„%1“ ist kein gültiger Container-Name.</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ContainerModel</name>
    <message>
        <source>an action is running</source>
        <translation>eine Aktion läuft</translation>
    </message>
    <message>
        <source>health check failing</source>
        <translation>Zustandsprüfung schlägt fehl</translation>
    </message>
    <message>
        <source>health check failing: %1</source>
        <translation>Zustandsprüfung schlägt fehl: %1</translation>
    </message>
    <message>
        <source>health check starting</source>
        <translation>Zustandsprüfung startet</translation>
    </message>
    <message>
        <source>running, healthy</source>
        <translation>läuft, gesund</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>restarting again and again (restart count %1)</source>
        <translation>startet immer wieder neu (Neustarts: %1)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>killed: out of memory</source>
        <translation>beendet: kein Speicher mehr</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>created, never started</source>
        <translation>erstellt, nie gestartet</translation>
    </message>
    <message>
        <source>being removed</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) need attention</source>
        <translation>
            <numerusform>%n Container braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Container brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>all running containers fine</source>
        <translation>alle laufenden Container in Ordnung</translation>
    </message>
    <message>
        <source>nothing running</source>
        <translation>nichts läuft</translation>
    </message>
    <message>
        <source>Standalone containers</source>
        <translation>Einzelne Container</translation>
    </message>
    <message>
        <source>%1 (%2/%3 running)</source>
        <translation>%1 (%2/%3 laufen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ContainerStore</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Restart %1 after %2</source>
        <translation>%1 nach %2 neu starten</translation>
    </message>
    <message>
        <source>%1 uses the network of %2, which is %3. Restarting %1 alone will not bring it back; restart %2 and its dependants instead.</source>
        <translation>%1 nutzt das Netzwerk von %2 (Zustand: %3). Ein Neustart von %1 allein bringt es nicht zurück; starten Sie stattdessen %2 und die davon abhängigen Container neu.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 stoppen</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>There is no container %1 on this host.</source>
        <translation>Auf diesem Host gibt es keinen Container %1.</translation>
    </message>
    <message>
        <source>%1 is busy: %2</source>
        <translation>%1 ist beschäftigt: %2</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>It was already in that state.</source>
        <translation>Er war bereits in diesem Zustand.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>The container disappeared while KryNet waited for it.</source>
        <translation>Der Container ist verschwunden, während KryNet auf ihn gewartet hat.</translation>
    </message>
    <message>
        <source>%1 stopped after the restart (exit code %2).</source>
        <translation>%1 wurde nach dem Neustart beendet (Exit-Code %2).</translation>
    </message>
    <message>
        <source>%1 did not become healthy within %2 s.</source>
        <translation>%1 wurde nicht innerhalb von %2 s gesund.</translation>
    </message>
    <message>
        <source>Waiting until %1 is healthy…</source>
        <translation>Warte, bis %1 gesund ist…</translation>
    </message>
    <message>
        <source>Waits for %1…</source>
        <translation>Wartet auf %1…</translation>
    </message>
    <message>
        <source>%1 Not restarted: %2.</source>
        <translation>%1 Nicht neu gestartet: %2.</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::DockerClient</name>
    <message>
        <source>The Docker host does not know it: %1</source>
        <translation>Der Docker-Host kennt es nicht: %1</translation>
    </message>
    <message>
        <source>The Docker host refused because of the container&apos;s state: %1</source>
        <translation>Der Docker-Host hat wegen des Container-Zustands abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Docker host answered %1: %2</source>
        <translation>Der Docker-Host hat %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>This connection to Docker cannot stream.</source>
        <translation>Diese Verbindung zu Docker kann nicht streamen.</translation>
    </message>
    <message>
        <source>The Docker host sent an answer KryNet cannot read.</source>
        <translation>Der Docker-Host hat eine Antwort gesendet, die KryNet nicht lesen kann.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>This profile has neither an SSH host nor a Portainer service, so KryNet cannot reach Docker. Add the server&apos;s SSH settings (or Portainer) to the profile.</source>
        <translation>Dieses Profil hat weder einen SSH-Host noch einen Portainer-Dienst, daher kann KryNet Docker nicht erreichen. Ergänzen Sie im Profil die SSH-Einstellungen des Servers (oder Portainer).</translation>
    </message>
    <message>
        <source>The Docker host did not answer within %1 s.</source>
        <translation>Der Docker-Host hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the Docker socket %1: is the daemon running?</source>
        <translation>Der Docker-Socket %1 ist nicht erreichbar: Läuft der Daemon?</translation>
    </message>
    <message>
        <source>This connection to Docker cannot carry requests.</source>
        <translation>Über diese Verbindung zu Docker lassen sich keine Anfragen senden.</translation>
    </message>
    <message>
        <source>The Docker host answered with a redirect (HTTP %1) instead of an answer: something other than Docker (a proxy or a login page) is in the way.</source>
        <translation>Der Docker-Host hat mit einer Weiterleitung (HTTP %1) statt mit einer Antwort reagiert: Etwas anderes als Docker (ein Proxy oder eine Anmeldeseite) steht im Weg.</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::DockerStream</name>
    <message>
        <source>The connection to the Docker host closed before the answer was complete.</source>
        <translation>Die Verbindung zum Docker-Host wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::Parsers</name>
    <message>
        <source>The Docker host sent %1 that KryNet cannot read. Is it a Docker Engine API?</source>
        <translation>Der Docker-Host hat %1 in einer Form gesendet, die KryNet nicht lesen kann. Ist es eine Docker-Engine-API?</translation>
    </message>
    <message>
        <source>a container list</source>
        <translation>eine Container-Liste</translation>
    </message>
    <message>
        <source>container details</source>
        <translation>Container-Details</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>ein Ereignis</translation>
    </message>
    <message>
        <source>container statistics</source>
        <translation>Container-Statistiken</translation>
    </message>
    <message>
        <source>its version</source>
        <translation>seine Version</translation>
    </message>
    <message>
        <source>a list of environments</source>
        <translation>eine Liste von Umgebungen</translation>
    </message>
    <message>
        <source>a list of stacks</source>
        <translation>eine Liste von Stacks</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::PortainerTransport</name>
    <message>
        <source>This profile has no Portainer service configured.</source>
        <translation>Für dieses Profil ist kein Portainer-Dienst eingerichtet.</translation>
    </message>
    <message>
        <source>Portainer lists no Docker environment. Add one in Portainer first.</source>
        <translation>Portainer listet keine Docker-Umgebung. Legen Sie zuerst eine in Portainer an.</translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::StackRecreate</name>
    <message>
        <source>%1 was not started by docker compose (no compose labels), so it cannot be recreated from its stack.</source>
        <translation>%1 wurde nicht mit docker compose gestartet (keine Compose-Labels) und kann daher nicht aus seinem Stack neu erstellt werden.</translation>
    </message>
    <message>
        <source>The compose labels of %1 name an invalid project or service (“%2”, “%3”).</source>
        <translation>Die Compose-Labels von %1 nennen ein ungültiges Projekt oder einen ungültigen Dienst („%2“, „%3“).</translation>
    </message>
    <message>
        <source>Pull and recreate needs the server&apos;s SSH access (docker compose) or Portainer.</source>
        <translation>Neu laden und neu erstellen braucht den SSH-Zugang zum Server (docker compose) oder Portainer.</translation>
    </message>
    <message>
        <source>Stack %1 was not deployed by Portainer, so Portainer cannot redeploy it, and KryNet runs docker compose only on the profile&apos;s own server over SSH. Recreate %2 where the stack was deployed.</source>
        <translation>Stack %1 wurde nicht von Portainer bereitgestellt, daher kann Portainer ihn nicht neu bereitstellen, und KryNet führt docker compose nur auf dem eigenen Server des Profils über SSH aus. Erstellen Sie %2 dort neu, wo der Stack bereitgestellt wurde.</translation>
    </message>
    <message>
        <source>KryNet runs on the server, once:

%1

The image is pulled and %2 is replaced by a new container from it; it is unavailable meanwhile.</source>
        <translation>KryNet führt auf dem Server einmal aus:

%1

Das Image wird neu geladen und %2 durch einen neuen Container daraus ersetzt; so lange ist er nicht erreichbar.</translation>
    </message>
    <message>
        <source>Pull and redeploy stack %1 through Portainer</source>
        <translation>Stack %1 mit neuen Images über Portainer neu bereitstellen</translation>
    </message>
    <message>
        <source>Stack %1 belongs to Portainer, so Portainer redeploys it, once: it pulls %2 (%3) again, pulls every image of the stack and recreates all of its services (%4), not only %5. They are unavailable meanwhile; this can take minutes.</source>
        <translation>Stack %1 gehört Portainer, daher stellt Portainer ihn einmal neu bereit: Es holt %2 (%3) erneut, lädt jedes Image des Stacks neu und erstellt alle seine Dienste neu (%4), nicht nur %5. So lange sind sie nicht erreichbar; das kann Minuten dauern.</translation>
    </message>
    <message>
        <source>Stack %1 belongs to Portainer, so Portainer redeploys it, once, from the stack file it keeps: it pulls every image of the stack and recreates all of its services (%2), not only %3. They are unavailable meanwhile; this can take minutes.</source>
        <translation>Stack %1 gehört Portainer, daher stellt Portainer ihn einmal aus der bei ihm gespeicherten Stack-Datei neu bereit: Es lädt jedes Image des Stacks neu und erstellt alle seine Dienste neu (%2), nicht nur %3. So lange sind sie nicht erreichbar; das kann Minuten dauern.</translation>
    </message>
    <message>
        <source>Portainer could not say whether it owns stack %1: %2</source>
        <translation>Portainer konnte nicht sagen, ob Stack %1 ihm gehört: %2</translation>
    </message>
    <message>
        <source>Portainer could not be asked whether it owns stack %1 (%2), so KryNet uses docker compose.</source>
        <translation>Portainer ließ sich nicht fragen, ob Stack %1 ihm gehört (%2), daher verwendet KryNet docker compose.</translation>
    </message>
    <message>
        <source>This profile has no Portainer service configured.</source>
        <translation>Für dieses Profil ist kein Portainer-Dienst eingerichtet.</translation>
    </message>
    <message>
        <source>Portainer pulls the images of stack %1 and redeploys it…</source>
        <translation>Portainer lädt die Images von Stack %1 neu und stellt ihn neu bereit…</translation>
    </message>
    <message>
        <source>Portainer redeployed stack %1.</source>
        <translation>Portainer hat Stack %1 neu bereitgestellt.</translation>
    </message>
    <message>
        <source>Reading the stack file of %1 from Portainer…</source>
        <translation>Lese die Stack-Datei von %1 aus Portainer…</translation>
    </message>
    <message>
        <source>Portainer returned no stack file for %1, so nothing was redeployed.</source>
        <translation>Portainer lieferte keine Stack-Datei für %1, daher wurde nichts neu bereitgestellt.</translation>
    </message>
    <message>
        <source>A pull and recreate is already running.</source>
        <translation>Ein Neuladen und Neuerstellen läuft bereits.</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>Stack %1</translation>
    </message>
    <message>
        <source>Portainer redeployed the stack with fresh images.</source>
        <translation>Portainer hat den Stack mit neuen Images neu bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>KryNet::HttpErrors</name>
    <message>
        <source>%1 does not resolve: is Tailscale connected?</source>
        <translation>%1 lässt sich nicht auflösen: Ist Tailscale verbunden?</translation>
    </message>
    <message>
        <source>%1 does not resolve: are you on the LAN?</source>
        <translation>%1 lässt sich nicht auflösen: Sind Sie im LAN?</translation>
    </message>
    <message>
        <source>%1 does not resolve: check the lab&apos;s domain and your internet connection.</source>
        <translation>%1 lässt sich nicht auflösen: Prüfen Sie die Domain des Labors und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: is the service (or its reverse proxy) running?</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt: Läuft der Dienst (oder sein Reverse-Proxy)?</translation>
    </message>
    <message>
        <source>Could not talk to %1: the connection failed.</source>
        <translation>Keine Kommunikation mit %1 möglich: Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: the service may be overloaded or unreachable.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet: Der Dienst ist möglicherweise überlastet oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). If it is your own self-signed certificate, check its SHA-256 fingerprint %3 and pin it.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Wenn es Ihr eigenes selbstsigniertes Zertifikat ist, prüfen Sie seinen SHA-256-Fingerabdruck %3 und pinnen Sie es.</translation>
    </message>
    <message>
        <source>The certificate of %1 changed: it does not match the pinned fingerprint. This may be an attack; the connection was refused. Presented certificate: SHA-256 %2.</source>
        <translation>Das Zertifikat von %1 hat sich geändert: Es passt nicht zum gepinnten Fingerabdruck. Das kann ein Angriff sein; die Verbindung wurde abgelehnt. Vorgelegtes Zertifikat: SHA-256 %2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 rejected the credentials (HTTP %2): wrong key for %1?</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2): Falscher Schlüssel für %1?</translation>
    </message>
    <message>
        <source>No %1 for %2 is stored for profile “%3”: set it first.</source>
        <translation>Für Profil „%3“ ist kein %1 für %2 gespeichert: Legen Sie ihn zuerst fest.</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password: wrong password for %1?</source>
        <translation>%1 hat Benutzername oder Passwort abgelehnt: Falsches Passwort für %1?</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found for %2: wrong base URL or API version?</source>
        <translation>%1 hat für %2 mit 404 Not Found geantwortet: Falsche Basis-URL oder API-Version?</translation>
    </message>
    <message>
        <source>%1 reported a server error (HTTP %2): check the service&apos;s logs.</source>
        <translation>%1 hat einen Serverfehler gemeldet (HTTP %2): Prüfen Sie die Protokolle des Dienstes.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 returned an HTML page where JSON was expected: a login page or a proxy error page? Check the URL and the reverse proxy.</source>
        <translation>%1 hat eine HTML-Seite geliefert, wo JSON erwartet wurde: Eine Anmeldeseite oder eine Fehlerseite des Proxys? Prüfen Sie die URL und den Reverse-Proxy.</translation>
    </message>
    <message>
        <source>Cloudflare Access blocked the request: set a service token (CF-Access-Client-Id and its secret) in the profile.</source>
        <translation>Cloudflare Access hat die Anfrage blockiert: Hinterlegen Sie im Profil ein Service-Token (CF-Access-Client-Id und das zugehörige Geheimnis).</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before its end: try again, and check the reverse proxy if it keeps happening.</source>
        <translation>Die Antwort von %1 wurde vor ihrem Ende abgeschnitten: Versuchen Sie es erneut und prüfen Sie den Reverse-Proxy, wenn das wiederholt passiert.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not valid JSON: wrong URL or an incompatible version?</source>
        <translation>%1 hat mit etwas geantwortet, das kein gültiges JSON ist: Falsche URL oder eine inkompatible Version?</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2 MiB: refused.</source>
        <translation>Die Antwort von %1 ist größer als die Grenze von %2 MiB: abgelehnt.</translation>
    </message>
    <message>
        <source>%1 redirected to another site (%2): not followed. A login page or a wrong URL?</source>
        <translation>%1 hat auf eine andere Website umgeleitet (%2): Der Umleitung wurde nicht gefolgt. Eine Anmeldeseite oder eine falsche URL?</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>KryNet::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it (or allow KryNet Control) and try again.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn (oder erlauben Sie KryNet Control den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available, so secrets cannot be stored. Start a Secret Service provider (GNOME Keyring or KWallet) in your desktop session, or keep secrets in memory for this session only.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar, daher können keine Geheimnisse gespeichert werden. Starten Sie einen Secret-Service-Anbieter (GNOME Keyring oder KWallet) in Ihrer Desktop-Sitzung oder behalten Sie Geheimnisse nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret.</source>
        <translation>Der System-Schlüsselbund konnte das Geheimnis nicht löschen.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Der System-Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>KryNet::LabSession</name>
    <message>
        <source>Profile “%1” has no SSH host: set one to read pools and containers.</source>
        <translation>Profil „%1“ hat keinen SSH-Host: Legen Sie einen fest, um Pools und Container auszulesen.</translation>
    </message>
    <message>
        <source>The key %1 needs a passphrase: store it with `krynetctl secret set ssh.passphrase`.</source>
        <translation>Der Schlüssel %1 benötigt eine Passphrase: Speichern Sie sie mit `krynetctl secret set ssh.passphrase`.</translation>
    </message>
</context>
<context>
    <name>KryNet::LabSummary</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Media pipeline</source>
        <translation>Medien-Pipeline</translation>
    </message>
    <message>
        <source>Monitors and certificates</source>
        <translation>Monitore und Zertifikate</translation>
    </message>
    <message>
        <source>VPN (Gluetun)</source>
        <translation>VPN (Gluetun)</translation>
    </message>
    <message>
        <source>LiteLLM</source>
        <translation>LiteLLM</translation>
    </message>
    <message>
        <source>Pool degraded</source>
        <translation>Pool beeinträchtigt</translation>
    </message>
    <message>
        <source>Scrub finished with errors</source>
        <translation>Scrub mit Fehlern beendet</translation>
    </message>
    <message>
        <source>Container unhealthy</source>
        <translation>Container ungesund</translation>
    </message>
    <message>
        <source>Container exited</source>
        <translation>Container beendet</translation>
    </message>
    <message>
        <source>Monitor down or up</source>
        <translation>Monitor ausgefallen oder wieder da</translation>
    </message>
    <message>
        <source>Request stuck</source>
        <translation>Anfrage hängt</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
    <message>
        <source>VPN down or leaking</source>
        <translation>VPN aus oder undicht</translation>
    </message>
    <message>
        <source>Service not answering</source>
        <translation>Dienst antwortet nicht</translation>
    </message>
    <message>
        <source>No pools</source>
        <translation>Keine Pools</translation>
    </message>
    <message>
        <source>Pools cannot be read</source>
        <translation>Pools können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>zpool status over SSH</source>
        <translation>zpool status über SSH</translation>
    </message>
    <message>
        <source>ZFS answered, but no pool is imported.</source>
        <translation>ZFS hat geantwortet, aber kein Pool ist importiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pool %1 is %2</source>
        <translation>Pool %1 ist %2</translation>
    </message>
    <message numerus="yes">
        <source>The last scrub of %1 found %n error(s)</source>
        <translation>
            <numerusform>Der letzte Scrub von %1 fand %n Fehler</numerusform>
            <numerusform>Der letzte Scrub von %1 fand %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1: %2</source>
        <translation>Pool %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s), all online</source>
        <translation>
            <numerusform>%n Pool, online</numerusform>
            <numerusform>%n Pools, alle online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pool(s) online</source>
        <translation>
            <numerusform>%1 von %n Pool online</numerusform>
            <numerusform>%1 von %n Pools online</numerusform>
        </translation>
    </message>
    <message>
        <source>fullest %1 %2 %</source>
        <translation>am vollsten %1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>oldest scrub %n day(s) ago</source>
        <translation>
            <numerusform>ältester Scrub vor %n Tag</numerusform>
            <numerusform>ältester Scrub vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker not reachable</source>
        <translation>Docker nicht erreichbar</translation>
    </message>
    <message>
        <source>the container list</source>
        <translation>die Containerliste</translation>
    </message>
    <message>
        <source>Containers cannot be read</source>
        <translation>Container können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 keeps restarting</source>
        <translation>%1 startet ständig neu</translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <translation>%1 ist ungesund</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 wurde mit Code %2 beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 von %n läuft</numerusform>
            <numerusform>%1 von %n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unhealthy · %2 stopped · %3 restarting</source>
        <translation>%1 ungesund · %2 gestoppt · %3 im Neustart</translation>
    </message>
    <message>
        <source>No media services</source>
        <translation>Keine Mediendienste</translation>
    </message>
    <message>
        <source>Add Seerr, Radarr, Sonarr… to the profile.</source>
        <translation>Fügen Sie Seerr, Radarr, Sonarr… zum Profil hinzu.</translation>
    </message>
    <message>
        <source>Seerr, the *arrs and the download clients</source>
        <translation>Seerr, die *arrs und die Download-Clients</translation>
    </message>
    <message>
        <source>“%1” is stuck: %2</source>
        <translation>„%1“ hängt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n hängt</numerusform>
            <numerusform>%n hängen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) not answering: %1</source>
        <translation>
            <numerusform>%n Dienst antwortet nicht: %1</numerusform>
            <numerusform>%n Dienste antworten nicht: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in the pipeline</source>
        <translation>
            <numerusform>%n Anfrage in der Pipeline</numerusform>
            <numerusform>%n Anfragen in der Pipeline</numerusform>
        </translation>
    </message>
    <message>
        <source>No services</source>
        <translation>Keine Dienste</translation>
    </message>
    <message>
        <source>Add the lab&apos;s services to the profile.</source>
        <translation>Fügen Sie die Dienste des Labors zum Profil hinzu.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n answer</source>
        <translation>
            <numerusform>Der %n Dienst antwortet</numerusform>
            <numerusform>Alle %n antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>No VPN</source>
        <translation>Kein VPN</translation>
    </message>
    <message>
        <source>The profile has no Gluetun service.</source>
        <translation>Das Profil hat keinen Gluetun-Dienst.</translation>
    </message>
    <message>
        <source>Gluetun&apos;s control server</source>
        <translation>Gluetuns Steuerserver</translation>
    </message>
    <message>
        <source>Gluetun does not answer</source>
        <translation>Gluetun antwortet nicht</translation>
    </message>
    <message>
        <source>Gluetun does not answer: %1</source>
        <translation>Gluetun antwortet nicht: %1</translation>
    </message>
    <message>
        <source>VPN is %1</source>
        <translation>VPN ist %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Downloads have no tunnel.</source>
        <translation>Downloads haben keinen Tunnel.</translation>
    </message>
    <message>
        <source>The VPN is not running (%1)</source>
        <translation>Das VPN läuft nicht (%1)</translation>
    </message>
    <message>
        <source>Leaking</source>
        <translation>Undicht</translation>
    </message>
    <message>
        <source>%1 bypass the tunnel</source>
        <translation>%1 umgehen den Tunnel</translation>
    </message>
    <message>
        <source>%1 reach the internet around Gluetun</source>
        <translation>%1 erreichen das Internet an Gluetun vorbei</translation>
    </message>
    <message>
        <source>Up, no exit address yet</source>
        <translation>Läuft, noch keine Ausgangsadresse</translation>
    </message>
    <message>
        <source>Gluetun has not looked up its public IP.</source>
        <translation>Gluetun hat seine öffentliche IP noch nicht ermittelt.</translation>
    </message>
    <message>
        <source>Up, not leaking</source>
        <translation>Läuft, dicht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No LiteLLM</source>
        <translation>Kein LiteLLM</translation>
    </message>
    <message>
        <source>The profile has no LiteLLM service.</source>
        <translation>Das Profil hat keinen LiteLLM-Dienst.</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <source>LiteLLM does not answer: %1</source>
        <translation>LiteLLM antwortet nicht: %1</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>models and keys</source>
        <translation>Modelle und Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>Healthy, %n model(s)</source>
        <translation>
            <numerusform>Gesund, %n Modell</numerusform>
            <numerusform>Gesund, %n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual key(s) blocked, expired or over budget</source>
        <translation>
            <numerusform>%n virtueller Schlüssel gesperrt, abgelaufen oder über Budget</numerusform>
            <numerusform>%n virtuelle Schlüssel gesperrt, abgelaufen oder über Budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual key(s)</source>
        <translation>
            <numerusform>%n virtueller Schlüssel</numerusform>
            <numerusform>%n virtuelle Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitor %1 is down</source>
        <translation>Monitor %1 ist ausgefallen</translation>
    </message>
    <message numerus="yes">
        <source>All %n up</source>
        <translation>
            <numerusform>%n in Betrieb</numerusform>
            <numerusform>Alle %n in Betrieb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No certificate expires within %n day(s)</source>
        <translation>
            <numerusform>Kein Zertifikat läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Kein Zertifikat läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expiring soon</source>
        <translation>
            <numerusform>%n Zertifikat läuft bald ab</numerusform>
            <numerusform>%n Zertifikate laufen bald ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the last data read: %1</source>
        <translation>Angezeigt werden die zuletzt gelesenen Daten: %1</translation>
    </message>
    <message>
        <source>Reading Uptime Kuma&apos;s monitors…</source>
        <translation>Die Monitore von Uptime Kuma werden gelesen…</translation>
    </message>
    <message>
        <source>Uptime Kuma could not be read: %1</source>
        <translation>Uptime Kuma konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Add Uptime Kuma or Prometheus to the profile to see monitors and certificates.</source>
        <translation>Uptime Kuma oder Prometheus zum Profil hinzufügen, um Monitore und Zertifikate zu sehen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2)</source>
        <translation>Das Zertifikat von %1 ist ungültig (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expired %n day(s) ago (%2)</source>
        <translation>
            <numerusform>Das Zertifikat von %1 ist seit %n Tag abgelaufen (%2)</numerusform>
            <numerusform>Das Zertifikat von %1 ist seit %n Tagen abgelaufen (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>Das Zertifikat von %1 läuft in %n Tag ab (%2)</numerusform>
            <numerusform>Das Zertifikat von %1 läuft in %n Tagen ab (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::CredentialTreeModel</name>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Used by no model</source>
        <translation>Von keinem Modell verwendet</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n model(s)</source>
        <translation>
            <numerusform>Von %n Modell verwendet</numerusform>
            <numerusform>Von %n Modellen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Inline keys</source>
        <translation>Eingebettete Schlüssel</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Keys set on the model itself</source>
        <translation>Direkt am Modell hinterlegte Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Zugangsdatensatz</numerusform>
            <numerusform>%n Zugangsdatensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider / credential / model</source>
        <translation>Anbieter / Zugangsdaten / Modell</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::KeyRotation</name>
    <message>
        <source>credential %1</source>
        <translation>Zugangsdaten %1</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Temporary: key rotation of %1 in progress</source>
        <translation>Vorübergehend: Schlüsselrotation von %1 läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) failed the health check with the new key; the credential was not changed.</source>
        <translation>
            <numerusform>%n Modell hat die Prüfung mit dem neuen Schlüssel nicht bestanden; die Zugangsdaten wurden nicht geändert.</numerusform>
            <numerusform>%n Modelle haben die Prüfung mit dem neuen Schlüssel nicht bestanden; die Zugangsdaten wurden nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the proxy&apos;s health report</source>
        <translation>Nicht im Gesundheitsbericht des Proxys</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) healthy with the new key</source>
        <translation>
            <numerusform>%n Modell gesund mit dem neuen Schlüssel</numerusform>
            <numerusform>%n Modelle gesund mit dem neuen Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert key rotation</source>
        <translation>Schlüsselrotation zurücknehmen</translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::LiteLlmClient</name>
    <message>
        <source>This profile has no LiteLLM service: add it to the profile first.</source>
        <translation>Dieses Profil hat keinen LiteLLM-Dienst: Fügen Sie ihn zuerst dem Profil hinzu.</translation>
    </message>
    <message>
        <source>This LiteLLM proxy keeps its models in its config file only: set STORE_MODEL_IN_DB=True in its environment to add or edit models here.</source>
        <translation>Dieser LiteLLM-Proxy hält seine Modelle nur in seiner Konfigurationsdatei: Setzen Sie STORE_MODEL_IN_DB=True in seiner Umgebung, um Modelle hier hinzuzufügen oder zu bearbeiten.</translation>
    </message>
    <message>
        <source>This model is defined in the proxy&apos;s config file and cannot be changed through the API: edit config.yaml on the server.</source>
        <translation>Dieses Modell ist in der Konfigurationsdatei des Proxys definiert und kann nicht über die API geändert werden: Bearbeiten Sie config.yaml auf dem Server.</translation>
    </message>
    <message>
        <source>The spend report needs a LiteLLM Enterprise licence; using the spend logs.</source>
        <translation>Der Ausgabenbericht braucht eine LiteLLM-Enterprise-Lizenz; die Ausgabenprotokolle werden verwendet.</translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::ModelTable</name>
    <message>
        <source>inline key (not readable)</source>
        <translation>eingebetteter Schlüssel (nicht lesbar)</translation>
    </message>
    <message>
        <source>(inline)</source>
        <translation>(eingebettet)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 rpm</source>
        <translation>%1 rpm</translation>
    </message>
    <message>
        <source>%1 tpm</source>
        <translation>%1 tpm</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>config.yaml (read-only)</source>
        <translation>config.yaml (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Upstream model</source>
        <translation>Upstream-Modell</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>API-Basis</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::Parsers</name>
    <message>
        <source>LiteLLM sent an answer that could not be understood (%1).</source>
        <translation>LiteLLM hat eine Antwort gesendet, die nicht verstanden wurde (%1).</translation>
    </message>
    <message>
        <source>model list</source>
        <translation>Modellliste</translation>
    </message>
    <message>
        <source>Defined in the proxy&apos;s config.yaml: change it there (LiteLLM&apos;s API cannot edit it).</source>
        <translation>In der config.yaml des Proxys definiert: Ändern Sie es dort (die API von LiteLLM kann es nicht bearbeiten).</translation>
    </message>
    <message>
        <source>credential list</source>
        <translation>Zugangsdatenliste</translation>
    </message>
    <message>
        <source>key list</source>
        <translation>Schlüsselliste</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>neuer Schlüssel</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>spend logs</source>
        <translation>Ausgabenprotokolle</translation>
    </message>
    <message>
        <source>spend report</source>
        <translation>Ausgabenbericht</translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::SpendSeries</name>
    <message>
        <source>(unknown model)</source>
        <translation>(unbekanntes Modell)</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::Store</name>
    <message>
        <source>Blocked: every request with it is refused</source>
        <translation>Gesperrt: Jede Anfrage damit wird abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Budget used up: requests are refused</source>
        <translation>Budget aufgebraucht: Anfragen werden abgelehnt</translation>
    </message>
    <message>
        <source>%1 % of its budget spent</source>
        <translation>%1 % des Budgets ausgegeben</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not checked (run a health check)</source>
        <translation>Nicht geprüft (Zustandsprüfung ausführen)</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Nicht gesund</translation>
    </message>
    <message>
        <source>virtual key %1</source>
        <translation>virtueller Schlüssel %1</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>(no alias)</source>
        <translation>(kein Alias)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>credential %1</source>
        <translation>Zugangsdaten %1</translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::VirtualKeyModel</name>
    <message>
        <source>(no alias)</source>
        <translation>(kein Alias)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>This key may use every model of the proxy</source>
        <translation>Dieser Schlüssel darf jedes Modell des Proxys verwenden</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation>Erlaubte Modelle</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>KryNet::Media</name>
    <message>
        <source>Unexpected media service answer</source>
        <translation>Unerwartete Antwort eines Mediendienstes</translation>
    </message>
    <message>
        <source>SABnzbd did not retry the job.</source>
        <translation>SABnzbd hat den Auftrag nicht erneut gestartet.</translation>
    </message>
</context>
<context>
    <name>KryNet::Media::PipelineModel</name>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>This action does not apply to the selected request.</source>
        <translation>Diese Aktion gilt nicht für die ausgewählte Anfrage.</translation>
    </message>
    <message>
        <source>Approve request #%1</source>
        <translation>Anfrage #%1 genehmigen</translation>
    </message>
    <message>
        <source>Decline request #%1</source>
        <translation>Anfrage #%1 ablehnen</translation>
    </message>
    <message>
        <source>Search for releases</source>
        <translation>Nach Releases suchen</translation>
    </message>
    <message>
        <source>%1: done for “%2”.</source>
        <translation>%1 („%2“): erledigt.</translation>
    </message>
    <message>
        <source>%1 failed for “%2”: %3</source>
        <translation>%1 („%2“) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Retry import</source>
        <translation>Import wiederholen</translation>
    </message>
    <message>
        <source>Force recheck</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Pause torrent</source>
        <translation>Torrent anhalten</translation>
    </message>
    <message>
        <source>Resume torrent</source>
        <translation>Torrent fortsetzen</translation>
    </message>
    <message>
        <source>Retry SABnzbd job</source>
        <translation>SABnzbd-Auftrag wiederholen</translation>
    </message>
    <message>
        <source>Search subtitles</source>
        <translation>Untertitel suchen</translation>
    </message>
    <message>
        <source>Scan Jellyfin library</source>
        <translation>Jellyfin-Bibliothek scannen</translation>
    </message>
    <message>
        <source>transcoding</source>
        <translation>Transkodierung</translation>
    </message>
    <message>
        <source>transcoding (%1)</source>
        <translation>Transkodierung (%1)</translation>
    </message>
    <message>
        <source>direct stream</source>
        <translation>Direct Stream</translation>
    </message>
    <message>
        <source>direct play</source>
        <translation>Direktwiedergabe</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · %4</source>
        <translation>%1: %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>wanted/missing: read %1 of %2 episodes (%n page(s))</source>
        <translation>
            <numerusform>wanted/missing: %1 von %2 Episoden gelesen (%n Seite)</numerusform>
            <numerusform>wanted/missing: %1 von %2 Episoden gelesen (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Grabbed %1 ago: %2</source>
        <translation>Vor %1 geholt: %2</translation>
    </message>
    <message>
        <source>Grabbed %1 ago from %2: %3</source>
        <translation>Vor %1 von %2 geholt: %3</translation>
    </message>
    <message>
        <source>Imported %1 ago: %2</source>
        <translation>Vor %1 importiert: %2</translation>
    </message>
    <message>
        <source>Download failed %1 ago: %2</source>
        <translation>Download vor %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Ignored %1 ago: %2</source>
        <translation>Vor %1 ignoriert: %2</translation>
    </message>
    <message>
        <source>%1 %2 ago: %3</source>
        <translation>%1 vor %2: %3</translation>
    </message>
</context>
<context>
    <name>KryNet::Media::PipelineTracker</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Grabbed</source>
        <translation>Geholt</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Movie (TMDB %1)</source>
        <translation>Film (TMDB %1)</translation>
    </message>
    <message>
        <source>Series (TMDB %1)</source>
        <translation>Serie (TMDB %1)</translation>
    </message>
    <message>
        <source>Request #%1 · %2 · media status %3</source>
        <translation>Anfrage #%1 · %2 · Medienstatus %3</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>monitored</source>
        <translation>überwacht</translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation>nicht überwacht</translation>
    </message>
    <message>
        <source>has file</source>
        <translation>Datei vorhanden</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>not added</source>
        <translation>nicht hinzugefügt</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>no subtitles wanted</source>
        <translation>keine Untertitel gewünscht</translation>
    </message>
    <message>
        <source>wanted: %1</source>
        <translation>gewünscht: %1</translation>
    </message>
    <message>
        <source>Could not be sent to %1 (retry possible)</source>
        <translation>Konnte nicht an %1 gesendet werden (erneuter Versuch möglich)</translation>
    </message>
    <message>
        <source>Awaiting approval for %1</source>
        <translation>Wartet seit %1 auf Genehmigung</translation>
    </message>
    <message>
        <source>Missing subtitles: %1</source>
        <translation>Fehlende Untertitel: %1</translation>
    </message>
    <message>
        <source>Imported, not in Jellyfin yet</source>
        <translation>Importiert, noch nicht in Jellyfin</translation>
    </message>
    <message>
        <source>Not released yet</source>
        <translation>Noch nicht erschienen</translation>
    </message>
    <message>
        <source>No release found since %1</source>
        <translation>Seit %1 kein Release gefunden</translation>
    </message>
    <message>
        <source>last search %1 ago</source>
        <translation>letzte Suche vor %1</translation>
    </message>
    <message>
        <source>Not monitored in %1</source>
        <translation>In %1 nicht überwacht</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>An %1 gesendet</translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation>(keine Anfrage)</translation>
    </message>
    <message>
        <source>%1 · %2 / %3 · %4</source>
        <translation>%1 · %2 / %3 · %4</translation>
    </message>
    <message>
        <source>Import blocked: %1</source>
        <translation>Import blockiert: %1</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Waiting (delay profile)</source>
        <translation>Wartet (Verzögerungsprofil)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stalled: no seeds</source>
        <translation>Hängt: keine Seeds</translation>
    </message>
    <message>
        <source>Stalled at %1</source>
        <translation>Hängt bei %1</translation>
    </message>
    <message>
        <source>Fetching metadata</source>
        <translation>Metadaten werden abgerufen</translation>
    </message>
    <message>
        <source>No metadata since %1</source>
        <translation>Seit %1 keine Metadaten</translation>
    </message>
    <message>
        <source>Torrent error</source>
        <translation>Torrent-Fehler</translation>
    </message>
    <message>
        <source>Torrent files missing</source>
        <translation>Torrent-Dateien fehlen</translation>
    </message>
    <message>
        <source>Paused in qBittorrent</source>
        <translation>In qBittorrent angehalten</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 seeds · %4 KiB/s</source>
        <translation>%1 · %2 · %3 Seeds · %4 KiB/s</translation>
    </message>
    <message>
        <source>SABnzbd failed: %1</source>
        <translation>SABnzbd fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Post-processing: %1</source>
        <translation>Nachbearbeitung: %1</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>Grabbed but not in %1</source>
        <translation>Geholt, aber nicht in %1</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Braucht Aufmerksamkeit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in this download</source>
        <translation>
            <numerusform>%n Folge in diesem Download</numerusform>
            <numerusform>%n Folgen in diesem Download</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded but not imported for %1</source>
        <translation>Heruntergeladen, aber seit %1 nicht importiert</translation>
    </message>
    <message>
        <source>VPN %1: downloads blocked</source>
        <translation>VPN %1: Downloads blockiert</translation>
    </message>
    <message>
        <source>VPN leak: public IP %1 is the home IP; downloads blocked</source>
        <translation>VPN-Leck: öffentliche IP %1 ist die Heim-IP; Downloads blockiert</translation>
    </message>
    <message>
        <source>Imported %1 ago, not in Jellyfin</source>
        <translation>Vor %1 importiert, nicht in Jellyfin</translation>
    </message>
    <message>
        <source>Not tracked by Radarr/Sonarr</source>
        <translation>Nicht von Radarr/Sonarr verfolgt</translation>
    </message>
    <message>
        <source>grabbed</source>
        <translation>geholt</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>history: %1 %2 ago · %3</source>
        <translation>Verlauf: %1 vor %2 · %3</translation>
    </message>
    <message>
        <source>Download failed %1 ago: %2</source>
        <translation>Download vor %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Downloading (no longer in %1&apos;s queue)</source>
        <translation>Lädt herunter (nicht mehr in der Warteschlange von %1)</translation>
    </message>
    <message>
        <source>Grabbed %1 ago, not in %2 and not imported</source>
        <translation>Vor %1 geholt, nicht in %2 und nicht importiert</translation>
    </message>
    <message>
        <source>Grabbed %1 ago</source>
        <translation>Vor %1 geholt</translation>
    </message>
    <message>
        <source>Not released yet: %1</source>
        <translation>Noch nicht erschienen: %1</translation>
    </message>
    <message>
        <source>Not aired yet: S%1E%2 on %3</source>
        <translation>Noch nicht ausgestrahlt: S%1E%2 am %3</translation>
    </message>
</context>
<context>
    <name>KryNet::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>Speicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::HistoryCache</name>
    <message>
        <source>The local uptime history %1 is damaged and could not be moved aside.</source>
        <translation>Der lokale Verfügbarkeitsverlauf %1 ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The local uptime history was damaged; it was kept as %1 and a new one was started.</source>
        <translation>Der lokale Verfügbarkeitsverlauf war beschädigt; er wurde als %1 aufbewahrt und ein neuer begonnen.</translation>
    </message>
    <message>
        <source>The local uptime history could not be opened.</source>
        <translation>Der lokale Verfügbarkeitsverlauf konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The local uptime history could not be read.</source>
        <translation>Der lokale Verfügbarkeitsverlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The local uptime history could not be saved.</source>
        <translation>Der lokale Verfügbarkeitsverlauf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The local uptime history was written by a newer version of KryNet; it was kept as %1 and a new one was started.</source>
        <translation>Der lokale Verfügbarkeitsverlauf wurde von einer neueren Version von KryNet geschrieben; er wurde als %1 aufbewahrt und ein neuer wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::MonitorTableModel</name>
    <message>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s); %1 h without data</source>
        <translation>
            <numerusform>%n Vorfall; %1 h ohne Daten</numerusform>
            <numerusform>%n Vorfälle; %1 h ohne Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::MonthlyTableModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC)</source>
        <translation>%1 – %2 (UTC)</translation>
    </message>
    <message>
        <source>Down %1 · pending %2 · maintenance %3 · no data %4</source>
        <translation>Ausgefallen %1 · ausstehend %2 · Wartung %3 · keine Daten %4</translation>
    </message>
    <message>
        <source>Mean time to recovery: %1</source>
        <translation>Mittlere Zeit bis zur Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::PromParsers</name>
    <message>
        <source>Prometheus sent an answer this version of KryNet does not understand.</source>
        <translation>Prometheus hat eine Antwort gesendet, die diese Version von KryNet nicht versteht.</translation>
    </message>
    <message>
        <source>Uptime Kuma&apos;s status page sent an answer this version of KryNet does not understand.</source>
        <translation>Die Statusseite von Uptime Kuma hat eine Antwort gesendet, die diese Version von KryNet nicht versteht.</translation>
    </message>
    <message>
        <source>Prometheus refused the query: %1</source>
        <translation>Prometheus hat die Abfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Uptime Kuma refused the status page: %1</source>
        <translation>Uptime Kuma hat die Statusseite abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::PrometheusClient</name>
    <message>
        <source>This profile has no Prometheus service: add it to the profile first.</source>
        <translation>Dieses Profil hat keinen Prometheus-Dienst: zuerst zum Profil hinzufügen.</translation>
    </message>
    <message>
        <source>The chart asked for too many points.</source>
        <translation>Das Diagramm hat zu viele Punkte angefordert.</translation>
    </message>
    <message>
        <source>“%1” is not a Prometheus label name.</source>
        <translation>„%1“ ist kein Prometheus-Labelname.</translation>
    </message>
    <message>
        <source>This profile has no Uptime Kuma service: add it to the profile first.</source>
        <translation>Dieses Profil hat keinen Uptime-Kuma-Dienst: zuerst zum Profil hinzufügen.</translation>
    </message>
    <message>
        <source>“%1” is not a status-page slug (lower-case letters, digits and dashes).</source>
        <translation>„%1“ ist kein Statusseiten-Kürzel (Kleinbuchstaben, Ziffern und Bindestriche).</translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::UptimeStore</name>
    <message>
        <source>This profile has no Prometheus service. Enter the slug of a published Uptime Kuma status page to read it instead.</source>
        <translation>Dieses Profil hat keinen Prometheus-Dienst. Geben Sie das Kürzel einer veröffentlichten Uptime-Kuma-Statusseite ein, um stattdessen diese zu lesen.</translation>
    </message>
    <message>
        <source>This profile has neither Prometheus nor Uptime Kuma. Add one with
krynetctl profile set NAME --service prometheus</source>
        <translation>Dieses Profil hat weder Prometheus noch Uptime Kuma. Einen hinzufügen mit
krynetctl profile set NAME --service prometheus</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>Memory: applications and ZFS ARC</source>
        <translation>Speicher: Anwendungen und ZFS-ARC</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>ZFS ARC</source>
        <translation>ZFS-ARC</translation>
    </message>
    <message>
        <source>Load average</source>
        <translation>Systemlast</translation>
    </message>
    <message>
        <source>Disk I/O per device</source>
        <translation>Festplatten-E/A pro Gerät</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturen</translation>
    </message>
    <message>
        <source>GPU busy</source>
        <translation>GPU-Auslastung</translation>
    </message>
</context>
<context>
    <name>KryNet::Notifier</name>
    <message>
        <source>Back up</source>
        <translation>Wieder erreichbar</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s) in the lab</source>
        <translation>
            <numerusform>%n neues Problem im Labor</numerusform>
            <numerusform>%n neue Probleme im Labor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiteres</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::NpmClient</name>
    <message>
        <source>user and password</source>
        <translation>Benutzer und Passwort</translation>
    </message>
</context>
<context>
    <name>KryNet::NpmParsers</name>
    <message>
        <source>Nginx Proxy Manager answered something other than a list for %1.</source>
        <translation>Nginx Proxy Manager hat für %1 etwas anderes als eine Liste geantwortet.</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Nginx Proxy Manager asks for a two-factor code for this user: KryNet needs a user without 2FA to read certificates.</source>
        <translation>Nginx Proxy Manager verlangt für diesen Benutzer einen Zwei-Faktor-Code: KryNet braucht einen Benutzer ohne 2FA, um Zertifikate zu lesen.</translation>
    </message>
    <message>
        <source>Nginx Proxy Manager accepted the login but returned no token.</source>
        <translation>Nginx Proxy Manager hat die Anmeldung angenommen, aber kein Token zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>KryNet::Profile</name>
    <message>
        <source>%1 is not part of profile “%2”: add it with --service %3=URL or enable it in the profile settings.</source>
        <translation>%1 gehört nicht zu Profil „%2“: Fügen Sie den Dienst mit --service %3=URL hinzu oder aktivieren Sie ihn in den Profileinstellungen.</translation>
    </message>
    <message>
        <source>%1 has no sub-domain in the lab&apos;s DNS plan: set its URL in profile “%2”.</source>
        <translation>%1 hat keine Subdomain im DNS-Plan des Labors: Legen Sie die URL in Profil „%2“ fest.</translation>
    </message>
    <message>
        <source>Profile “%1” has no domain: set the lab&apos;s DOMAIN first.</source>
        <translation>Profil „%1“ hat keine Domain: Legen Sie zuerst die DOMAIN des Labors fest.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>„%1“ ist kein gültiger Profilname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>SSH port %1 is out of range (1-65535).</source>
        <translation>SSH-Port %1 liegt außerhalb des gültigen Bereichs (1-65535).</translation>
    </message>
    <message>
        <source>The URL of %1 must be an absolute http(s) URL, not “%2”.</source>
        <translation>Die URL von %1 muss eine absolute http(s)-URL sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Profile “%1” has an unknown access mode “%2” (expected local, tail or public).</source>
        <translation>Profil „%1“ hat einen unbekannten Zugriffsmodus „%2“ (erwartet: local, tail oder public).</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint: expected 64 hexadecimal digits, as `openssl x509 -noout -fingerprint -sha256` prints them.</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck: Erwartet werden 64 Hexadezimalziffern, wie `openssl x509 -noout -fingerprint -sha256` sie ausgibt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid service name. Known services: %2.</source>
        <translation>„%1“ ist kein gültiger Dienstname. Bekannte Dienste: %2.</translation>
    </message>
</context>
<context>
    <name>KryNet::ProfileStore</name>
    <message>
        <source>%1 Could not move it aside either, so KryNet will not write over it: fix or remove %2 and restart.</source>
        <translation>%1 Auch das Beiseitelegen der Datei ist fehlgeschlagen, daher überschreibt KryNet sie nicht: Reparieren oder entfernen Sie %2 und starten Sie neu.</translation>
    </message>
    <message>
        <source>%1 It was kept as %2 and KryNet started without profiles.</source>
        <translation>%1 Die Datei wurde als %2 aufbewahrt und KryNet ohne Profile gestartet.</translation>
    </message>
    <message>
        <source>Cannot read the profiles file %1: %2. Check its permissions.</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden: %2. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The profiles file %1 is implausibly large (%2 bytes).</source>
        <translation>Die Profildatei %1 ist unplausibel groß (%2 Bytes).</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 bei Offset %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2).</source>
        <translation>Die Profildatei %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The profiles file %1 was written by a newer KryNet (schema %2; this version reads %3).</source>
        <translation>Die Profildatei %1 wurde von einer neueren KryNet-Version geschrieben (Schema %2; diese Version liest %3).</translation>
    </message>
    <message>
        <source>The profiles file %1 is not a KryNet profiles file (no schema or profile list).</source>
        <translation>Die Datei %1 ist keine KryNet-Profildatei (Schema oder Profilliste fehlt).</translation>
    </message>
    <message>
        <source>The profiles file %1 holds an invalid profile (%2).</source>
        <translation>Die Profildatei %1 enthält ein ungültiges Profil (%2).</translation>
    </message>
    <message>
        <source>Not saving: the existing profiles file %1 could not be read and would be lost. Fix or remove it first.</source>
        <translation>Nicht gespeichert: Die vorhandene Profildatei %1 konnte nicht gelesen werden und ginge verloren. Reparieren oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Cannot create the configuration folder %1.</source>
        <translation>Der Konfigurationsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the profiles file %1: %2.</source>
        <translation>Die Profildatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot save the profiles file %1: %2. The previous version is unchanged.</source>
        <translation>Die Profildatei %1 kann nicht gespeichert werden: %2. Die vorherige Version bleibt unverändert.</translation>
    </message>
    <message>
        <source>There is no profile “%1”: no profiles exist yet. Create one with `krynetctl profile add NAME --host HOST`.</source>
        <translation>Es gibt kein Profil „%1“: Es existieren noch keine Profile. Legen Sie eines an mit `krynetctl profile add NAME --host HOST`.</translation>
    </message>
    <message>
        <source>There is no profile “%1”. Known profiles: %2.</source>
        <translation>Es gibt kein Profil „%1“. Bekannte Profile: %2.</translation>
    </message>
    <message>
        <source>No profile is configured. Create one with `krynetctl profile add NAME --host HOST`.</source>
        <translation>Es ist kein Profil eingerichtet. Legen Sie eines an mit `krynetctl profile add NAME --host HOST`.</translation>
    </message>
    <message>
        <source>Several profiles exist: choose one with --profile NAME.</source>
        <translation>Es gibt mehrere Profile: Wählen Sie eines mit --profile NAME.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no profile “%1” to update.</source>
        <translation>Es gibt kein Profil „%1“ zum Aktualisieren.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>ein Eintrag ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>KryNet::ProfileTransfer</name>
    <message>
        <source>Profile “%1” cannot be imported: %2</source>
        <translation>Profil „%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>it has no SSH host.</source>
        <translation>es hat keinen SSH-Host.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SSH host name or alias.</source>
        <translation>„%1“ ist kein gültiger SSH-Hostname oder -Alias.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SSH user name.</source>
        <translation>„%1“ ist kein gültiger SSH-Benutzername.</translation>
    </message>
    <message>
        <source>“%1” is not a valid jump host.</source>
        <translation>„%1“ ist kein gültiger Jump-Host.</translation>
    </message>
    <message>
        <source>a file path holds control characters or is too long.</source>
        <translation>ein Dateipfad enthält Steuerzeichen oder ist zu lang.</translation>
    </message>
    <message>
        <source>the Docker socket must be an absolute path on the server, not “%1”.</source>
        <translation>der Docker-Socket muss ein absoluter Pfad auf dem Server sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain.</source>
        <translation>„%1“ ist keine gültige Domain.</translation>
    </message>
    <message>
        <source>the Cloudflare Access client id is not a valid token id.</source>
        <translation>die Cloudflare-Access-Client-ID ist keine gültige Token-ID.</translation>
    </message>
    <message>
        <source>it lists more than %1 services.</source>
        <translation>es führt mehr als %1 Dienste auf.</translation>
    </message>
    <message>
        <source>“%1” is not a valid sub-domain for %2.</source>
        <translation>„%1“ ist keine gültige Subdomain für %2.</translation>
    </message>
    <message>
        <source>the URL of %1 holds a password; secrets belong in the keychain.</source>
        <translation>die URL von %1 enthält ein Passwort; Geheimnisse gehören in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The file is too large for a profile export (%1 bytes; at most %2).</source>
        <translation>Die Datei ist zu groß für einen Profilexport (%1 Bytes; höchstens %2).</translation>
    </message>
    <message>
        <source>The file is empty: it is not a KryNet profile export.</source>
        <translation>Die Datei ist leer: Sie ist kein KryNet-Profilexport.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at offset %2): it is damaged or not a KryNet profile export.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Position %2): Sie ist beschädigt oder kein KryNet-Profilexport.</translation>
    </message>
    <message>
        <source>The file is not a KryNet profile export: its top level is not a JSON object.</source>
        <translation>Die Datei ist kein KryNet-Profilexport: Ihre oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file is not a KryNet profile export (format “%1”).</source>
        <translation>Die Datei ist kein KryNet-Profilexport (Format „%1“).</translation>
    </message>
    <message>
        <source>The profile export has no valid version number.</source>
        <translation>Der Profilexport hat keine gültige Versionsnummer.</translation>
    </message>
    <message>
        <source>The profile export was written by a newer KryNet (format version %1; this version reads %2): update KryNet Control first.</source>
        <translation>Der Profilexport stammt von einem neueren KryNet (Formatversion %1; diese Version liest %2): Aktualisieren Sie zuerst KryNet Control.</translation>
    </message>
    <message>
        <source>The file is not a KryNet profile export: it has neither a “format” nor a “schema” member.</source>
        <translation>Die Datei ist kein KryNet-Profilexport: Sie hat weder ein Feld „format“ noch ein Feld „schema“.</translation>
    </message>
    <message>
        <source>The profile export has no list of profiles.</source>
        <translation>Der Profilexport hat keine Liste von Profilen.</translation>
    </message>
    <message>
        <source>The profile export holds no profiles.</source>
        <translation>Der Profilexport enthält keine Profile.</translation>
    </message>
    <message>
        <source>The profile export holds %1 profiles; at most %2 can be imported at once.</source>
        <translation>Der Profilexport enthält %1 Profile; höchstens %2 können auf einmal importiert werden.</translation>
    </message>
    <message>
        <source>Entry %1 of the profile export is not a JSON object.</source>
        <translation>Eintrag %1 des Profilexports ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Entry %1 of the profile export is invalid: %2</source>
        <translation>Eintrag %1 des Profilexports ist ungültig: %2</translation>
    </message>
    <message>
        <source>Ignored %1 in profile “%2”: secrets are never imported; enter them again in the keychain.</source>
        <translation>%1 in Profil „%2“ ignoriert: Geheimnisse werden nie importiert; geben Sie sie erneut im Schlüsselbund ein.</translation>
    </message>
    <message>
        <source>The profile export holds two profiles named “%1”.</source>
        <translation>Der Profilexport enthält zwei Profile namens „%1“.</translation>
    </message>
    <message>
        <source>Profile “%1” had no usable id; it got a new one.</source>
        <translation>Profil „%1“ hatte keine verwendbare ID; es hat eine neue erhalten.</translation>
    </message>
    <message>
        <source>Profile “%1” named the known_hosts file %2, outside your home folder; it uses ~/.ssh/known_hosts instead.</source>
        <translation>Profil „%1“ nannte die known_hosts-Datei %2 außerhalb Ihres Home-Ordners; es verwendet stattdessen ~/.ssh/known_hosts.</translation>
    </message>
    <message>
        <source>Not imported: profiles named %1 already exist. Rename them in the file, or replace the existing ones explicitly.</source>
        <translation>Nicht importiert: Profile namens %1 gibt es bereits. Benennen Sie sie in der Datei um oder ersetzen Sie die vorhandenen ausdrücklich.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a profile export (more than %2 bytes).</source>
        <translation>%1 ist zu groß für einen Profilexport (mehr als %2 Bytes).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>KryNet::ServiceCatalog</name>
    <message>
        <source>Jellyfin</source>
        <translation>Jellyfin</translation>
    </message>
    <message>
        <source>Seerr</source>
        <translation>Seerr</translation>
    </message>
    <message>
        <source>Sonarr</source>
        <translation>Sonarr</translation>
    </message>
    <message>
        <source>Radarr</source>
        <translation>Radarr</translation>
    </message>
    <message>
        <source>Bazarr</source>
        <translation>Bazarr</translation>
    </message>
    <message>
        <source>Prowlarr</source>
        <translation>Prowlarr</translation>
    </message>
    <message>
        <source>qBittorrent</source>
        <translation>qBittorrent</translation>
    </message>
    <message>
        <source>SABnzbd</source>
        <translation>SABnzbd</translation>
    </message>
    <message>
        <source>Immich</source>
        <translation>Immich</translation>
    </message>
    <message>
        <source>Open WebUI</source>
        <translation>Open WebUI</translation>
    </message>
    <message>
        <source>LiteLLM</source>
        <translation>LiteLLM</translation>
    </message>
    <message>
        <source>Homarr</source>
        <translation>Homarr</translation>
    </message>
    <message>
        <source>Uptime Kuma</source>
        <translation>Uptime Kuma</translation>
    </message>
    <message>
        <source>Dozzle</source>
        <translation>Dozzle</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>GoAccess</source>
        <translation>GoAccess</translation>
    </message>
    <message>
        <source>Nginx Proxy Manager</source>
        <translation>Nginx Proxy Manager</translation>
    </message>
    <message>
        <source>Portainer</source>
        <translation>Portainer</translation>
    </message>
    <message>
        <source>TrueNAS</source>
        <translation>TrueNAS</translation>
    </message>
    <message>
        <source>Gluetun</source>
        <translation>Gluetun</translation>
    </message>
    <message>
        <source>Cloudflared</source>
        <translation>Cloudflared</translation>
    </message>
    <message>
        <source>Tailscale</source>
        <translation>Tailscale</translation>
    </message>
</context>
<context>
    <name>KryNet::ServiceClient</name>
    <message>
        <source>No secret store is available.</source>
        <translation>Es ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>master key</source>
        <translation>Master-Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 refused the login: too many failed attempts may have banned this address.</source>
        <translation>%1 hat die Anmeldung abgelehnt: Zu viele Fehlversuche haben diese Adresse möglicherweise gesperrt.</translation>
    </message>
</context>
<context>
    <name>KryNet::ServiceDirectory</name>
    <message>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message numerus="yes">
        <source>%n proxy host(s)</source>
        <translation>
            <numerusform>%n Proxy-Host</numerusform>
            <numerusform>%n Proxy-Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificate %1 expired %n day(s) ago</source>
        <translation>
            <numerusform>Zertifikat %1 ist seit %n Tag abgelaufen</numerusform>
            <numerusform>Zertifikat %1 ist seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificate %1 expires first, in %n day(s)</source>
        <translation>
            <numerusform>Zertifikat %1 läuft als erstes ab, in %n Tag</numerusform>
            <numerusform>Zertifikat %1 läuft als erstes ab, in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no certificates</source>
        <translation>keine Zertifikate</translation>
    </message>
    <message>
        <source>Certificates not read: %1</source>
        <translation>Zertifikate nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>KryNet::SessionCoordinator</name>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Keine Passphrase angegeben.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ssh::CommandResult</name>
    <message>
        <source>The command &quot;%1&quot; was not found on the server (exit status 127). Is it installed and in the PATH of the SSH user?</source>
        <translation>Der Befehl „%1“ wurde auf dem Server nicht gefunden (Exit-Status 127). Ist er installiert und im PATH des SSH-Benutzers?</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was killed on the server (%2).</source>
        <translation>Der Befehl „%1“ wurde auf dem Server zwangsweise beendet (%2).</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed on the server with exit status %2.</source>
        <translation>Der Befehl „%1“ ist auf dem Server mit Exit-Status %2 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ssh::SshConnection</name>
    <message>
        <source>The SSH connection was closed.</source>
        <translation>Die SSH-Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>No command to run.</source>
        <translation>Kein Befehl zum Ausführen.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>Waiting for host key confirmation</source>
        <translation>Warte auf Bestätigung des Host-Schlüssels</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>Authentifizierung läuft</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The SSH key %1 is encrypted (or unreadable) and no passphrase is available.</source>
        <translation>Der SSH-Schlüssel %1 ist verschlüsselt (oder nicht lesbar) und es ist keine Passphrase verfügbar.</translation>
    </message>
    <message>
        <source>%1 does not resolve: is Tailscale (or your VPN) connected and the name spelled right?</source>
        <translation>%1 lässt sich nicht auflösen: Ist Tailscale (oder Ihr VPN) verbunden und der Name richtig geschrieben?</translation>
    </message>
    <message>
        <source>%1 refused the SSH connection on port %2: is sshd running there and the port right?</source>
        <translation>%1 hat die SSH-Verbindung auf Port %2 abgelehnt: Läuft dort sshd und stimmt der Port?</translation>
    </message>
    <message>
        <source>%1 did not answer in time: is the server up and reachable (Tailscale connected)?</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Läuft der Server und ist er erreichbar (Tailscale verbunden)?</translation>
    </message>
    <message>
        <source>The SSH connection to %1 through the jump host failed.</source>
        <translation>Die SSH-Verbindung zu %1 über den Jump-Host ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not connect to %1 over SSH.</source>
        <translation>Keine SSH-Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation>Es konnte keine SSH-Sitzung erstellt werden.</translation>
    </message>
    <message>
        <source>Invalid SSH settings for %1.</source>
        <translation>Ungültige SSH-Einstellungen für %1.</translation>
    </message>
    <message>
        <source>%1 sent no usable host key.</source>
        <translation>%1 hat keinen verwendbaren Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>Could not fingerprint the host key of %1.</source>
        <translation>Der Fingerabdruck des Host-Schlüssels von %1 konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of %1 has CHANGED (it is now %2 %3). This may be an attack: someone could be intercepting the connection. It can also mean the server was reinstalled. The connection was refused. Only if you are sure the change is expected, remove the old key of %1 from %4 and connect again.</source>
        <translation>WARNUNG: Der SSH-Host-Schlüssel von %1 hat sich GEÄNDERT (er ist jetzt %2 %3). Das kann ein Angriff sein: Jemand könnte die Verbindung abfangen. Es kann auch bedeuten, dass der Server neu installiert wurde. Die Verbindung wurde abgelehnt. Nur wenn Sie sicher sind, dass die Änderung erwartet ist, entfernen Sie den alten Schlüssel von %1 aus %4 und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Could not read the known hosts file %1.</source>
        <translation>Die known_hosts-Datei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is not trusted (%2 %3), so no connection was made. Compare the fingerprint with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and accept it if it matches.</source>
        <translation>Dem SSH-Host-Schlüssel von %1 wird nicht vertraut (%2 %3), daher wurde keine Verbindung hergestellt. Vergleichen Sie den Fingerabdruck mit dem des Servers (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) und akzeptieren Sie ihn, wenn er übereinstimmt.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 rejected the SSH login as &quot;%2&quot;. Tried: %3. The server accepts: %4. Is the public key in the server&apos;s authorized_keys?</source>
        <translation>%1 hat die SSH-Anmeldung als „%2“ abgelehnt. Versucht: %3. Der Server akzeptiert: %4. Steht der öffentliche Schlüssel in der authorized_keys des Servers?</translation>
    </message>
    <message>
        <source>keys in the ssh-agent</source>
        <translation>Schlüssel im ssh-agent</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Could not unlock the SSH key %1: wrong passphrase, or not a private key.</source>
        <translation>Der SSH-Schlüssel %1 konnte nicht entsperrt werden: Falsche Passphrase oder kein privater Schlüssel.</translation>
    </message>
    <message>
        <source>The jump host %1 refused to forward the connection to %2 (AllowTcpForwarding?).</source>
        <translation>Der Jump-Host %1 hat die Weiterleitung der Verbindung zu %2 abgelehnt (AllowTcpForwarding?).</translation>
    </message>
    <message>
        <source>Could not set up the jump host tunnel.</source>
        <translation>Der Tunnel über den Jump-Host konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the command was running. It was not run again: check its effect before retrying.</source>
        <translation>Die Verbindung zu %1 ist während der Ausführung des Befehls abgebrochen. Er wurde nicht erneut ausgeführt: Prüfen Sie seine Wirkung, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Not connected to %1; reconnecting in %2 s. (%3)</source>
        <translation>Nicht mit %1 verbunden; neuer Verbindungsversuch in %2 s. (%3)</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; did not finish within %2 s and was stopped.</source>
        <translation>Der Befehl „%1“ wurde nicht innerhalb von %2 s fertig und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not create an SSH channel.</source>
        <translation>Es konnte kein SSH-Kanal erstellt werden.</translation>
    </message>
    <message>
        <source>The server refused to run &quot;%1&quot;.</source>
        <translation>Der Server hat die Ausführung von „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>Reading the output of &quot;%1&quot; failed.</source>
        <translation>Das Lesen der Ausgabe von „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; produced more than %2 of output and was stopped.</source>
        <translation>Der Befehl „%1“ hat mehr als %2 Ausgabe erzeugt und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not connected to %1: connect before opening a socket.</source>
        <translation>Nicht mit %1 verbunden: Verbinden Sie sich, bevor Sie einen Socket öffnen.</translation>
    </message>
    <message>
        <source>The server refused to connect to the socket %1: does it exist, and does sshd allow stream-local forwarding (AllowStreamLocalForwarding)?</source>
        <translation>Der Server hat die Verbindung zum Socket %1 abgelehnt: Existiert er, und erlaubt sshd Stream-Local-Weiterleitung (AllowStreamLocalForwarding)?</translation>
    </message>
    <message>
        <source>Writing to the remote socket failed.</source>
        <translation>Das Schreiben auf den entfernten Socket ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost.</source>
        <translation>Die SSH-Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <source>%1 refused to open an SSH channel (MaxSessions reached, or sessions not allowed for this user).</source>
        <translation>%1 hat das Öffnen eines SSH-Kanals abgelehnt (MaxSessions erreicht oder Sitzungen für diesen Benutzer nicht erlaubt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid [user@]host[:port].</source>
        <translation>„%1“ ist kein gültiges [user@]host[:port].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid port.</source>
        <translation>„%1“ hat keinen gültigen Port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host.</source>
        <translation>„%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no SSH host: set one with `krynetctl profile set %1 --host HOST`.</source>
        <translation>Das Profil „%1“ hat keinen SSH-Host: Legen Sie einen fest mit `krynetctl profile set %1 --host HOST`.</translation>
    </message>
    <message>
        <source>~/.ssh/config reaches %1 through a ProxyCommand/ProxyJump, which KryNet does not run. Set the jump host in the profile instead (krynetctl profile set %2 --jump HOST).</source>
        <translation>~/.ssh/config erreicht %1 über ProxyCommand/ProxyJump, was KryNet nicht ausführt. Legen Sie stattdessen den Jump-Host im Profil fest (krynetctl profile set %2 --jump HOST).</translation>
    </message>
    <message>
        <source>%1 stopped answering over SSH (no reply within %2 s).</source>
        <translation>%1 antwortet nicht mehr über SSH (keine Antwort innerhalb von %2 s).</translation>
    </message>
    <message>
        <source>Not connected to %1: connect before starting a command.</source>
        <translation>Nicht mit %1 verbunden: Verbinden Sie sich, bevor Sie einen Befehl starten.</translation>
    </message>
    <message>
        <source>The server refused a new SSH channel (too many open sessions?).</source>
        <translation>Der Server hat einen neuen SSH-Kanal abgelehnt (zu viele offene Sitzungen?).</translation>
    </message>
    <message>
        <source>The server refused to run %1.</source>
        <translation>Der Server hat abgelehnt, %1 auszuführen.</translation>
    </message>
    <message>
        <source>The command %1 on the server ended with status %2: %3</source>
        <translation>Der Befehl %1 auf dem Server endete mit Status %2: %3</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
</context>
<context>
    <name>KryNet::Ssh::SshOptions</name>
    <message>
        <source>The %1 host name &quot;%2&quot; is not valid.</source>
        <translation>Der Hostname „%2“ (%1) ist ungültig.</translation>
    </message>
    <message>
        <source>The %1 SSH port must be between 1 and 65535.</source>
        <translation>Der SSH-Port (%1) muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The %1 user name &quot;%2&quot; is not valid.</source>
        <translation>Der Benutzername „%2“ (%1) ist ungültig.</translation>
    </message>
    <message>
        <source>The SSH key file %1 does not exist or cannot be read.</source>
        <translation>Die SSH-Schlüsseldatei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>jump host</source>
        <translation>Jump-Host</translation>
    </message>
    <message>
        <source>No known_hosts file is configured for SSH host key checks.</source>
        <translation>Für die Prüfung von SSH-Host-Schlüsseln ist keine known_hosts-Datei eingerichtet.</translation>
    </message>
    <message>
        <source>Choose an SSH key file or enable the SSH agent.</source>
        <translation>Wählen Sie eine SSH-Schlüsseldatei oder aktivieren Sie den SSH-Agenten.</translation>
    </message>
    <message>
        <source>A host key fingerprint must look like SHA256:… (as printed by ssh-keygen -l).</source>
        <translation>Der Fingerabdruck eines Host-Schlüssels muss die Form SHA256:… haben (wie ihn ssh-keygen -l ausgibt).</translation>
    </message>
    <message>
        <source>SSH timeouts must not be negative.</source>
        <translation>SSH-Zeitlimits dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The SSH reconnect delays are not valid.</source>
        <translation>Die Wartezeiten für neue SSH-Verbindungsversuche sind ungültig.</translation>
    </message>
    <message>
        <source>The SSH output limit must be positive.</source>
        <translation>Das SSH-Ausgabelimit muss positiv sein.</translation>
    </message>
</context>
<context>
    <name>KryNet::SshConfig</name>
    <message>
        <source>No SSH host given.</source>
        <translation>Kein SSH-Host angegeben.</translation>
    </message>
    <message>
        <source>Could not initialise libssh.</source>
        <translation>libssh konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>“%1” is not a valid SSH host.</source>
        <translation>„%1“ ist kein gültiger SSH-Host.</translation>
    </message>
    <message>
        <source>Could not read the SSH client configuration %1: check its syntax with `ssh -G %2`.</source>
        <translation>Die SSH-Client-Konfiguration %1 konnte nicht gelesen werden: Prüfen Sie ihre Syntax mit `ssh -G %2`.</translation>
    </message>
</context>
<context>
    <name>KryNet::TailscaleStatus</name>
    <message>
        <source>Tailscale is connected as %1</source>
        <translation>Tailscale ist verbunden als %1</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <source>Tailscale is running but this device is offline</source>
        <translation>Tailscale läuft, aber dieses Gerät ist offline</translation>
    </message>
    <message>
        <source>Tailscale needs a login (%1)</source>
        <translation>Tailscale erfordert eine Anmeldung (%1)</translation>
    </message>
    <message>
        <source>Tailscale state is unknown</source>
        <translation>Tailscale-Status ist unbekannt</translation>
    </message>
    <message>
        <source>Tailscale is not connected (%1)</source>
        <translation>Tailscale ist nicht verbunden (%1)</translation>
    </message>
    <message>
        <source>`tailscale status --json` printed something that is not a JSON object.</source>
        <translation>`tailscale status --json` hat etwas ausgegeben, das kein JSON-Objekt ist.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::AccessPage</name>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>How to reach the web services</source>
        <translation>So werden die Webdienste erreicht</translation>
    </message>
    <message>
        <source>The lab publishes each service as SERVICE.local.DOMAIN on the LAN, SERVICE.tail.DOMAIN over Tailscale and SERVICE.DOMAIN behind Cloudflare Access.</source>
        <translation>Das Lab veröffentlicht jeden Dienst als DIENST.local.DOMAIN im LAN, DIENST.tail.DOMAIN über Tailscale und DIENST.DOMAIN hinter Cloudflare Access.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>The service whose addresses Detect tries</source>
        <translation>Der Dienst, dessen Adressen „Erkennen“ ausprobiert</translation>
    </message>
    <message>
        <source>not detected</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>…access (service token client id)</source>
        <translation>…access (Client-ID des Service-Tokens)</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>wird im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>using</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Access mode:</source>
        <translation>Zugriffsart:</translation>
    </message>
    <message>
        <source>Cloudflare Access client id:</source>
        <translation>Cloudflare-Access-Client-ID:</translation>
    </message>
    <message>
        <source>Cloudflare Access client secret:</source>
        <translation>Cloudflare-Access-Client-Secret:</translation>
    </message>
    <message>
        <source>Sonarr, for example, would be %1</source>
        <translation>Sonarr wäre zum Beispiel %1</translation>
    </message>
    <message>
        <source>Without a domain, give each service its address on the next page.</source>
        <translation>Ohne Domain geben Sie jedem Dienst auf der nächsten Seite seine Adresse.</translation>
    </message>
    <message>
        <source>trying %1&apos;s addresses…</source>
        <translation>probiere die Adressen von %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Service to try</source>
        <translation>Zu prüfender Dienst</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ActionLogView</name>
    <message>
        <source>Action log</source>
        <translation>Aktionsprotokoll</translation>
    </message>
    <message>
        <source>Actions run from KryNet</source>
        <translation>Von KryNet ausgeführte Aktionen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown: the connection dropped</source>
        <translation>Unbekannt: die Verbindung brach ab</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Go to a panel, container, pool or service, or run an action…</source>
        <translation>Zu einer Ansicht, einem Container, Pool oder Dienst springen oder eine Aktion ausführen…</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Befehle suchen</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>Show the action log</source>
        <translation>Aktionsprotokoll anzeigen</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Show container %1</source>
        <translation>Container %1 anzeigen</translation>
    </message>
    <message>
        <source>Show pool %1</source>
        <translation>Pool %1 anzeigen</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <source>%1 now? Whatever it is doing is interrupted.</source>
        <translation>%1 jetzt? Was gerade läuft, wird unterbrochen.</translation>
    </message>
    <message>
        <source>Containers using its network need a restart afterwards: %1.</source>
        <translation>Container in seinem Netzwerk brauchen danach einen Neustart: %1.</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 neu gestartet.</translation>
    </message>
    <message>
        <source>Restarting %1 failed: %2</source>
        <translation>Neustart von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ConnectionBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Connect again and check the services again</source>
        <translation>Erneut verbinden und die Dienste erneut prüfen</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ConnectionIndicator</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connection of %1</source>
        <translation>Verbindung von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ContainerDetails</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last lines:</source>
        <translation>Letzte Zeilen:</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Filter lines (regular expression)…</source>
        <translation>Zeilen filtern (regulärer Ausdruck)…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Select a container to see its details and logs.</source>
        <translation>Wählen Sie einen Container, um seine Details und Protokolle zu sehen.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (exit code %1)</source>
        <translation> (Exit-Code %1)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation>%1, Dienst %2</translation>
    </message>
    <message>
        <source>Compose files</source>
        <translation>Compose-Dateien</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>shares the network of %1</source>
        <translation>nutzt das Netzwerk von %1</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Abhängige</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>Neustart-Richtlinie</translation>
    </message>
    <message numerus="yes">
        <source>%1, restarted %n time(s)</source>
        <translation>
            <numerusform>%1, %n-mal neu gestartet</numerusform>
            <numerusform>%1, %n-mal neu gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Einhängepunkte</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 of %2 (without page cache)</source>
        <translation>%1 von %2 (ohne Seitencache)</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Letzte Zustandsprüfung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>End of the log (%n line(s)).</source>
        <translation>
            <numerusform>Ende des Protokolls (%n Zeile).</numerusform>
            <numerusform>Ende des Protokolls (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The log stopped: %1</source>
        <translation>Das Protokoll wurde beendet: %1</translation>
    </message>
    <message>
        <source>Following…</source>
        <translation>Wird verfolgt…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>err</source>
        <translation>err</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>CPU history</source>
        <translation>CPU-Verlauf</translation>
    </message>
    <message>
        <source>Memory history</source>
        <translation>Speicherverlauf</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen nach %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last lines of the log</source>
        <translation>Letzte Zeilen des Logs</translation>
    </message>
    <message>
        <source>Filter log lines</source>
        <translation>Log-Zeilen filtern</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ContainersPanel</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Restart dependants</source>
        <translation>Abhängige neu starten</translation>
    </message>
    <message>
        <source>All containers</source>
        <translation>Alle Container</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <source>Filter by name, image or stack…</source>
        <translation>Nach Name, Image oder Stack filtern…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>No server profile</source>
        <translation>Kein Serverprofil</translation>
    </message>
    <message>
        <source>Choose or add a profile to see the containers of its Docker host.</source>
        <translation>Wählen Sie ein Profil oder legen Sie eines an, um die Container seines Docker-Hosts zu sehen.</translation>
    </message>
    <message>
        <source>Docker is not reachable</source>
        <translation>Docker ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading containers…</source>
        <translation>Container werden geladen…</translation>
    </message>
    <message>
        <source>Reading the container list from %1.</source>
        <translation>Die Container-Liste wird von %1 gelesen.</translation>
    </message>
    <message>
        <source>Could not read the containers</source>
        <translation>Die Container konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1

Check that the SSH user may use the Docker socket (root or the docker group) and that sshd allows unix-socket forwarding (AllowStreamLocalForwarding).</source>
        <translation>%1

Prüfen Sie, ob der SSH-Benutzer den Docker-Socket verwenden darf (root oder Gruppe docker) und ob sshd die Weiterleitung von Unix-Sockets erlaubt (AllowStreamLocalForwarding).</translation>
    </message>
    <message>
        <source>No containers</source>
        <translation>Keine Container</translation>
    </message>
    <message>
        <source>The Docker host has no containers yet. Containers you create (docker compose up, Portainer) appear here at once.</source>
        <translation>Der Docker-Host hat noch keine Container. Container, die Sie anlegen (docker compose up, Portainer), erscheinen hier sofort.</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>polled every few seconds</source>
        <translation>alle paar Sekunden abgefragt</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Showing the last known state: %1</source>
        <translation>Angezeigt wird der zuletzt bekannte Zustand: %1</translation>
    </message>
    <message>
        <source>Restart %1 and its dependants?</source>
        <translation>%1 und seine Abhängigen neu starten?</translation>
    </message>
    <message>
        <source>This restarts %1, waits until it is running and healthy, then restarts, one after another: %2. They share its network, so they lose their connections meanwhile.</source>
        <translation>Dies startet %1 neu, wartet, bis er läuft und gesund ist, und startet dann nacheinander neu: %2. Sie nutzen sein Netzwerk und verlieren daher währenddessen ihre Verbindungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n containers</source>
        <translation>
            <numerusform>%n Container</numerusform>
            <numerusform>%n Container</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be unavailable until it is back.</source>
        <translation>%1 ist nicht verfügbar, bis er wieder läuft.</translation>
    </message>
    <message numerus="yes">
        <source>All %n selected containers will be unavailable until they are back.</source>
        <translation>
            <numerusform>Der %n ausgewählte Container ist nicht verfügbar, bis er wieder läuft.</numerusform>
            <numerusform>Alle %n ausgewählten Container sind nicht verfügbar, bis sie wieder laufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Containers sharing its network are not restarted; use “%1” for that.</source>
        <translation>Container, die sein Netzwerk nutzen, werden nicht neu gestartet; verwenden Sie dafür „%1“.</translation>
    </message>
    <message>
        <source>%1 failed: %2 The current state was read again; nothing was retried.</source>
        <translation>Aktion für %1 fehlgeschlagen: %2 Der aktuelle Zustand wurde neu eingelesen; nichts wurde wiederholt.</translation>
    </message>
    <message>
        <source>Restarted %1 and its dependants.</source>
        <translation>%1 und seine Abhängigen wurden neu gestartet.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 wurde gestartet.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 wurde gestoppt.</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>%1 wurde pausiert.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 wurde fortgesetzt.</translation>
    </message>
    <message>
        <source>Pull and recreate</source>
        <translation>Neu laden und neu erstellen</translation>
    </message>
    <message>
        <source>%1 has no Docker containers to manage</source>
        <translation>%1 hat keine Docker-Container zu verwalten</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Pull the image of this compose service and recreate its container: Portainer redeploys a stack it owns, other stacks get docker compose up -d over SSH.</source>
        <translation>Das Image dieses Compose-Dienstes neu laden und seinen Container neu erstellen: Einen eigenen Stack stellt Portainer neu bereit, andere Stacks bekommen docker compose up -d über SSH.</translation>
    </message>
    <message>
        <source>Which containers to show</source>
        <translation>Welche Container angezeigt werden</translation>
    </message>
    <message>
        <source>Filter containers</source>
        <translation>Container filtern</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::CredentialDialog</name>
    <message>
        <source>Also keep a copy in this computer&apos;s keychain</source>
        <translation>Zusätzlich eine Kopie im Schlüsselbund dieses Computers ablegen</translation>
    </message>
    <message>
        <source>Edit credential “%1”</source>
        <translation>Zugangsdaten „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add a provider credential</source>
        <translation>Anbieter-Zugangsdaten hinzufügen</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>Empty: keep the current key (%1)</source>
        <translation>Leer: aktuellen Schlüssel behalten (%1)</translation>
    </message>
    <message>
        <source>Sent to the proxy only; never shown again</source>
        <translation>Wird nur an den Proxy gesendet und nie wieder angezeigt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>API base:</source>
        <translation>API-Basis:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add credential</source>
        <translation>Zugangsdaten hinzufügen</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::EnvironmentSelector</name>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Which Docker host to show: this server over SSH or an environment Portainer manages.</source>
        <translation>Welcher Docker-Host gezeigt wird: dieser Server über SSH oder eine von Portainer verwaltete Umgebung.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Name the profile and check the summary. Finish stores it; you can change it later with krynetctl profile set.</source>
        <translation>Benennen Sie das Profil und prüfen Sie die Zusammenfassung. „Fertigstellen“ speichert es; ändern können Sie es später mit krynetctl profile set.</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation>Ein Profil mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>SSH: %1@%2, port %3, %4</source>
        <translation>SSH: %1@%2, Port %3, %4</translation>
    </message>
    <message>
        <source>(your user name)</source>
        <translation>(Ihr Benutzername)</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>default key</source>
        <translation>Standardschlüssel</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Domain: %1; access: %2</source>
        <translation>Domain: %1; Zugriff: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (with key)</source>
        <translation>%1 (mit Schlüssel)</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) will be stored in %1.</source>
        <translation>
            <numerusform>%n Geheimnis wird in %1 gespeichert.</numerusform>
            <numerusform>%n Geheimnisse werden in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile, without any secret, will be saved in %1.</source>
        <translation>Das Profil wird ohne jedes Geheimnis in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::GenerateKeyDialog</name>
    <message>
        <source>Generate a virtual key</source>
        <translation>Virtuellen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>e.g. laptop-alice</source>
        <translation>z. B. laptop-alice</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>Models allowed:</source>
        <translation>Erlaubte Modelle:</translation>
    </message>
    <message>
        <source>None checked: the key may use every model.</source>
        <translation>Keines ausgewählt: Der Schlüssel darf jedes Modell verwenden.</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Gültigkeitsdauer:</translation>
    </message>
    <message>
        <source>Generate key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Models the key may use</source>
        <translation>Modelle, die der Schlüssel nutzen darf</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::HealthBadge</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::HeartbeatBar</name>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::HostKeyPrompt</name>
    <message>
        <source>the jump host</source>
        <translation>dem Jump-Host</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>KryNet has never connected to %1 %2:%3 before. Its %4 host key has the fingerprint

%5

Compare it with the server&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server) before you trust it.</source>
        <translation>KryNet war noch nie mit %1 %2:%3 verbunden. Sein %4-Host-Schlüssel hat den Fingerabdruck

%5

Vergleichen Sie ihn mit dem des Servers (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub auf dem Server), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::LlmPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read models and keys again (F5)</source>
        <translation>Modelle und Schlüssel erneut einlesen (F5)</translation>
    </message>
    <message>
        <source>Run health check…</source>
        <translation>Zustandsprüfung ausführen…</translation>
    </message>
    <message>
        <source>Sends a real request to every provider: costs tokens and counts against limits</source>
        <translation>Sendet eine echte Anfrage an jeden Anbieter: kostet Tokens und zählt gegen die Limits</translation>
    </message>
    <message>
        <source>Generate key…</source>
        <translation>Schlüssel erzeugen…</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Unblock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Providers, credentials and the models using them</source>
        <translation>Anbieter, Zugangsdaten und die Modelle, die sie verwenden</translation>
    </message>
    <message>
        <source>AI keys</source>
        <translation>KI-Schlüssel</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Virtual keys</source>
        <translation>Virtuelle Schlüssel</translation>
    </message>
    <message>
        <source>The LiteLLM proxy&apos;s provider keys, the models using each, and the virtual keys Open WebUI and others use.

Choose a server profile to see them.</source>
        <translation>Die Anbieter-Schlüssel des LiteLLM-Proxys, die Modelle, die sie jeweils verwenden, und die virtuellen Schlüssel, die Open WebUI und andere nutzen.

Wählen Sie ein Serverprofil, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Profile “%1” has no LiteLLM service. Add it with
krynetctl profile set %1 --service litellm</source>
        <translation>Profil „%1“ hat keinen LiteLLM-Dienst. Fügen Sie ihn hinzu mit
krynetctl profile set %1 --service litellm</translation>
    </message>
    <message>
        <source>Reading models, credentials and virtual keys from LiteLLM…</source>
        <translation>Modelle, Zugangsdaten und virtuelle Schlüssel werden aus LiteLLM gelesen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Showing the last data read: %1</source>
        <translation>Angezeigt werden die zuletzt gelesenen Daten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Zugangsdatensatz</numerusform>
            <numerusform>%n Zugangsdatensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual key(s), %1 need attention</source>
        <translation>
            <numerusform>%n virtueller Schlüssel, davon %1 mit Handlungsbedarf</numerusform>
            <numerusform>%n virtuelle Schlüssel, davon %1 mit Handlungsbedarf</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Run a health check?</source>
        <translation>Zustandsprüfung ausführen?</translation>
    </message>
    <message numerus="yes">
        <source>LiteLLM will send a real request to every provider for each of the %n model(s): this costs tokens and counts against rate limits.</source>
        <translation>
            <numerusform>LiteLLM sendet für das %n Modell eine echte Anfrage an den Anbieter: Das kostet Tokens und zählt gegen die Ratenlimits.</numerusform>
            <numerusform>LiteLLM sendet für jedes der %n Modelle eine echte Anfrage an den Anbieter: Das kostet Tokens und zählt gegen die Ratenlimits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run health check</source>
        <translation>Zustandsprüfung ausführen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Health check failed</source>
        <translation>Zustandsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Health check: %1 healthy, %2 unhealthy</source>
        <translation>Zustandsprüfung: %1 gesund, %2 nicht gesund</translation>
    </message>
    <message>
        <source>Block key “%1”?</source>
        <translation>Schlüssel „%1“ sperren?</translation>
    </message>
    <message>
        <source>Unblock key “%1”?</source>
        <translation>Schlüssel „%1“ entsperren?</translation>
    </message>
    <message>
        <source>Every request made with “%1” will be refused until it is unblocked.</source>
        <translation>Jede Anfrage mit „%1“ wird abgelehnt, bis der Schlüssel entsperrt wird.</translation>
    </message>
    <message>
        <source>Requests made with “%1” will be accepted again.</source>
        <translation>Anfragen mit „%1“ werden wieder angenommen.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>The key was not changed</source>
        <translation>Der Schlüssel wurde nicht geändert</translation>
    </message>
    <message>
        <source>Delete key “%1”?</source>
        <translation>Schlüssel „%1“ löschen?</translation>
    </message>
    <message>
        <source>“%1” stops working at once and cannot be restored; its spend history stays.</source>
        <translation>„%1“ funktioniert sofort nicht mehr und kann nicht wiederhergestellt werden; sein Ausgabenverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>The key was not deleted</source>
        <translation>Der Schlüssel wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>No key was generated</source>
        <translation>Es wurde kein Schlüssel erzeugt</translation>
    </message>
    <message>
        <source>Add credential…</source>
        <translation>Zugangsdaten hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>Schlüssel rotieren…</translation>
    </message>
    <message>
        <source>Enter a new provider key once, check the models using it, revert if any fails</source>
        <translation>Neuen Anbieterschlüssel einmal eingeben, die Modelle damit prüfen, bei einem Fehler zurücknehmen</translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation>Modell hinzufügen…</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <source>By virtual key</source>
        <translation>Nach virtuellem Schlüssel</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>The credential was not saved</source>
        <translation>Die Zugangsdaten wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>The key was not kept in the keychain</source>
        <translation>Der Schlüssel wurde nicht im Schlüsselbund abgelegt</translation>
    </message>
    <message>
        <source>Delete credential “%1”?</source>
        <translation>Zugangsdaten „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) use this credential and will fail until they get another key.</source>
        <translation>
            <numerusform>%n Modell verwendet diese Zugangsdaten und schlägt fehl, bis es einen anderen Schlüssel erhält.</numerusform>
            <numerusform>%n Modelle verwenden diese Zugangsdaten und schlagen fehl, bis sie einen anderen Schlüssel erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No model uses this credential.</source>
        <translation>Kein Modell verwendet diese Zugangsdaten.</translation>
    </message>
    <message>
        <source>The credential was not deleted</source>
        <translation>Die Zugangsdaten wurden nicht gelöscht</translation>
    </message>
    <message>
        <source>The model was not saved</source>
        <translation>Das Modell wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete model “%1”?</source>
        <translation>Modell „%1“ löschen?</translation>
    </message>
    <message>
        <source>Clients asking for “%1” get an error from then on.</source>
        <translation>Clients, die „%1“ anfragen, erhalten ab dann einen Fehler.</translation>
    </message>
    <message>
        <source>The model was not deleted</source>
        <translation>Das Modell wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Reading spend…</source>
        <translation>Ausgaben werden gelesen…</translation>
    </message>
    <message>
        <source>Spend could not be read: %1</source>
        <translation>Die Ausgaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No spend between %1 and %2.</source>
        <translation>Keine Ausgaben zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>from the spend report</source>
        <translation>aus dem Ausgabenbericht</translation>
    </message>
    <message>
        <source>from the request logs (the spend report needs an Enterprise licence)</source>
        <translation>aus den Anfrageprotokollen (der Ausgabenbericht braucht eine Enterprise-Lizenz)</translation>
    </message>
    <message numerus="yes">
        <source>Total $%1 in %n day(s), %2</source>
        <translation>
            <numerusform>Gesamt $%1 an %n Tag, %2</numerusform>
            <numerusform>Gesamt $%1 an %n Tagen, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Group spend</source>
        <translation>Ausgaben gruppieren</translation>
    </message>
    <message>
        <source>Spend period</source>
        <translation>Zeitraum der Ausgaben</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::MainWindow</name>
    <message>
        <source>The server profile the panels show</source>
        <translation>Das Serverprofil, das die Ansichten zeigen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>KryNet Control</source>
        <translation>KryNet Control</translation>
    </message>
    <message>
        <source>%1 — KryNet Control</source>
        <translation>%1 – KryNet Control</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Scrub schedule</source>
        <translation>Scrub-Zeitplan</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Media pipeline</source>
        <translation>Medien-Pipeline</translation>
    </message>
    <message>
        <source>AI keys</source>
        <translation>KI-Schlüssel</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Is anything wrong, and what to do about it: pools, containers, downloads, monitors, certificates and the VPN at a glance.</source>
        <translation>Ob etwas nicht stimmt und was zu tun ist: Pools, Container, Downloads, Monitore, Zertifikate und das VPN auf einen Blick.</translation>
    </message>
    <message>
        <source>Health, capacity and scrubs of every ZFS pool, down to the failing disk.</source>
        <translation>Zustand, Kapazität und Scrubs jedes ZFS-Pools, bis hin zur ausfallenden Festplatte.</translation>
    </message>
    <message>
        <source>When each pool is scrubbed, on a calendar, with clashes and skipped runs shown.</source>
        <translation>Wann jeder Pool einen Scrub erhält, im Kalender, mit Überschneidungen und ausgelassenen Läufen.</translation>
    </message>
    <message>
        <source>Every container and compose stack, live, with one-click restarts and logs.</source>
        <translation>Jeder Container und Compose-Stack, live, mit Neustart per Klick und Protokollen.</translation>
    </message>
    <message>
        <source>Each media request traced from Seerr to Jellyfin, with the stage it is stuck at and why.</source>
        <translation>Jede Medienanfrage von Seerr bis Jellyfin verfolgt, mit der Stufe, an der sie hängt, und dem Grund.</translation>
    </message>
    <message>
        <source>LiteLLM models, provider credentials and virtual keys, without ever showing a key.</source>
        <translation>LiteLLM-Modelle, Anbieter-Zugangsdaten und virtuelle Schlüssel, ohne je einen Schlüssel anzuzeigen.</translation>
    </message>
    <message>
        <source>Availability and response times of every monitor, plus the server&apos;s own metrics.</source>
        <translation>Verfügbarkeit und Antwortzeiten jedes Monitors sowie die Metriken des Servers selbst.</translation>
    </message>
    <message>
        <source>Every service of the lab with its address for the current access mode, its version and its container.</source>
        <translation>Jeder Dienst des Labors mit seiner Adresse im aktuellen Zugriffsmodus, seiner Version und seinem Container.</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About KryNet Control</source>
        <translation>Ü&amp;ber KryNet Control</translation>
    </message>
    <message>
        <source>About KryNet Control</source>
        <translation>Über KryNet Control</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KryNet Control %1&lt;/h3&gt;&lt;p&gt;A native control panel for a self-hosted homelab: ZFS pools, containers, the media pipeline, AI keys and uptime in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KryNet Control %1&lt;/h3&gt;&lt;p&gt;Eine native Steuerzentrale für ein selbst gehostetes Homelab: ZFS-Pools, Container, die Medien-Pipeline, KI-Schlüssel und Verfügbarkeit in einem Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Kein Server eingerichtet</translation>
    </message>
    <message>
        <source>Not connected to “%1” yet.</source>
        <translation>Noch nicht mit „%1“ verbunden.</translation>
    </message>
    <message>
        <source>Profile “%1”, secrets in %2</source>
        <translation>Profil „%1“, Geheimnisse im %2</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>%1

KryNet can keep the secrets you enter in memory until it quits. They are never written to disk, and you will have to enter them again next time.</source>
        <translation>%1

KryNet kann die eingegebenen Geheimnisse bis zum Beenden im Speicher behalten. Sie werden nie auf die Festplatte geschrieben, und Sie müssen sie beim nächsten Mal erneut eingeben.</translation>
    </message>
    <message>
        <source>Keep in memory for this session</source>
        <translation>Für diese Sitzung im Speicher behalten</translation>
    </message>
    <message>
        <source>Starting the demo lab…</source>
        <translation>Demo-Labor wird gestartet…</translation>
    </message>
    <message>
        <source>Demo lab — KryNet Control</source>
        <translation>Demo-Labor – KryNet Control</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Set up a &amp;server…</source>
        <translation>&amp;Server einrichten…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>Profile &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the server profiles as JSON, without any secret</source>
        <translation>Die Serverprofile als JSON speichern, ohne jedes Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>Profile &amp;importieren…</translation>
    </message>
    <message>
        <source>No server is configured yet. Set one up with File ▸ Set up a server…, or with
krynetctl profile add NAME --host HOST --domain DOMAIN
and it appears in the Server list above.</source>
        <translation>Noch ist kein Server eingerichtet. Richten Sie einen mit Datei ▸ Server einrichten… ein, oder mit
krynetctl profile add NAME --host HOST --domain DOMAIN
und er erscheint oben in der Serverliste.</translation>
    </message>
    <message>
        <source>Set up a server…</source>
        <translation>Server einrichten…</translation>
    </message>
    <message>
        <source>Demo lab: simulated servers on this computer. To add your own server, start KryNet without --demo.</source>
        <translation>Demo-Lab: simulierte Server auf diesem Computer. Um Ihren eigenen Server hinzuzufügen, starten Sie KryNet ohne --demo.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::MediaPanel</name>
    <message>
        <source>Stuck only</source>
        <translation>Nur hängende</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read every media service again (F5)</source>
        <translation>Alle Mediendienste erneut einlesen (F5)</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <source>Approve the pending request in Seerr</source>
        <translation>Die offene Anfrage in Seerr genehmigen</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Decline the pending request in Seerr</source>
        <translation>Die offene Anfrage in Seerr ablehnen</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr to search the indexers for this title</source>
        <translation>Radarr/Sonarr die Indexer nach diesem Titel durchsuchen lassen</translation>
    </message>
    <message>
        <source>Media requests</source>
        <translation>Medienanfragen</translation>
    </message>
    <message>
        <source>Filter by title, reason, requester…</source>
        <translation>Nach Titel, Grund, Anfragendem filtern…</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Details der Anfrage</translation>
    </message>
    <message>
        <source>Every request from Seerr traced through Radarr/Sonarr, the download clients, Bazarr and Jellyfin, with the step it is stuck at and why.

Choose a server profile to see its requests.</source>
        <translation>Jede Anfrage aus Seerr, verfolgt über Radarr/Sonarr, die Download-Clients, Bazarr und Jellyfin, mit dem Schritt, an dem sie hängt, und dem Grund.

Wählen Sie ein Serverprofil, um seine Anfragen zu sehen.</translation>
    </message>
    <message>
        <source>Profile “%1” has no media services (Seerr, Radarr, Sonarr, qBittorrent, SABnzbd). Add them with
krynetctl profile set %1 --service seerr --service radarr …</source>
        <translation>Profil „%1“ hat keine Mediendienste (Seerr, Radarr, Sonarr, qBittorrent, SABnzbd). Fügen Sie sie hinzu mit
krynetctl profile set %1 --service seerr --service radarr …</translation>
    </message>
    <message>
        <source>Reading Seerr, Radarr, Sonarr, the download clients, Bazarr and Jellyfin…</source>
        <translation>Seerr, Radarr, Sonarr, die Download-Clients, Bazarr und Jellyfin werden gelesen…</translation>
    </message>
    <message>
        <source>The media services could not be read:
%1</source>
        <translation>Die Mediendienste konnten nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No requests yet. Requests made in Seerr and downloads of Radarr/Sonarr appear here.</source>
        <translation>Noch keine Anfragen. Anfragen aus Seerr und Downloads von Radarr/Sonarr erscheinen hier.</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <source>Select a request to see each service&apos;s view of it.</source>
        <translation>Wählen Sie eine Anfrage, um zu sehen, wie jeder Dienst sie sieht.</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>fertig in %1</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Anfrage genehmigen</translation>
    </message>
    <message>
        <source>Approve %1&apos;s request for “%2”? Seerr sends it to Radarr/Sonarr, which start searching.</source>
        <translation>Die Anfrage von %1 für „%2“ genehmigen? Seerr sendet sie an Radarr/Sonarr, die mit der Suche beginnen.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Decline %1&apos;s request for “%2”? This cannot be undone from here.</source>
        <translation>Die Anfrage von %1 für „%2“ ablehnen? Das lässt sich hier nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Retry import…</source>
        <translation>Import wiederholen …</translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr to import the finished download again</source>
        <translation>Radarr/Sonarr bitten, den fertigen Download erneut zu importieren</translation>
    </message>
    <message>
        <source>Recheck…</source>
        <translation>Erneut prüfen …</translation>
    </message>
    <message>
        <source>qBittorrent verifies every piece on disk again</source>
        <translation>qBittorrent prüft jedes Stück auf der Platte erneut</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Anhalten …</translation>
    </message>
    <message>
        <source>Pause (stop) the torrent in qBittorrent</source>
        <translation>Den Torrent in qBittorrent anhalten (stoppen)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume (start) the torrent in qBittorrent</source>
        <translation>Den Torrent in qBittorrent fortsetzen (starten)</translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation>Auftrag wiederholen</translation>
    </message>
    <message>
        <source>Ask SABnzbd to retry the failed job</source>
        <translation>SABnzbd bitten, den fehlgeschlagenen Auftrag zu wiederholen</translation>
    </message>
    <message>
        <source>Search subtitles</source>
        <translation>Untertitel suchen</translation>
    </message>
    <message>
        <source>Ask Bazarr to search the missing subtitles</source>
        <translation>Bazarr bitten, die fehlenden Untertitel zu suchen</translation>
    </message>
    <message>
        <source>Scan library</source>
        <translation>Bibliothek scannen</translation>
    </message>
    <message>
        <source>Ask Jellyfin to scan its libraries</source>
        <translation>Jellyfin bitten, seine Bibliotheken zu scannen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Jeder Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n hängt</numerusform>
            <numerusform>%n hängen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: healthy</source>
        <translation>%1: gesund</translation>
    </message>
    <message>
        <source>Ask %1 to import the finished download of “%2” again?</source>
        <translation>%1 bitten, den fertigen Download von „%2“ erneut zu importieren?</translation>
    </message>
    <message>
        <source>Recheck “%1”? qBittorrent reads every piece from disk again; the torrent does not download or seed until the check ends.</source>
        <translation>„%1“ erneut prüfen? qBittorrent liest jedes Stück erneut von der Platte; bis zum Ende der Prüfung lädt und verteilt der Torrent nicht.</translation>
    </message>
    <message>
        <source>Pause the torrent of “%1” in qBittorrent? It stays paused until resumed.</source>
        <translation>Den Torrent von „%1“ in qBittorrent anhalten? Er bleibt angehalten, bis er fortgesetzt wird.</translation>
    </message>
    <message>
        <source>%1 for “%2”?</source>
        <translation>%1 für „%2“?</translation>
    </message>
    <message>
        <source>Jellyfin: nothing playing</source>
        <translation>Jellyfin: keine Wiedergabe</translation>
    </message>
    <message numerus="yes">
        <source>Jellyfin: %n playing</source>
        <translation>
            <numerusform>Jellyfin: %n Wiedergabe</numerusform>
            <numerusform>Jellyfin: %n Wiedergaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcoding</source>
        <translation>
            <numerusform>%n transkodiert</numerusform>
            <numerusform>%n transkodiert</numerusform>
        </translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>no events for this download</source>
        <translation>keine Ereignisse zu diesem Download</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ModelDialog</name>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Edit model “%1”</source>
        <translation>Modell „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Name clients ask for, e.g. gpt-4o</source>
        <translation>Name, den Clients anfragen, z. B. gpt-4o</translation>
    </message>
    <message>
        <source>Provider&apos;s model, e.g. gpt-4o-mini</source>
        <translation>Modell des Anbieters, z. B. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>Keep the current key (%1)</source>
        <translation>Aktuellen Schlüssel behalten (%1)</translation>
    </message>
    <message>
        <source>Keep credential %1</source>
        <translation>Zugangsdaten %1 behalten</translation>
    </message>
    <message>
        <source>Credential %1 (%2, key %3)</source>
        <translation>Zugangsdaten %1 (%2, Schlüssel %3)</translation>
    </message>
    <message>
        <source>Enter a key for this model only…</source>
        <translation>Schlüssel nur für dieses Modell eingeben…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Upstream model:</source>
        <translation>Modell beim Anbieter:</translation>
    </message>
    <message>
        <source>API base:</source>
        <translation>API-Basis:</translation>
    </message>
    <message>
        <source>Provider key:</source>
        <translation>Anbieterschlüssel:</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>Anfragen pro Minute:</translation>
    </message>
    <message>
        <source>Tokens per minute:</source>
        <translation>Tokens pro Minute:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Sent to the proxy only; never shown again</source>
        <translation>Wird nur an den Proxy gesendet und nie wieder angezeigt</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::MonitorDetails</name>
    <message>
        <source>Availability per calendar month (UTC) over the kept history</source>
        <translation>Verfügbarkeit pro Kalendermonat (UTC) über den aufbewahrten Verlauf</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Alle Monitore</translation>
    </message>
    <message>
        <source>Select a monitor for its heartbeats, uptime, incidents and monthly availability.</source>
        <translation>Wählen Sie einen Monitor für seine Prüfungen, Verfügbarkeit, Vorfälle und monatliche Verfügbarkeit.</translation>
    </message>
    <message>
        <source>Response time of every monitor</source>
        <translation>Antwortzeit aller Monitore</translation>
    </message>
    <message>
        <source>Uptime  24 h: %1   7 days: %2   30 days: %3   90 days: %4</source>
        <translation>Verfügbarkeit  24 h: %1   7 Tage: %2   30 Tage: %3   90 Tage: %4</translation>
    </message>
    <message>
        <source>Certificate invalid</source>
        <translation>Zertifikat ungültig</translation>
    </message>
    <message numerus="yes">
        <source>Certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Response time of %1</source>
        <translation>Antwortzeit von %1</translation>
    </message>
    <message>
        <source>%1: down for %2, still down</source>
        <translation>%1: %2 ausgefallen, noch immer ausgefallen</translation>
    </message>
    <message>
        <source>%1: down for %2</source>
        <translation>%1: %2 ausgefallen</translation>
    </message>
    <message>
        <source>No incidents in 90 days</source>
        <translation>Keine Vorfälle in 90 Tagen</translation>
    </message>
    <message>
        <source>Mean time to recovery: %1</source>
        <translation>Mittlere Zeit bis zur Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Availability per month</source>
        <translation>Verfügbarkeit pro Monat</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::NewKeyBanner</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies the key; the clipboard is cleared after 30 seconds</source>
        <translation>Kopiert den Schlüssel; die Zwischenablage wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>Ich habe ihn gespeichert</translation>
    </message>
    <message>
        <source>New key “%1”: copy it now. It will not be shown again — LiteLLM keeps only its hash.</source>
        <translation>Neuer Schlüssel „%1“: Kopieren Sie ihn jetzt. Er wird nicht noch einmal angezeigt – LiteLLM speichert nur seinen Hash.</translation>
    </message>
    <message>
        <source>(no alias)</source>
        <translation>(kein Alias)</translation>
    </message>
    <message>
        <source>New virtual key</source>
        <translation>Neuer virtueller Schlüssel</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::OverviewPanel</name>
    <message>
        <source>Refresh all</source>
        <translation>Alles aktualisieren</translation>
    </message>
    <message>
        <source>Refresh every area now</source>
        <translation>Jetzt alle Bereiche aktualisieren</translation>
    </message>
    <message>
        <source>Read every area again now (F5)</source>
        <translation>Alle Bereiche jetzt neu lesen (F5)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>Kein Server gewählt</translation>
    </message>
    <message>
        <source>Choose a server profile to see how the lab is doing.</source>
        <translation>Wählen Sie ein Serverprofil, um den Zustand des Labors zu sehen.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nichts braucht Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Still reading…</source>
        <translation>Wird noch gelesen…</translation>
    </message>
    <message>
        <source>Reading the lab…</source>
        <translation>Das Labor wird gelesen…</translation>
    </message>
    <message>
        <source>Everything is fine.</source>
        <translation>Alles in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) need attention.</source>
        <translation>
            <numerusform>%n Problem braucht Aufmerksamkeit.</numerusform>
            <numerusform>%n Probleme brauchen Aufmerksamkeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::OverviewTile</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the %1 panel</source>
        <translation>Ansicht %1 öffnen</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>stale: updated %1</source>
        <translation>veraltet: aktualisiert %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::PoolCard</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Scrub</source>
        <translation>Scrub</translation>
    </message>
    <message>
        <source>Start or resume scrub…</source>
        <translation>Scrub starten oder fortsetzen…</translation>
    </message>
    <message>
        <source>Pause scrub…</source>
        <translation>Scrub anhalten…</translation>
    </message>
    <message>
        <source>Stop scrub…</source>
        <translation>Scrub stoppen…</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % belegt</translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation>Kapazität unbekannt</translation>
    </message>
    <message>
        <source> — %1 free of %2</source>
        <translation> – %1 von %2 frei</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <source>progress unknown</source>
        <translation>Fortschritt unbekannt</translation>
    </message>
    <message>
        <source>, paused</source>
        <translation>, angehalten</translation>
    </message>
    <message>
        <source>, about %1 to go</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source>, no estimate yet</source>
        <translation>, noch keine Schätzung</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::PoolsPanel</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select a disk to see its SMART data.</source>
        <translation>Wählen Sie eine Festplatte, um ihre SMART-Daten zu sehen.</translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation>Für den Support kopieren</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Status and errors</source>
        <translation>Status und Fehler</translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation>Rohausgabe</translation>
    </message>
    <message>
        <source>Pools cannot be read</source>
        <translation>Pools können nicht gelesen werden</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>Kein Server ausgewählt</translation>
    </message>
    <message>
        <source>The pools panel shows the ZFS pools of a server: health, capacity, scrubs and failing disks.

Choose a server profile with an SSH host to see its pools.</source>
        <translation>Die Pool-Ansicht zeigt die ZFS-Pools eines Servers: Zustand, Kapazität, Scrubs und ausfallende Festplatten.

Wählen Sie ein Serverprofil mit SSH-Host, um seine Pools zu sehen.</translation>
    </message>
    <message>
        <source>Reading pools…</source>
        <translation>Pools werden gelesen…</translation>
    </message>
    <message>
        <source>Asking %1 for zpool status, capacity and SMART over SSH.</source>
        <translation>zpool status, Kapazität und SMART werden per SSH von %1 abgefragt.</translation>
    </message>
    <message>
        <source>Pools could not be read</source>
        <translation>Pools konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>No pools on %1</source>
        <translation>Keine Pools auf %1</translation>
    </message>
    <message>
        <source>ZFS answered, but there is no imported pool. Create or import one (zpool create, zpool import), then refresh.</source>
        <translation>ZFS hat geantwortet, aber es ist kein Pool importiert. Legen Sie einen an oder importieren Sie einen (zpool create, zpool import) und aktualisieren Sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s) on %1</source>
        <translation>
            <numerusform>%n Pool auf %1</numerusform>
            <numerusform>%n Pools auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last read at %1 failed: %2</source>
        <translation>Letztes Einlesen um %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>no problem reported</source>
        <translation>kein Problem gemeldet</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Files with permanent errors (restore them from a backup):</source>
        <translation>Dateien mit dauerhaften Fehlern (stellen Sie sie aus einer Sicherung wieder her):</translation>
    </message>
    <message>
        <source>Missing; was %1</source>
        <translation>Fehlt; war %1</translation>
    </message>
    <message>
        <source>No SMART data (file vdevs, virtual disks and some USB bridges have none).</source>
        <translation>Keine SMART-Daten (Datei-vdevs, virtuelle Festplatten und manche USB-Brücken haben keine).</translation>
    </message>
    <message>
        <source>SMART health:</source>
        <translation>SMART-Zustand:</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Temperature (°C):</source>
        <translation>Temperatur (°C):</translation>
    </message>
    <message>
        <source>Power-on hours:</source>
        <translation>Betriebsstunden:</translation>
    </message>
    <message>
        <source>Reallocated sectors:</source>
        <translation>Neu zugewiesene Sektoren:</translation>
    </message>
    <message>
        <source>Pending sectors:</source>
        <translation>Ausstehende Sektoren:</translation>
    </message>
    <message>
        <source>Offline uncorrectable:</source>
        <translation>Offline nicht korrigierbar:</translation>
    </message>
    <message>
        <source>Last self-test:</source>
        <translation>Letzter Selbsttest:</translation>
    </message>
    <message>
        <source>Start a scrub of pool %1 (or resume a paused one)? ZFS reads every block and repairs what it can; the pool stays usable but slower until it ends.</source>
        <translation>Einen Scrub von Pool %1 starten (oder einen angehaltenen fortsetzen)? ZFS liest jeden Block und repariert, was möglich ist; der Pool bleibt nutzbar, ist aber bis zum Ende langsamer.</translation>
    </message>
    <message>
        <source>Pause the scrub of pool %1? It can be resumed later from where it stopped.</source>
        <translation>Den Scrub von Pool %1 anhalten? Er kann später an derselben Stelle fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Stop the scrub of pool %1? A new scrub starts again from the beginning.</source>
        <translation>Den Scrub von Pool %1 stoppen? Ein neuer Scrub beginnt wieder von vorn.</translation>
    </message>
    <message>
        <source>%1 on pool %2 failed: %3</source>
        <translation>Pool %2: %1 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Trim: %1</source>
        <translation>Trim: %1</translation>
    </message>
    <message>
        <source>Pools, vdevs and disks</source>
        <translation>Pools, VDEVs und Festplatten</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ProfileFiles</name>
    <message>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>There are no server profiles to export yet.</source>
        <translation>Es gibt noch keine Serverprofile zum Exportieren.</translation>
    </message>
    <message>
        <source>Export profiles (without secrets)</source>
        <translation>Profile exportieren (ohne Geheimnisse)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without secrets.</source>
        <translation>
            <numerusform>%n Profil ohne Geheimnisse nach %1 exportiert.</numerusform>
            <numerusform>%n Profile ohne Geheimnisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>KryNet profiles (*.json);;All files (*)</source>
        <translation>KryNet-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 kann nicht importiert werden. %2</translation>
    </message>
    <message>
        <source>Imported %1 from %2. Secrets are not part of an export: enter the API keys again (File ▸ Set up a server…, or krynetctl secret set).</source>
        <translation>%1 aus %2 importiert. Geheimnisse sind nicht Teil eines Exports: Geben Sie die API-Schlüssel erneut ein (Datei ▸ Server einrichten… oder krynetctl secret set).</translation>
    </message>
    <message>
        <source>Replace existing profiles?</source>
        <translation>Vorhandene Profile ersetzen?</translation>
    </message>
    <message>
        <source>Profiles named %1 already exist. Importing replaces their settings with the file&apos;s; their secrets in the keychain stay. Nothing is changed if you cancel.</source>
        <translation>Profile namens %1 gibt es bereits. Der Import ersetzt ihre Einstellungen durch die der Datei; ihre Geheimnisse im Schlüsselbund bleiben erhalten. Wenn Sie abbrechen, wird nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n profile(s)</source>
        <translation>
            <numerusform>%n Profil ersetzen</numerusform>
            <numerusform>%n Profile ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import abgebrochen: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::RecreateFlow</name>
    <message>
        <source>Finding out how stack %1 was deployed…</source>
        <translation>Ermittle, wie Stack %1 bereitgestellt wurde…</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1 failed: %2 Nothing was retried.</source>
        <translation>%1 fehlgeschlagen: %2 Nichts wurde wiederholt.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::RotateKeyDialog</name>
    <message>
        <source>Also keep a copy in this computer&apos;s keychain</source>
        <translation>Zusätzlich eine Kopie im Schlüsselbund dieses Computers ablegen</translation>
    </message>
    <message>
        <source>Rotate and check</source>
        <translation>Rotieren und prüfen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Rotate the key of “%1”</source>
        <translation>Schlüssel von „%1“ rotieren</translation>
    </message>
    <message>
        <source>New %1 key</source>
        <translation>Neuer %1-Schlüssel</translation>
    </message>
    <message>
        <source>New provider key</source>
        <translation>Neuer Anbieterschlüssel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Health with the new key</source>
        <translation>Zustand mit dem neuen Schlüssel</translation>
    </message>
    <message>
        <source>Points the models back at the credential&apos;s previous key and removes the new one</source>
        <translation>Richtet die Modelle wieder auf den bisherigen Schlüssel der Zugangsdaten und entfernt den neuen</translation>
    </message>
    <message>
        <source>The new key is stored as a temporary credential and checked with a real request for each model below before “%1” itself changes. If any model fails, Revert puts everything back in one step.</source>
        <translation>Der neue Schlüssel wird als vorübergehende Zugangsdaten gespeichert und mit einer echten Anfrage für jedes Modell unten geprüft, bevor sich „%1“ selbst ändert. Schlägt ein Modell fehl, stellt „Zurücknehmen“ alles in einem Schritt wieder her.</translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation>Aktueller Schlüssel:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>New key:</source>
        <translation>Neuer Schlüssel:</translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>No model uses this credential yet: the new key is only stored.</source>
        <translation>Noch kein Modell verwendet diese Zugangsdaten: Der neue Schlüssel wird nur gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) will be checked with the new key.</source>
        <translation>
            <numerusform>%n Modell wird mit dem neuen Schlüssel geprüft.</numerusform>
            <numerusform>%n Modelle werden mit dem neuen Schlüssel geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the new key and switching the models to it…</source>
        <translation>Der neue Schlüssel wird gespeichert und die Modelle werden darauf umgestellt…</translation>
    </message>
    <message>
        <source>Checking each model with a real request…</source>
        <translation>Jedes Modell wird mit einer echten Anfrage geprüft…</translation>
    </message>
    <message>
        <source>All models healthy: writing the new key into “%1”…</source>
        <translation>Alle Modelle gesund: Der neue Schlüssel wird in „%1“ geschrieben…</translation>
    </message>
    <message>
        <source>Done: “%1” now holds the new key and every model is healthy.</source>
        <translation>Fertig: „%1“ enthält jetzt den neuen Schlüssel und jedes Modell ist gesund.</translation>
    </message>
    <message>
        <source>%1 “%2” still holds its previous key. Revert to point the models back at it.</source>
        <translation>%1 „%2“ enthält weiterhin den bisherigen Schlüssel. „Zurücknehmen“ richtet die Modelle wieder darauf.</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Wird zurückgenommen…</translation>
    </message>
    <message>
        <source>Reverted: the models use the previous key of “%1” again.</source>
        <translation>Zurückgenommen: Die Modelle verwenden wieder den bisherigen Schlüssel von „%1“.</translation>
    </message>
    <message>
        <source>Models using this credential</source>
        <translation>Modelle, die diese Zugangsdaten nutzen</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ScheduleEditor</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Use this schedule</source>
        <translation>Diesen Zeitplan verwenden</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Zeitplan entfernen</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly on the n-th weekday</source>
        <translation>Monatlich am n-ten Wochentag</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Alle N Tage</translation>
    </message>
    <message>
        <source>Advanced (cron)</source>
        <translation>Erweitert (Cron)</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>minute hour day month weekday, e.g. 0 3 * * 0</source>
        <translation>Minute Stunde Tag Monat Wochentag, z. B. 0 3 * * 0</translation>
    </message>
    <message>
        <source>A scheduled run scrubs only when the last scrub finished at least this many days before (TrueNAS).</source>
        <translation>Ein geplanter Lauf scrubbt nur, wenn der letzte Scrub mindestens so viele Tage vorher endete (TrueNAS).</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation>Cron:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <source>Select a pool to edit its schedule.</source>
        <translation>Wählen Sie einen Pool, um seinen Zeitplan zu bearbeiten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>change its schedule</source>
        <translation>Zeitplan ändern</translation>
    </message>
    <message>
        <source>no schedule yet</source>
        <translation>noch kein Zeitplan</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ScrubCalendar</name>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source> (length unknown)</source>
        <translation> (Dauer unbekannt)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ScrubsPanel</name>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>Änderungen prüfen…</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>Letzte Änderung rückgängig</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Bearbeitungen verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Mark scrubs that run into these hours (Monday to Friday, server time).</source>
        <translation>Scrubs markieren, die in diese Zeit hineinlaufen (Montag bis Freitag, Serverzeit).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Last scrub</source>
        <translation>Letzter Scrub</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Scrub now</source>
        <translation>Jetzt scrubben</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review changes&lt;/b&gt; — these commands will run on the server, in this order, once each. The schedules are read again afterwards.</source>
        <translation>&lt;b&gt;Änderungen prüfen&lt;/b&gt; — diese Befehle laufen auf dem Server, in dieser Reihenfolge, jeder einmal. Danach werden die Zeitpläne neu gelesen.</translation>
    </message>
    <message>
        <source>Scrub schedules cannot be read</source>
        <translation>Scrub-Zeitpläne können nicht gelesen werden</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>Kein Server gewählt</translation>
    </message>
    <message>
        <source>The scrub schedule shows when each ZFS pool is scrubbed, how long it takes, which scheduled runs are skipped and what clashes.

Choose a server profile with an SSH host.</source>
        <translation>Der Scrub-Zeitplan zeigt, wann jeder ZFS-Pool gescrubbt wird, wie lange es dauert, welche geplanten Läufe übersprungen werden und was sich überschneidet.

Wählen Sie ein Serverprofil mit SSH-Host.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Scrub schedules could not be read</source>
        <translation>Scrub-Zeitpläne konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Pools could not be read</source>
        <translation>Pools konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading scrub schedules…</source>
        <translation>Scrub-Zeitpläne werden gelesen…</translation>
    </message>
    <message>
        <source>Asking %1 for its scrub tasks, time zone and pools over SSH.</source>
        <translation>%1 wird über SSH nach Scrub-Aufgaben, Zeitzone und Pools gefragt.</translation>
    </message>
    <message>
        <source>No pools on %1</source>
        <translation>Keine Pools auf %1</translation>
    </message>
    <message>
        <source>There is no imported ZFS pool to scrub. Create or import one, then refresh.</source>
        <translation>Es gibt keinen importierten ZFS-Pool zum Scrubben. Legen Sie einen an oder importieren Sie einen, dann aktualisieren.</translation>
    </message>
    <message>
        <source>Scrubs on %1 (server time: %2)</source>
        <translation>Scrubs auf %1 (Serverzeit: %2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No unsent changes.</source>
        <translation>Keine ungesendeten Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet.</source>
        <translation>
            <numerusform>%n Änderung noch nicht gesendet.</numerusform>
            <numerusform>%n Änderungen noch nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scrub schedule</source>
        <translation>Scrub-Zeitplan</translation>
    </message>
    <message>
        <source>This run comes from %1, which scrubs every pool; it is not changed from here. Give the pool its own schedule in the form instead.</source>
        <translation>Dieser Lauf stammt aus %1, das jeden Pool scrubbt; er wird hier nicht geändert. Geben Sie dem Pool stattdessen im Formular einen eigenen Zeitplan.</translation>
    </message>
    <message>
        <source>Allow writing the host&apos;s cron and timer files (as root, with sudo -n when needed)</source>
        <translation>Schreiben der Cron- und Timer-Dateien des Hosts erlauben (als root, bei Bedarf mit sudo -n)</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet…</numerusform>
            <numerusform>%n Änderungen werden angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied. The schedules shown are the server&apos;s, read again.</source>
        <translation>Angewendet. Die angezeigten Zeitpläne sind die des Servers, neu gelesen.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Put the schedules back as they were before the last change?

%1</source>
        <translation>Die Zeitpläne auf den Stand vor der letzten Änderung zurücksetzen?

%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängig machen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Start a scrub of pool %1 now? ZFS reads every block and repairs what it can; the pool stays usable but slower until it ends.</source>
        <translation>Jetzt einen Scrub von Pool %1 starten? ZFS liest jeden Block und repariert, was es kann; der Pool bleibt nutzbar, ist aber bis zum Ende langsamer.</translation>
    </message>
    <message>
        <source>Start scrub</source>
        <translation>Scrub starten</translation>
    </message>
    <message>
        <source>Scrub of %1 started.</source>
        <translation>Scrub von %1 gestartet.</translation>
    </message>
    <message>
        <source>Scrub of %1 failed: %2</source>
        <translation>Scrub von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Calendar view</source>
        <translation>Kalenderansicht</translation>
    </message>
    <message>
        <source>Previous week or month</source>
        <translation>Vorherige Woche oder vorheriger Monat</translation>
    </message>
    <message>
        <source>Next week or month</source>
        <translation>Nächste Woche oder nächster Monat</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>Pools and their scrub schedules</source>
        <translation>Pools und ihre Scrub-Zeitpläne</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ServerPage</name>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>SSH agent (keys loaded with ssh-add)</source>
        <translation>SSH-Agent (mit ssh-add geladene Schlüssel)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Explore the demo lab</source>
        <translation>Demo-Lab erkunden</translation>
    </message>
    <message>
        <source>Your server</source>
        <translation>Ihr Server</translation>
    </message>
    <message>
        <source>KryNet reads pools and containers over SSH, like `ssh user@host` does. Enter the server, then connect once to check the settings and the server&apos;s host key.</source>
        <translation>KryNet liest Pools und Container über SSH, so wie `ssh benutzer@host`. Geben Sie den Server ein und verbinden Sie sich einmal, um die Einstellungen und den Host-Schlüssel des Servers zu prüfen.</translation>
    </message>
    <message>
        <source>nas.lan, 192.168.1.10 or an alias of ~/.ssh/config</source>
        <translation>nas.lan, 192.168.1.10 oder ein Alias aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>Aliases from ~/.ssh/config: %1</source>
        <translation>Aliase aus ~/.ssh/config: %1</translation>
    </message>
    <message>
        <source>root, admin…</source>
        <translation>root, admin…</translation>
    </message>
    <message>
        <source>empty: ~/.ssh/id_ed25519, id_ecdsa or id_rsa</source>
        <translation>leer: ~/.ssh/id_ed25519, id_ecdsa oder id_rsa</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <source>A simulated homelab on this computer: nothing of yours is read or written.</source>
        <translation>Ein simuliertes Homelab auf diesem Computer: Von Ihren Daten wird nichts gelesen oder geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>No server at hand, or just looking? The demo lab shows every panel with a simulated homelab.</source>
        <translation>Kein Server zur Hand, oder nur neugierig? Das Demo-Lab zeigt jede Ansicht mit einem simulierten Homelab.</translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>From ~/.ssh/config: %1 is %2, port %3.</source>
        <translation>Aus ~/.ssh/config: %1 ist %2, Port %3.</translation>
    </message>
    <message>
        <source>settings changed: connect again</source>
        <translation>Einstellungen geändert: erneut verbinden</translation>
    </message>
    <message>
        <source>connecting to %1…</source>
        <translation>verbinde mit %1…</translation>
    </message>
    <message>
        <source>confirm the host key %1</source>
        <translation>bestätigen Sie den Host-Schlüssel %1</translation>
    </message>
    <message>
        <source>The setup was closed.</source>
        <translation>Die Einrichtung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>connected as %1; the host key was already trusted.</source>
        <translation>verbunden als %1; dem Host-Schlüssel wurde bereits vertraut.</translation>
    </message>
    <message>
        <source>connected as %1; host key %2 trusted and saved.</source>
        <translation>verbunden als %1; Host-Schlüssel %2 vertraut und gespeichert.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ServicesPage</name>
    <message>
        <source>Detect services</source>
        <translation>Dienste erkennen</translation>
    </message>
    <message>
        <source>Services of the lab</source>
        <translation>Dienste des Labs</translation>
    </message>
    <message>
        <source>Tick the services your lab runs and enter their keys. Test tries each key against the service; keys are stored in the keychain only when you finish.</source>
        <translation>Haken Sie die Dienste an, die Ihr Lab betreibt, und geben Sie ihre Schlüssel ein. „Testen“ probiert jeden Schlüssel am Dienst aus; im Schlüsselbund gespeichert werden die Schlüssel erst beim Fertigstellen.</translation>
    </message>
    <message>
        <source>Ask every service&apos;s address whether something answers there</source>
        <translation>An der Adresse jedes Dienstes nachfragen, ob dort etwas antwortet</translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation>Adresse von %1</translation>
    </message>
    <message>
        <source>user (admin)</source>
        <translation>Benutzer (admin)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User name for %1</source>
        <translation>Benutzername für %1</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>master key</source>
        <translation>Master-Key</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Credential for %1</source>
        <translation>Zugangsdaten für %1</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>%1 testen</translation>
    </message>
    <message>
        <source>address, e.g. https://host:port</source>
        <translation>Adresse, z. B. https://host:port</translation>
    </message>
    <message>
        <source>The address of %1 must be an absolute http(s) URL, not “%2”.</source>
        <translation>Die Adresse von %1 muss eine absolute http(s)-URL sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>teste…</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>suche…</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
    <message>
        <source>works (HTTP %1 in %2 ms)</source>
        <translation>funktioniert (HTTP %1 in %2 ms)</translation>
    </message>
    <message>
        <source>works, version %1</source>
        <translation>funktioniert, Version %1</translation>
    </message>
    <message numerus="yes">
        <source>works: signed in, %n proxy host(s)</source>
        <translation>
            <numerusform>funktioniert: angemeldet, %n Proxy-Host</numerusform>
            <numerusform>funktioniert: angemeldet, %n Proxy-Hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ServicesPanel</name>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Check every service again (F5)</source>
        <translation>Alle Dienste erneut prüfen (F5)</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Every service of the lab with its address, whether it answers, and its version.

Choose a server profile to see its services.</source>
        <translation>Jeder Dienst des Labors mit seiner Adresse, ob er antwortet, und seiner Version.

Wählen Sie ein Serverprofil, um seine Dienste zu sehen.</translation>
    </message>
    <message>
        <source>Profile “%1” lists no web services yet. Add them with
krynetctl profile set %1 --service sonarr --service jellyfin …</source>
        <translation>Profil „%1“ enthält noch keine Webdienste. Fügen Sie sie hinzu mit
krynetctl profile set %1 --service sonarr --service jellyfin …</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n service(s)…</source>
        <translation>
            <numerusform>%n Dienst wird geprüft…</numerusform>
            <numerusform>%n Dienste werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 answer; %n need attention</source>
        <translation>
            <numerusform>%1 von %2 antworten; %n braucht Aufmerksamkeit</numerusform>
            <numerusform>%1 von %2 antworten; %n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n service(s) answer</source>
        <translation>
            <numerusform>%n Dienst antwortet</numerusform>
            <numerusform>Alle %n Dienste antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy certificate fingerprint</source>
        <translation>Zertifikat-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::SetupWizard</name>
    <message>
        <source>Set up KryNet Control</source>
        <translation>KryNet Control einrichten</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists: choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saving the secrets in %1…</source>
        <translation>Speichere die Geheimnisse in %1…</translation>
    </message>
    <message>
        <source>The secret %1 could not be stored: %2 Nothing was saved; fix this and click Finish again.</source>
        <translation>Das Geheimnis %1 konnte nicht gespeichert werden: %2 Es wurde nichts gespeichert; beheben Sie das und klicken Sie erneut auf „Fertigstellen“.</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::Sparkline</name>
    <message numerus="yes">
        <source>Last %n sample(s): from %1 to %2, now %3</source>
        <translation>
            <numerusform>Letzter %n Messwert: von %1 bis %2, jetzt %3</numerusform>
            <numerusform>Letzte %n Messwerte: von %1 bis %2, jetzt %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::SpendChart</name>
    <message>
        <source>Spend per day</source>
        <translation>Ausgaben pro Tag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Total %1 over %n day(s). </source>
        <translation>
            <numerusform>Gesamt %1 über %n Tag. </numerusform>
            <numerusform>Gesamt %1 über %n Tage. </numerusform>
        </translation>
    </message>
    <message>
        <source>No spend in this period</source>
        <translation>Keine Ausgaben in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::TimeChart</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: min %2 · avg %3 · max %4</source>
        <translation>%1: min. %2 · Mittel %3 · max. %4</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::TrayIcon</name>
    <message>
        <source>KryNet Control</source>
        <translation>KryNet Control</translation>
    </message>
    <message>
        <source>KryNet Control — %1</source>
        <translation>KryNet Control — %1</translation>
    </message>
    <message numerus="yes">
        <source>KryNet Control — %n problem(s)</source>
        <translation>
            <numerusform>KryNet Control — %n Problem</numerusform>
            <numerusform>KryNet Control — %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Show KryNet Control</source>
        <translation>KryNet Control anzeigen</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>Kein Server gewählt</translation>
    </message>
    <message>
        <source>Everything is fine</source>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>No problems known yet</source>
        <translation>Noch keine Probleme bekannt</translation>
    </message>
    <message>
        <source>    Restart %1</source>
        <translation>    %1 neu starten</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Resume (snoozed until %1)</source>
        <translation>Fortsetzen (stumm bis %1)</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n hour(s)</source>
        <translation>
            <numerusform>%n Stunde stummschalten</numerusform>
            <numerusform>%n Stunden stummschalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now? Whatever it is doing is interrupted.</source>
        <translation>%1 jetzt? Was gerade läuft, wird unterbrochen.</translation>
    </message>
    <message>
        <source>Restarted %1</source>
        <translation>%1 neu gestartet</translation>
    </message>
    <message>
        <source>Restarting %1 failed</source>
        <translation>Neustart von %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::UptimePanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the monitors again (F5)</source>
        <translation>Monitore neu lesen (F5)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Time range of the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>Pending counts as down</source>
        <translation>Ausstehend zählt als ausgefallen</translation>
    </message>
    <message>
        <source>Pending counts as up</source>
        <translation>Ausstehend zählt als erreichbar</translation>
    </message>
    <message>
        <source>Pending not counted</source>
        <translation>Ausstehend zählt nicht</translation>
    </message>
    <message>
        <source>How beats while Uptime Kuma retries count in the uptime percentages</source>
        <translation>Wie Prüfungen, die Uptime Kuma wiederholt, in die Verfügbarkeit eingehen</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Read status page</source>
        <translation>Statusseite lesen</translation>
    </message>
    <message>
        <source>status page slug, e.g. homelab</source>
        <translation>Kürzel der Statusseite, z. B. homelab</translation>
    </message>
    <message>
        <source>Without Prometheus, read Uptime Kuma&apos;s published status page:</source>
        <translation>Ohne Prometheus die veröffentlichte Statusseite von Uptime Kuma lesen:</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Availability and response times of every Uptime Kuma monitor, and the server&apos;s CPU, memory and disks, from Prometheus.

Choose a server profile to see them.</source>
        <translation>Verfügbarkeit und Antwortzeiten aller Uptime-Kuma-Monitore sowie CPU, Speicher und Festplatten des Servers, aus Prometheus.

Wählen Sie ein Serverprofil, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Profile “%1” has neither Prometheus nor Uptime Kuma. Add one with
krynetctl profile set %1 --service prometheus</source>
        <translation>Profil „%1“ hat weder Prometheus noch Uptime Kuma. Einen hinzufügen mit
krynetctl profile set %1 --service prometheus</translation>
    </message>
    <message>
        <source>Reading monitors and their history from %1…</source>
        <translation>Monitore und ihr Verlauf werden aus %1 gelesen…</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Uptime Kuma</source>
        <translation>Uptime Kuma</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Prometheus has no Uptime Kuma series (monitor_status). Add Uptime Kuma&apos;s /metrics as a scrape target, or read its status page instead.</source>
        <translation>Prometheus hat keine Uptime-Kuma-Reihen (monitor_status). Fügen Sie /metrics von Uptime Kuma als Scrape-Ziel hinzu oder lesen Sie stattdessen die Statusseite.</translation>
    </message>
    <message>
        <source>Showing the data of %1: %2</source>
        <translation>Angezeigt werden die Daten von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n Monitor</numerusform>
            <numerusform>%n Monitore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire within 14 days</source>
        <translation>
            <numerusform>%n Zertifikat läuft innerhalb von 14 Tagen ab</numerusform>
            <numerusform>%n Zertifikate laufen innerhalb von 14 Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>offline, as of %1</source>
        <translation>offline, Stand %1</translation>
    </message>
    <message>
        <source>from the status page, as of %1</source>
        <translation>von der Statusseite, Stand %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Export uptime history</source>
        <translation>Verfügbarkeitsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the status history of the chosen range, or the monthly availability, as CSV</source>
        <translation>Den Statusverlauf des gewählten Zeitraums oder die monatliche Verfügbarkeit als CSV speichern</translation>
    </message>
    <message>
        <source>Status history of the range…</source>
        <translation>Statusverlauf des Zeitraums…</translation>
    </message>
    <message>
        <source>Monthly availability…</source>
        <translation>Monatliche Verfügbarkeit…</translation>
    </message>
    <message>
        <source>Export monthly availability</source>
        <translation>Monatliche Verfügbarkeit exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n status run(s) written to %1</source>
        <translation>
            <numerusform>%n Statusabschnitt nach %1 geschrieben</numerusform>
            <numerusform>%n Statusabschnitte nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) written to %1</source>
        <translation>
            <numerusform>%n Monat nach %1 geschrieben</numerusform>
            <numerusform>%n Monate nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>How pending checks count</source>
        <translation>Wie ausstehende Prüfungen zählen</translation>
    </message>
    <message>
        <source>Status page slug</source>
        <translation>Kürzel der Statusseite</translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::CronSchedule</name>
    <message>
        <source>The cron field %1 does not understand &quot;%2&quot;.</source>
        <translation>Das Cron-Feld %1 versteht „%2“ nicht.</translation>
    </message>
    <message>
        <source>Unknown cron shortcut &quot;%1&quot;.</source>
        <translation>Unbekannte Cron-Abkürzung „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>A cron schedule has five fields (minute hour day month weekday); &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Ein Cron-Zeitplan hat fünf Felder (Minute Stunde Tag Monat Wochentag); „%1“ hat %n.</numerusform>
            <numerusform>Ein Cron-Zeitplan hat fünf Felder (Minute Stunde Tag Monat Wochentag); „%1“ hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Tag im Monat</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::PoolHealth</name>
    <message>
        <source>capacity unknown</source>
        <translation>Kapazität unbekannt</translation>
    </message>
    <message>
        <source>%1 % full</source>
        <translation>%1 % belegt</translation>
    </message>
    <message>
        <source>resilver running</source>
        <translation>Resilver läuft</translation>
    </message>
    <message>
        <source>scrub running</source>
        <translation>Scrub läuft</translation>
    </message>
    <message>
        <source>scrub paused</source>
        <translation>Scrub angehalten</translation>
    </message>
    <message>
        <source>never scrubbed</source>
        <translation>noch kein Scrub</translation>
    </message>
    <message>
        <source>last scrub canceled</source>
        <translation>letzter Scrub abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>last scan ended with %n error(s)</source>
        <translation>
            <numerusform>letzter Scan mit %n Fehler beendet</numerusform>
            <numerusform>letzter Scan mit %n Fehlern beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last scrub %n day(s) ago</source>
        <translation>
            <numerusform>letzter Scrub vor %n Tag</numerusform>
            <numerusform>letzter Scrub vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>scan state unknown</source>
        <translation>Scan-Status unbekannt</translation>
    </message>
    <message>
        <source>scrubbed</source>
        <translation>Scrub aktuell</translation>
    </message>
    <message>
        <source>%1 read, %2 write, %3 checksum errors</source>
        <translation>%1 Lese-, %2 Schreib-, %3 Prüfsummenfehler</translation>
    </message>
    <message>
        <source>SMART health check failed</source>
        <translation>SMART-Zustandsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>SMART reports bad sectors</source>
        <translation>SMART meldet defekte Sektoren</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>pool DEGRADED</source>
        <translation>Pool DEGRADED</translation>
    </message>
    <message>
        <source>permanent data errors</source>
        <translation>dauerhafte Datenfehler</translation>
    </message>
    <message numerus="yes">
        <source>%n device error(s)</source>
        <translation>
            <numerusform>%n Gerätefehler</numerusform>
            <numerusform>%n Gerätefehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::PoolModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>data from %1 minutes ago</source>
        <translation>Daten von vor %1 Minuten</translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::PoolStore</name>
    <message>
        <source>The pool view was closed.</source>
        <translation>Die Pool-Ansicht wurde geschlossen.</translation>
    </message>
    <message>
        <source>There is no SSH connection to read pools from.</source>
        <translation>Es gibt keine SSH-Verbindung, über die Pools gelesen werden können.</translation>
    </message>
    <message>
        <source>The server has no zpool command: is ZFS installed, and on the PATH of non-interactive SSH sessions?</source>
        <translation>Der Server hat keinen Befehl zpool: Ist ZFS installiert und im PATH nicht interaktiver SSH-Sitzungen?</translation>
    </message>
    <message>
        <source>Start scrub</source>
        <translation>Scrub starten</translation>
    </message>
    <message>
        <source>Pause scrub</source>
        <translation>Scrub anhalten</translation>
    </message>
    <message>
        <source>Stop scrub</source>
        <translation>Scrub stoppen</translation>
    </message>
    <message>
        <source>“%1” is not a valid pool name.</source>
        <translation>„%1“ ist kein gültiger Pool-Name.</translation>
    </message>
    <message>
        <source>This ZFS version cannot pause a scrub; stop it instead (a new scrub starts from the beginning).</source>
        <translation>Diese ZFS-Version kann einen Scrub nicht anhalten; stoppen Sie ihn stattdessen (ein neuer Scrub beginnt von vorn).</translation>
    </message>
    <message>
        <source>There is no SSH connection to the pool&apos;s server.</source>
        <translation>Es gibt keine SSH-Verbindung zum Server des Pools.</translation>
    </message>
    <message>
        <source>There is no pool “%1” on this server.</source>
        <translation>Auf diesem Server gibt es keinen Pool „%1“.</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>Pool %1</translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::ScrubPlanner</name>
    <message>
        <source>unknown: no finished scrub to learn from</source>
        <translation>unbekannt: kein abgeschlossener Scrub, aus dem sie sich ableiten ließe</translation>
    </message>
    <message>
        <source>unknown: the last scrub&apos;s duration is not known</source>
        <translation>unbekannt: die Dauer des letzten Scrubs ist nicht bekannt</translation>
    </message>
    <message>
        <source>last scrub took %1</source>
        <translation>letzter Scrub dauerte %1</translation>
    </message>
    <message>
        <source>last scrub took %1 for %2, now %3 allocated</source>
        <translation>letzter Scrub dauerte %1 für %2, jetzt %3 belegt</translation>
    </message>
    <message>
        <source>the task is disabled</source>
        <translation>die Aufgabe ist deaktiviert</translation>
    </message>
    <message>
        <source>a scan is still running on %1</source>
        <translation>auf %1 läuft noch ein Scan</translation>
    </message>
    <message numerus="yes">
        <source>the last scrub ended %n day(s) before; the threshold is %1 days</source>
        <translation>
            <numerusform>der letzte Scrub endete %n Tag vorher; die Schwelle ist %1 Tage</numerusform>
            <numerusform>der letzte Scrub endete %n Tage vorher; die Schwelle ist %1 Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 scrubs at the same time as %2</source>
        <translation>%1 wird gleichzeitig mit %2 gescrubbt</translation>
    </message>
    <message>
        <source>%1 is resilvering until about %2</source>
        <translation>%1 wird bis etwa %2 resilvert</translation>
    </message>
    <message>
        <source>%1 is still scrubbing until about %2</source>
        <translation>%1 wird noch bis etwa %2 gescrubbt</translation>
    </message>
    <message>
        <source>%1 overlaps %2 &quot;%3&quot;</source>
        <translation>%1 überschneidet sich mit %2 „%3“</translation>
    </message>
    <message>
        <source>%1 is still scrubbing at %2, inside working hours</source>
        <translation>%1 wird um %2 noch gescrubbt, in der Arbeitszeit</translation>
    </message>
    <message>
        <source>This schedule (%1) has several days; change its days in the form.</source>
        <translation>Dieser Zeitplan (%1) hat mehrere Tage; ändern Sie die Tage im Formular.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>TrueNAS scrub task</source>
        <translation>TrueNAS-Scrub-Aufgabe</translation>
    </message>
    <message>
        <source>cron file</source>
        <translation>Cron-Datei</translation>
    </message>
    <message>
        <source>systemd timer</source>
        <translation>systemd-Timer</translation>
    </message>
    <message>
        <source>another pool&apos;s scrub</source>
        <translation>Scrub eines anderen Pools</translation>
    </message>
    <message>
        <source>resilver</source>
        <translation>Resilver</translation>
    </message>
    <message>
        <source>running scrub</source>
        <translation>laufender Scrub</translation>
    </message>
    <message>
        <source>SMART long test</source>
        <translation>langer SMART-Test</translation>
    </message>
    <message>
        <source>cloud sync task</source>
        <translation>Cloud-Sync-Aufgabe</translation>
    </message>
    <message>
        <source>replication task</source>
        <translation>Replikationsaufgabe</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::ScrubScheduleStore</name>
    <message>
        <source>The server&apos;s %1 could not be read.</source>
        <translation>Die Antwort des Servers auf %1 ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>No SSH connection for this profile.</source>
        <translation>Für dieses Profil gibt es keine SSH-Verbindung.</translation>
    </message>
    <message>
        <source>Create a scrub task for %1: %2, threshold %3 days%4</source>
        <translation>Scrub-Aufgabe für %1 anlegen: %2, Schwelle %3 Tage%4</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, deaktiviert</translation>
    </message>
    <message>
        <source>schedule %1 → %2</source>
        <translation>Zeitplan %1 → %2</translation>
    </message>
    <message>
        <source>threshold %1 → %2 days</source>
        <translation>Schwelle %1 → %2 Tage</translation>
    </message>
    <message>
        <source>description &quot;%1&quot;</source>
        <translation>Beschreibung „%1“</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>aktivieren</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>deaktivieren</translation>
    </message>
    <message>
        <source>Update the scrub task of %1: %2</source>
        <translation>Scrub-Aufgabe von %1 ändern: %2</translation>
    </message>
    <message>
        <source>Delete the scrub task of %1 (%2)</source>
        <translation>Scrub-Aufgabe von %1 löschen (%2)</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Write %1 with no scrub lines</source>
        <translation>%1 ohne Scrub-Zeilen schreiben</translation>
    </message>
    <message>
        <source>Write %1: %2</source>
        <translation>%1 schreiben: %2</translation>
    </message>
    <message>
        <source>Another schedule change is still being applied.</source>
        <translation>Eine andere Zeitplanänderung wird noch angewendet.</translation>
    </message>
    <message>
        <source>Writing the host&apos;s cron or timer files needs your consent.</source>
        <translation>Das Schreiben der Cron- oder Timer-Dateien des Hosts braucht Ihre Zustimmung.</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::Words</name>
    <message>
        <source>The %1 output could not be read: it is not the JSON this version understands. Copy the raw output for support.</source>
        <translation>Die Ausgabe von %1 konnte nicht gelesen werden: Es ist nicht das JSON, das diese Version versteht. Kopieren Sie die Rohausgabe für den Support.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Resilver</source>
        <translation>Resilver</translation>
    </message>
    <message>
        <source>Scrub</source>
        <translation>Scrub</translation>
    </message>
    <message>
        <source>Never scrubbed</source>
        <translation>Noch kein Scrub</translation>
    </message>
    <message>
        <source>No scan information</source>
        <translation>Keine Scan-Informationen</translation>
    </message>
    <message>
        <source>%1 running, %2 % done</source>
        <translation>%1 läuft, %2 % erledigt</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>%1 paused %2</source>
        <translation>%1 %2 angehalten</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished %2, %n error(s)</source>
        <translation>
            <numerusform>%1 %2 abgeschlossen, %n Fehler</numerusform>
            <numerusform>%1 %2 abgeschlossen, %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 canceled %2</source>
        <translation>%1 %2 abgebrochen</translation>
    </message>
    <message>
        <source>The pool status could not be read: the output is not what zpool prints. Copy the raw output for support.</source>
        <translation>Der Pool-Status konnte nicht gelesen werden: Die Ausgabe entspricht nicht dem, was zpool ausgibt. Kopieren Sie die Rohausgabe für den Support.</translation>
    </message>
    <message>
        <source>The pool list could not be read: the output is not what zpool list prints. Copy the raw output for support.</source>
        <translation>Die Pool-Liste konnte nicht gelesen werden: Die Ausgabe entspricht nicht dem, was zpool list ausgibt. Kopieren Sie die Rohausgabe für den Support.</translation>
    </message>
</context>
<context>
    <name>krynetctl</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>krynetctl: %1</source>
        <translation>krynetctl: %1</translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation>  Details: %1</translation>
    </message>
    <message>
        <source>krynetctl %1: %2</source>
        <translation>krynetctl %1: %2</translation>
    </message>
    <message>
        <source>Try &apos;krynetctl %1 --help&apos;.</source>
        <translation>Siehe „krynetctl %1 --help“.</translation>
    </message>
    <message>
        <source>Usage: krynetctl [--json] COMMAND [options]</source>
        <translation>Aufruf: krynetctl [--json] BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Configuration: $KRYNET_CONFIG_DIR, else $XDG_CONFIG_HOME/krynet.</source>
        <translation>Konfiguration: $KRYNET_CONFIG_DIR, sonst $XDG_CONFIG_HOME/krynet.</translation>
    </message>
    <message>
        <source>Run &apos;krynetctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„krynetctl BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>krynetctl: unknown command “%1”.</source>
        <translation>krynetctl: Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>SSH host name, address or ~/.ssh/config alias.</source>
        <translation>SSH-Hostname, -Adresse oder Alias aus ~/.ssh/config.</translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation>SSH-Port (Standard: 22).</translation>
    </message>
    <message>
        <source>SSH user.</source>
        <translation>SSH-Benutzer.</translation>
    </message>
    <message>
        <source>SSH private key file.</source>
        <translation>Datei des privaten SSH-Schlüssels.</translation>
    </message>
    <message>
        <source>Authenticate with ssh-agent (SSH_AUTH_SOCK).</source>
        <translation>Mit ssh-agent authentifizieren (SSH_AUTH_SOCK).</translation>
    </message>
    <message>
        <source>Do not use ssh-agent.</source>
        <translation>ssh-agent nicht verwenden.</translation>
    </message>
    <message>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei (Standard: ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Jump host, [user@]host[:port] (like ssh -J).</source>
        <translation>Jump-Host, [user@]host[:port] (wie ssh -J).</translation>
    </message>
    <message>
        <source>Run privileged commands through `sudo -n`.</source>
        <translation>Privilegierte Befehle über `sudo -n` ausführen.</translation>
    </message>
    <message>
        <source>Do not use sudo.</source>
        <translation>sudo nicht verwenden.</translation>
    </message>
    <message>
        <source>Docker socket on the server (default /var/run/docker.sock).</source>
        <translation>Docker-Socket auf dem Server (Standard: /var/run/docker.sock).</translation>
    </message>
    <message>
        <source>The lab&apos;s DOMAIN (services are SUB.local.DOMAIN, …).</source>
        <translation>Die DOMAIN des Labors (Dienste sind SUB.local.DOMAIN, …).</translation>
    </message>
    <message>
        <source>Access mode: local, tail or public.</source>
        <translation>Zugriffsmodus: local, tail oder public.</translation>
    </message>
    <message>
        <source>A service of the lab, optionally with its base URL (repeatable).</source>
        <translation>Ein Dienst des Labors, optional mit seiner Basis-URL (wiederholbar).</translation>
    </message>
    <message>
        <source>Remove a service from the lab (repeatable).</source>
        <translation>Einen Dienst aus dem Labor entfernen (wiederholbar).</translation>
    </message>
    <message>
        <source>Cloudflare Access service-token client id.</source>
        <translation>Client-ID des Cloudflare-Access-Service-Tokens.</translation>
    </message>
    <message>
        <source>Trust HOST&apos;s self-signed certificate by its SHA-256 fingerprint (repeatable).</source>
        <translation>Dem selbstsignierten Zertifikat von HOST anhand seines SHA-256-Fingerabdrucks vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <source>Remove HOST&apos;s certificate pin (repeatable).</source>
        <translation>Den Zertifikat-Pin von HOST entfernen (wiederholbar).</translation>
    </message>
    <message>
        <source>Give the profile a new name.</source>
        <translation>Das Profil umbenennen.</translation>
    </message>
    <message>
        <source>--port needs a number between 1 and 65535, not “%1”.</source>
        <translation>--port erwartet eine Zahl zwischen 1 und 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>--docker-socket needs an absolute path on the server, not “%1”.</source>
        <translation>--docker-socket erwartet einen absoluten Pfad auf dem Server, nicht „%1“.</translation>
    </message>
    <message>
        <source>--mode must be local, tail or public, not “%1”.</source>
        <translation>--mode muss local, tail oder public sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown service “%1”. Known services: %2.</source>
        <translation>Unbekannter Dienst „%1“. Bekannte Dienste: %2.</translation>
    </message>
    <message>
        <source>The URL of %1 must be an absolute http(s) URL, not “%2”.</source>
        <translation>Die URL von %1 muss eine absolute http(s)-URL sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--pin needs HOST=SHA256:FINGERPRINT, not “%1”.</source>
        <translation>--pin erwartet HOST=SHA256:FINGERPRINT, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” has no certificate pin in this profile.</source>
        <translation>„%1“ hat in diesem Profil keinen Zertifikat-Pin.</translation>
    </message>
    <message>
        <source>List server profiles.</source>
        <translation>Serverprofile auflisten.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: krynetctl profile add NAME --host HOST</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: krynetctl profile add NAME --host HOST</translation>
    </message>
    <message>
        <source>Show one profile, with the URL of each service.</source>
        <translation>Ein Profil anzeigen, mit der URL jedes Dienstes.</translation>
    </message>
    <message>
        <source>Profile name (optional when only one exists).</source>
        <translation>Profilname (optional, wenn nur eines existiert).</translation>
    </message>
    <message>
        <source>Give at most one profile name.</source>
        <translation>Geben Sie höchstens einen Profilnamen an.</translation>
    </message>
    <message>
        <source>Profile:      %1 (%2)</source>
        <translation>Profil:         %1 (%2)</translation>
    </message>
    <message>
        <source>SSH:          %1@%2:%3</source>
        <translation>SSH:            %1@%2:%3</translation>
    </message>
    <message>
        <source>              (~/.ssh/config: %1 → %2:%3)</source>
        <translation>                (~/.ssh/config: %1 → %2:%3)</translation>
    </message>
    <message>
        <source>Identity:     %1</source>
        <translation>Identität:      %1</translation>
    </message>
    <message>
        <source>Agent:        %1</source>
        <translation>Agent:          %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Jump host:    %1</source>
        <translation>Jump-Host:      %1</translation>
    </message>
    <message>
        <source>Sudo:         %1</source>
        <translation>Sudo:           %1</translation>
    </message>
    <message>
        <source>Domain:       %1</source>
        <translation>Domain:         %1</translation>
    </message>
    <message>
        <source>Access mode:  %1</source>
        <translation>Zugriffsmodus:  %1</translation>
    </message>
    <message>
        <source>(no URL: %1)</source>
        <translation>(keine URL: %1)</translation>
    </message>
    <message>
        <source>TLS pin:      %1 SHA256:%2</source>
        <translation>TLS-Pin:        %1 SHA256:%2</translation>
    </message>
    <message>
        <source>Add a server profile.</source>
        <translation>Ein Serverprofil hinzufügen.</translation>
    </message>
    <message>
        <source>Name of the new profile.</source>
        <translation>Name des neuen Profils.</translation>
    </message>
    <message>
        <source>Give exactly one profile name.</source>
        <translation>Geben Sie genau einen Profilnamen an.</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>--host ist erforderlich.</translation>
    </message>
    <message>
        <source>Added profile “%1”.</source>
        <translation>Profil „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Change a server profile.</source>
        <translation>Ein Serverprofil ändern.</translation>
    </message>
    <message>
        <source>Profile to change.</source>
        <translation>Zu änderndes Profil.</translation>
    </message>
    <message>
        <source>Updated profile “%1”.</source>
        <translation>Profil „%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>Remove a server profile. Its secrets stay in the keychain until cleared with `krynetctl secret clear`.</source>
        <translation>Ein Serverprofil entfernen. Seine Geheimnisse bleiben im Schlüsselbund, bis sie mit `krynetctl secret clear` gelöscht werden.</translation>
    </message>
    <message>
        <source>Profile to remove.</source>
        <translation>Zu entfernendes Profil.</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Show a profile and its service URLs.</source>
        <translation>Ein Profil und die URLs seiner Dienste anzeigen.</translation>
    </message>
    <message>
        <source>Change a server profile (also --pin/--unpin certificates).</source>
        <translation>Ein Serverprofil ändern (auch Zertifikate mit --pin/--unpin).</translation>
    </message>
    <message>
        <source>Remove a server profile.</source>
        <translation>Ein Serverprofil entfernen.</translation>
    </message>
    <message>
        <source>Profile (optional when only one exists).</source>
        <translation>Profil (optional, wenn nur eines existiert).</translation>
    </message>
    <message>
        <source>What the secret is for, e.g. sonarr.api-key. Known keys: %1.</source>
        <translation>Wofür das Geheimnis ist, z. B. sonarr.api-key. Bekannte Schlüssel: %1.</translation>
    </message>
    <message>
        <source>Give exactly one KEY (the secret itself is read from stdin or a prompt, never from the command line).</source>
        <translation>Geben Sie genau einen KEY an (das Geheimnis selbst wird von stdin oder per Eingabeaufforderung gelesen, nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>Unknown secret key “%1”. Known keys: %2.</source>
        <translation>Unbekannter Geheimnis-Schlüssel „%1“. Bekannte Schlüssel: %2.</translation>
    </message>
    <message>
        <source>Stored %1 for profile “%2” in %3.</source>
        <translation>%1 für Profil „%2“ im %3 gespeichert.</translation>
    </message>
    <message>
        <source>Cleared %1 for profile “%2”.</source>
        <translation>%1 für Profil „%2“ gelöscht.</translation>
    </message>
    <message>
        <source>Store a secret in the system keychain. The value is read from stdin when piped, otherwise asked for on the terminal without echo.</source>
        <translation>Ein Geheimnis im System-Schlüsselbund speichern. Der Wert wird von stdin gelesen, wenn er per Pipe übergeben wird, sonst im Terminal ohne Echo abgefragt.</translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation>%1 für %2: </translation>
    </message>
    <message>
        <source>The secret is empty: nothing stored.</source>
        <translation>Das Geheimnis ist leer: Nichts gespeichert.</translation>
    </message>
    <message>
        <source>Remove a secret from the system keychain.</source>
        <translation>Ein Geheimnis aus dem System-Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Store a secret (read from stdin or a prompt) in the keychain.</source>
        <translation>Ein Geheimnis (von stdin oder per Eingabeaufforderung gelesen) im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Remove a secret from the keychain.</source>
        <translation>Ein Geheimnis aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Profile “%1”, access mode %2</source>
        <translation>Profil „%1“, Zugriffsmodus %2</translation>
    </message>
    <message>
        <source>  ok    %1  %2  HTTP %3  %4 ms</source>
        <translation>  OK      %1  %2  HTTP %3  %4 ms</translation>
    </message>
    <message>
        <source>  FAIL  %1  %2  %3 ms</source>
        <translation>  FEHLER  %1  %2  %3 ms</translation>
    </message>
    <message>
        <source>        certificate SHA-256: %1</source>
        <translation>        Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <source>        if you recognise it: krynetctl profile set %1 --pin %2=SHA256:%3</source>
        <translation>        wenn Sie es kennen: krynetctl profile set %1 --pin %2=SHA256:%3</translation>
    </message>
    <message>
        <source>Check every web service of a profile: URL, status, latency, and the exact error (with the certificate fingerprint for TLS).</source>
        <translation>Jeden Webdienst eines Profils prüfen: URL, Status, Latenz und den genauen Fehler (bei TLS mit dem Fingerabdruck des Zertifikats).</translation>
    </message>
    <message>
        <source>Check only this service.</source>
        <translation>Nur diesen Dienst prüfen.</translation>
    </message>
    <message>
        <source>Give at most one SERVICE.</source>
        <translation>Geben Sie höchstens einen SERVICE an.</translation>
    </message>
    <message>
        <source>Profile “%1” has no service “%2”. Its services: %3.</source>
        <translation>Profil „%1“ hat keinen Dienst „%2“. Seine Dienste: %3.</translation>
    </message>
    <message>
        <source>Profile “%1” has no web services to check: add them with `krynetctl profile set %1 --service NAME`.</source>
        <translation>Profil „%1“ hat keine Webdienste zum Prüfen: Fügen Sie sie hinzu mit `krynetctl profile set %1 --service NAME`.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s web services: URL, status, latency, exact error (TLS fingerprint).</source>
        <translation>Die Webdienste des Profils prüfen: URL, Status, Latenz, genauer Fehler (TLS-Fingerabdruck).</translation>
    </message>
    <message>
        <source>Global options: --json (machine-readable output), --demo (run against the simulated demo lab), --version, --help.</source>
        <translation>Globale Optionen: --json (maschinenlesbare Ausgabe), --demo (mit dem simulierten Demo-Labor arbeiten), --version, --help.</translation>
    </message>
    <message>
        <source>--host needs a host name, address or ~/.ssh/config alias.</source>
        <translation>--host erwartet einen Hostnamen, eine Adresse oder einen Alias aus ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Trust an unknown host key if its fingerprint is exactly this (as printed by a failed attempt or `ssh-keygen -lf`), and add it to known_hosts.</source>
        <translation>Einem unbekannten Host-Schlüssel vertrauen, wenn sein Fingerabdruck genau dieser ist (wie ihn ein fehlgeschlagener Versuch oder `ssh-keygen -lf` ausgibt), und ihn zu known_hosts hinzufügen.</translation>
    </message>
    <message>
        <source>jump host</source>
        <translation>Jump-Host</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The %1 %2:%3 presents an unknown host key:</source>
        <translation>Der %1 %2:%3 legt einen unbekannten Host-Schlüssel vor:</translation>
    </message>
    <message>
        <source>Trust it and add it to known_hosts?</source>
        <translation>Ihm vertrauen und zu known_hosts hinzufügen?</translation>
    </message>
    <message>
        <source>If this is the right key, run again with --accept-host-key %1</source>
        <translation>Wenn dies der richtige Schlüssel ist, führen Sie den Befehl erneut mit --accept-host-key %1 aus</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>The SSH key %1 is encrypted and no passphrase is stored: run `krynetctl secret set` for ssh.passphrase, or use a terminal.</source>
        <translation>Der SSH-Schlüssel %1 ist verschlüsselt und es ist keine Passphrase gespeichert: Führen Sie `krynetctl secret set` für ssh.passphrase aus oder verwenden Sie ein Terminal.</translation>
    </message>
    <message>
        <source>Run a command on the profile&apos;s server over SSH. Each ARG arrives as exactly one argument (no shell interpretation). Prints its output and exits with its exit status.</source>
        <translation>Einen Befehl per SSH auf dem Server des Profils ausführen. Jedes ARG kommt als genau ein Argument an (keine Shell-Interpretation). Gibt seine Ausgabe aus und endet mit seinem Exit-Status.</translation>
    </message>
    <message>
        <source>Run through `sudo -n` (never prompts).</source>
        <translation>Über `sudo -n` ausführen (fragt nie nach).</translation>
    </message>
    <message>
        <source>Stop the command after SECONDS (default 60, 0 = none).</source>
        <translation>Den Befehl nach SECONDS Sekunden abbrechen (Standard: 60, 0 = nie).</translation>
    </message>
    <message>
        <source>Name the command to run after --.</source>
        <translation>Geben Sie den auszuführenden Befehl nach -- an.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Check the SSH connection of a profile: connect, host key, login and one command round trip, with timings.</source>
        <translation>Die SSH-Verbindung eines Profils prüfen: Verbindungsaufbau, Host-Schlüssel, Anmeldung und ein Befehlsumlauf, mit Zeitmessungen.</translation>
    </message>
    <message>
        <source>SSH to %1: ok</source>
        <translation>SSH zu %1: OK</translation>
    </message>
    <message>
        <source>  host key   verified (%1)</source>
        <translation>  Host-Schlüssel verifiziert (%1)</translation>
    </message>
    <message>
        <source>  login      ok</source>
        <translation>  Anmeldung      OK</translation>
    </message>
    <message>
        <source>  connect    %1 ms (TCP, key exchange, login)</source>
        <translation>  Verbindung     %1 ms (TCP, Schlüsselaustausch, Anmeldung)</translation>
    </message>
    <message>
        <source>  round trip %1 ms (one command; the first took %2 ms)</source>
        <translation>  Umlaufzeit     %1 ms (ein Befehl; der erste dauerte %2 ms)</translation>
    </message>
    <message>
        <source>Run a command on the server over SSH.</source>
        <translation>Einen Befehl per SSH auf dem Server ausführen.</translation>
    </message>
    <message>
        <source>Check SSH: connect, host key, login, round trip.</source>
        <translation>SSH prüfen: Verbindung, Host-Schlüssel, Anmeldung, Umlaufzeit.</translation>
    </message>
    <message>
        <source>No pools on this server.</source>
        <translation>Keine Pools auf diesem Server.</translation>
    </message>
    <message>
        <source>%1 % full</source>
        <translation>%1 % belegt</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Permanent errors in %n file(s)</source>
        <translation>
            <numerusform>Dauerhafte Fehler in %n Datei</numerusform>
            <numerusform>Dauerhafte Fehler in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the ZFS pools of the profile&apos;s server: state, health, capacity, last scrub, failing devices (--json: the whole tree with SMART).</source>
        <translation>Die ZFS-Pools des Servers des Profils anzeigen: Status, Zustand, Kapazität, letzter Scrub, ausfallende Geräte (--json: der ganze Baum mit SMART).</translation>
    </message>
    <message>
        <source>Start (or resume), pause or stop a scrub of POOL. Asks first on a terminal; without one, pass --yes. Never retried.</source>
        <translation>Einen Scrub von POOL starten (oder fortsetzen), anhalten oder stoppen. Fragt im Terminal zuerst nach; ohne Terminal geben Sie --yes an. Wird nie wiederholt.</translation>
    </message>
    <message>
        <source>Do it without asking.</source>
        <translation>Ohne Nachfrage ausführen.</translation>
    </message>
    <message>
        <source>Name the pool and the action: POOL start|pause|stop.</source>
        <translation>Geben Sie Pool und Aktion an: POOL start|pause|stop.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use start, pause or stop.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie start, pause oder stop.</translation>
    </message>
    <message>
        <source>“%1” is not a valid pool name.</source>
        <translation>„%1“ ist kein gültiger Pool-Name.</translation>
    </message>
    <message>
        <source>Not asking without a terminal: add --yes to %1 on pool %2.</source>
        <translation>Ohne Terminal wird nicht nachgefragt: Ergänzen Sie --yes (Pool %2: %1).</translation>
    </message>
    <message>
        <source>%1 on pool %2?</source>
        <translation>Pool %2: %1?</translation>
    </message>
    <message>
        <source>Nothing done.</source>
        <translation>Nichts getan.</translation>
    </message>
    <message>
        <source>%1 on pool %2: done.</source>
        <translation>Pool %2: %1 – erledigt.</translation>
    </message>
    <message>
        <source>Parse a pasted command output from stdin and print what KryNet understands of it. KIND: zpool-status (text or -j JSON, any ZFS generation), zpool-list (-H/-Hp text or -j JSON), smartctl (-j -a).</source>
        <translation>Eine eingefügte Befehlsausgabe von stdin auswerten und ausgeben, was KryNet davon versteht. KIND: zpool-status (Text oder -j JSON, jede ZFS-Generation), zpool-list (-H/-Hp Text oder -j JSON), smartctl (-j -a).</translation>
    </message>
    <message>
        <source>The server&apos;s offset from UTC for text dates (+0100).</source>
        <translation>Abweichung des Servers von UTC für Datumsangaben im Text (+0100).</translation>
    </message>
    <message>
        <source>Name what to parse: zpool-status, zpool-list or smartctl.</source>
        <translation>Geben Sie an, was ausgewertet werden soll: zpool-status, zpool-list oder smartctl.</translation>
    </message>
    <message>
        <source>Cannot read stdin.</source>
        <translation>stdin kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: no SMART (%2)</source>
        <translation>%1: kein SMART (%2)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use zpool-status, zpool-list or smartctl.</source>
        <translation>Unbekannte Art „%1“: Verwenden Sie zpool-status, zpool-list oder smartctl.</translation>
    </message>
    <message>
        <source>Show ZFS pools: health, capacity, scrubs, failing disks.</source>
        <translation>ZFS-Pools anzeigen: Zustand, Kapazität, Scrubs, ausfallende Festplatten.</translation>
    </message>
    <message>
        <source>Start, pause or stop a scrub of a pool.</source>
        <translation>Einen Scrub eines Pools starten, anhalten oder stoppen.</translation>
    </message>
    <message>
        <source>Parse a pasted zpool/smartctl output from stdin.</source>
        <translation>Eine eingefügte zpool-/smartctl-Ausgabe von stdin auswerten.</translation>
    </message>
    <message>
        <source>%1 not read: %2</source>
        <translation>%1 nicht gelesen: %2</translation>
    </message>
    <message>
        <source>Show every media request traced from Seerr to Jellyfin: stage, health and, when stuck, the reason.</source>
        <translation>Jede Medienanfrage von Seerr bis Jellyfin verfolgt anzeigen: Stufe, Zustand und, wenn sie hängt, den Grund.</translation>
    </message>
    <message>
        <source>Only the requests that are stuck.</source>
        <translation>Nur die hängenden Anfragen.</translation>
    </message>
    <message>
        <source>Profile “%1” has no media services (seerr, radarr, sonarr, qbittorrent, sabnzbd).</source>
        <translation>Profil „%1“ hat keine Mediendienste (seerr, radarr, sonarr, qbittorrent, sabnzbd).</translation>
    </message>
    <message>
        <source>Show media requests from Seerr to Jellyfin, with stuck reasons.</source>
        <translation>Medienanfragen von Seerr bis Jellyfin anzeigen, mit dem Grund, wo sie hängen.</translation>
    </message>
    <message>
        <source>List the LiteLLM proxy&apos;s models (deployments).</source>
        <translation>Die Modelle (Deployments) des LiteLLM-Proxys auflisten.</translation>
    </message>
    <message>
        <source>(inline key)</source>
        <translation>(eingebetteter Schlüssel)</translation>
    </message>
    <message>
        <source>  read-only (config.yaml)</source>
        <translation>  schreibgeschützt (config.yaml)</translation>
    </message>
    <message>
        <source>List the LiteLLM proxy&apos;s virtual keys (masked).</source>
        <translation>Die virtuellen Schlüssel des LiteLLM-Proxys auflisten (maskiert).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>spend %1 / %2</source>
        <translation>Ausgaben %1 / %2</translation>
    </message>
    <message>
        <source>  blocked</source>
        <translation>  gesperrt</translation>
    </message>
    <message>
        <source>List the LiteLLM proxy&apos;s models, their provider and credential.</source>
        <translation>Die Modelle des LiteLLM-Proxys mit Anbieter und Zugangsdaten auflisten.</translation>
    </message>
    <message>
        <source>List the LiteLLM proxy&apos;s virtual keys (masked), spend and budget.</source>
        <translation>Die virtuellen Schlüssel des LiteLLM-Proxys (maskiert) mit Ausgaben und Budget auflisten.</translation>
    </message>
    <message>
        <source>Usage: krynetctl %1 [options]</source>
        <translation>Aufruf: krynetctl %1 [Optionen]</translation>
    </message>
    <message>
        <source>no SMART</source>
        <translation>kein SMART</translation>
    </message>
    <message>
        <source>no SMART (%1)</source>
        <translation>kein SMART (%1)</translation>
    </message>
    <message>
        <source>SMART %1</source>
        <translation>SMART %1</translation>
    </message>
    <message>
        <source>SMART health unknown</source>
        <translation>SMART-Zustand unbekannt</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 power-on hours</source>
        <translation>%1 Betriebsstunden</translation>
    </message>
    <message>
        <source>%1 reallocated sectors</source>
        <translation>%1 umgelagerte Sektoren</translation>
    </message>
    <message>
        <source>%1 pending sectors</source>
        <translation>%1 schwebende Sektoren</translation>
    </message>
    <message>
        <source>%1 offline uncorrectable</source>
        <translation>%1 offline nicht korrigierbar</translation>
    </message>
    <message>
        <source>%1 media errors</source>
        <translation>%1 Medienfehler</translation>
    </message>
    <message>
        <source>last self-test: %1</source>
        <translation>letzter Selbsttest: %1</translation>
    </message>
    <message>
        <source>Disks (SMART):</source>
        <translation>Festplatten (SMART):</translation>
    </message>
    <message>
        <source>(serial %1)</source>
        <translation>(Seriennummer %1)</translation>
    </message>
    <message>
        <source>No SMART: smartctl is not installed on the server.</source>
        <translation>Kein SMART: smartctl ist auf dem Server nicht installiert.</translation>
    </message>
    <message>
        <source>No SMART: smartctl needs root or passwordless sudo (sudo -n) on the server.</source>
        <translation>Kein SMART: smartctl braucht auf dem Server root oder sudo ohne Passwort (sudo -n).</translation>
    </message>
    <message>
        <source>%1 %2 (serial %3): %4</source>
        <translation>%1 %2 (Seriennummer %3): %4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Time zone of the server: %1</source>
        <translation>Zeitzone des Servers: %1</translation>
    </message>
    <message>
        <source>no scrub schedule</source>
        <translation>kein Scrub-Zeitplan</translation>
    </message>
    <message>
        <source>%1 (%2): %3, threshold %4 days%5</source>
        <translation>%1 (%2): %3, Schwelle %4 Tage%5</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, deaktiviert</translation>
    </message>
    <message>
        <source>last: %1, next: %2, estimate: %3</source>
        <translation>letzter: %1, nächster: %2, Schätzung: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>scrub until about %1</source>
        <translation>Scrub bis etwa %1</translation>
    </message>
    <message>
        <source>scrub (duration unknown)</source>
        <translation>Scrub (Dauer unbekannt)</translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation>Überschneidung: %1</translation>
    </message>
    <message>
        <source>No scrub is planned in this period.</source>
        <translation>In diesem Zeitraum ist kein Scrub geplant.</translation>
    </message>
    <message>
        <source>Show the next scrubs of every pool with their estimated length, the runs the threshold skips, and clashes (two pools at once, resilver, SMART long tests, cloud sync, replication).</source>
        <translation>Zeigt die nächsten Scrubs jedes Pools mit geschätzter Dauer, die von der Schwelle übersprungenen Läufe und Überschneidungen (zwei Pools gleichzeitig, Resilver, lange SMART-Tests, Cloud-Sync, Replikation).</translation>
    </message>
    <message>
        <source>How many days ahead (default 35).</source>
        <translation>Wie viele Tage voraus (Standard 35).</translation>
    </message>
    <message>
        <source>--days takes a number of days from 1 to 3660.</source>
        <translation>--days erwartet eine Zahl von Tagen von 1 bis 3660.</translation>
    </message>
    <message>
        <source>Show the planned scrubs, skipped runs and clashes.</source>
        <translation>Geplante Scrubs, übersprungene Läufe und Überschneidungen anzeigen.</translation>
    </message>
    <message>
        <source>Profile “%1” has no LiteLLM service: krynetctl profile set %1 --service litellm</source>
        <translation>Profil „%1“ hat keinen LiteLLM-Dienst: krynetctl profile set %1 --service litellm</translation>
    </message>
    <message>
        <source>Days back from today, today included (default 30).</source>
        <translation>Tage zurück ab heute, heute eingeschlossen (Standard 30).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Spend of the LiteLLM proxy per model and per virtual key, per day.</source>
        <translation>Ausgaben des LiteLLM-Proxys pro Modell und pro virtuellem Schlüssel, pro Tag.</translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 366.</source>
        <translation>--days erwartet eine Zahl von 1 bis 366.</translation>
    </message>
    <message>
        <source>Spend %1 to %2: $%3 (%4)</source>
        <translation>Ausgaben %1 bis %2: $%3 (%4)</translation>
    </message>
    <message>
        <source>Per model:</source>
        <translation>Pro Modell:</translation>
    </message>
    <message>
        <source>Per virtual key:</source>
        <translation>Pro virtuellem Schlüssel:</translation>
    </message>
    <message>
        <source>Spend of the LiteLLM proxy per model and per virtual key [--days N].</source>
        <translation>Ausgaben des LiteLLM-Proxys pro Modell und pro virtuellem Schlüssel [--days N].</translation>
    </message>
    <message>
        <source>Same as pipeline.</source>
        <translation>Wie pipeline.</translation>
    </message>
    <message>
        <source>No containers on this host.</source>
        <translation>Keine Container auf diesem Host.</translation>
    </message>
    <message>
        <source>Without a compose project</source>
        <translation>Ohne Compose-Projekt</translation>
    </message>
    <message>
        <source>Stack %1</source>
        <translation>Stack %1</translation>
    </message>
    <message>
        <source>uses the network of %1</source>
        <translation>nutzt das Netzwerk von %1</translation>
    </message>
    <message>
        <source>Show the Docker containers of the profile&apos;s server, grouped by compose project: state, health, shared networks (--json: inspect facts too).</source>
        <translation>Die Docker-Container des Servers des Profils anzeigen, nach Compose-Projekt gruppiert: Status, Zustand, geteilte Netzwerke (--json: auch die Inspect-Angaben).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Nothing was retried; the state was read again.</source>
        <translation>Nichts wurde wiederholt; der Zustand wurde neu gelesen.</translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation>Nicht ausgeführt: %1.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>Name at least one container.</source>
        <translation>Geben Sie mindestens einen Container an.</translation>
    </message>
    <message>
        <source>“%1” is not a valid container name.</source>
        <translation>„%1“ ist kein gültiger Container-Name.</translation>
    </message>
    <message>
        <source>Not asking without a terminal: add --yes to %1 %2.</source>
        <translation>Ohne Terminal wird nicht nachgefragt: Ergänzen Sie --yes (%1 %2).</translation>
    </message>
    <message>
        <source>There is no container %1 on this host. Nothing was done.</source>
        <translation>Auf diesem Host gibt es keinen Container %1. Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>%1 share its network and lose it while it is stopped.</source>
        <translation>%1 teilen sein Netzwerk und verlieren es, solange er gestoppt ist.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation>Ausführen?</translation>
    </message>
    <message>
        <source>Restart containers, dependency-aware: a container whose network others share (gluetun) is restarted, awaited until healthy, then its dependants are restarted in order. Asks first on a terminal; without one, pass --yes. Never retried; written to the action log.</source>
        <translation>Container unter Beachtung der Abhängigkeiten neu starten: Ein Container, dessen Netzwerk andere teilen (gluetun), wird neu gestartet, bis er gesund ist abgewartet, dann werden die abhängigen Container der Reihe nach neu gestartet. Fragt im Terminal zuerst nach; ohne Terminal geben Sie --yes an. Wird nie wiederholt; wird im Aktionsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Restart only the named containers, not their dependants.</source>
        <translation>Nur die genannten Container neu starten, nicht die abhängigen.</translation>
    </message>
    <message>
        <source>Start, stop, restart, pause or resume (unpause) containers, one after another. Stop, restart and pause ask first on a terminal; without one, pass --yes. Never retried; written to the action log.</source>
        <translation>Container nacheinander starten, stoppen, neu starten, pausieren oder fortsetzen (unpause). Stoppen, Neustart und Pause fragen im Terminal zuerst nach; ohne Terminal geben Sie --yes an. Wird nie wiederholt; wird im Aktionsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>With restart: only the named containers, not their dependants.</source>
        <translation>Bei restart: nur die genannten Container, nicht die abhängigen.</translation>
    </message>
    <message>
        <source>Name the action: start, stop, restart, pause or unpause.</source>
        <translation>Geben Sie die Aktion an: start, stop, restart, pause oder unpause.</translation>
    </message>
    <message>
        <source>Unknown action “%1”: use start, stop, restart, pause or unpause.</source>
        <translation>Unbekannte Aktion „%1“: Verwenden Sie start, stop, restart, pause oder unpause.</translation>
    </message>
    <message>
        <source>Print a container&apos;s log: its stdout on stdout, its stderr on stderr (--json: one object per line). --follow keeps printing until the container stops or you press Ctrl+C.</source>
        <translation>Das Protokoll eines Containers ausgeben: seine Standardausgabe auf stdout, seine Fehlerausgabe auf stderr (--json: ein Objekt pro Zeile). --follow gibt weiter aus, bis der Container endet oder Sie Strg+C drücken.</translation>
    </message>
    <message>
        <source>Keep printing new lines.</source>
        <translation>Neue Zeilen weiter ausgeben.</translation>
    </message>
    <message>
        <source>Only the last N lines (default 100; “all” for every line).</source>
        <translation>Nur die letzten N Zeilen (Standard 100; „all“ für alle Zeilen).</translation>
    </message>
    <message>
        <source>Prefix each line with its time (UTC).</source>
        <translation>Jeder Zeile ihre Zeit (UTC) voranstellen.</translation>
    </message>
    <message>
        <source>Name one container.</source>
        <translation>Geben Sie einen Container an.</translation>
    </message>
    <message>
        <source>--tail takes a number of lines or “all”, not “%1”.</source>
        <translation>--tail erwartet eine Zeilenzahl oder „all“, nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no container %1 on this host.</source>
        <translation>Auf diesem Host gibt es keinen Container %1.</translation>
    </message>
    <message>
        <source>Show Docker containers by compose project: state, health, dependants.</source>
        <translation>Docker-Container nach Compose-Projekt anzeigen: Status, Zustand, abhängige Container.</translation>
    </message>
    <message>
        <source>Restart containers (and what shares their network) safely.</source>
        <translation>Container (und was ihr Netzwerk teilt) sicher neu starten.</translation>
    </message>
    <message>
        <source>Start, stop, restart, pause or resume containers.</source>
        <translation>Container starten, stoppen, neu starten, pausieren oder fortsetzen.</translation>
    </message>
    <message>
        <source>Print (or follow) a container&apos;s log.</source>
        <translation>Das Protokoll eines Containers ausgeben (oder verfolgen).</translation>
    </message>
    <message>
        <source>Not asking without a terminal: add --yes to recreate %1.</source>
        <translation>Ohne Terminal wird nicht nachgefragt: Ergänzen Sie --yes, um %1 neu zu erstellen.</translation>
    </message>
    <message>
        <source>Nothing was retried.</source>
        <translation>Nichts wurde wiederholt.</translation>
    </message>
    <message>
        <source>Pull a compose service&apos;s image and recreate its container.</source>
        <translation>Das Image eines Compose-Dienstes neu laden und seinen Container neu erstellen.</translation>
    </message>
    <message>
        <source>Print the availability of every Uptime Kuma monitor (from Prometheus, or a status page).</source>
        <translation>Die Verfügbarkeit aller Uptime-Kuma-Monitore ausgeben (aus Prometheus oder einer Statusseite).</translation>
    </message>
    <message>
        <source>Window of the range column and incidents (e.g. 24h, 30d).</source>
        <translation>Zeitfenster der Zeitraum-Spalte und der Vorfälle (z. B. 24h, 30d).</translation>
    </message>
    <message>
        <source>Uptime Kuma status page to read when there is no Prometheus.</source>
        <translation>Uptime-Kuma-Statusseite, die ohne Prometheus gelesen wird.</translation>
    </message>
    <message>
        <source>How pending beats count: down, up or excluded.</source>
        <translation>Wie ausstehende Prüfungen zählen: down, up oder excluded.</translation>
    </message>
    <message>
        <source>--range needs a duration from 10m to 90d, such as 24h or 30d.</source>
        <translation>--range braucht eine Dauer von 10m bis 90d, etwa 24h oder 30d.</translation>
    </message>
    <message>
        <source>--pending is one of down, up, excluded.</source>
        <translation>--pending ist down, up oder excluded.</translation>
    </message>
    <message>
        <source>No monitor data.</source>
        <translation>Keine Monitordaten.</translation>
    </message>
    <message>
        <source>MONITOR</source>
        <translation>MONITOR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>VORFÄLLE</translation>
    </message>
    <message>
        <source>CERT</source>
        <translation>ZERT.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Print the availability table of every Uptime Kuma monitor.</source>
        <translation>Die Verfügbarkeitstabelle aller Uptime-Kuma-Monitore ausgeben.</translation>
    </message>
    <message>
        <source>Write server profiles to FILE as JSON, without any secret (&quot;-&quot;: standard output). API keys and passphrases stay in this computer&apos;s keychain.</source>
        <translation>Serverprofile als JSON nach DATEI schreiben, ohne jedes Geheimnis („-“: Standardausgabe). API-Schlüssel und Passphrasen bleiben im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>File to write, or - for standard output.</source>
        <translation>Zu schreibende Datei, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Give exactly one file to write (or - for standard output).</source>
        <translation>Geben Sie genau eine zu schreibende Datei an (oder - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>There are no profiles to export. Create one with `krynetctl profile add`.</source>
        <translation>Es gibt keine Profile zum Exportieren. Legen Sie eines mit `krynetctl profile add` an.</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Konnte nicht auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (no secrets).</source>
        <translation>%1 nach %2 exportiert (ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>Read server profiles from a JSON export (&quot;-&quot;: standard input). An existing profile of the same name is never replaced unless --replace is given; secrets are not part of an export.</source>
        <translation>Serverprofile aus einem JSON-Export lesen („-“: Standardeingabe). Ein vorhandenes Profil gleichen Namens wird nur mit --replace ersetzt; Geheimnisse sind nicht Teil eines Exports.</translation>
    </message>
    <message>
        <source>Export to read, or - for standard input.</source>
        <translation>Zu lesender Export, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Import the file&apos;s only profile under this name.</source>
        <translation>Das einzige Profil der Datei unter diesem Namen importieren.</translation>
    </message>
    <message>
        <source>Replace existing profiles of the same name (their secrets stay).</source>
        <translation>Vorhandene Profile gleichen Namens ersetzen (ihre Geheimnisse bleiben).</translation>
    </message>
    <message>
        <source>Give exactly one file to read (or - for standard input).</source>
        <translation>Geben Sie genau eine zu lesende Datei an (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Konnte die Standardeingabe nicht lesen.</translation>
    </message>
    <message>
        <source>--as needs a file with exactly one profile; this one has %1.</source>
        <translation>--as braucht eine Datei mit genau einem Profil; diese hat %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>„%1“ ist kein gültiger Profilname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>Imported %1. Store their secrets again with `krynetctl secret set --profile NAME PURPOSE`.</source>
        <translation>%1 importiert. Speichern Sie ihre Geheimnisse erneut mit `krynetctl secret set --profile NAME ZWECK`.</translation>
    </message>
    <message>
        <source>Export profiles as JSON, without secrets.</source>
        <translation>Profile als JSON exportieren, ohne Geheimnisse.</translation>
    </message>
    <message>
        <source>Import profiles from a JSON export.</source>
        <translation>Profile aus einem JSON-Export importieren.</translation>
    </message>
    <message>
        <source>Use this Portainer environment (its name or id) instead of the profile&apos;s own Docker host: another Docker host or a Swarm manager Portainer manages.</source>
        <translation>Diese Portainer-Umgebung (Name oder ID) statt des eigenen Docker-Hosts des Profils verwenden: ein anderer Docker-Host oder ein Swarm-Manager, den Portainer verwaltet.</translation>
    </message>
    <message>
        <source>Profile “%1” has no Portainer service, and --environment chooses among Portainer&apos;s environments.</source>
        <translation>Profil „%1“ hat keinen Portainer-Dienst, und --environment wählt unter den Umgebungen von Portainer.</translation>
    </message>
    <message>
        <source>Containers of %1:</source>
        <translation>Container von %1:</translation>
    </message>
    <message>
        <source>Pull the images of a compose service and recreate its container: a stack Portainer deployed is redeployed by Portainer (all of its services, with fresh images); any other runs docker compose up -d --pull always SERVICE over SSH in the stack&apos;s directory (from the container&apos;s compose labels), printing compose&apos;s output as it comes. The plan is printed first; asks on a terminal, without one pass --yes. Never retried; written to the action log.</source>
        <translation>Die Images eines Compose-Dienstes neu laden und seinen Container neu erstellen: Einen von Portainer bereitgestellten Stack stellt Portainer neu bereit (alle seine Dienste, mit neuen Images); bei jedem anderen läuft docker compose up -d --pull always DIENST über SSH im Verzeichnis des Stacks (aus den Compose-Labels des Containers), die Ausgabe von compose erscheint sofort. Der Plan wird zuerst ausgegeben; fragt im Terminal zuerst nach; ohne Terminal geben Sie --yes an. Wird nie wiederholt; wird im Aktionsprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>KryNet Control: your homelab at a glance.</source>
        <translation>KryNet Control: Ihr Homelab auf einen Blick.</translation>
    </message>
    <message>
        <source>Open with this server profile.</source>
        <translation>Mit diesem Serverprofil öffnen.</translation>
    </message>
    <message>
        <source>Open the simulated demo lab instead of your servers.</source>
        <translation>Das simulierte Demo-Labor statt Ihrer Server öffnen.</translation>
    </message>
    <message>
        <source>Open on this panel: overview, pools, scrubs, containers, media, llm, uptime or services.</source>
        <translation>In dieser Ansicht öffnen: overview, pools, scrubs, containers, media, llm, uptime oder services.</translation>
    </message>
    <message>
        <source>krynet: unknown panel “%1”.</source>
        <translation>krynet: Unbekannte Ansicht „%1“.</translation>
    </message>
    <message>
        <source>Quit as soon as every panel shows its first data, printing start-up timings as JSON (for benchmarks).</source>
        <translation>Beenden, sobald jede Ansicht ihre ersten Daten zeigt, und die Startzeiten als JSON ausgeben (für Benchmarks).</translation>
    </message>
    <message>
        <source>With --exit-when-ready: keep refreshing every panel for this many seconds before quitting, reporting memory growth (for benchmarks).</source>
        <translation>Mit --exit-when-ready: vor dem Beenden so viele Sekunden lang jede Ansicht aktualisieren und das Wachstum des Speichers melden (für Benchmarks).</translation>
    </message>
    <message>
        <source>With --demo: the simulated lab answers every request and SSH command this many milliseconds late, like a slow link.</source>
        <translation>Mit --demo: das simulierte Lab beantwortet jede Anfrage und jeden SSH-Befehl so viele Millisekunden später, wie über eine langsame Verbindung.</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
    <message>
        <source>Action log…</source>
        <translation>Aktionsprotokoll…</translation>
    </message>
    <message>
        <source>Show the interface in this language (de, en…) instead of the system&apos;s.</source>
        <translation>Die Oberfläche in dieser Sprache (de, en…) statt der des Systems zeigen.</translation>
    </message>
    <message>
        <source>With --demo: a bigger simulated lab for load tests, e.g. containers=1000,torrents=10000,disks=200,requests=500,monitors=50.</source>
        <translation>Mit --demo: ein größeres simuliertes Lab für Lasttests, z. B. containers=1000,torrents=10000,disks=200,requests=500,monitors=50.</translation>
    </message>
</context>
</TS>
