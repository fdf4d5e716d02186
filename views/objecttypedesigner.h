#pragma once

#include "core/client.h"
#include "objecttype.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace cp::models {
class ObjectTypeDocument;
}

namespace cp::views {

class DesignerFieldsPage;
class DesignerGeneralPage;
class DesignerKeysPage;
class DesignerPreviewPage;
class SampleDetectionDialog;

// The object type designer: General, Fields, Keys and JSON tabs on an ObjectTypeDocument,
// Undo and Redo on its stack, "*" in the title while there are unsaved changes, the problems
// that block Save listed under the tabs. Save emits saveRequested() with the
// PutProfileObjectType request; whoever sends it calls markSaved() once it succeeded.
// Closing with unsaved changes asks first (through prompts).
class ObjectTypeDesigner : public QDialog
{
    Q_OBJECT
public:
    explicit ObjectTypeDesigner(QWidget *parent = nullptr);

    models::ObjectTypeDocument *document() const { return m_document; }
    // Starts from `definition` and its tags; `stored`: it exists in the domain, its name is
    // fixed.
    void load(const schema::ObjectTypeDefinition &definition, bool stored,
              const QJsonObject &tags = {});
    // The keys of the stored type's tags that the design no longer has: PutProfileObjectType
    // only adds tags, so whoever saves removes these (UntagResource).
    QStringList removedTagKeys() const;
    // The other object types of the domain, for the key content type warning.
    void addOtherObjectType(const schema::ObjectTypeDefinition &other);
    // After the request of saveRequested() was accepted.
    void markSaved();

    DesignerGeneralPage *generalPage() const { return m_general; }
    DesignerFieldsPage *fieldsPage() const { return m_fields; }
    DesignerKeysPage *keysPage() const { return m_keys; }
    DesignerPreviewPage *previewPage() const { return m_preview; }
    // Where the Preview tab looks key values up (read-only): the session's client, the domain.
    void setPreviewClient(client::CustomerProfilesClient *client, const QString &domain);
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *jsonEditor() const { return m_json; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QPushButton *saveButton() const { return m_save; }
    QStringList problems() const;
    QString jsonProblem() const;

    // Replaces the document with the JSON tab's text; false (the reason shown) when invalid.
    bool applyJson();
    // False (the reason shown) when something blocks the save. Otherwise emits
    // saveRequested() at once for a new or unchanged type; for a changed stored type, shows
    // what changed (saveDiff), asks through prompts, and emits once the user agrees.
    bool save();
    // A line diff of the two requests' indented JSON: "- " removed, "+ " added, "  " kept.
    static QString diff(const QJsonObject &before, const QJsonObject &after);
    QPlainTextEdit *saveDiff() const { return m_saveDiff; }

    // Start from a template (only while the type is new): the picker's choices (template
    // ids, also the catalogue a kept TemplateId is checked against), copying a
    // GetProfileObjectTypeTemplate response's fields and keys (one undo step), or keeping the
    // TemplateId for the service to fill them.
    QComboBox *templatePicker() const { return m_templatePicker; }
    void setTemplates(const QStringList &templateIds);
    bool copyTemplate(const QJsonObject &templateResponse);
    bool keepTemplate(const QString &templateId);

    // The request as a JSON file (without DomainName), and back as one undo step (the name
    // kept when the type is stored). False with the reason in message() when it fails.
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);
    QString message() const;
    void exportFile(); // asks for the file
    void importFile();

    // "Detect from samples…": the dialog (on the preview's client and domain), and what
    // its answer does: the detected fields, keys and timestamp format replace the design's
    // as one undo step, and the records go to the Preview tab and the key checks.
    SampleDetectionDialog *openDetection();
    bool applyDetection(const QJsonObject &detected, const QList<QJsonObject> &samples);

public Q_SLOTS:
    void reject() override;
    // Closing stops the preview's lookups.
    void done(int result) override;

Q_SIGNALS:
    void saveRequested(const QJsonObject &request);
    // The copy button: whoever has the client answers with copyTemplate().
    void templateRequested(const QString &templateId);

private:
    void refresh();
    void showJson();
    void tabChanged(int index);
    QWidget *createTemplateRow();
    QHBoxLayout *createFileButtons();
    void showMessage(const QString &text);

    models::ObjectTypeDocument *m_document;
    QList<schema::ObjectTypeDefinition> m_others;
    QTabWidget *m_tabs;
    DesignerGeneralPage *m_general;
    DesignerFieldsPage *m_fields;
    DesignerKeysPage *m_keys;
    DesignerPreviewPage *m_preview;
    QPlainTextEdit *m_json;
    QLabel *m_jsonProblem;
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problems;
    QPushButton *m_save;
    QAction *m_undo;
    QAction *m_redo;
    QWidget *m_templateRow = nullptr;
    QComboBox *m_templatePicker = nullptr;
    QPlainTextEdit *m_saveDiff = nullptr;
    QJsonObject m_diffRequest; // the request m_saveDiff shows
    QLabel *m_message = nullptr;
    QJsonObject m_storedRequest;
    QPointer<client::CustomerProfilesClient> m_previewClient;
    QString m_previewDomain;
    int m_jsonTab = -1;
    int m_previousTab = 0;
    bool m_jsonEdited = false;
    bool m_settingJson = false;
};

} // namespace cp::views
