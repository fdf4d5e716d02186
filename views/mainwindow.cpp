#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cp::views {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connection(new QLabel(this))
{
    setWindowTitle(tr("Customer Profiles Console"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("<h2>Customer Profiles Console</h2>"), central);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connection->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(m_connection);
    layout->addStretch();
    setCentralWidget(central);
    resize(900, 600);
}

void MainWindow::showConnection(const QString &endpointDescription, const QString &credentialSource)
{
    m_connection->setText(tr("Endpoint: %1\nCredentials: %2").arg(endpointDescription, credentialSource));
    statusBar()->showMessage(endpointDescription);
}

} // namespace cp::views
