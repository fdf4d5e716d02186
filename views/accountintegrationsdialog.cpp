#include "accountintegrationsdialog.h"
#include "operations.h"

#include "formissues.h"
#include "listpane.h"
#include "wiremodel.h"
#include "windowsize.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::views {

using Column = models::PagedListModel::Column;
using Kind = models::PagedListModel::Kind;

AccountIntegrationsDialog::AccountIntegrationsDialog(client::CustomerProfilesClient *client,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_uri(new QLineEdit(this))
    , m_find(new QPushButton(tr("&Find"), this))
    , m_uriError(formissues::issueLabel(this, QStringLiteral("accountUriError")))
    , m_results(new ListPane(QStringLiteral("accountIntegrations"),
                             {{tr("Domain"), QStringLiteral("DomainName"), Kind::Text},
                              {tr("URI"), QStringLiteral("Uri"), Kind::Text},
                              {tr("Object type"), QStringLiteral("ObjectTypeName"), Kind::Text},
                              {tr("Created"), QStringLiteral("CreatedAt"), Kind::Time}},
                             this))
{
    setObjectName(QStringLiteral("accountIntegrationsDialog"));
    setWindowTitle(tr("Integrations by URI"));
    m_uri->setObjectName(QStringLiteral("accountIntegrationsUri"));
    m_uri->setPlaceholderText(tr("the source URI, e.g. arn:aws:appflow:…:flow/NAME"));
    m_find->setObjectName(QStringLiteral("accountIntegrationsFind"));
    m_find->setDefault(true);
    m_results->setClient(client);

    auto *row = new QHBoxLayout;
    auto *uriLabel = new QLabel(tr("&URI:"), this);
    uriLabel->setBuddy(m_uri); // the accelerator focuses the field (and is not shown as "&")
    row->addWidget(uriLabel);
    row->addWidget(m_uri, 1);
    row->addWidget(m_find);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_uriError);
    layout->addWidget(m_results);
    layout->addWidget(buttons);
    keepWindowSize(this, QStringLiteral("sizes/accountIntegrations"), QSize(760, 440));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_results, &ListPane::failed, this, &AccountIntegrationsDialog::failed);
    connect(m_uri, &QLineEdit::textChanged, this, [this] { revalidate(); });
    connect(m_find, &QPushButton::clicked, this, [this] { find(m_uri->text()); });
    connect(m_uri, &QLineEdit::returnPressed, this, [this] { find(m_uri->text()); });
    revalidate();
}

QString AccountIntegrationsDialog::revalidate()
{
    const QJsonObject request{{QStringLiteral("Uri"), m_uri->text().trimmed()}};
    const auto issues = schema::WireModel::bundled().validate(
        QStringLiteral("ListAccountIntegrationsRequest"), request);
    const QString issue = issues.isEmpty() ? QString() : issues.first().message;
    formissues::showIssue(m_uriError, m_uri->text().isEmpty() ? QString() : issue);
    m_find->setEnabled(issue.isEmpty());
    return issue;
}

bool AccountIntegrationsDialog::find(const QString &uri)
{
    if (m_uri->text() != uri)
        m_uri->setText(uri);
    if (!revalidate().isEmpty())
        return false;
    m_results->setQuery(schema::ops::ListAccountIntegrations,
                        {{QStringLiteral("Uri"), uri.trimmed()}});
    return true;
}

} // namespace cp::views
