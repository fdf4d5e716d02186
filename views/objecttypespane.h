#pragma once

#include "definitionbrowser.h"
#include "objecttype.h"

#include <functional>

class QAction;
class QPushButton;

namespace cp::views {

class CommandRunner;
class ObjectImportDialog;
class ObjectTypeDesigner;
class TagsDialog;

// The current domain's object types and the commands on them: new (in the designer),
// edit, delete, tags, copy ARN. Each is disabled, saying why, while it cannot run.
class ObjectTypesPane : public DefinitionBrowser
{
    Q_OBJECT
public:
    ObjectTypesPane(CommandRunner *runner, QWidget *parent = nullptr);

    void setDomain(const QString &domain);

    // Opens the selected object type in the designer; saving puts it.
    void editCurrentObjectType();
    // Opens the designer on a new, empty object type of the current domain.
    ObjectTypeDesigner *newObjectType();
    // Sends PutProfileObjectType; `saved` runs once it succeeded (unless `context` is gone).
    void putObjectType(const QJsonObject &request, QObject *context = nullptr,
                       std::function<void()> saved = {});
    // False when there is nothing to delete; otherwise asks the user to type the type's
    // name (naming the integrations that use it) and deletes it once typed.
    bool deleteCurrentObjectType();
    // Tells which integrations of the domain use a type (the Integrations tab knows).
    void setIntegrationsUsing(std::function<QStringList(const QString &type)> find)
    {
        m_integrationsUsing = std::move(find);
    }
    TagsDialog *editObjectTypeTags();
    // "Import objects…": a JSON Lines or CSV file put into the domain through an object
    // type (the current one pre-selected); null without a domain. The action is enabled
    // with a domain, for menus; the pane's button needs a current type.
    ObjectImportDialog *importObjects();
    QAction *importObjectsAction() const { return m_importAction; }
    // The page size of the designer's listing of the domain's object types (0: the
    // service's default); tests make it small to see every page read.
    void setListPageSize(int size) { m_listPageSize = size; }

Q_SIGNALS:
    // Each time the object type designer opens (for tests and the main window).
    void designerOpened(cp::views::ObjectTypeDesigner *designer);
    // An object type of the domain was saved or deleted: other views list them again.
    void objectTypesChanged();
    // "Add an integration for this type…" after a new type was saved.
    void integrationRequested(const QString &objectTypeName);
    // Each time "Import objects…" opens its dialog (for tests).
    void importDialogOpened(cp::views::ObjectImportDialog *dialog);

private:
    void updateActions();
    ObjectTypeDesigner *openDesigner(const schema::ObjectTypeDefinition &definition, bool stored,
                                     const QJsonObject &tags = {});
    void save(ObjectTypeDesigner *designer, const QJsonObject &request);
    // The domain's other object types for the designer's key warning, every page.
    void loadOtherObjectTypes(ObjectTypeDesigner *designer);
    // The template ids for a new type's picker, every page.
    void loadTemplates(ObjectTypeDesigner *designer);

    CommandRunner *m_runner;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_tags;
    QAction *m_copyArn;
    QPushButton *m_import;
    QAction *m_importAction;
    int m_listPageSize = 0;
    std::function<QStringList(const QString &type)> m_integrationsUsing;
};

} // namespace cp::views
