#include "designergeneralpage.h"

#include "objecttypedocument.h"
#include "tagsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace cp::views {
namespace {

// The formats the service's own templates use (Java date patterns), offered after the ones
// the samples suggest.
const QStringList kUsualTimestampFormats = {
    QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.SSSX"), QStringLiteral("yyyy-MM-dd'T'HH:mm:ssX"),
    QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.SSSZ"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
    QStringLiteral("yyyy-MM-dd")};

} // namespace

DesignerGeneralPage::DesignerGeneralPage(models::ObjectTypeDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_templateId(new QLabel(this))
    , m_expirationDays(new QSpinBox(this))
    , m_encryptionKey(new QLineEdit(this))
    , m_allowProfileCreation(new QCheckBox(tr("&Create a profile when no profile matches"), this))
    , m_timestampFormat(new QComboBox(this))
    , m_clearTemplate(new QPushButton(tr("Clear"), this))
    , m_tags(new models::TagsModel(this))
    , m_tagsView(new QTableView(this))
    , m_removeTag(new QPushButton(tr("&Remove tag"), this))
{
    setObjectName(QStringLiteral("designerGeneralPage"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_templateId->setObjectName(QStringLiteral("templateIdLabel"));
    m_templateId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expirationDays->setObjectName(QStringLiteral("expirationDaysSpin"));
    m_expirationDays->setRange(0, 1098);
    m_expirationDays->setSpecialValueText(tr("The domain's default"));
    m_encryptionKey->setObjectName(QStringLiteral("encryptionKeyEdit"));
    m_encryptionKey->setPlaceholderText(tr("The domain's key"));
    m_allowProfileCreation->setObjectName(QStringLiteral("allowProfileCreationCheck"));
    m_timestampFormat->setObjectName(QStringLiteral("timestampFormatCombo"));
    m_timestampFormat->setEditable(true);
    m_timestampFormat->setInsertPolicy(QComboBox::NoInsert);
    m_timestampFormat->lineEdit()->setPlaceholderText(tr("None: objects are kept in the order "
                                                         "they arrive"));
    m_timestampFormat->setToolTip(
        tr("How the source's last-updated time is written (SourceLastUpdatedTimestampFormat), "
           "so that an older record never replaces a newer one."));
    m_timestampFormat->addItems(kUsualTimestampFormats);
    m_timestampFormat->setCurrentIndex(-1);

    m_clearTemplate->setObjectName(QStringLiteral("clearTemplateButton"));
    m_clearTemplate->setToolTip(tr("Do not use a template: the fields and keys are the design's."));
    m_clearTemplate->setAutoDefault(false);
    m_tagsView->setObjectName(QStringLiteral("designerTagsView"));
    m_tagsView->setModel(m_tags);
    m_tagsView->verticalHeader()->hide();
    m_tagsView->horizontalHeader()->setStretchLastSection(true);
    m_tagsView->horizontalHeader()->resizeSection(models::TagsModel::Key, 220);
    m_tagsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tagsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tagsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_tagsView->setMinimumHeight(110);
    auto *addTagButton = new QPushButton(tr("&Add tag"), this);
    addTagButton->setObjectName(QStringLiteral("addDesignerTagButton"));
    m_removeTag->setObjectName(QStringLiteral("removeDesignerTagButton"));
    for (QPushButton *button : {addTagButton, m_removeTag})
        button->setAutoDefault(false);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateId, 1);
    templateRow->addWidget(m_clearTemplate);
    auto *tagButtons = new QHBoxLayout;
    tagButtons->addWidget(addTagButton);
    tagButtons->addWidget(m_removeTag);
    tagButtons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Template:"), templateRow);
    form->addRow(tr("E&xpiration days:"), m_expirationDays);
    form->addRow(tr("&Encryption key:"), m_encryptionKey);
    form->addRow(QString(), m_allowProfileCreation);
    form->addRow(tr("&Source timestamp format:"), m_timestampFormat);
    auto *tagsLabel = new QLabel(tr("Tags:"), this);
    tagsLabel->setBuddy(m_tagsView);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tagsLabel);
    layout->addWidget(m_tagsView, 1);
    layout->addLayout(tagButtons);

    connect(m_clearTemplate, &QPushButton::clicked, this,
            [this] { m_document->setTemplateId(std::nullopt); });
    connect(addTagButton, &QPushButton::clicked, this, &DesignerGeneralPage::addTag);
    connect(m_removeTag, &QPushButton::clicked, this, &DesignerGeneralPage::removeCurrentTag);
    connect(m_tags, &QAbstractItemModel::dataChanged, this, &DesignerGeneralPage::tagsEdited);
    connect(m_tags, &QAbstractItemModel::rowsInserted, this, &DesignerGeneralPage::tagsEdited);
    connect(m_tags, &QAbstractItemModel::rowsRemoved, this, &DesignerGeneralPage::tagsEdited);
    connect(m_tagsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_removeTag->setEnabled(m_tagsView->currentIndex().isValid()); });
    connect(m_document, &models::ObjectTypeDocument::tagsChanged, this,
            &DesignerGeneralPage::refreshTags);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document->setName(text);
        refresh(); // a refused edit puts the document's name back
    });
    connect(m_description, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_document->setDescription(text); });
    connect(m_expirationDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_document->setExpirationDays(days > 0 ? std::optional<int>(days) : std::nullopt);
    });
    connect(m_encryptionKey, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_document->setEncryptionKey(text.isEmpty() ? std::nullopt : std::optional<QString>(text));
    });
    connect(m_allowProfileCreation, &QCheckBox::toggled, this,
            [this](bool on) { m_document->setAllowProfileCreation(on); });
    connect(m_timestampFormat, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_refreshing)
            return;
        const QString format = text.trimmed();
        m_document->setSourceLastUpdatedTimestampFormat(
            format.isEmpty() ? std::nullopt : std::optional<QString>(format));
    });
    connect(m_document, &models::ObjectTypeDocument::generalChanged, this,
            &DesignerGeneralPage::refresh);
    connect(m_document, &models::ObjectTypeDocument::reset, this, &DesignerGeneralPage::refresh);
    connect(m_document, &models::ObjectTypeDocument::dirtyChanged, this,
            &DesignerGeneralPage::refresh);
    refresh();
    refreshTags();
}

void DesignerGeneralPage::addTag()
{
    const int row = m_document->addTag();
    if (row < 0)
        return;
    const QModelIndex index = m_tags->index(row, models::TagsModel::Key);
    m_tagsView->setCurrentIndex(index); // opens the editor (AllEditTriggers) when shown
    if (isVisible() && !m_tagsView->indexWidget(index))
        m_tagsView->edit(index);
}

void DesignerGeneralPage::removeCurrentTag()
{
    const QModelIndex index = m_tagsView->currentIndex();
    if (index.isValid())
        m_document->removeTag(index.row());
}

void DesignerGeneralPage::tagsEdited()
{
    if (!m_syncingTags)
        m_document->setTags(m_tags->rows());
}

void DesignerGeneralPage::refreshTags()
{
    m_syncingTags = true;
    m_tags->setRows(m_document->tags()); // nothing happens when the table has them already
    m_syncingTags = false;
    m_removeTag->setEnabled(m_tagsView->currentIndex().isValid());
}

void DesignerGeneralPage::suggestTimestampFormats(const QStringList &formats)
{
    const QString current = m_timestampFormat->currentText();
    m_refreshing = true;
    for (auto it = formats.rbegin(); it != formats.rend(); ++it) {
        const int at = m_timestampFormat->findText(*it);
        if (at >= 0)
            m_timestampFormat->removeItem(at);
        m_timestampFormat->insertItem(0, *it);
    }
    m_timestampFormat->setCurrentText(current);
    m_refreshing = false;
}

QString DesignerGeneralPage::nameProblem() const
{
    return m_nameProblem->text();
}

void DesignerGeneralPage::refresh()
{
    const models::GeneralProperties &general = m_document->general();
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text) {
            const QSignalBlocker blocker(edit);
            edit->setText(text);
        }
    };
    setText(m_name, general.name);
    m_name->setReadOnly(m_document->isStored());
    m_name->setToolTip(m_document->isStored() ? tr("The name of a saved object type cannot change.")
                                              : QString());
    const auto issue = schema::validateObjectTypeName(general.name);
    m_nameProblem->setText(issue ? issue->message : QString());
    // Its line stays while the name can be typed: the fields below never jump.
    m_nameProblem->setVisible(issue.has_value() || !m_document->isStored());
    setText(m_description, general.description);
    m_templateId->setText(general.templateId.value_or(tr("None")));
    m_clearTemplate->setEnabled(general.templateId.has_value());
    {
        const QSignalBlocker blocker(m_expirationDays);
        m_expirationDays->setValue(general.expirationDays.value_or(0));
    }
    setText(m_encryptionKey, general.encryptionKey.value_or(QString()));
    {
        const QSignalBlocker blocker(m_allowProfileCreation);
        m_allowProfileCreation->setChecked(general.allowProfileCreation.value_or(false));
    }
    const QString format = general.sourceLastUpdatedTimestampFormat.value_or(QString());
    if (m_timestampFormat->currentText().trimmed() != format) {
        m_refreshing = true;
        m_timestampFormat->setCurrentText(format);
        m_refreshing = false;
    }
}

} // namespace cp::views
