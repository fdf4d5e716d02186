#pragma once

#include "core/client.h"
#include "objecttype.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

class QAction;
class QPushButton;

namespace cp::views {

class AccountIntegrationsDialog;
class EditDomainDialog;
class IntegrationDialog;
class MainWindow;
class ObjectTypeDesigner;
class TagsDialog;

// The main window's editing commands beyond create/delete domain: tags of the domain,
// the selected object type and the selected integration; edit domain; add, delete and
// find integrations. Dialogs open window-modal without blocking and delete themselves;
// what happens once one is answered is a method of its own, callable without it.
class EditActions : public QObject
{
    Q_OBJECT
public:
    explicit EditActions(MainWindow *window);

    // For the Edit menu: editTagsAction, editDomainAction, findIntegrationsAction.
    QList<QAction *> menuActions() const { return m_menuActions; }

    // ARNs as the service forms them (see docs/emulator.md); empty without a domain.
    QString domainArn() const;
    QString objectTypeArn(const QString &objectType) const;
    QString integrationArn(const QString &uri) const;

    TagsDialog *editTags(const QString &arn, const QString &subject);
    TagsDialog *editDomainTags();
    TagsDialog *editObjectTypeTags();
    TagsDialog *editIntegrationTags();
    EditDomainDialog *editDomain();
    IntegrationDialog *addIntegration();
    AccountIntegrationsDialog *findIntegrations();

    // The work once a dialog is answered.
    void updateDomain(const QJsonObject &input);
    void putIntegration(const QJsonObject &input);
    // Asks (through prompts) before deleting; false if not asked or not confirmed.
    bool deleteIntegration(const QString &uri);
    bool deleteCurrentIntegration();
    // Opens the selected object type in the designer; saving puts it.
    void editCurrentObjectType();
    // Opens the designer on a new, empty object type of the current domain.
    ObjectTypeDesigner *newObjectType();
    // Sends PutProfileObjectType; `saved` runs once it succeeded (unless `context` is gone).
    void putObjectType(const QJsonObject &request, QObject *context = nullptr,
                       std::function<void()> saved = {});
    // Asks the user to type the object type's name before deleting it.
    bool deleteCurrentObjectType();
    // The page size of the designer's listing of the domain's object types (0: the
    // service's default); tests make it small to see every page read.
    void setListPageSize(int size) { m_listPageSize = size; }

Q_SIGNALS:
    // After each call this class makes, successful or not.
    void finished(const QString &operation, bool ok);
    // Each time the object type designer opens (for tests and the main window).
    void designerOpened(cp::views::ObjectTypeDesigner *designer);

private:
    client::CustomerProfilesClient *client() const;
    QAction *addAction(const QString &text, const QString &objectName, std::function<void()> slot);
    QPushButton *addButton(const QString &text, const QString &objectName,
                           std::function<void()> slot);
    void send(const QString &operation, const QJsonObject &input, const QString &success,
              std::function<void()> after);
    void refreshOverview();
    void refreshIntegrations();
    template<class Dialog> Dialog *show(Dialog *dialog);
    ObjectTypeDesigner *openDesigner(const schema::ObjectTypeDefinition &definition, bool stored,
                                     const QJsonObject &tags = {});
    // The domain's other object types for the designer's key warning, every page.
    void loadOtherObjectTypes(ObjectTypeDesigner *designer, const QString &domain,
                              const QString &token);
    // The template ids for a new type's picker, every page.
    void loadTemplates(ObjectTypeDesigner *designer, const QString &token, QStringList ids);

    MainWindow *m_window;
    QList<QAction *> m_menuActions;
    int m_listPageSize = 0;
};

} // namespace cp::views
