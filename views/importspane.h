#pragma once

#include "listpane.h"

#include <QPointer>

class QAction;
class QLabel;
class QPushButton;

namespace cp::views {

class CommandRunner;
class UploadJobDialog;

// The Imports tab: the current domain's upload jobs (ListUploadJobs, paged) with name,
// status, reason, created and completed; the chosen job's counts read with GetUploadJob
// (list items carry none). "Import profiles from CSV…" opens UploadJobDialog; other
// importers add their buttons beside it (addImportButton).
class ImportsPane : public ListPane
{
    Q_OBJECT
public:
    ImportsPane(CommandRunner *runner, QWidget *parent = nullptr);

    void setDomain(const QString &domain);
    QString domain() const { return m_domain; }
    // For a menu of the main window; disabled, saying why, without a domain.
    QAction *importProfilesAction() const { return m_importAction; }
    // Opens the dialog (non-modal, so that the window can be used while a job runs).
    UploadJobDialog *importProfiles();
    // A button of another importer ("Import objects…"), in the row under the table.
    void addImportButton(QAbstractButton *button) { addButton(button); }
    // The chosen job's counts and status as the pane shows them.
    QString detailsText() const;
    // Stops the chosen job when it has not ended (StopUploadJob); false otherwise.
    bool stopCurrentJob();

private:
    void updateActions();
    void showDetails(const QJsonObject &item);

    CommandRunner *m_runner;
    QString m_domain;
    QPushButton *m_import;
    QPushButton *m_refresh;
    QPushButton *m_stop;
    QAction *m_importAction;
    QLabel *m_details;
    QPointer<client::Call> m_detailsCall;
    quint64 m_detailsGeneration = 0;
};

} // namespace cp::views
