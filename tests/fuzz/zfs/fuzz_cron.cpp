// libFuzzer target: the cron parser and evaluator, the scrub-task JSON and the cron-file/timer readers must
// return a value or a Parse error for any input, never crash or hang.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QTimeZone>

#include "core/zfs/cron.h"
#include "core/zfs/scrubschedules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace KryNet::Zfs;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(input);
    static const QTimeZone zone("Europe/Berlin");
    static const QDateTime from = QDateTime::fromSecsSinceEpoch(1774000000, QTimeZone::utc());
    for (const QString &line : text.split(u'\n')) {
        const auto cron = CronSchedule::parse(line);
        if (cron)
            (void)cron->occurrences(from, from.addDays(40), zone, 500);
    }
    (void)parseTrueNasScrubTasks(input);
    (void)parseCronFile(QStringLiteral("/etc/cron.d/x"), input);
    (void)parseScrubTimers(QStringLiteral("/x"), input);
    (void)parseTimeZone(input);
    return 0;
}
