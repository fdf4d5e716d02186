#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cp::emulator {

// The built-in object type templates of the local endpoint (ListProfileObjectTypeTemplates,
// GetProfileObjectTypeTemplate, PutProfileObjectType with TemplateId, implicit object types).
// Each template is a JSON resource under :/templates, held as the body of a
// GetProfileObjectTypeTemplate response. Loaded once, never changed: safe from any thread.
class TemplateCatalogue
{
public:
    static const TemplateCatalogue &instance();

    // Every template, sorted by TemplateId.
    QList<QJsonObject> all() const { return m_templates; }
    std::optional<QJsonObject> find(const QString &templateId) const;

    // The ListProfileObjectTypeTemplateItem form: TemplateId, SourceName, SourceObject.
    static QJsonObject summary(const QJsonObject &templateBody);

    // The resource directory the templates are read from.
    static QString resourceDirectory();

private:
    TemplateCatalogue();

    QList<QJsonObject> m_templates;
    QHash<QString, qsizetype> m_index; // TemplateId -> position in m_templates
};

} // namespace cp::emulator
