#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace cp::views {

// Put a profile object: pick its object type and write the source record as JSON,
// checked as typed (where the JSON breaks, by line and column) before anything is sent.
class JsonObjectDialog : public QDialog
{
    Q_OBJECT
public:
    JsonObjectDialog(const QStringList &objectTypes, QWidget *parent = nullptr);

    // The types to choose from; the chosen one stays chosen when it is still there.
    void setObjectTypes(const QStringList &objectTypes);
    // Why there are no types to choose while they are unknown (empty: the domain has none).
    void setTypesNote(const QString &note);

    QString objectType() const;
    QString objectText() const; // compact JSON of the object
    bool isValid() const { return m_valid; }
    QPlainTextEdit *editor() const { return m_editor; }
    QString problem() const;

    // Where JSON text breaks, as "line L, column C: reason"; empty when it is an object.
    static QString describeProblem(const QByteArray &json);

private:
    void revalidate();

    QComboBox *m_type;
    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
    QString m_typesNote;
};

} // namespace cp::views
