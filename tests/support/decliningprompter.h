#pragma once

#include <functional>
#include <optional>

#include "ui/widgets/prompter.h"

namespace KryNet::Test
{

/// A prompter for GUI tests that never expects a question to matter: every confirmation is declined,
/// every secret request cancelled, every warning dropped. Only GUI tests include it (it needs ui/).
class DecliningPrompter final : public Ui::Prompter
{
public:
    void confirm(QWidget *, const QString &, const QString &, const QString &, std::function<void(bool)> done) override
    {
        done(false);
    }
    void warn(QWidget *, const QString &, const QString &) override {}
    void askSecret(QWidget *, const QString &, const QString &,
                   std::function<void(std::optional<QString>)> done) override
    {
        done(std::nullopt);
    }
};

} // namespace KryNet::Test
