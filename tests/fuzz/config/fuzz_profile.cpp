// libFuzzer target: a profile file is hostile input (an import from another computer, a profiles.json
// edited by hand or cut short by a full disk). ProfileTransfer::parse() and Profile::fromJson() must return
// a value or a Config error for any bytes, never crash, hang or trip a sanitizer; whatever they accept must
// validate, resolve its service URLs and survive a toJson() → fromJson() round trip.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/config/profile.h"
#include "core/config/profiletransfer.h"

namespace
{

void exercise(const KryNet::Profile &profile)
{
    (void)profile.validate();
    for (const KryNet::AccessMode mode :
         {KryNet::AccessMode::Local, KryNet::AccessMode::Tail, KryNet::AccessMode::Public}) {
        for (auto it = profile.services().constBegin(); it != profile.services().constEnd(); ++it)
            (void)profile.serviceUrl(it.key(), mode);
    }
    const auto again = KryNet::Profile::fromJson(profile.toJson());
    if (!again)
        __builtin_trap(); // what fromJson() wrote out, it must read back
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace KryNet;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto parsed = ProfileTransfer::parse(input)) {
        for (const Profile &profile : parsed->profiles)
            exercise(profile);
        (void)ProfileTransfer::exportJson(parsed->profiles);
    }

    // The store's own reader takes each member of "profiles" through Profile::fromJson().
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    const QJsonArray profiles = doc.object().value(QLatin1String("profiles")).toArray();
    for (const QJsonValue &value : profiles) {
        if (const auto profile = Profile::fromJson(value.toObject()))
            exercise(*profile);
    }
    (void)Profile::parseFingerprint(QString::fromUtf8(input.left(256)));
    (void)Profile::isValidName(QString::fromUtf8(input.left(256)));
    (void)ProfileTransfer::isSecretLikeName(QString::fromUtf8(input.left(256)));
    return 0;
}
