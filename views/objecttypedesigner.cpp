#include "objecttypedesigner.h"

#include "windowsize.h"
#include "designergeneralpage.h"
#include "designerpreviewpage.h"
#include "designertablespage.h"
#include "keysmodel.h"
#include "objecttypedocument.h"
#include "prompts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cp::views {

ObjectTypeDesigner::ObjectTypeDesigner(QWidget *parent)
    : QDialog(parent)
    , m_document(new models::ObjectTypeDocument(this))
    , m_tabs(new QTabWidget(this))
    , m_general(new DesignerGeneralPage(m_document, m_tabs))
    , m_fields(new DesignerFieldsPage(m_document, m_tabs))
    , m_keys(new DesignerKeysPage(m_document, m_tabs))
    , m_preview(new DesignerPreviewPage(m_document, m_tabs))
    , m_json(new QPlainTextEdit(m_tabs))
    , m_jsonProblem(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_undo(m_document->undoStack()->createUndoAction(this, tr("Undo")))
    , m_redo(m_document->undoStack()->createRedoAction(this, tr("Redo")))
{
    setObjectName(QStringLiteral("objectTypeDesigner"));
    m_tabs->setObjectName(QStringLiteral("designerTabs"));
    m_tabs->addTab(m_general, tr("&General"));
    m_tabs->addTab(m_fields, tr("&Fields"));
    m_tabs->addTab(m_keys, tr("&Keys"));

    auto *jsonPage = new QWidget(m_tabs);
    m_json->setObjectName(QStringLiteral("jsonEdit"));
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_jsonProblem->setObjectName(QStringLiteral("jsonProblem"));
    m_jsonProblem->setWordWrap(true);
    m_jsonProblem->setStyleSheet(QStringLiteral("color: #c01c28"));
    auto *apply = new QPushButton(tr("&Apply JSON"), jsonPage);
    apply->setObjectName(QStringLiteral("applyJsonButton"));
    apply->setAutoDefault(false);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->addWidget(new QLabel(tr("The PutProfileObjectType request. Edit it and apply it, "
                                        "or go to another tab, to take it into the forms."),
                                     jsonPage));
    jsonLayout->addWidget(m_json);
    jsonLayout->addWidget(m_jsonProblem);
    jsonLayout->addWidget(apply, 0, Qt::AlignRight);
    m_jsonTab = m_tabs->addTab(jsonPage, tr("&JSON"));
    m_tabs->addTab(m_preview, tr("Pre&view"));

    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    for (QAction *action : {m_undo, m_redo})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undo);
    addAction(m_redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(m_undo);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("redoButton"));
    redoButton->setDefaultAction(m_redo);

    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setMaximumHeight(110);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);

    m_saveDiff = new QPlainTextEdit(this);
    m_saveDiff->setObjectName(QStringLiteral("saveDiff"));
    m_saveDiff->setReadOnly(true);
    m_saveDiff->setFont(QFont(QStringLiteral("monospace")));
    m_saveDiff->setMaximumHeight(160);
    m_saveDiff->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("designerMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addLayout(createFileButtons());
    bottom->addStretch();
    bottom->addWidget(buttons);
    m_problemsLabel = new QLabel(tr("Problems that block saving:"), this);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTemplateRow());
    layout->addWidget(m_tabs);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems);
    layout->addWidget(m_saveDiff);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    keepWindowSize(this, QStringLiteral("sizes/designer"), QSize(1060, 700));

    connect(m_save, &QPushButton::clicked, this, &ObjectTypeDesigner::save);
    connect(close, &QPushButton::clicked, this, &ObjectTypeDesigner::reject);
    connect(apply, &QPushButton::clicked, this, &ObjectTypeDesigner::applyJson);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingJson)
            m_jsonEdited = true;
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ObjectTypeDesigner::tabChanged);
    connect(m_document, &models::ObjectTypeDocument::changed, this, &ObjectTypeDesigner::refresh);
    // The diff is what the question was about: an edit makes it out of date (not every
    // change is one: the template list arriving is announced as a change too).
    connect(m_document, &models::ObjectTypeDocument::changed, this, [this] {
        if (!m_saveDiff->isHidden() && m_document->toJsonObject() != m_diffRequest)
            m_saveDiff->hide();
    });
    connect(m_document, &models::ObjectTypeDocument::reset, this, &ObjectTypeDesigner::refresh);
    connect(m_document, &models::ObjectTypeDocument::dirtyChanged, this,
            &ObjectTypeDesigner::refresh);
    refresh();
}

void ObjectTypeDesigner::load(const schema::ObjectTypeDefinition &definition, bool stored,
                              const QJsonObject &tags)
{
    m_document->load(definition, stored, tags);
    m_storedRequest = stored ? m_document->toJsonObject() : QJsonObject();
    m_saveDiff->hide();
    refresh();
}

void ObjectTypeDesigner::setPreviewClient(client::CustomerProfilesClient *client,
                                          const QString &domain)
{
    m_preview->setClient(client, domain);
    m_previewClient = client;
    m_previewDomain = domain;
}

void ObjectTypeDesigner::addOtherObjectType(const schema::ObjectTypeDefinition &other)
{
    m_others.append(other);
    m_keys->model()->setOtherObjectTypes(m_others);
}

void ObjectTypeDesigner::markSaved()
{
    m_document->markSaved();
    m_storedRequest = m_document->toJsonObject();
    m_saveDiff->hide();
    refresh();
}

QStringList ObjectTypeDesigner::removedTagKeys() const
{
    const QJsonObject stored = m_storedRequest.value(QStringLiteral("Tags")).toObject();
    const QJsonObject now = m_document->toJsonObject().value(QStringLiteral("Tags")).toObject();
    QStringList removed;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (!now.contains(it.key()))
            removed.append(it.key());
    }
    return removed;
}

QStringList ObjectTypeDesigner::problems() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out.append(m_problems->item(i)->text());
    return out;
}

QString ObjectTypeDesigner::jsonProblem() const
{
    return m_jsonProblem->text();
}

void ObjectTypeDesigner::refresh()
{
    const QString name = m_document->general().name;
    setWindowTitle(name.isEmpty()           ? tr("New object type[*]")
                   : m_document->isStored() ? tr("Object type %1[*]").arg(name)
                                            : tr("New object type %1[*]").arg(name));
    setWindowModified(m_document->isDirty());
    m_templateRow->setVisible(!m_document->isStored());
    QStringList messages;
    for (const schema::ValidationIssue &issue : m_document->problems()) {
        if (!messages.contains(issue.message))
            messages.append(issue.message);
    }
    if (messages != problems()) {
        m_problems->clear();
        m_problems->addItems(messages);
    }
    // Only while there are any: the tabs get the room otherwise.
    m_problemsLabel->setVisible(!messages.isEmpty());
    m_problems->setVisible(!messages.isEmpty());
    m_save->setEnabled(messages.isEmpty());
    m_save->setToolTip(messages.isEmpty() ? QString() : tr("Fix the problems listed first."));
    if (m_tabs->currentIndex() == m_jsonTab && !m_jsonEdited)
        showJson();
}

void ObjectTypeDesigner::showJson()
{
    m_settingJson = true;
    m_json->setPlainText(QString::fromUtf8(m_document->toJson()));
    m_settingJson = false;
    m_jsonEdited = false;
    m_jsonProblem->clear();
}

bool ObjectTypeDesigner::applyJson()
{
    if (!m_jsonEdited)
        return true;
    const QByteArray text = m_json->toPlainText().toUtf8();
    QString problem = models::ObjectTypeDocument::jsonProblem(text);
    if (problem.isEmpty() && !m_document->fromJson(text, &problem) && problem.isEmpty())
        problem = tr("The JSON is not a PutProfileObjectType request.");
    if (!problem.isEmpty()) {
        m_jsonProblem->setText(problem);
        return false;
    }
    m_jsonEdited = false;
    m_jsonProblem->clear();
    if (m_tabs->currentIndex() == m_jsonTab)
        showJson(); // in the document's own form
    return true;
}

void ObjectTypeDesigner::tabChanged(int index)
{
    if (m_previousTab == m_jsonTab && index != m_jsonTab && !applyJson()) {
        // Stay on the JSON until it is fixed (or put back by Undo).
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(m_jsonTab);
        return;
    }
    m_previousTab = index;
    if (index == m_jsonTab)
        showJson();
}

bool ObjectTypeDesigner::save()
{
    if (m_tabs->currentIndex() == m_jsonTab && !applyJson())
        return false;
    refresh();
    if (!m_save->isEnabled())
        return false;
    const QJsonObject request = m_document->toJsonObject();
    if (!m_document->isStored() || request == m_storedRequest) {
        Q_EMIT saveRequested(request);
        return true;
    }
    m_saveDiff->setPlainText(diff(m_storedRequest, request));
    m_diffRequest = request;
    m_saveDiff->show();
    prompts::confirm(this, tr("Save object type"),
                     tr("Save these changes to object type %1? They are shown under "
                        "the problems (\"- \" removed, \"+ \" added).")
                         .arg(m_document->general().name),
                     [this, request] { Q_EMIT saveRequested(request); });
    return true;
}

void ObjectTypeDesigner::reject()
{
    if (!m_document->isDirty() && !m_jsonEdited) {
        QDialog::reject();
        return;
    }
    prompts::confirm(this, tr("Unsaved changes"),
                     tr("Discard the changes to object type %1?").arg(m_document->general().name),
                     [this] { QDialog::reject(); });
}

void ObjectTypeDesigner::done(int result)
{
    m_preview->cancelPreview();
    QDialog::done(result);
}

} // namespace cp::views
