#include "tests/support/openapischema.h"

#include <cmath>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace KryNet::Test
{

OpenApiSchema::OpenApiSchema(QJsonObject document)
    : m_document(std::move(document))
{}

OpenApiSchema OpenApiSchema::load(const QString &path, QString *error)
{
    QByteArray json;
    if (path.endsWith(u".json"_s)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
            return {};
        }
        json = file.readAll();
    } else {
        // Qt has no YAML reader: python3's yaml module converts the document once.
        QProcess python;
        python.start(u"python3"_s,
                     {u"-c"_s,
                      u"import sys, json, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), "
                      "sys.stdout, default=str)"_s,
                      path});
        if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
            *error = u"python3 with the yaml module could not convert %1: %2"_s.arg(
                path, QString::fromUtf8(python.readAllStandardError()).trimmed());
            return {};
        }
        json = python.readAllStandardOutput();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = u"%1 is not a JSON/YAML object: %2"_s.arg(path, parseError.errorString());
        return {};
    }
    return OpenApiSchema(document.object());
}

QJsonObject OpenApiSchema::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int guard = 0; guard < 32 && current.contains(u"$ref"_s); ++guard) {
        const QString ref = current.value(u"$ref"_s).toString();
        if (!ref.startsWith(u"#/"_s))
            return {};
        QJsonValue node = m_document;
        const QStringList parts = ref.mid(2).split(u'/');
        for (QString part : parts) {
            part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
            node = node.toObject().value(part);
        }
        QJsonObject next = node.toObject();
        // OpenAPI 3.0 ignores siblings of $ref, except that we keep a sibling "nullable".
        if (current.value(u"nullable"_s).toBool())
            next.insert(u"nullable"_s, true);
        current = next;
    }
    return current;
}

QJsonObject OpenApiSchema::responseSchema(const QString &path, const QString &method, int status) const
{
    const QJsonObject responses = m_document.value(u"paths"_s)
                                      .toObject()
                                      .value(path)
                                      .toObject()
                                      .value(method.toLower())
                                      .toObject()
                                      .value(u"responses"_s)
                                      .toObject();
    const QJsonObject response = resolve(responses.value(QString::number(status)).toObject());
    const QJsonObject content = response.value(u"content"_s).toObject();
    for (const QString &type : {u"application/json"_s, u"application/json; profile=\"PascalCase\""_s}) {
        if (content.contains(type))
            return content.value(type).toObject().value(u"schema"_s).toObject();
    }
    return {};
}

QStringList OpenApiSchema::validateResponse(const QJsonValue &value, const QString &path, const QString &method,
                                            int status) const
{
    const QJsonObject schema = responseSchema(path, method, status);
    if (schema.isEmpty())
        return {u"the spec has no JSON schema for %1 %2 → %3"_s.arg(method, path).arg(status)};
    return validate(value, schema);
}

QStringList OpenApiSchema::validate(const QJsonValue &value, const QJsonObject &schema) const
{
    QStringList problems;
    check(value, schema, u"$"_s, problems, 0);
    return problems;
}

void OpenApiSchema::overrideProperty(const QString &schemaName, const QString &property, const QJsonObject &schema)
{
    QJsonObject components = m_document.value(u"components"_s).toObject();
    QJsonObject schemas = components.value(u"schemas"_s).toObject();
    QJsonObject target = schemas.value(schemaName).toObject();
    QJsonObject properties = target.value(u"properties"_s).toObject();
    properties.insert(property, schema);
    target.insert(u"properties"_s, properties);
    schemas.insert(schemaName, target);
    components.insert(u"schemas"_s, schemas);
    m_document.insert(u"components"_s, components);
}

void OpenApiSchema::check(const QJsonValue &value, const QJsonObject &rawSchema, const QString &where,
                          QStringList &problems, int depth) const
{
    if (depth > 64 || problems.size() > 50)
        return;
    const QJsonObject schema = resolve(rawSchema);
    if (schema.isEmpty())
        return; // {} accepts anything
    const bool nullable = schema.value(u"nullable"_s).toBool();
    if (value.isNull()) {
        if (nullable)
            return;
        // A schema without type constraints (e.g. only a description) accepts null as well.
        if (!schema.contains(u"type"_s) && !schema.contains(u"properties"_s) && !schema.contains(u"enum"_s) &&
            !schema.contains(u"allOf"_s) && !schema.contains(u"oneOf"_s) && !schema.contains(u"anyOf"_s))
            return;
        if (!schema.contains(u"oneOf"_s) && !schema.contains(u"anyOf"_s)) {
            problems.append(u"%1: null, but the schema is not nullable"_s.arg(where));
            return;
        }
    }

    if (schema.contains(u"allOf"_s)) {
        for (const QJsonValue &part : schema.value(u"allOf"_s).toArray())
            check(value, part.toObject(), where, problems, depth + 1);
    }
    for (const QString &key : {u"oneOf"_s, u"anyOf"_s}) {
        if (!schema.contains(key))
            continue;
        bool matched = false;
        QStringList first;
        for (const QJsonValue &part : schema.value(key).toArray()) {
            QStringList branch;
            check(value, part.toObject(), where, branch, depth + 1);
            if (branch.isEmpty()) {
                matched = true;
                break;
            }
            if (first.isEmpty())
                first = branch;
        }
        if (!matched)
            problems.append(u"%1: matches no %2 branch (first: %3)"_s.arg(where, key, first.value(0)));
    }

    if (schema.contains(u"enum"_s)) {
        const QJsonArray options = schema.value(u"enum"_s).toArray();
        if (!options.contains(value))
            problems.append(u"%1: %2 is not one of the enum values"_s.arg(
                where, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))));
    }

    const QString type = schema.value(u"type"_s).toString();
    if (type == u"string"_s && !value.isString())
        problems.append(u"%1: expected a string"_s.arg(where));
    else if (type == u"boolean"_s && !value.isBool())
        problems.append(u"%1: expected a boolean"_s.arg(where));
    else if (type == u"number"_s && !value.isDouble())
        problems.append(u"%1: expected a number"_s.arg(where));
    else if (type == u"integer"_s && (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble()))
        problems.append(u"%1: expected an integer"_s.arg(where));
    else if (type == u"array"_s && !value.isArray())
        problems.append(u"%1: expected an array"_s.arg(where));
    else if (type == u"object"_s && !value.isObject())
        problems.append(u"%1: expected an object"_s.arg(where));

    if (value.isArray() && schema.contains(u"items"_s)) {
        const QJsonArray items = value.toArray();
        const QJsonObject itemSchema = schema.value(u"items"_s).toObject();
        for (qsizetype i = 0; i < items.size(); ++i)
            check(items.at(i), itemSchema, u"%1[%2]"_s.arg(where).arg(i), problems, depth + 1);
    }

    if (value.isObject() && (schema.contains(u"properties"_s) || schema.contains(u"additionalProperties"_s) ||
                             schema.contains(u"required"_s))) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
            if (!object.contains(name.toString()))
                problems.append(u"%1: required property '%2' is missing"_s.arg(where, name.toString()));
        }
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = where + u'.' + it.key();
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), child, problems, depth + 1);
            else if (additional.isBool() && !additional.toBool() && !schema.contains(u"allOf"_s))
                problems.append(u"%1: property not in the schema (additionalProperties: false)"_s.arg(child));
            else if (additional.isObject())
                check(it.value(), additional.toObject(), child, problems, depth + 1);
        }
    }
}

} // namespace KryNet::Test
