#include "objectimportdialog.h"

#include "core/paginator.h"
#include "designerpreviewpage.h"
#include "objectimporter.h"
#include "objecttypedocument.h"
#include "operations.h"
#include "samplerecords.h"
#include "windowsize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cp::views {
namespace {

using State = models::ObjectImporter::State;
constexpr int kPreviewRecords = 5;
constexpr qint64 kPreviewBytes = 256 * 1024;

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return ObjectImportDialog::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return ObjectImportDialog::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return ObjectImportDialog::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

} // namespace

ObjectImportDialog::ObjectImportDialog(client::CustomerProfilesClient *client,
                                       const QString &domain, const QString &objectType,
                                       QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_domain(domain)
    , m_wantedType(objectType)
    , m_importer(new models::ObjectImporter(this))
    , m_document(new models::ObjectTypeDocument(this))
    , m_file(new QLineEdit(this))
    , m_fileInfo(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_rate(new QSpinBox(this))
    , m_tabs(new QTabWidget(this))
    , m_preview(new DesignerPreviewPage(m_document, this))
    , m_failed(new QTableView(this))
    , m_saveFailed(new QPushButton(tr("&Save failed lines…"), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel &import"), this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("objectImportDialog"));
    setWindowTitle(tr("Import objects into %1").arg(domain));

    auto *intro = new QLabel(tr("Puts every object of a file into the domain with "
                                "PutProfileObject: JSON Lines (a JSON object on each line) or "
                                "CSV whose first row names the columns."),
                             this);
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("A .jsonl or .csv file"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("importChooseButton"));
    choose->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));
    m_fileInfo->setWordWrap(true);
    m_type->setObjectName(QStringLiteral("importTypeCombo"));
    m_type->setMinimumContentsLength(24);
    m_concurrency->setObjectName(QStringLiteral("importConcurrencySpin"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(m_importer->concurrency());
    m_concurrency->setSuffix(tr(" at once"));
    m_concurrency->setToolTip(tr("How many PutProfileObject calls may be in flight together."));
    m_rate->setObjectName(QStringLiteral("importRateSpin"));
    m_rate->setRange(0, 100000);
    m_rate->setSingleStep(10);
    m_rate->setSpecialValueText(tr("No limit"));
    m_rate->setSuffix(tr(" objects/s"));
    m_rate->setToolTip(tr("At most this many objects a second (an account has quotas); "
                          "0 for no limit. It can be changed while the import runs."));
    auto *speedRow = new QHBoxLayout;
    speedRow->addWidget(m_concurrency);
    auto *rateLabel = new QLabel(tr("&Rate limit:"), this);
    rateLabel->setBuddy(m_rate);
    speedRow->addSpacing(12);
    speedRow->addWidget(rateLabel);
    speedRow->addWidget(m_rate);
    speedRow->addStretch();
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_fileInfo);
    auto *typeLabel = new QLabel(tr("Object &type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    auto *speedLabel = new QLabel(tr("Re&quests:"), this);
    speedLabel->setBuddy(m_concurrency);
    form->addRow(speedLabel, speedRow);

    // The failed lines, sorted by line.
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_importer->failedLines());
    sorted->setSortRole(models::FailedLinesModel::RawValueRole);
    m_failed->setObjectName(QStringLiteral("importFailedTable"));
    m_failed->setModel(sorted);
    m_failed->setSortingEnabled(true);
    m_failed->sortByColumn(models::FailedLinesModel::Line, Qt::AscendingOrder);
    m_failed->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failed->setAlternatingRowColors(true);
    m_failed->verticalHeader()->hide();
    m_failed->verticalHeader()->setDefaultSectionSize(m_failed->fontMetrics().height() + 8);
    m_failed->setWordWrap(false);
    m_failed->horizontalHeader()->setStretchLastSection(true);
    m_failed->setColumnWidth(models::FailedLinesModel::Line, 80);
    m_failed->setColumnWidth(models::FailedLinesModel::Type, 200);
    m_saveFailed->setObjectName(QStringLiteral("importSaveFailedButton"));
    m_saveFailed->setAutoDefault(false);
    m_saveFailed->setToolTip(tr("Write the refused lines to a file in the input's format, "
                                "ready to fix and import again, with a list of the errors "
                                "beside it (NAME.errors.csv)."));
    auto *failedPage = new QWidget(this);
    auto *failedLayout = new QVBoxLayout(failedPage);
    failedLayout->addWidget(m_failed, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveFailed);
    failedLayout->addLayout(saveRow);
    // The designer's preview, worded for a file: its records come from the file, not "Load…".
    if (auto *previewIntro = m_preview->findChild<QLabel *>(QStringLiteral("previewIntro")))
        previewIntro->setText(tr("The first records of the file put through the object type as "
                                 "it is stored: what importing them would do. Nothing is "
                                 "written until Start; a record can be edited here to try it."));
    if (auto *load = m_preview->findChild<QPushButton *>(QStringLiteral("previewLoadButton")))
        load->hide();
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_tabs->addTab(m_preview, tr("Pre&view of the first records"));
    m_tabs->addTab(failedPage, tr("Failed lines"));

    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    m_progressText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_start->setObjectName(QStringLiteral("importStartButton"));
    m_pause->setObjectName(QStringLiteral("importPauseButton"));
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_start->setDefault(true);
    for (QPushButton *button : {m_pause, m_cancel})
        button->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pause, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    keepWindowSize(this, QStringLiteral("sizes/objectImport"), QSize(900, 700));

    m_ticker->setInterval(200);
    m_preview->setClient(client, domain);
    connect(choose, &QPushButton::clicked, this, &ObjectImportDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_shownPath)
            setFilePath(m_file->text());
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ObjectImportDialog::loadDefinition);
    connect(m_concurrency, &QSpinBox::valueChanged, m_importer,
            &models::ObjectImporter::setConcurrency);
    connect(m_rate, &QSpinBox::valueChanged, m_importer,
            [this](int rate) { m_importer->setRateLimit(rate); });
    connect(m_saveFailed, &QPushButton::clicked, this, &ObjectImportDialog::chooseFailedFile);
    connect(m_start, &QPushButton::clicked, this, &ObjectImportDialog::start);
    connect(m_pause, &QPushButton::clicked, this, &ObjectImportDialog::togglePause);
    connect(m_cancel, &QPushButton::clicked, m_importer, &models::ObjectImporter::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &ObjectImportDialog::reject);
    connect(m_ticker, &QTimer::timeout, this, &ObjectImportDialog::refresh);
    connect(m_importer, &models::ObjectImporter::stateChanged, this, &ObjectImportDialog::refresh);
    connect(m_importer, &models::ObjectImporter::finished, this, &ObjectImportDialog::refresh);
    connect(m_importer, &models::ObjectImporter::stopped, this,
            [this](const QString &message) { setStatus(message, true, StatusTopic::Pause); });
    connect(m_importer->failedLines(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_tabs->setTabText(1, tr("Failed lines (%L1)").arg(m_importer->failedLines()->rowCount()));
    });
    loadObjectTypes();
    refresh();
}

ObjectImportDialog::~ObjectImportDialog()
{
    // Nothing reaches a half-destroyed dialog: the chooser emits as it is cleared.
    m_type->disconnect(this);
    m_file->disconnect(this);
    m_importer->disconnect(this);
    m_importer->failedLines()->disconnect(this);
}

void ObjectImportDialog::loadObjectTypes()
{
    if (!m_client)
        return;
    client::fetchAll(
        m_client, schema::ops::ListProfileObjectTypes, {{QStringLiteral("DomainName"), m_domain}},
        1000, this, [this](const client::Outcome<client::FetchAllResult> &outcome) {
            if (!outcome.ok()) {
                if (outcome.error().kind != client::ServiceError::Kind::Cancelled)
                    setStatus(tr("The object types could not be listed: %1")
                                  .arg(outcome.error().summary()),
                              true, StatusTopic::TypeList);
                return;
            }
            const QString wanted = m_wantedType;
            const QSignalBlocker blocker(m_type);
            m_type->clear();
            for (const QJsonValue &item : outcome.value().items)
                m_type->addItem(item.toObject().value(QStringLiteral("ObjectTypeName")).toString());
            m_type->setCurrentIndex(wanted.isEmpty() ? 0 : std::max(0, m_type->findText(wanted)));
            if (m_type->count() == 0)
                setStatus(tr("The domain has no object types: design one first."), true,
                          StatusTopic::TypeList);
            Q_EMIT objectTypesLoaded();
            loadDefinition();
        });
}

void ObjectImportDialog::setObjectType(const QString &name)
{
    m_wantedType = name;
    const int index = m_type->findText(name);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

QString ObjectImportDialog::objectType() const
{
    return m_type->currentText();
}

void ObjectImportDialog::loadDefinition()
{
    const QString type = objectType();
    if (m_definitionCall)
        m_definitionCall->cancel();
    m_loadedType.clear();
    clearStatusAbout(StatusTopic::TypeDefinition); // about the type chosen before
    refresh();
    if (!m_client || type.isEmpty())
        return;
    m_definitionCall = m_client->call(
        schema::ops::GetProfileObjectType,
        {{QStringLiteral("DomainName"), m_domain}, {QStringLiteral("ObjectTypeName"), type}}, this,
        [this, type](const client::Outcome<QJsonObject> &outcome) {
            if (type != objectType() || !m_client)
                return; // another type was chosen meanwhile
            if (!outcome.ok()) {
                if (outcome.error().kind != client::ServiceError::Kind::Cancelled)
                    setStatus(tr("The object type %1 could not be read: %2")
                                  .arg(type, outcome.error().summary()),
                              true, StatusTopic::TypeDefinition);
                return;
            }
            const QJsonObject stored =
                m_client->model().membersOf(u"PutProfileObjectTypeRequest", outcome.value());
            m_document->load(schema::ObjectTypeDefinition::fromJson(stored), true);
            m_loadedType = type;
            previewSamples();
            refresh();
            Q_EMIT definitionLoaded(type);
        });
}

void ObjectImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import objects"), QFileInfo(m_file->text()).absolutePath(),
        tr("JSON Lines or CSV (*.jsonl *.ndjson *.json *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ObjectImportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
    m_shownPath = path;
    m_samples.clear();
    m_fileProblem.clear();
    // The previous file's records and messages go; what is said about the types stays.
    m_preview->clearSamples();
    if (m_statusTopic != StatusTopic::TypeList && m_statusTopic != StatusTopic::TypeDefinition)
        setStatus(QString());
    if (path.isEmpty()) {
        m_fileInfo->clear();
        refresh();
        return;
    }
    const models::ObjectImporter::Format format =
        models::ObjectImporter::detectFile(path, &m_fileProblem);
    QFile file(path);
    if (format != models::ObjectImporter::Format::Unknown && file.open(QIODevice::ReadOnly)) {
        if (format == models::ObjectImporter::Format::Csv) {
            // The head, cut after its last whole line; a malformed row costs that row.
            QByteArray head = file.read(kPreviewBytes);
            if (!file.atEnd() && head.lastIndexOf('\n') > 0)
                head.truncate(head.lastIndexOf('\n') + 1);
            m_samples = models::SampleRecords::read(head, kPreviewRecords).records;
        } else {
            // A line at a time, so that a broken line (the import lists it) costs that line.
            for (int lines = 0; m_samples.size() < kPreviewRecords && lines < 100 && !file.atEnd();
                 ++lines) {
                const QByteArray line = file.readLine(kPreviewBytes);
                if (!line.trimmed().isEmpty())
                    m_samples.append(models::SampleRecords::read(line, 1).records);
            }
        }
        const QString kind = format == models::ObjectImporter::Format::Csv ? tr("CSV")
                                                                            : tr("JSON Lines");
        m_fileInfo->setStyleSheet(QString());
        m_fileInfo->setText(
            m_samples.isEmpty()
                ? tr("%1, %2; none of its first records can be previewed.")
                      .arg(kind, QLocale().formattedDataSize(file.size()))
                : tr("%1, %2; its first records are previewed below.")
                      .arg(kind, QLocale().formattedDataSize(file.size())));
    } else {
        m_fileInfo->setStyleSheet(QStringLiteral("color: #c01c28"));
        m_fileInfo->setText(m_fileProblem);
    }
    previewSamples();
    refresh();
}

QString ObjectImportDialog::filePath() const
{
    return m_file->text();
}

void ObjectImportDialog::previewSamples()
{
    if (m_loadedType.isEmpty() || m_samples.isEmpty())
        return;
    m_preview->setSamples(m_samples);
}

bool ObjectImportDialog::start()
{
    if (!m_fileProblem.isEmpty() || filePath().isEmpty() || objectType().isEmpty()) {
        setStatus(filePath().isEmpty() ? tr("Choose a file first.")
                  : objectType().isEmpty() ? tr("Choose an object type first.")
                                           : m_fileProblem,
                  true);
        return false;
    }
    m_preview->cancelPreview();
    m_importer->setClient(m_client, m_domain, objectType());
    m_importer->setConcurrency(m_concurrency->value());
    m_importer->setRateLimit(m_rate->value());
    m_tabs->setTabText(1, tr("Failed lines"));
    setStatus(QString());
    if (!m_importer->start(filePath())) {
        setStatus(m_importer->problem(), true);
        refresh();
        return false;
    }
    m_ticker->start();
    refresh();
    return true;
}

void ObjectImportDialog::togglePause()
{
    if (m_importer->state() == State::Running)
        m_importer->pause();
    else if (m_importer->state() == State::Paused) {
        setStatus(QString());
        m_importer->resume();
    }
}

void ObjectImportDialog::reject()
{
    // Like every dialog that sends: Esc or Close while it runs cancels the run, and stays.
    if (m_importer->state() == State::Running || m_importer->state() == State::Paused) {
        m_importer->cancel();
        return;
    }
    QDialog::reject();
}

bool ObjectImportDialog::saveFailedLines(const QString &path)
{
    QString error;
    if (!m_importer->saveFailedLines(path, &error)) {
        setStatus(error, true);
        return false;
    }
    setStatus(tr("Saved %Ln failed line(s) to %1, and the errors to %2.", nullptr,
                 m_importer->failedLines()->rowCount())
                  .arg(QDir::toNativeSeparators(path),
                       QFileInfo(models::ObjectImporter::errorsPath(path)).fileName()));
    return true;
}

void ObjectImportDialog::chooseFailedFile()
{
    const QFileInfo input(m_importer->path());
    const bool csv = m_importer->format() == models::ObjectImporter::Format::Csv;
    const QString suggested =
        input.absolutePath() + u'/' + input.completeBaseName() +
        (csv ? QStringLiteral(".failed.csv") : QStringLiteral(".failed.jsonl"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save failed lines"), suggested,
        csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        saveFailedLines(path);
}

void ObjectImportDialog::refresh()
{
    const State state = m_importer->state();
    const bool active = state == State::Running || state == State::Paused;
    if (!active)
        m_ticker->stop();
    if (state != State::Paused)
        clearStatusAbout(StatusTopic::Pause); // resumed, cancelled or done: no longer paused
    const bool ready = !filePath().isEmpty() && m_fileProblem.isEmpty() && !objectType().isEmpty();
    m_start->setEnabled(!active && ready);
    m_start->setText(state == State::Idle || state == State::Failed ? tr("&Start")
                                                                    : tr("&Start again"));
    m_pause->setEnabled(active);
    m_pause->setText(state == State::Paused ? tr("&Resume") : tr("&Pause"));
    m_cancel->setEnabled(active);
    m_file->setEnabled(!active);
    m_type->setEnabled(!active);
    m_saveFailed->setEnabled(!active && m_importer->failedLines()->rowCount() > 0);

    const models::ObjectImporter::Progress p = m_importer->progress();
    if (state == State::Idle || state == State::Failed) {
        m_progress->setValue(0);
        m_progressText->setText(tr("Not started."));
        return;
    }
    m_progress->setValue(state == State::Finished || p.totalBytes <= 0
                             ? 1000
                             : int(1000 * p.bytesRead / p.totalBytes));
    QStringList parts;
    parts.append(tr("%L1 stored").arg(p.succeeded));
    if (p.failed > 0)
        parts.append(tr("%L1 failed").arg(p.failed));
    parts.append(tr("%1 objects/s").arg(QLocale().toString(p.rate, 'f', p.rate < 10 ? 1 : 0)));
    if (state == State::Running && p.secondsLeft >= 0)
        parts.append(tr("about %1 left").arg(duration(p.secondsLeft)));
    parts.append(tr("%1 of %2 read")
                     .arg(QLocale().formattedDataSize(p.bytesRead),
                          QLocale().formattedDataSize(p.totalBytes)));
    QString text = parts.join(QStringLiteral(" · "));
    if (state == State::Paused)
        text = tr("Paused (%L1 still answering): %2").arg(p.inFlight).arg(text);
    else if (state == State::Finished || state == State::Cancelled)
        text = describeEnd() + u' ' + text;
    m_progressText->setText(text);
}

QString ObjectImportDialog::describeEnd() const
{
    const qint64 seconds = m_importer->progress().activeMs / 1000;
    if (m_importer->state() == State::Cancelled && m_importer->nextLine() > 0)
        return tr("Cancelled after %1; line %L2 and those after it were not sent:")
            .arg(duration(seconds))
            .arg(m_importer->nextLine());
    if (m_importer->state() == State::Cancelled)
        return tr("Cancelled after %1:").arg(duration(seconds));
    return tr("Done in %1:").arg(duration(seconds));
}

void ObjectImportDialog::setStatus(const QString &text, bool error, StatusTopic topic)
{
    m_statusTopic = topic;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c01c28") : QString());
    m_status->setVisible(!text.isEmpty());
}

void ObjectImportDialog::clearStatusAbout(StatusTopic topic)
{
    if (m_statusTopic == topic && !m_status->text().isEmpty())
        setStatus(QString());
}

QString ObjectImportDialog::statusText() const
{
    return m_status->text();
}

QString ObjectImportDialog::progressText() const
{
    return m_progressText->text();
}

} // namespace cp::views
