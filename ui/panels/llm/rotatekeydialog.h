#pragma once

#include <QDialog>

#include "core/llm/llmtypes.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace KryNet::Llm
{
class KeyRotation;
class Store;
} // namespace KryNet::Llm

namespace KryNet::Ui
{

/**
 * The key rotation wizard of the AI keys panel (issue 10) on top of Llm::KeyRotation: the models the
 * credential serves, one field for the new provider key (entered once, sent straight to the proxy and
 * cleared from the field at once), an opt-in "keep a copy in the keychain", then each model's health
 * with the new key as the check runs; when any fails, one Revert button puts everything back.
 */
class RotateKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotateKeyDialog)

public:
    RotateKeyDialog(Llm::Store &store, const Llm::Credential &credential, QWidget *parent = nullptr);
    ~RotateKeyDialog() override;

    [[nodiscard]] Llm::KeyRotation &rotation() const { return *m_rotation; }

private:
    void start();
    void updateView();

    Llm::Store &m_store;
    Llm::Credential m_credential;
    Llm::KeyRotation *m_rotation;
    QLineEdit *m_key;
    QCheckBox *m_keep;
    QTreeWidget *m_models;
    QLabel *m_status;
    QPushButton *m_rotate;
    QPushButton *m_revert;
    QPushButton *m_close;
};

} // namespace KryNet::Ui
