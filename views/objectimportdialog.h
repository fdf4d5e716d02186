#pragma once

#include "core/client.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace cp::models {
class ObjectImporter;
class ObjectTypeDocument;
} // namespace cp::models

namespace cp::views {

class DesignerPreviewPage;

// "Import objects…": a JSON Lines or CSV file put through PutProfileObject under one of the
// domain's object types. Before the start it says what the file is (or, in one sentence, why
// it cannot be imported) and previews its first records with the designer's preview against
// the chosen type's stored definition; then Start, Pause/Resume and Cancel, a progress bar with
// objects done, rate and time left, and the refused lines in a table that "Save failed
// lines…" writes out (models::ObjectImporter does the work). Closing or Esc while a run goes
// on cancels the run and keeps the dialog; the next Close closes it.
class ObjectImportDialog : public QDialog
{
    Q_OBJECT
public:
    ObjectImportDialog(client::CustomerProfilesClient *client, const QString &domain,
                       const QString &objectType = QString(), QWidget *parent = nullptr);
    ~ObjectImportDialog() override;

    // What "Choose…" does once a file is chosen: reads its first records and previews them.
    void setFilePath(const QString &path);
    QString filePath() const;
    // The type to import into (it must be one of the domain's, listed or about to be).
    void setObjectType(const QString &name);
    QString objectType() const;
    // Why the file cannot be imported, or empty.
    QString fileProblem() const { return m_fileProblem; }
    // What "Save failed lines…" does once a file name is chosen.
    bool saveFailedLines(const QString &path);

    // Starts the import (Start); false, saying why, when it cannot.
    bool start();
    models::ObjectImporter *importer() const { return m_importer; }
    DesignerPreviewPage *preview() const { return m_preview; }
    QString statusText() const;
    QString progressText() const;

    void reject() override;

Q_SIGNALS:
    // The domain's object types are listed in the chooser.
    void objectTypesLoaded();
    // The chosen type's definition arrived and the preview runs on it.
    void definitionLoaded(const QString &objectType);

private:
    void loadObjectTypes();
    void loadDefinition();
    void chooseFile();
    void chooseFailedFile();
    void previewSamples();
    void togglePause();
    void refresh();
    // What a status line is about, so that it goes when that no longer holds.
    enum class StatusTopic { Other, TypeList, TypeDefinition, Pause };
    void setStatus(const QString &text, bool error = false, StatusTopic topic = StatusTopic::Other);
    void clearStatusAbout(StatusTopic topic);
    QString describeEnd() const;

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    QString m_wantedType;
    models::ObjectImporter *m_importer;
    models::ObjectTypeDocument *m_document;
    QLineEdit *m_file;
    QLabel *m_fileInfo;
    QComboBox *m_type;
    QSpinBox *m_concurrency;
    QSpinBox *m_rate;
    QTabWidget *m_tabs;
    DesignerPreviewPage *m_preview;
    QTableView *m_failed;
    QPushButton *m_saveFailed;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QTimer *m_ticker;
    QPointer<client::Call> m_definitionCall;
    QList<QJsonObject> m_samples;
    QString m_fileProblem;
    QString m_shownPath; // the file the dialog describes
    QString m_loadedType; // the type whose definition the preview uses
    StatusTopic m_statusTopic = StatusTopic::Other;
};

} // namespace cp::views
