#include "definitionbrowser.h"

#include "objecttypedetails.h"

#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cp::views {

DefinitionBrowser::DefinitionBrowser(Spec spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(std::move(spec))
    , m_list(new ListPane(m_spec.objectName + QStringLiteral("List"), m_spec.columns, this))
    , m_details(new ObjectTypeDetails(this))
{
    setObjectName(m_spec.objectName);
    m_list->setIdentity(m_spec.idMember);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({300, 600}); // the details hold the widest tables
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &ListPane::failed, this, &DefinitionBrowser::failed);
    connect(m_list, &ListPane::currentItemChanged, this, &DefinitionBrowser::load);
    // Show the first definition's fields and keys at once rather than an empty pane.
    connect(m_list, &ListPane::pageLoaded, this, [this](int rows) {
        if (rows > 0 && m_list->currentItem().isEmpty())
            m_list->view()->selectRow(0);
    });
}

void DefinitionBrowser::setClient(client::CustomerProfilesClient *client)
{
    m_client = client;
    m_list->setClient(client);
    m_details->clear();
    if (!m_spec.perDomain && client)
        m_list->setQuery(m_spec.listOperation, {});
}

void DefinitionBrowser::setDomain(const QString &domain)
{
    if (!m_spec.perDomain)
        return;
    m_domain = domain;
    m_details->clear();
    if (domain.isEmpty())
        m_list->clear();
    else
        m_list->setQuery(m_spec.listOperation, {{QStringLiteral("DomainName"), domain}});
}

void DefinitionBrowser::refresh()
{
    m_list->refresh();
}

QString DefinitionBrowser::currentId() const
{
    return m_list->currentItem().value(m_spec.idMember).toString();
}

void DefinitionBrowser::load(const QJsonObject &item)
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    const QString id = item.value(m_spec.idMember).toString();
    if (id.isEmpty() || !m_client) {
        m_details->clear();
        return;
    }
    QJsonObject input{{m_spec.idMember, id}};
    if (m_spec.perDomain)
        input.insert(QStringLiteral("DomainName"), m_domain);
    const quint64 generation = m_generation;
    m_call =
        m_client->call(m_spec.getOperation, input, this, [this, generation](const auto &outcome) {
            if (generation != m_generation)
                return;
            if (!outcome.ok()) {
                Q_EMIT failed(outcome.error());
                return;
            }
            m_details->show(outcome.value());
        });
}

} // namespace cp::views
