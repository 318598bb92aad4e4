#pragma once

#include <QDialog>

#include "core/llm/llmtypes.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace KryNet::Ui
{

/**
 * Add or edit a LiteLLM deployment (issue 10): public name, provider and upstream model, api_base,
 * rpm/tpm, and its provider key — a stored credential or a key typed here (password field; it goes
 * only into the request to the proxy). Editing leaves the key field empty: empty keeps the current key.
 */
class ModelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDialog)

public:
    /// @p existing: nullptr to add a model.
    ModelDialog(const QList<Llm::Credential> &credentials, const Llm::Model *existing, QWidget *parent = nullptr);
    ~ModelDialog() override;

    [[nodiscard]] Llm::ModelRequest request() const;

private:
    void updateKeyField();

    bool m_editing;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QLineEdit *m_upstream;
    QLineEdit *m_apiBase;
    QComboBox *m_keySource;
    QLineEdit *m_key;
    QSpinBox *m_rpm;
    QSpinBox *m_tpm;
};

/**
 * Add a provider credential or edit one (issue 10). The key is a password field; in an edit an empty
 * key keeps the stored one. "Keep a copy in the keychain" is off unless the user ticks it.
 */
class CredentialDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialDialog)

public:
    /// @p existing: nullptr to add a credential.
    explicit CredentialDialog(const Llm::Credential *existing, QWidget *parent = nullptr);
    ~CredentialDialog() override;

    [[nodiscard]] Llm::CredentialRequest request() const;
    [[nodiscard]] bool keepInKeychain() const;

private:
    QLineEdit *m_name;
    QComboBox *m_provider;
    QLineEdit *m_description;
    QLineEdit *m_apiBase;
    QLineEdit *m_key;
    QCheckBox *m_keep;
};

} // namespace KryNet::Ui
