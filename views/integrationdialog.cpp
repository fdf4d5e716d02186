#include "integrationdialog.h"
#include "operations.h"

#include "formissues.h"
#include "objecttypesloader.h"
#include "wiremodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace cp::views {

using formissues::issueLabel;
using formissues::showIssue;

namespace {

const QString kUri = QStringLiteral("Uri");
const QString kObjectTypeName = QStringLiteral("ObjectTypeName");
const QString kObjectTypeNames = QStringLiteral("ObjectTypeNames");
const QString kRoleArn = QStringLiteral("RoleArn");
const QString kEventTriggerNames = QStringLiteral("EventTriggerNames");
const QString kScope = QStringLiteral("Scope");

} // namespace

IntegrationDialog::IntegrationDialog(client::CustomerProfilesClient *client, const QString &domain,
                                     QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_domain(domain)
    , m_uri(new QLineEdit(this))
    , m_objectType(new QComboBox(this))
    , m_objectTypeNames(new QPlainTextEdit(this))
    , m_roleArn(new QLineEdit(this))
    , m_eventTrigger(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_status(issueLabel(this, QStringLiteral("integrationStatus"), false))
    , m_uriError(issueLabel(this, QStringLiteral("uriError")))
    , m_uriNote(issueLabel(this, QStringLiteral("uriNote"), false))
    , m_existingNote(issueLabel(this, QStringLiteral("existingIntegrationNote"), false))
    , m_editExisting(new QPushButton(tr("&Edit it instead"), this))
    , m_typeError(issueLabel(this, QStringLiteral("objectTypeError")))
    , m_otherError(issueLabel(this, QStringLiteral("integrationError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_existingTimer(new QTimer(this))
    , m_loader(new models::ObjectTypesLoader(this))
{
    setObjectName(QStringLiteral("integrationDialog"));
    setWindowTitle(tr("Add integration to %1").arg(domain));
    m_uri->setObjectName(QStringLiteral("integrationUri"));
    m_uri->setPlaceholderText(
        tr("arn:aws:appflow:…:flow/NAME, arn:aws:s3:::BUCKET, arn:aws:events:…"));
    m_objectType->setObjectName(QStringLiteral("integrationObjectType"));
    m_objectType->setEditable(true);
    m_objectType->setInsertPolicy(QComboBox::NoInsert);
    m_objectTypeNames->setObjectName(QStringLiteral("integrationObjectTypeNames"));
    m_objectTypeNames->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_objectTypeNames->setTabChangesFocus(true);
    m_objectTypeNames->setPlaceholderText(tr("One per line: EVENT_TYPE = ObjectTypeName"));
    m_objectTypeNames->setFixedHeight(m_objectTypeNames->fontMetrics().lineSpacing() * 4 + 12);
    m_roleArn->setObjectName(QStringLiteral("integrationRoleArn"));
    m_roleArn->setPlaceholderText(tr("none: arn:aws:iam::ACCOUNT:role/NAME"));
    m_eventTrigger->setObjectName(QStringLiteral("integrationEventTrigger"));
    m_eventTrigger->setPlaceholderText(tr("none: the name of an event trigger"));
    m_scope->setObjectName(QStringLiteral("integrationScope"));
    m_scope->addItem(tr("(not set)"), QString());
    const schema::Shape *scope = schema::WireModel::bundled().shape(u"Scope");
    for (const QString &value : scope ? scope->enumValues : QStringList())
        m_scope->addItem(value, value);
    m_editExisting->setObjectName(QStringLiteral("editExistingIntegration"));
    m_editExisting->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    m_existingTimer->setSingleShot(true);
    m_existingTimer->setInterval(400);

    // The note and its button on rows of their own, the note the dialog's full width: a
    // wrapped label beside a button in a form row is cut off.
    auto *existingRow = new QHBoxLayout;
    existingRow->addWidget(m_editExisting);
    existingRow->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(m_status);
    form->addRow(tr("Source &URI:"), m_uri);
    form->addRow(QString(), m_uriError);
    form->addRow(m_uriNote);
    form->addRow(m_existingNote);
    form->addRow(QString(), existingRow);
    form->addRow(tr("&Object type:"), m_objectType);
    form->addRow(QString(), m_typeError);
    form->addRow(tr("Object type per &event:"), m_objectTypeNames);
    form->addRow(tr("&Role:"), m_roleArn);
    form->addRow(tr("Event &trigger:"), m_eventTrigger);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(QString(), m_otherError);
    form->addRow(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_uri, &QLineEdit::textChanged, this, [this] {
        m_existing = {};
        showIssue(m_existingNote, QString());
        m_editExisting->hide();
        if (m_existingCall)
            m_existingCall->cancel();
        if (!m_editing)
            m_existingTimer->start();
        revalidate();
    });
    connect(m_existingTimer, &QTimer::timeout, this, &IntegrationDialog::checkExisting);
    connect(m_editExisting, &QPushButton::clicked, this, [this] {
        if (!m_existing.isEmpty())
            edit(m_existing);
    });
    for (QLineEdit *edit : {m_roleArn, m_eventTrigger})
        connect(edit, &QLineEdit::textChanged, this, &IntegrationDialog::revalidate);
    connect(m_objectTypeNames, &QPlainTextEdit::textChanged, this, &IntegrationDialog::revalidate);
    connect(m_objectType, &QComboBox::currentTextChanged, this, &IntegrationDialog::revalidate);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &IntegrationDialog::revalidate);
    revalidate();
    // Every page of the domain's object types, as the other views read them.
    connect(m_loader, &models::ObjectTypesLoader::namesLoaded, this,
            &IntegrationDialog::showObjectTypes);
    connect(m_loader, &models::ObjectTypesLoader::failed, this,
            [this](const client::ServiceError &error) {
                showIssue(m_status, error.summary());
                Q_EMIT failed(error);
            });
    if (m_client && !domain.isEmpty()) {
        showIssue(m_status, tr("Loading the domain's object types…"));
        m_loader->setClient(m_client);
        m_loader->load(domain);
    }
}

bool IntegrationDialog::isLoading() const
{
    return m_loader->isLoading();
}

void IntegrationDialog::showObjectTypes(const QStringList &names)
{
    const QString typed = m_chosenType.isEmpty() ? m_objectType->currentText() : m_chosenType;
    m_objectType->addItems(names);
    m_objectType->setEditText(typed.isEmpty() && !m_editing ? m_objectType->itemText(0) : typed);
    showIssue(m_status, names.isEmpty()
                            ? tr("The domain has no object types yet: create one first.")
                            : QString());
    Q_EMIT objectTypesLoaded();
}

void IntegrationDialog::chooseObjectType(const QString &name)
{
    m_chosenType = name;
    m_objectType->setEditText(name);
}

// PutIntegration replaces an integration: before adding, say when the URI has one.
void IntegrationDialog::checkExisting()
{
    const QString uri = m_uri->text().trimmed();
    if (!m_client || m_editing || uri.isEmpty())
        return;
    m_existingCall = m_client->call(
        schema::ops::GetIntegration, {{QStringLiteral("DomainName"), m_domain}, {kUri, uri}},
        this, [this, uri](const client::Outcome<QJsonObject> &outcome) {
            if (m_editing || uri != m_uri->text().trimmed())
                return;
            if (outcome.ok()) {
                m_existing = outcome.value();
                showIssue(m_existingNote,
                          tr("This URI already has an integration (object type %1): adding "
                             "would replace it.")
                              .arg(m_existing.value(kObjectTypeName).toString()));
                m_editExisting->show();
                fitHeight();
            }
            Q_EMIT existingChecked();
        });
}

void IntegrationDialog::edit(const QJsonObject &integration)
{
    m_editing = true;
    m_existingTimer->stop();
    if (m_existingCall)
        m_existingCall->cancel();
    const auto &model = schema::WireModel::bundled();
    const QJsonObject stored = model.membersOf(u"PutIntegrationRequest", integration);
    setWindowTitle(tr("Edit integration %1").arg(stored.value(kUri).toString()));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_uri->setText(stored.value(kUri).toString());
    m_uri->setReadOnly(true);
    m_existing = {};
    showIssue(m_existingNote, QString());
    m_editExisting->hide();
    m_objectType->setEditText(stored.value(kObjectTypeName).toString());
    QStringList lines;
    const QJsonObject names = stored.value(kObjectTypeNames).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        lines.append(it.key() + QStringLiteral(" = ") + it.value().toString());
    m_objectTypeNames->setPlainText(lines.join(QLatin1Char('\n')));
    m_roleArn->setText(stored.value(kRoleArn).toString());
    m_eventTrigger->setText(stored.value(kEventTriggerNames).toArray().first().toString());
    const int scope = m_scope->findData(stored.value(kScope).toString());
    m_scope->setCurrentIndex(scope < 0 ? 0 : scope);
    // Tags are changed with the tags editor (PutIntegration only adds them); everything
    // else without a field here goes back as it came.
    m_kept = stored;
    for (const QString &member :
         {QStringLiteral("DomainName"), kUri, kObjectTypeName, kObjectTypeNames, kRoleArn,
          kEventTriggerNames, kScope, QStringLiteral("Tags")})
        m_kept.remove(member);
    revalidate();
    fitHeight();
}

// Notes come and go: the dialog keeps its width and takes the height they need.
void IntegrationDialog::fitHeight()
{
    if (QLayout *form = layout())
        form->activate();
    resize(width(), sizeHint().height());
}

QStringList IntegrationDialog::objectTypes() const
{
    QStringList names;
    for (int i = 0; i < m_objectType->count(); ++i)
        names.append(m_objectType->itemText(i));
    return names;
}

QJsonObject IntegrationDialog::objectTypeNames(QString *problem) const
{
    QJsonObject out;
    const QStringList lines = m_objectTypeNames->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString event = line.left(eq).trimmed();
        const QString type = line.mid(eq + 1).trimmed();
        if (eq < 0 || event.isEmpty() || type.isEmpty()) {
            if (problem && problem->isEmpty())
                *problem = tr("\"%1\" is not EVENT_TYPE = ObjectTypeName.").arg(line.trimmed());
            continue;
        }
        out.insert(event, type);
    }
    return out;
}

QJsonObject IntegrationDialog::input() const
{
    QJsonObject out = m_kept;
    out.insert(QStringLiteral("DomainName"), m_domain);
    out.insert(kUri, m_uri->text().trimmed());
    if (const QString type = m_objectType->currentText().trimmed(); !type.isEmpty())
        out.insert(kObjectTypeName, type);
    if (const QJsonObject names = objectTypeNames(nullptr); !names.isEmpty())
        out.insert(kObjectTypeNames, names);
    if (const QString role = m_roleArn->text().trimmed(); !role.isEmpty())
        out.insert(kRoleArn, role);
    if (const QString trigger = m_eventTrigger->text().trimmed(); !trigger.isEmpty())
        out.insert(kEventTriggerNames, QJsonArray{trigger});
    if (const QString scope = m_scope->currentData().toString(); !scope.isEmpty())
        out.insert(kScope, scope);
    return out;
}

void IntegrationDialog::revalidate()
{
    const QJsonObject request = input();
    const auto issues =
        schema::WireModel::bundled().validate(QStringLiteral("PutIntegrationRequest"), request);
    QString uri, type, other;
    for (const schema::ValidationIssue &issue : issues) {
        if (issue.path.startsWith(kUri))
            uri = issue.message;
        else if (issue.path == kObjectTypeName)
            type = issue.message;
        else if (other.isEmpty())
            other = issue.message;
    }
    QString names;
    objectTypeNames(&names);
    if (!request.contains(kObjectTypeName) && !request.contains(kObjectTypeNames))
        type = tr("Choose the object type, or give one per event type.");
    if (!names.isEmpty())
        other = names;
    // Empty fields are not errors to shout about before anything was typed.
    showIssue(m_uriError, m_uri->text().isEmpty() ? QString() : uri);
    const QString text = m_uri->text().trimmed();
    showIssue(m_uriNote, !text.isEmpty() && uri.isEmpty() && !text.startsWith(QLatin1String("arn:"))
                             ? tr("This is not an ARN: the service expects the ARN of the source "
                                  "(an AppFlow flow, an S3 bucket, an EventBridge or Kinesis "
                                  "resource), and will likely refuse it.")
                             : QString());
    const bool typedSomething = !m_objectType->currentText().isEmpty() ||
                                !m_objectTypeNames->toPlainText().trimmed().isEmpty();
    showIssue(m_typeError, typedSomething || m_editing ? type : QString());
    showIssue(m_otherError, other);
    m_valid = issues.isEmpty() && type.isEmpty() && names.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace cp::views
