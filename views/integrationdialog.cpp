#include "integrationdialog.h"

#include "formissues.h"
#include "wiremodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cp::views {

using formissues::issueLabel;
using formissues::showIssue;

IntegrationDialog::IntegrationDialog(client::CustomerProfilesClient *client, const QString &domain,
                                     QWidget *parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_uri(new QLineEdit(this))
    , m_objectType(new QComboBox(this))
    , m_status(issueLabel(this, QStringLiteral("integrationStatus"), false))
    , m_uriError(issueLabel(this, QStringLiteral("uriError")))
    , m_typeError(issueLabel(this, QStringLiteral("objectTypeError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("integrationDialog"));
    setWindowTitle(tr("Add integration to %1").arg(domain));
    m_uri->setObjectName(QStringLiteral("integrationUri"));
    m_uri->setPlaceholderText(
        tr("arn:aws:appflow:…:flow/NAME, arn:aws:s3:::BUCKET, arn:aws:events:…"));
    m_objectType->setObjectName(QStringLiteral("integrationObjectType"));
    m_objectType->setEditable(true);
    m_objectType->setInsertPolicy(QComboBox::NoInsert);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    auto *form = new QFormLayout(this);
    form->addRow(m_status);
    form->addRow(tr("Source &URI:"), m_uri);
    form->addRow(QString(), m_uriError);
    form->addRow(tr("&Object type:"), m_objectType);
    form->addRow(QString(), m_typeError);
    form->addRow(m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_uri, &QLineEdit::textChanged, this, &IntegrationDialog::revalidate);
    connect(m_objectType, &QComboBox::currentTextChanged, this, &IntegrationDialog::revalidate);
    revalidate();
    if (client && !domain.isEmpty()) {
        showIssue(m_status, tr("Loading the domain's object types…"));
        fetchObjectTypes(client, QString());
    }
}

void IntegrationDialog::fetchObjectTypes(client::CustomerProfilesClient *client,
                                         const QString &nextToken)
{
    QJsonObject request{{QStringLiteral("DomainName"), m_domain}};
    if (!nextToken.isEmpty())
        request.insert(QStringLiteral("NextToken"), nextToken);
    m_call = client->call(
        QStringLiteral("ListProfileObjectTypes"), request, this,
        [this, client = QPointer(client)](const client::Outcome<QJsonObject> &outcome) {
            if (!outcome.ok()) {
                showIssue(m_status, outcome.error().summary());
                Q_EMIT failed(outcome.error());
                return;
            }
            const QString typed = m_objectType->currentText();
            for (const QJsonValue &item : outcome->value(QStringLiteral("Items")).toArray())
                m_objectType->addItem(
                    item.toObject().value(QStringLiteral("ObjectTypeName")).toString());
            m_objectType->setEditText(typed.isEmpty() ? m_objectType->itemText(0) : typed);
            const QString next = outcome->value(QStringLiteral("NextToken")).toString();
            if (!next.isEmpty() && client) {
                fetchObjectTypes(client, next);
                return;
            }
            showIssue(m_status, m_objectType->count() == 0
                                    ? tr("The domain has no object types yet: create one first.")
                                    : QString());
            Q_EMIT objectTypesLoaded();
        });
}

QStringList IntegrationDialog::objectTypes() const
{
    QStringList names;
    for (int i = 0; i < m_objectType->count(); ++i)
        names.append(m_objectType->itemText(i));
    return names;
}

QJsonObject IntegrationDialog::input() const
{
    return {{QStringLiteral("DomainName"), m_domain},
            {QStringLiteral("Uri"), m_uri->text().trimmed()},
            {QStringLiteral("ObjectTypeName"), m_objectType->currentText().trimmed()}};
}

void IntegrationDialog::revalidate()
{
    const QJsonObject request = input();
    const auto issues =
        schema::WireModel::bundled().validate(QStringLiteral("PutIntegrationRequest"), request);
    QString uri, type;
    for (const schema::ValidationIssue &issue : issues) {
        if (issue.path.startsWith(QStringLiteral("Uri")))
            uri = issue.message;
        else if (issue.path.startsWith(QStringLiteral("ObjectTypeName")))
            type = issue.message;
    }
    // Empty fields are not errors to shout about before anything was typed.
    showIssue(m_uriError, m_uri->text().isEmpty() ? QString() : uri);
    showIssue(m_typeError, m_objectType->currentText().isEmpty() ? QString() : type);
    m_valid = issues.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace cp::views
