#include "designerpreviewpage.h"

#include "ingestionpreview.h"
#include "ingestionpreviewmodel.h"
#include "objecttypedocument.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace cp::views {
namespace {

using Decision = schema::IngestionPlan::Decision;

constexpr int kDebounceMs = 400;

QString decisionColor(Decision decision)
{
    switch (decision) {
    case Decision::Match:
    case Decision::Replace:
        return QStringLiteral("#26a269");
    case Decision::Create:
        return QStringLiteral("#1c71d8");
    case Decision::Refuse:
        return QStringLiteral("#c01c28");
    }
    return {};
}

} // namespace

DesignerPreviewPage::DesignerPreviewPage(models::ObjectTypeDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_preview(new models::IngestionPreview(this))
    , m_model(new models::IngestionPreviewModel(this))
    , m_sample(new QPlainTextEdit(this))
    , m_samplePicker(new QComboBox(this))
    , m_sampleProblem(new QLabel(this))
    , m_decision(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_run(new QPushButton(tr("&Preview"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("designerPreviewPage"));
    auto *intro = new QLabel(tr("A source object as JSON, e.g. a record of the integration. The "
                                "preview shows what saving the design and putting this object "
                                "would do; nothing is written."),
                             this);
    intro->setObjectName(QStringLiteral("previewIntro")); // Import objects… words it anew
    intro->setWordWrap(true);
    m_sample->setObjectName(QStringLiteral("previewSampleEdit"));
    m_sample->setFont(QFont(QStringLiteral("monospace")));
    m_sample->setPlaceholderText(
        QStringLiteral("{\n  \"id\": \"123\",\n  \"email\": \"ana@example.com\"\n}"));
    m_sample->setTabChangesFocus(true);
    m_sample->setMinimumHeight(m_sample->fontMetrics().lineSpacing() * 6 + 12);
    m_samplePicker->setObjectName(QStringLiteral("previewSamplePicker"));
    m_samplePicker->setToolTip(tr("The records the design was detected from: choose one to "
                                  "preview it."));
    m_samplePicker->hide();
    m_sampleProblem->setObjectName(QStringLiteral("previewSampleProblem"));
    m_sampleProblem->setWordWrap(true);
    m_sampleProblem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_sampleProblem->hide();
    m_decision->setObjectName(QStringLiteral("previewDecision"));
    m_decision->setWordWrap(true);
    m_decision->setTextFormat(Qt::RichText);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_view->setObjectName(QStringLiteral("previewTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *load = new QPushButton(tr("Loa&d…"), this);
    load->setObjectName(QStringLiteral("previewLoadButton"));
    load->setToolTip(tr("Read the sample object from a JSON file."));
    m_run->setObjectName(QStringLiteral("previewButton"));
    m_run->setToolTip(tr("Preview the sample with the current design (Ctrl+Return)."));
    m_cancel->setObjectName(QStringLiteral("previewCancelButton"));
    m_cancel->setToolTip(tr("Stop looking up the key values."));
    for (QPushButton *button : {load, m_run, m_cancel})
        button->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(load);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_run);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *sampleLabel = new QLabel(tr("S&ample object:"), top);
    sampleLabel->setBuddy(m_sample);
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(sampleLabel);
    sampleRow->addStretch();
    sampleRow->addWidget(m_samplePicker);
    topLayout->addLayout(sampleRow);
    topLayout->addWidget(m_sample);
    topLayout->addWidget(m_sampleProblem);
    topLayout->addLayout(buttons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_decision);
    bottomLayout->addWidget(m_status);
    bottomLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &DesignerPreviewPage::runPreview);
    connect(load, &QPushButton::clicked, this, &DesignerPreviewPage::chooseSampleFile);
    connect(m_run, &QPushButton::clicked, this, &DesignerPreviewPage::runPreview);
    connect(m_cancel, &QPushButton::clicked, this, &DesignerPreviewPage::cancelPreview);
    connect(m_debounce, &QTimer::timeout, this, &DesignerPreviewPage::runPreview);
    connect(m_sample, &QPlainTextEdit::textChanged, this, &DesignerPreviewPage::sampleEdited);
    connect(m_samplePicker, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_samples.size()) {
            setSampleText(QString::fromUtf8(
                QJsonDocument(m_samples.at(index)).toJson(QJsonDocument::Indented)));
            runPreview();
        }
    });
    connect(m_document, &models::ObjectTypeDocument::changed, this,
            &DesignerPreviewPage::draftChanged);
    connect(m_preview, &models::IngestionPreview::finished, this, &DesignerPreviewPage::showResult);
    connect(m_preview, &models::IngestionPreview::failed, this, &DesignerPreviewPage::showFailure);
    connect(m_preview, &models::IngestionPreview::stateChanged, this,
            &DesignerPreviewPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DesignerPreviewPage::fitColumns);
    m_view->expandAll();
    m_decision->setText(tr("Type or load a sample object, then press Preview."));
    updateButtons();
}

void DesignerPreviewPage::fitColumns()
{
    m_view->expandAll();
    // Names and values whole (a profile id is 32 characters), the details take the rest.
    for (const int column :
         {models::IngestionPreviewModel::Item, models::IngestionPreviewModel::Value}) {
        m_view->resizeColumnToContents(column);
        const int cap = column == models::IngestionPreviewModel::Item ? 200 : 300;
        if (m_view->columnWidth(column) > cap)
            m_view->setColumnWidth(column, cap);
    }
}

void DesignerPreviewPage::setClient(client::CustomerProfilesClient *client, const QString &domain)
{
    cancelPreview(); // answers from the old client or domain are not shown
    m_preview->setClient(client, domain);
}

void DesignerPreviewPage::setSampleText(const QString &text)
{
    m_sample->setPlainText(text);
}

void DesignerPreviewPage::setSamples(const QList<QJsonObject> &samples)
{
    m_samples = samples;
    m_samplePicker->clear();
    for (int i = 0; i < samples.size(); ++i)
        m_samplePicker->addItem(tr("Record %1 of %2").arg(i + 1).arg(samples.size()));
    m_samplePicker->setVisible(samples.size() > 1);
    if (samples.isEmpty())
        return;
    m_samplePicker->setCurrentIndex(0);
    setSampleText(QString::fromUtf8(QJsonDocument(samples.first()).toJson(QJsonDocument::Indented)));
    runPreview();
}

void DesignerPreviewPage::clearSamples()
{
    m_debounce->stop();
    m_preview->cancel();
    m_active = false;
    m_samples.clear();
    m_samplePicker->clear();
    m_samplePicker->hide();
    setSampleText(QString());
    m_sampleProblem->hide();
    m_model->clear();
    m_decision->setText(tr("Type or load a sample object, then press Preview."));
    setStatus(QString());
    updateButtons();
}

bool DesignerPreviewPage::loadSample(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_sampleProblem->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        m_sampleProblem->show();
        return false;
    }
    // Through the editor's cursor, so that Ctrl+Z in the editor brings the old text back.
    QTextCursor cursor(m_sample->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(file.readAll()));
    return true;
}

void DesignerPreviewPage::chooseSampleFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load sample object"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadSample(path);
}

bool DesignerPreviewPage::runPreview()
{
    m_debounce->stop();
    const QByteArray text = m_sample->toPlainText().toUtf8();
    QString problem = models::ObjectTypeDocument::jsonSyntaxProblem(text);
    if (problem.isEmpty() && text.trimmed().isEmpty())
        problem = tr("Type or paste a sample object first.");
    else if (problem.isEmpty() && !QJsonDocument::fromJson(text).isObject())
        problem = tr("The sample must be a JSON object: { ... }.");
    m_sampleProblem->setText(problem);
    m_sampleProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_preview->cancel();
        m_model->clear();
        m_decision->setText(tr("No preview: the sample is not a JSON object."));
        return false;
    }
    m_active = true;
    setStatus(QString());
    const schema::ObjectTypeDefinition draft = m_document->definition();
    m_preview->run(draft, QJsonDocument::fromJson(text).object());
    if (m_preview->state() == models::IngestionPreview::State::Running) {
        m_model->setMapping(m_preview->type(), m_preview->mapping());
        showStarted();
    }
    return true;
}

void DesignerPreviewPage::cancelPreview()
{
    m_debounce->stop();
    if (m_preview->state() != models::IngestionPreview::State::Running)
        return;
    m_preview->cancel();
    m_model->setStopped(tr("Cancelled before the lookups finished."));
    m_decision->setText(tr("Preview cancelled."));
    setStatus(tr("The lookups were cancelled; press Preview to run them again."));
}

void DesignerPreviewPage::sampleEdited()
{
    const QByteArray text = m_sample->toPlainText().toUtf8();
    const QString problem =
        text.trimmed().isEmpty() ? QString() : models::ObjectTypeDocument::jsonSyntaxProblem(text);
    m_sampleProblem->setText(problem);
    m_sampleProblem->setVisible(!problem.isEmpty());
    if (m_active && problem.isEmpty() && !text.trimmed().isEmpty())
        m_debounce->start();
}

void DesignerPreviewPage::draftChanged()
{
    if (m_active)
        m_debounce->start();
}

void DesignerPreviewPage::showStarted()
{
    m_decision->setText(tr("Looking up the key values…"));
    updateButtons();
}

void DesignerPreviewPage::showResult(const models::PreviewResult &result)
{
    const schema::IngestionPlan &plan = result.plan;
    m_model->setResult(m_preview->type(), result);
    m_decision->setText(
        QStringLiteral("<b style=\"color: %1\">%2</b> — %3")
            .arg(decisionColor(plan.decision),
                 models::IngestionPreviewModel::decisionName(plan.decision).toHtmlEscaped(),
                 plan.reason.toHtmlEscaped()));
    QStringList notes;
    if (!result.lookedUp)
        notes.append(tr("Not connected: the key values were not looked up."));
    const std::optional<QString> templateId = m_preview->type().templateId;
    if (templateId && m_preview->type().fields.isEmpty())
        notes.append(tr("Template %1 is kept: the service fills in its fields and keys when the "
                        "type is saved, so the preview has none. Copy them from the template to "
                        "preview with them.")
                         .arg(*templateId));
    setStatus(notes.join(u' '));
    updateButtons();
}

void DesignerPreviewPage::showFailure(const client::ServiceError &error)
{
    m_model->setStopped(error.summary());
    m_decision->setText(tr("No decision: a lookup failed."));
    setStatus(tr("The service answered: %1").arg(error.summary()), true);
    updateButtons();
}

void DesignerPreviewPage::updateButtons()
{
    m_cancel->setEnabled(m_preview->state() == models::IngestionPreview::State::Running);
}

void DesignerPreviewPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c01c28") : QString());
    m_status->setVisible(!text.isEmpty());
}

QString DesignerPreviewPage::sampleProblem() const
{
    return m_sampleProblem->text();
}

QString DesignerPreviewPage::decisionText() const
{
    return m_decision->text();
}

QString DesignerPreviewPage::statusText() const
{
    return m_status->text();
}

} // namespace cp::views
