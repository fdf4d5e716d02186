#pragma once

#include "csvimport.h"
#include "uploadjobflow.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cp::views {

class CsvMappingTable;
class MessageBar;

// "Import profiles from CSV…": choose a file, see its header and first rows, map each
// column to a profile field (suggested from the header names), choose the unique key, the
// data expiry and the job's name, checked as typed; Start runs the upload job
// (models::UploadJobFlow) and follows it with a progress bar (bytes while uploading), its
// status and counts, and Stop. Everything typed stays until the service answered; errors
// show in the dialog. Cancel (or Esc) during the upload cancels it; afterwards it closes
// the dialog, a running job going on.
class UploadJobDialog : public QDialog
{
    Q_OBJECT
public:
    UploadJobDialog(client::CustomerProfilesClient *client, const QString &domain,
                    QWidget *parent = nullptr);

    // Reads a file's head and suggests a mapping (what Browse… does once a file is chosen).
    void openFile(const QString &path);
    void start();

    models::UploadJobFlow *flow() const { return m_flow; }
    CsvMappingTable *mappingTable() const { return m_table; }
    const models::CsvFilePreview &preview() const { return m_preview; }
    // The mapping as chosen in the dialog.
    models::UploadMapping mapping() const;
    // CreateUploadJob's input (without DomainName) as the form stands.
    QJsonObject createInput() const;
    // Why Start is disabled, one sentence a line; empty when it is not.
    QStringList problems() const;
    QString fileProblem() const;
    QString countsText() const;

Q_SIGNALS:
    // A job was created (the list of past jobs may show it), and when it ended.
    void jobCreated(const QString &jobId);
    void jobEnded(const QJsonObject &job);

public:
    void reject() override;

private:
    void browse();
    void revalidate();
    void updateState();
    void showJob(const QJsonObject &job);
    void readDomainDefaults();

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    models::CsvFilePreview m_preview;
    models::UploadJobFlow *m_flow;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_fileProblem;
    QLabel *m_fileInfo;
    CsvMappingTable *m_table;
    QComboBox *m_uniqueKey;
    QSpinBox *m_expiry;
    QLineEdit *m_name;
    QLabel *m_problems;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QLabel *m_counts;
    MessageBar *m_message;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_close;
    bool m_expiryTouched = false;
    bool m_nameTouched = false;
};

} // namespace cp::views
