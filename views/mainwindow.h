#pragma once

#include <QMainWindow>

class QLabel;

namespace cp::views {

// The console's main window. For now it tells which endpoint and credentials the
// console would use; the browsers come with the console issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // endpointDescription: where calls would go; credentialSource: where keys come from.
    void showConnection(const QString &endpointDescription, const QString &credentialSource);

private:
    QLabel *m_connection;
};

} // namespace cp::views
