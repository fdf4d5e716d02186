#include "jsonobjectdialog.h"

#include "windowsize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace cp::views {

JsonObjectDialog::JsonObjectDialog(const QStringList &objectTypes, QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("putObjectDialog"));
    setWindowTitle(tr("Put profile object"));
    m_type->setObjectName(QStringLiteral("putObjectType"));
    m_type->addItems(objectTypes);
    m_editor->setObjectName(QStringLiteral("putObjectJson"));
    m_editor->setFont(QFont(QStringLiteral("monospace")));
    m_editor->setPlaceholderText(
        QStringLiteral("{\n  \"id\": \"123\",\n  \"email\": \"ana@example.com\"\n}"));
    m_problem->setObjectName(QStringLiteral("putObjectProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Put object"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Object &type:"), m_type);
    form->addRow(m_editor);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    keepWindowSize(this, QStringLiteral("sizes/putObject"), QSize(600, 440));
    connect(m_editor, &QPlainTextEdit::textChanged, this, &JsonObjectDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

void JsonObjectDialog::setObjectTypes(const QStringList &objectTypes)
{
    const QString kept = m_type->currentText();
    m_type->clear();
    m_type->addItems(objectTypes);
    m_type->setCurrentIndex(std::max(0, m_type->findText(kept)));
    m_typesNote.clear();
    revalidate();
}

void JsonObjectDialog::setTypesNote(const QString &note)
{
    m_typesNote = note;
    revalidate();
}

QString JsonObjectDialog::objectType() const
{
    return m_type->currentText();
}

QString JsonObjectDialog::objectText() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString JsonObjectDialog::problem() const
{
    return m_problem->text();
}

QString JsonObjectDialog::describeProblem(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError)
        return doc.isObject() ? QString() : tr("The object must be a JSON object: { ... }.");
    const QByteArray before = json.left(error.offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
    return tr("Line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
}

void JsonObjectDialog::revalidate()
{
    const QByteArray text = m_editor->toPlainText().toUtf8();
    QString problem = text.trimmed().isEmpty() ? QString() : describeProblem(text);
    if (m_type->currentText().isEmpty())
        problem = m_typesNote.isEmpty()
                      ? tr("The domain has no object type yet: create one first.")
                      : m_typesNote;
    m_problem->setText(problem);
    m_valid = problem.isEmpty() && !text.trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace cp::views
