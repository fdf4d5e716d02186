// The object type designer's extras: starting from a template, the difference shown before
// saving a stored type, and export to / import from a JSON file.

#include "objecttypedesigner.h"
#include "designergeneralpage.h"
#include "designerpreviewpage.h"
#include "designertablespage.h"
#include "sampledetectiondialog.h"
#include "objecttypedocument.h"

#include <QComboBox>
#include <QTabWidget>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVector>

namespace cp::views {

QWidget *ObjectTypeDesigner::createTemplateRow()
{
    m_templateRow = new QWidget(this);
    m_templateRow->setObjectName(QStringLiteral("templateRow"));
    m_templatePicker = new QComboBox(m_templateRow);
    m_templatePicker->setObjectName(QStringLiteral("templatePicker"));
    m_templatePicker->setMinimumContentsLength(24);
    auto *label = new QLabel(tr("From &template…"), m_templateRow);
    label->setBuddy(m_templatePicker);
    auto *copy = new QPushButton(tr("Cop&y fields and keys"), m_templateRow);
    copy->setObjectName(QStringLiteral("copyTemplateButton"));
    copy->setToolTip(tr("Copy the template's fields and keys into the forms, to change them."));
    auto *keep = new QPushButton(tr("Keep temp&late ID"), m_templateRow);
    keep->setObjectName(QStringLiteral("keepTemplateButton"));
    keep->setToolTip(
        tr("Keep the TemplateId: the service fills the fields and keys from the template."));
    for (QPushButton *button : {copy, keep}) {
        button->setAutoDefault(false);
        button->setEnabled(false);
    }
    auto *row = new QHBoxLayout(m_templateRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_templatePicker, 1);
    row->addWidget(copy);
    row->addWidget(keep);
    connect(m_templatePicker, &QComboBox::currentIndexChanged, this, [this, copy, keep] {
        const bool chosen = !m_templatePicker->currentText().isEmpty();
        copy->setEnabled(chosen);
        keep->setEnabled(chosen);
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        if (!m_templatePicker->currentText().isEmpty())
            Q_EMIT templateRequested(m_templatePicker->currentText());
    });
    connect(keep, &QPushButton::clicked, this,
            [this] { keepTemplate(m_templatePicker->currentText()); });
    return m_templateRow;
}

QHBoxLayout *ObjectTypeDesigner::createFileButtons()
{
    auto *exportButton = new QPushButton(tr("Exp&ort…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Write the request to a JSON file (without the domain)."));
    auto *importButton = new QPushButton(tr("I&mport…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("Replace the design by the request in a JSON file."));
    for (QPushButton *button : {exportButton, importButton})
        button->setAutoDefault(false);
    connect(exportButton, &QPushButton::clicked, this, &ObjectTypeDesigner::exportFile);
    connect(importButton, &QPushButton::clicked, this, &ObjectTypeDesigner::importFile);
    auto *detectButton = new QPushButton(tr("Detect from samp&les…"), this);
    detectButton->setObjectName(QStringLiteral("detectFromSamplesButton"));
    detectButton->setToolTip(tr("Propose fields, keys and the timestamp format from your own "
                                "records, then preview the design on them."));
    detectButton->setAutoDefault(false);
    connect(detectButton, &QPushButton::clicked, this, &ObjectTypeDesigner::openDetection);
    auto *layout = new QHBoxLayout;
    layout->addWidget(detectButton);
    layout->addWidget(exportButton);
    layout->addWidget(importButton);
    return layout;
}

SampleDetectionDialog *ObjectTypeDesigner::openDetection()
{
    auto *dialog = new SampleDetectionDialog(m_previewClient, m_previewDomain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SampleDetectionDialog::detected, this, &ObjectTypeDesigner::applyDetection);
    dialog->open();
    return dialog;
}

bool ObjectTypeDesigner::applyDetection(const QJsonObject &detected,
                                        const QList<QJsonObject> &samples)
{
    const models::DocumentState found = models::ObjectTypeDocument::stateFromJson(detected);
    models::DocumentState state = m_document->state();
    state.fields = found.fields;
    state.keys = found.keys;
    state.general.templateId.reset(); // the detected mapping is the design's own
    const QString format =
        detected.value(QStringLiteral("SourceLastUpdatedTimestampFormat")).toString();
    if (!format.isEmpty())
        state.general.sourceLastUpdatedTimestampFormat = format;
    // Records of one's own make profiles when none matches, unless the user said otherwise:
    // otherwise the preview's first word on them would be a refusal.
    if (!m_document->isStored() && !state.general.allowProfileCreation)
        state.general.allowProfileCreation = true;
    m_document->replace(state, tr("Detect from samples"));
    if (!format.isEmpty())
        m_general->suggestTimestampFormats({format});
    m_preview->setSamples(samples);
    m_keys->setSamples(samples);
    showMessage(tr("%1 and %2 were detected from %3; the Preview tab shows the design on them. "
                   "Undo (Ctrl+Z) puts the previous design back.")
                    .arg(tr("%n field(s)", nullptr, int(found.fields.size())),
                         tr("%n key(s)", nullptr, int(found.keys.size())),
                         tr("%n record(s)", nullptr, int(samples.size()))));
    m_tabs->setCurrentWidget(m_preview);
    return true;
}

void ObjectTypeDesigner::setTemplates(const QStringList &templateIds)
{
    const QString current = m_templatePicker->currentText();
    m_templatePicker->clear();
    m_templatePicker->addItems(templateIds);
    m_document->setTemplateCatalogue(templateIds);
    const int index = m_templatePicker->findText(current);
    if (index >= 0)
        m_templatePicker->setCurrentIndex(index);
}

bool ObjectTypeDesigner::copyTemplate(const QJsonObject &templateResponse)
{
    if (m_document->isStored())
        return false;
    const models::DocumentState fromTemplate =
        models::ObjectTypeDocument::stateFromJson(templateResponse);
    models::DocumentState state = m_document->state();
    state.fields = fromTemplate.fields;
    state.keys = fromTemplate.keys;
    state.general.templateId.reset(); // the copy is the design's own
    const QString id = templateResponse.value(QStringLiteral("TemplateId")).toString();
    m_document->replace(state, tr("Copy template %1").arg(id));
    showMessage(tr("The fields and keys of template %1 were copied.").arg(id));
    return true;
}

bool ObjectTypeDesigner::keepTemplate(const QString &templateId)
{
    if (m_document->isStored() || templateId.isEmpty())
        return false;
    m_document->setTemplateId(templateId);
    showMessage(tr("Template %1 is kept: the service fills the fields and keys when it is saved.")
                    .arg(templateId));
    return true;
}

QString ObjectTypeDesigner::diff(const QJsonObject &before, const QJsonObject &after)
{
    const QStringList a =
        QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Indented)).split(u'\n');
    const QStringList b =
        QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Indented)).split(u'\n');
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Longest common subsequence, from the ends, then walked from the start.
    QVector<QVector<int>> lcs(n + 1, QVector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            if (!a[i].isEmpty())
                out.append(QStringLiteral("  ") + a[i]);
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.append(QStringLiteral("+ ") + b[j++]);
        } else {
            out.append(QStringLiteral("- ") + a[i++]);
        }
    }
    return out.join(u'\n');
}

bool ObjectTypeDesigner::exportTo(const QString &path)
{
    QJsonObject request = m_document->toJsonObject();
    request.remove(QStringLiteral("DomainName"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(request).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    showMessage(tr("Exported to %1.").arg(path));
    return true;
}

bool ObjectTypeDesigner::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Could not read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray text = file.readAll();
    QString problem = models::ObjectTypeDocument::jsonProblem(text);
    if (problem.isEmpty()) {
        QJsonObject request = QJsonDocument::fromJson(text).object();
        request.remove(QStringLiteral("DomainName"));
        if (m_document->isStored())
            request.insert(QStringLiteral("ObjectTypeName"), m_document->general().name);
        if (!m_document->fromJson(QJsonDocument(request).toJson(), &problem) && problem.isEmpty())
            problem = tr("The JSON is not a PutProfileObjectType request.");
    }
    if (!problem.isEmpty()) {
        showMessage(tr("Could not import %1: %2").arg(path, problem));
        return false;
    }
    if (m_tabs->currentWidget() == m_json->parentWidget())
        showJson();
    showMessage(tr("Imported %1.").arg(path));
    return true;
}

QString ObjectTypeDesigner::message() const
{
    return m_message->text();
}

void ObjectTypeDesigner::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ObjectTypeDesigner::exportFile()
{
    const QString name = m_document->general().name;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export object type"),
        (name.isEmpty() ? QStringLiteral("objecttype") : name) + QStringLiteral(".json"),
        tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ObjectTypeDesigner::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import object type"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

} // namespace cp::views
