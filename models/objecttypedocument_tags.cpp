// The object type document's tags (each edit an undo step) and the template catalogue that
// a kept TemplateId is checked against.

#include "objecttypecommands.h"
#include "objecttypedocument.h"

#include <QUndoStack>

namespace cp::models {

bool ObjectTypeDocument::setTags(const TagList &tags)
{
    if (tags == m_state.tags)
        return false;
    QString text = tr("Edit tags");
    if (tags.size() > m_state.tags.size())
        text = tr("Add tag");
    else if (tags.size() < m_state.tags.size())
        text = tr("Remove tag");
    m_undoStack->push(new SetTagsCommand(this, m_state.tags, tags, text));
    return true;
}

int ObjectTypeDocument::addTag(const QString &key, const QString &value)
{
    TagList tags = m_state.tags;
    tags.append({key, value});
    return setTags(tags) ? int(tags.size()) - 1 : -1;
}

bool ObjectTypeDocument::removeTag(int row)
{
    if (row < 0 || row >= m_state.tags.size())
        return false;
    TagList tags = m_state.tags;
    tags.remove(row);
    return setTags(tags);
}

bool ObjectTypeDocument::setTag(int row, const QString &key, const QString &value)
{
    if (row < 0 || row >= m_state.tags.size())
        return false;
    TagList tags = m_state.tags;
    tags[row] = {key, value};
    return setTags(tags);
}

void ObjectTypeDocument::setTemplateCatalogue(const QStringList &templateIds)
{
    m_templateCatalogue = templateIds;
    Q_EMIT changed();
}

void ObjectTypeDocument::applyTags(const TagList &tags)
{
    m_state.tags = tags;
    Q_EMIT tagsChanged();
    Q_EMIT changed();
}

} // namespace cp::models
