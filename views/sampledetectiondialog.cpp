#include "sampledetectiondialog.h"

#include "operations.h"
#include "windowsize.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::views {

SampleDetectionDialog::SampleDetectionDialog(client::CustomerProfilesClient *client,
                                             const QString &domain, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_domain(domain)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_open(new QPushButton(tr("&Open file…"), this))
    , m_detect(new QPushButton(tr("&Detect"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("sampleDetectionDialog"));
    setWindowTitle(tr("Detect from samples"));
    auto *intro = new QLabel(
        tr("Paste up to %1 records of your own data, or open a file: JSON objects (one, an "
           "array, or one per line) or CSV with a header row. The endpoint reads them and "
           "proposes fields, keys and the timestamp format; nothing is stored.")
            .arg(kMaxSamples),
        this);
    intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("detectSamplesEdit"));
    m_text->setFont(QFont(QStringLiteral("monospace")));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(QStringLiteral(
        "{\"id\": \"C-1\", \"first_name\": \"Ana\", \"email\": \"ana@example.com\"}\n"
        "{\"id\": \"C-2\", \"first_name\": \"Ben\", \"email\": \"ben@example.com\"}"));
    m_status->setObjectName(QStringLiteral("detectSamplesStatus"));
    m_status->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("detectOpenButton"));
    m_open->setAutoDefault(false);
    m_detect->setObjectName(QStringLiteral("detectButton"));
    m_detect->setDefault(true);
    m_buttons->addButton(m_detect, QDialogButtonBox::AcceptRole);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_open);
    fileRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addLayout(fileRow);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    keepWindowSize(this, QStringLiteral("sizes/sampleDetection"), QSize(640, 460));

    connect(m_text, &QPlainTextEdit::textChanged, this, &SampleDetectionDialog::reread);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open records"), QString(),
            tr("Records (*.json *.jsonl *.ndjson *.csv);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SampleDetectionDialog::detect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SampleDetectionDialog::reject);
    reread();
}

QString SampleDetectionDialog::statusText() const
{
    return m_status->text();
}

bool SampleDetectionDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Could not read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    // Only the start matters: five records, not a whole export.
    const QByteArray head = file.read(1024 * 1024);
    m_text->setPlainText(QString::fromUtf8(head));
    return true;
}

void SampleDetectionDialog::reread()
{
    m_records = models::SampleRecords::read(m_text->toPlainText().toUtf8(), kMaxSamples);
    const bool empty = m_text->toPlainText().trimmed().isEmpty();
    if (empty) {
        showStatus(tr("Nothing to read yet."), false);
    } else if (!m_records.problem.isEmpty()) {
        showStatus(m_records.problem, true);
    } else {
        const QString format = m_records.format == models::SampleRecords::Format::Csv
                                   ? tr("CSV")
                                   : tr("JSON");
        QString text = tr("%n record(s) read (%1).", nullptr, m_records.total).arg(format);
        if (m_records.total > kMaxSamples)
            text += QLatin1Char(' ') + tr("The first %1 are used.").arg(kMaxSamples);
        showStatus(text, false);
    }
    setBusy(false);
}

bool SampleDetectionDialog::detect()
{
    if (isDetecting())
        return false;
    if (m_records.records.isEmpty() || !m_records.problem.isEmpty())
        return false;
    if (!m_client || m_domain.isEmpty()) {
        showStatus(tr("Connect and choose a domain first: the endpoint detects the mapping."),
                   true);
        return false;
    }
    QJsonArray objects;
    for (const QJsonObject &record : std::as_const(m_records.records))
        objects.append(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    const QList<QJsonObject> samples = m_records.records;
    m_call = m_client->call(
        schema::ops::DetectProfileObjectType,
        {{QStringLiteral("DomainName"), m_domain}, {QStringLiteral("Objects"), objects}}, this,
        [this, samples](const client::Outcome<QJsonObject> &outcome) {
            m_call = nullptr;
            setBusy(false);
            if (!outcome.ok()) {
                if (outcome.error().kind != client::ServiceError::Kind::Cancelled)
                    showStatus(tr("The endpoint could not detect a mapping: %1")
                                   .arg(outcome.error().summary()),
                               true);
                return;
            }
            const QJsonArray types =
                outcome->value(QStringLiteral("DetectedProfileObjectTypes")).toArray();
            if (types.isEmpty()) {
                showStatus(tr("The endpoint found no mapping in these records."), true);
                return;
            }
            Q_EMIT detected(types.first().toObject(), samples);
            accept();
        });
    setBusy(true);
    showStatus(tr("Detecting… (Esc cancels)"), false);
    return true;
}

void SampleDetectionDialog::reject()
{
    if (m_call) {
        m_call->cancel();
        showStatus(tr("Detection cancelled; the records are kept."), false);
        return;
    }
    QDialog::reject();
}

void SampleDetectionDialog::setBusy(bool busy)
{
    m_text->setReadOnly(busy);
    m_open->setEnabled(!busy);
    m_detect->setEnabled(!busy && !m_records.records.isEmpty() && m_records.problem.isEmpty());
}

void SampleDetectionDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c01c28") : QString());
}

} // namespace cp::views
