#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include "core/common/result.h"

namespace KryNet
{

/**
 * Calls @p fn with the Result of @p future on @p context's thread, unless @p context is destroyed
 * first: then nothing is called. Unlike QFuture::then(context, …) in Qt 6.4, which asserts when the
 * context dies before the future finishes (a panel switching profiles while SSH still connects).
 * A future cancelled without a result yields Error::Code::Cancelled. Use it wherever the context can
 * die first (stores and models that belong to a session).
 */
template <typename T, typename F>
void whenDone(QFuture<Result<T>> future, QObject *context, F fn)
{
    auto *watcher = new QFutureWatcher<Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, fn = std::move(fn)]() mutable {
        const QFuture<Result<T>> f = watcher->future();
        watcher->deleteLater();
        if (f.resultCount() > 0)
            fn(f.result());
        else
            fn(Result<T>(Error(Error::Code::Cancelled, QCoreApplication::translate("KryNet", "Cancelled."))));
    });
    watcher->setFuture(future);
}

} // namespace KryNet
