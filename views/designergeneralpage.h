#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cp::models {
class ObjectTypeDocument;
class TagsModel;
} // namespace cp::models

namespace cp::views {

// The designer's General tab: name (fixed once saved, checked as typed with the reason under
// it), description, template (with Clear), expiration days, encryption key,
// AllowProfileCreation, the source timestamp format (typed, or chosen from the formats the
// samples suggest and the usual ones) and tags (a TagsModel table over the document's tags: the reason a row
// breaks the tag rules in its tooltip and in the problems). Each edit goes to the document
// (and its undo stack); the document's changes come back here.
class DesignerGeneralPage : public QWidget
{
    Q_OBJECT
public:
    explicit DesignerGeneralPage(models::ObjectTypeDocument *document, QWidget *parent = nullptr);

    // Why the name typed is not allowed, or an empty string.
    QString nameProblem() const;

    // SourceLastUpdatedTimestampFormat: formats to offer first (detected from samples).
    void suggestTimestampFormats(const QStringList &formats);
    QComboBox *timestampFormat() const { return m_timestampFormat; }

    models::TagsModel *tagsModel() const { return m_tags; }
    QTableView *tagsView() const { return m_tagsView; }
    // What the tag buttons do.
    void addTag();
    void removeCurrentTag();

private:
    void refresh();
    void refreshTags();
    void tagsEdited();

    models::ObjectTypeDocument *m_document;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLineEdit *m_description;
    QLabel *m_templateId;
    QSpinBox *m_expirationDays;
    QLineEdit *m_encryptionKey;
    QCheckBox *m_allowProfileCreation;
    QComboBox *m_timestampFormat;
    QPushButton *m_clearTemplate;
    models::TagsModel *m_tags;
    QTableView *m_tagsView;
    QPushButton *m_removeTag;
    bool m_syncingTags = false;
    bool m_refreshing = false; // the document's value is being shown, not typed
};

} // namespace cp::views
