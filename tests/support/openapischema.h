#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace KryNet::Test
{

/**
 * A small OpenAPI 3.0 response checker for contract tests: the subset of JSON Schema the upstream
 * documents use. Supported: $ref inside the document, type (string, number, integer, boolean, array,
 * object), properties, required, additionalProperties (false or a schema), items, enum, nullable,
 * allOf, oneOf/anyOf (at least one branch must match). Not checked: formats (date-time, uuid),
 * numeric and length bounds, patterns, discriminators, readOnly/writeOnly.
 *
 * Known differences between a spec and the real service are declared by the test with
 * overrideProperty() and documented there, never silently tolerated.
 */
class OpenApiSchema final
{
public:
    OpenApiSchema() = default;
    explicit OpenApiSchema(QJsonObject document);

    /// Loads a JSON document, or a YAML one through python3's yaml module. Null schema on failure.
    [[nodiscard]] static OpenApiSchema load(const QString &path, QString *error);
    [[nodiscard]] bool isNull() const { return m_document.isEmpty(); }
    [[nodiscard]] const QJsonObject &document() const { return m_document; }

    /// The JSON schema of a response: paths[path][method].responses[status].content[application/json].
    [[nodiscard]] QJsonObject responseSchema(const QString &path, const QString &method, int status) const;

    /// Problems found validating @p value against @p schema; empty when it conforms.
    [[nodiscard]] QStringList validate(const QJsonValue &value, const QJsonObject &schema) const;
    /// Same for a path's response.
    [[nodiscard]] QStringList validateResponse(const QJsonValue &value, const QString &path, const QString &method,
                                               int status) const;

    /// Replaces the schema of one property of a named component schema (a documented deviation).
    void overrideProperty(const QString &schemaName, const QString &property, const QJsonObject &schema);

private:
    [[nodiscard]] QJsonObject resolve(const QJsonObject &schema) const;
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &where, QStringList &problems,
               int depth) const;

    QJsonObject m_document;
};

} // namespace KryNet::Test
