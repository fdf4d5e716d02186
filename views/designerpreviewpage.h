#pragma once

#include "core/client.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace cp::models {
struct PreviewResult;
class IngestionPreview;
class IngestionPreviewModel;
class ObjectTypeDocument;
} // namespace cp::models

namespace cp::views {

// The designer's Preview tab: a sample source object (typed, pasted or loaded from a file)
// put through the current draft without writing anything. "Preview" (Ctrl+Return) evaluates
// the mapping at once and looks up the key values read-only in the background; after a first
// preview, editing the sample or the draft runs it again after a short pause, each run
// cancelling the one before. The decision with its reason above, the details in a tree.
class DesignerPreviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerPreviewPage(models::ObjectTypeDocument *document, QWidget *parent = nullptr);

    // Where the lookups go; without a client the decision is made without them (and says so).
    void setClient(client::CustomerProfilesClient *client, const QString &domain);

    models::IngestionPreview *preview() const { return m_preview; }
    models::IngestionPreviewModel *model() const { return m_model; }
    QPlainTextEdit *sampleEditor() const { return m_sample; }
    QTreeView *view() const { return m_view; }

    void setSampleText(const QString &text);
    // The user's own records (from "Detect from samples…"): a chooser over them, the first
    // shown and previewed at once; every later edit of the design previews the chosen one.
    void setSamples(const QList<QJsonObject> &samples);
    QComboBox *samplePicker() const { return m_samplePicker; }
    // Back to no sample: the editor, the chooser and the result emptied, nothing running.
    void clearSamples();
    // Reads the sample from a file (what "Load…" does once a file is chosen).
    bool loadSample(const QString &path);
    // Starts a preview of the sample; false (the reason shown) when the sample is not a
    // JSON object.
    bool runPreview();
    void cancelPreview();

    QString sampleProblem() const;
    QString decisionText() const;
    QString statusText() const;

private:
    void chooseSampleFile();
    void sampleEdited();
    void draftChanged();
    void showStarted();
    void showResult(const models::PreviewResult &result);
    void showFailure(const client::ServiceError &error);
    void updateButtons();
    void fitColumns();
    void setStatus(const QString &text, bool error = false);

    models::ObjectTypeDocument *m_document;
    models::IngestionPreview *m_preview;
    models::IngestionPreviewModel *m_model;
    QPlainTextEdit *m_sample;
    QComboBox *m_samplePicker;
    QList<QJsonObject> m_samples;
    QLabel *m_sampleProblem;
    QLabel *m_decision;
    QLabel *m_status;
    QTreeView *m_view;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QTimer *m_debounce;
    bool m_active = false; // a preview was asked for: edits run it again
};

} // namespace cp::views
