#pragma once

#include "core/client.h"
#include "samplerecords.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cp::views {

// "Detect from samples…": the user pastes or opens up to five of their own records (JSON
// objects, JSON Lines, or CSV with a header row), sees how many were read, and asks the
// connected endpoint (DetectProfileObjectType) for a mapping. The dialog stays open, with
// the text, until the endpoint has answered; a refusal is shown in it. On success it emits
// detected() with the detected type and the records, and closes.
class SampleDetectionDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxSamples = 5; // what DetectProfileObjectType takes

    SampleDetectionDialog(client::CustomerProfilesClient *client, const QString &domain,
                          QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *detectButton() const { return m_detect; }
    // What was read (records, or the problem), as shown under the text.
    QString statusText() const;
    bool loadFile(const QString &path);
    bool isDetecting() const { return !m_call.isNull(); }
    // Sends the records read; false (the reason shown) when there are none.
    bool detect();

public Q_SLOTS:
    void reject() override; // while detecting: cancels the call, keeps the dialog

Q_SIGNALS:
    // DetectedProfileObjectTypes' first element, and the records it was detected from.
    void detected(const QJsonObject &type, const QList<QJsonObject> &samples);

private:
    void reread();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool problem);

    QPointer<client::CustomerProfilesClient> m_client;
    QString m_domain;
    models::SampleRecords m_records;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_detect;
    QDialogButtonBox *m_buttons;
    QPointer<client::Call> m_call;
};

} // namespace cp::views
