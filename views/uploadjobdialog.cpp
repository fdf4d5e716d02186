#include "uploadjobdialog.h"

#include "csvmappingtable.h"
#include "formissues.h"
#include "messagebar.h"
#include "operations.h"
#include "windowsize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cp::views {
namespace {
using Stage = models::UploadJobFlow::Stage;
constexpr int kDefaultExpiry = 14; // the service's default when DataExpiry is not given
} // namespace

UploadJobDialog::UploadJobDialog(client::CustomerProfilesClient *client, const QString &domain,
                                 QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_domain(domain)
    , m_flow(new models::UploadJobFlow(client, this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_fileProblem(formissues::issueLabel(this, QStringLiteral("uploadFileProblem")))
    , m_fileInfo(new QLabel(this))
    , m_table(new CsvMappingTable(this))
    , m_uniqueKey(new QComboBox(this))
    , m_expiry(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_problems(formissues::issueLabel(this, QStringLiteral("uploadProblems")))
    , m_stage(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_start(new QPushButton(tr("&Start import"), this))
    , m_stop(new QPushButton(tr("S&top job"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("uploadJobDialog"));
    setWindowTitle(tr("Import profiles from CSV into %1").arg(domain));
    m_file->setObjectName(QStringLiteral("uploadFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file whose first line names the columns"));
    m_browse->setObjectName(QStringLiteral("uploadBrowse"));
    m_fileInfo->setObjectName(QStringLiteral("uploadFileInfo"));
    m_uniqueKey->setObjectName(QStringLiteral("uploadUniqueKey"));
    m_uniqueKey->setToolTip(tr("The column that identifies a customer: a row whose value an "
                               "earlier row or a stored profile holds updates that profile."));
    m_expiry->setObjectName(QStringLiteral("uploadExpiry"));
    m_expiry->setRange(1, 1098); // the model's expirationDaysInteger
    m_expiry->setValue(kDefaultExpiry);
    m_expiry->setSuffix(tr(" days"));
    m_name->setObjectName(QStringLiteral("uploadJobName"));
    m_name->setMaxLength(255);
    m_stage->setObjectName(QStringLiteral("uploadStage"));
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    m_counts->setObjectName(QStringLiteral("uploadCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setMinimumHeight(2 * m_counts->fontMetrics().lineSpacing()); // status and counts
    m_counts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("uploadMessage"));
    m_message->setFades(false);
    m_message->hide();
    m_start->setObjectName(QStringLiteral("uploadStart"));
    m_start->setDefault(true);
    m_stop->setObjectName(QStringLiteral("uploadStop"));
    m_stop->setToolTip(tr("Ask the service to stop the job; rows stored so far stay."));
    m_close->setObjectName(QStringLiteral("uploadClose"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *top = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_browse);
    top->addRow(fileLabel, fileRow);

    auto *options = new QFormLayout;
    options->addRow(tr("&Unique key:"), m_uniqueKey);
    options->addRow(tr("Data e&xpiry:"), m_expiry);
    options->addRow(tr("Job &name:"), m_name);

    auto *progress = new QGroupBox(tr("Progress"), this);
    progress->setObjectName(QStringLiteral("uploadProgressBox"));
    progress->hide(); // until Start
    auto *progressLayout = new QVBoxLayout(progress);
    progressLayout->addWidget(m_stage);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_counts);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_fileProblem);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_table, 1);
    layout->addLayout(options);
    layout->addWidget(m_problems);
    layout->addWidget(progress);
    layout->addWidget(buttons);
    layout->addWidget(m_message);

    connect(m_browse, &QPushButton::clicked, this, &UploadJobDialog::browse);
    connect(m_table, &CsvMappingTable::targetsChanged, this, &UploadJobDialog::revalidate);
    connect(m_uniqueKey, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_table->setUniqueKeyColumn(index - 1);
        revalidate();
    });
    connect(m_expiry, &QSpinBox::valueChanged, this, [this] {
        m_expiryTouched = true;
        revalidate();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &UploadJobDialog::revalidate);
    connect(m_start, &QPushButton::clicked, this, &UploadJobDialog::start);
    connect(m_stop, &QPushButton::clicked, m_flow, &models::UploadJobFlow::stop);
    connect(m_close, &QPushButton::clicked, this, &UploadJobDialog::reject);
    connect(m_flow, &models::UploadJobFlow::stageChanged, this, [this](Stage stage) {
        if (stage == Stage::GettingPath)
            Q_EMIT jobCreated(m_flow->jobId());
        if (stage == Stage::Uploading)
            m_progress->setFormat(tr("Uploading: %p%"));
        if (stage == Stage::Running && m_progress->maximum() != 0) {
            m_progress->setRange(0, 0); // the service tells counts, not how far it is
        }
        if (stage == Stage::Ended) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(1000);
            m_progress->setFormat(QString());
            Q_EMIT jobEnded(m_flow->job());
        }
        if (stage == Stage::Cancelled || stage == Stage::Failed || stage == Stage::Unfollowed) {
            m_progress->setRange(0, 1000);
            m_progress->setFormat(QString());
        }
        updateState();
    });
    connect(m_flow, &models::UploadJobFlow::uploadProgress, this,
            [this](qint64 sent, qint64 total) {
                m_progress->setValue(total > 0 ? int(sent * 1000 / total) : 0);
                const QLocale locale;
                m_counts->setText(
                    tr("%1 of %2 sent")
                        .arg(locale.formattedDataSize(sent), locale.formattedDataSize(total)));
            });
    connect(m_flow, &models::UploadJobFlow::jobChanged, this, &UploadJobDialog::showJob);
    connect(m_flow, &models::UploadJobFlow::failed, m_message, &MessageBar::showError);

    keepWindowSize(this, QStringLiteral("uploadJobDialog"), QSize(900, 640));
    readDomainDefaults();
    revalidate();
}

// The domain's DefaultExpirationDays, as the expiry offered until the user changes it.
void UploadJobDialog::readDomainDefaults()
{
    if (!m_client || m_domain.isEmpty())
        return;
    m_client->call(schema::ops::GetDomain, {{QStringLiteral("DomainName"), m_domain}}, this,
                   [this](const client::Outcome<QJsonObject> &outcome) {
                       if (!outcome.ok() || m_expiryTouched)
                           return;
                       const int days =
                           outcome->value(QStringLiteral("DefaultExpirationDays")).toInt();
                       if (days >= m_expiry->minimum() && days <= m_expiry->maximum()) {
                           const QSignalBlocker block(m_expiry);
                           m_expiry->setValue(days);
                           revalidate();
                       }
                   });
}

void UploadJobDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Import profiles from CSV"), QString(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("uploadFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &UploadJobDialog::openFile);
    dialog->open();
}

void UploadJobDialog::openFile(const QString &path)
{
    if (m_flow->isBusy())
        return;
    m_preview = models::CsvFilePreview::read(path);
    m_file->setText(QDir::toNativeSeparators(path));
    formissues::showIssue(m_fileProblem, m_preview.problem);
    const models::UploadMapping mapping =
        m_preview.isUsable() ? models::UploadMapping::suggest(m_preview) : models::UploadMapping{};
    m_table->setPreview(m_preview.isUsable() ? m_preview : models::CsvFilePreview{}, mapping);
    m_fileInfo->setText(m_preview.isUsable()
                            ? tr("%1, %2 columns. The first rows, and where each column goes:")
                                  .arg(QLocale().formattedDataSize(m_preview.size))
                                  .arg(m_preview.header.size())
                            : QString());
    m_fileInfo->setVisible(m_preview.isUsable());
    {
        const QSignalBlocker block(m_uniqueKey);
        m_uniqueKey->clear();
        m_uniqueKey->addItem(tr("Choose a column"));
        if (m_preview.isUsable())
            m_uniqueKey->addItems(m_preview.header);
        m_uniqueKey->setCurrentIndex(mapping.uniqueKey + 1);
    }
    m_table->setUniqueKeyColumn(mapping.uniqueKey);
    if (!m_nameTouched)
        m_name->setText(m_preview.isUsable() ? QFileInfo(path).fileName().left(255) : QString());
    m_message->hide();
    revalidate();
}

models::UploadMapping UploadJobDialog::mapping() const
{
    models::UploadMapping mapping;
    mapping.columns = m_preview.isUsable() ? m_preview.header : QStringList();
    mapping.targets = m_table->targets();
    mapping.uniqueKey = m_uniqueKey->currentIndex() - 1;
    return mapping;
}

QJsonObject UploadJobDialog::createInput() const
{
    const models::UploadMapping chosen = mapping();
    QJsonObject input{{QStringLiteral("DisplayName"), m_name->text()},
                      {QStringLiteral("Fields"), chosen.fields()},
                      {QStringLiteral("DataExpiry"), m_expiry->value()}};
    const QString key = chosen.uniqueKeyField();
    if (!key.isEmpty())
        input.insert(QStringLiteral("UniqueKey"), key);
    return input;
}

QString UploadJobDialog::fileProblem() const
{
    return m_preview.problem;
}

QStringList UploadJobDialog::problems() const
{
    if (m_preview.path.isEmpty())
        return {tr("Choose a CSV file.")};
    if (!m_preview.isUsable())
        return {m_preview.problem};
    QStringList out = mapping().problems();
    if (m_name->text().trimmed().isEmpty())
        out.append(tr("Give the job a name."));
    if (!out.isEmpty())
        return out;
    QJsonObject input = createInput();
    input.insert(QStringLiteral("DomainName"), m_domain);
    for (const schema::ValidationIssue &issue :
         schema::WireModel::bundled().validate(QStringLiteral("CreateUploadJobRequest"), input))
        out.append(issue.message);
    return out;
}

void UploadJobDialog::revalidate()
{
    const QStringList issues = problems();
    // The file's own problem is said under the file already.
    const bool fileIssue = !m_preview.isUsable();
    formissues::showIssue(m_problems, fileIssue ? QString() : issues.join(QLatin1Char('\n')));
    updateState();
}

void UploadJobDialog::updateState()
{
    const bool busy = m_flow->isBusy();
    // A job lost sight of may still be running: the same file is not offered again.
    const bool ended = m_flow->stage() == Stage::Ended || m_flow->stage() == Stage::Unfollowed;
    for (QWidget *input : {static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_table),
                           static_cast<QWidget *>(m_uniqueKey), static_cast<QWidget *>(m_expiry),
                           static_cast<QWidget *>(m_name)})
        input->setEnabled(!busy && !ended);
    m_start->setEnabled(!busy && !ended && problems().isEmpty());
    m_stop->setVisible(m_flow->stage() == Stage::Running || m_flow->stage() == Stage::Stopping);
    m_stop->setEnabled(m_flow->canStop());
    m_close->setText(m_flow->canCancel() ? tr("Cancel")
                     : busy || ended     ? tr("Close")
                                         : tr("Cancel"));
    m_close->setToolTip(m_flow->canCancel()
                            ? tr("Cancel the upload; the job made for it is stopped.")
                        : busy ? tr("Close this window; the job goes on, and the Imports tab "
                                    "shows how it ends.")
                               : QString());
    m_stage->setText(models::UploadJobFlow::stageText(m_flow->stage()));
}

void UploadJobDialog::start()
{
    if (m_flow->isBusy() || !problems().isEmpty())
        return;
    m_message->hide();
    m_counts->clear();
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("uploadProgressBox")))
        box->show();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_flow->start(m_domain, createInput(), m_preview.path);
}

QString UploadJobDialog::countsText() const
{
    return m_counts->text();
}

void UploadJobDialog::showJob(const QJsonObject &job)
{
    const QJsonObject summary = job.value(QStringLiteral("ResultsSummary")).toObject();
    const QLocale locale;
    const auto count = [&](const char *member) {
        return locale.toString(summary.value(QLatin1String(member)).toInteger());
    };
    QString text = tr("Status: %1").arg(job.value(QStringLiteral("Status")).toString());
    const QString reason = job.value(QStringLiteral("StatusReason")).toString();
    if (!reason.isEmpty())
        text += tr(" (%1)").arg(reason);
    text += QLatin1Char('\n') +
            tr("Created %1 · Updated %2 · Failed %3")
                .arg(count("CreatedRecords"), count("UpdatedRecords"), count("FailedRecords"));
    m_counts->setText(text);
}

void UploadJobDialog::reject()
{
    if (m_flow->canCancel()) {
        m_flow->cancel(); // the dialog stays, with everything as it was typed
        return;
    }
    QDialog::reject();
}

} // namespace cp::views
