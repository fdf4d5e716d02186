#include "templatecatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <algorithm>

namespace cp::emulator {
namespace {

Q_LOGGING_CATEGORY(lcTemplates, "cp.emulator.templates")

const QString kTemplateId = QStringLiteral("TemplateId");
const QString kSourceName = QStringLiteral("SourceName");
const QString kSourceObject = QStringLiteral("SourceObject");

std::optional<QJsonObject> readTemplate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcTemplates) << "Cannot read template" << path << file.errorString();
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcTemplates) << "Template" << path
                               << "is not a JSON object:" << error.errorString();
        return std::nullopt;
    }
    const QJsonObject body = document.object();
    if (body.value(kTemplateId).toString().isEmpty()) {
        qCWarning(lcTemplates) << "Template" << path << "has no TemplateId";
        return std::nullopt;
    }
    return body;
}

} // namespace

const TemplateCatalogue &TemplateCatalogue::instance()
{
    // Initialised once, on first use; C++11 guarantees this is thread-safe.
    static const TemplateCatalogue catalogue;
    return catalogue;
}

QString TemplateCatalogue::resourceDirectory()
{
    return QStringLiteral(":/templates");
}

TemplateCatalogue::TemplateCatalogue()
{
    const QDir directory(resourceDirectory());
    const QStringList names =
        directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        qCWarning(lcTemplates) << "No templates under" << resourceDirectory();

    QList<QJsonObject> bodies;
    for (const QString &name : names) {
        std::optional<QJsonObject> body = readTemplate(directory.filePath(name));
        if (body)
            bodies.append(std::move(*body));
    }
    std::stable_sort(bodies.begin(), bodies.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(kTemplateId).toString() < b.value(kTemplateId).toString();
    });
    for (const QJsonObject &body : std::as_const(bodies)) {
        const QString id = body.value(kTemplateId).toString();
        if (m_index.contains(id)) {
            qCWarning(lcTemplates) << "Duplicate template id" << id << "ignored";
            continue;
        }
        m_index.insert(id, m_templates.size());
        m_templates.append(body);
    }
}

std::optional<QJsonObject> TemplateCatalogue::find(const QString &templateId) const
{
    const auto it = m_index.constFind(templateId);
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_templates.at(it.value());
}

QJsonObject TemplateCatalogue::summary(const QJsonObject &templateBody)
{
    QJsonObject item;
    for (const QString &member : {kTemplateId, kSourceName, kSourceObject}) {
        const QJsonValue value = templateBody.value(member);
        if (value.isString())
            item.insert(member, value);
    }
    return item;
}

} // namespace cp::emulator
