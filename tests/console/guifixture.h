#pragma once

// For the main window tests: a window on an in-memory local endpoint, and a way to
// answer a modal dialog once it is shown (open() or exec()), without timing.

#include "consolefixture.h"
#include "listpane.h"
#include "mainwindow.h"
#include "requestlogmodel.h"

#include <QApplication>
#include <QDialog>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace cp::testing {

// An endpoint that takes connections and never answers; it keeps them in `held`.
class SilentEndpoint : public QTcpServer
{
public:
    SilentEndpoint()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                held.append(socket);
        });
    }
    bool start() { return listen(QHostAddress::LocalHost); }
    QUrl url() const
    {
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(serverPort());
        return url;
    }

    QList<QTcpSocket *> held;
};

inline views::Session::Info localConnection(const QString &name, const QUrl &url)
{
    return {name, {url, QStringLiteral("us-east-1")}, testCredentials(), true};
}

// Runs `answer` on the next modal dialog (window-modal from open(), or exec()) as soon as
// the event loop turns with it shown.
inline void answerNextModal(std::function<void(QDialog *)> answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer = std::move(answer)] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        answer(dialog);
    });
    poll->start();
}

// The names in a listing, in the model's order.
inline QStringList listed(views::ListPane *pane, const QString &member)
{
    QStringList names;
    for (int row = 0; row < pane->model()->rowCount(); ++row)
        names.append(
            models::PagedListModel::memberValue(pane->model()->item(row), member).toString());
    return names;
}

// Calls of `operation` in the request log that ended in an answer or an error; with
// `cancelled`, the ones the console cancelled instead.
inline int countOperation(const models::RequestLogModel *log, const QString &operation,
                          bool cancelled = false)
{
    int count = 0;
    for (int row = 0; row < log->rowCount(); ++row) {
        const client::RequestLogEntry &entry = log->entry(row);
        count += entry.operation == operation && entry.cancelled == cancelled ? 1 : 0;
    }
    return count;
}

} // namespace cp::testing
