#pragma once

#include <QDialog>

#include "core/llm/llmtypes.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace KryNet::Ui
{

/**
 * Asks what a new virtual key may do: alias, allowed models (none checked: all), budget (0: no
 * limit) and lifetime. Only collects the request; the panel sends it once and shows the key once.
 */
class GenerateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerateKeyDialog)

public:
    GenerateKeyDialog(const QStringList &modelNames, QWidget *parent = nullptr);
    ~GenerateKeyDialog() override;

    [[nodiscard]] KryNet::Llm::KeyRequest request() const;

private:
    QLineEdit *m_alias;
    QListWidget *m_models;
    QDoubleSpinBox *m_budget;
    QComboBox *m_duration;
};

} // namespace KryNet::Ui
