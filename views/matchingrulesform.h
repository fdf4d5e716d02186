#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cp::models {
class MatchingRulesModel;
}

namespace cp::views {

// Rule-based matching as a form: the rules as rows of attributes (level 1 first), the
// levels that match and merge, the attribute types selector and the conflict resolution.
// It edits a copy of the whole RuleBasedMatching value: a control the user changes
// writes its member and nothing else, so members without a control (Enabled, exporting,
// what a newer service adds) pass through untouched.
class MatchingRulesForm : public QWidget
{
    Q_OBJECT
public:
    explicit MatchingRulesForm(QWidget *parent = nullptr);

    // Shows this value; emits nothing.
    void setValue(const QJsonObject &value);
    QJsonObject value() const { return m_value; }

    // What blocks sending (a rule without attributes, a repeated one, too many).
    QStringList problems() const;
    // What the service may refuse (an attribute the documentation does not list, SOURCE
    // without an object type).
    QStringList warnings() const;

    models::MatchingRulesModel *rules() const { return m_rules; }
    QTableView *rulesView() const { return m_rulesView; }

Q_SIGNALS:
    // The user changed the value; `value` is the whole RuleBasedMatching.
    void edited(const QJsonObject &value);

private:
    QWidget *buildRules();
    QWidget *buildLevels();
    QWidget *buildSelector();
    QWidget *buildConflict();
    void setMember(const QString &member, const QJsonValue &value);
    void selectorEdited();
    void conflictEdited();
    void updateButtons();
    void moveCurrent(int delta);

    QJsonObject m_value;
    bool m_loading = false;
    models::MatchingRulesModel *m_rules;
    QTableView *m_rulesView = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QSpinBox *m_matchLevel = nullptr;
    QSpinBox *m_mergeLevel = nullptr;
    QComboBox *m_matchingModel = nullptr;
    QList<std::pair<QString, QList<QCheckBox *>>> m_types; // selector member, its boxes
    QComboBox *m_conflictModel = nullptr;
    QLineEdit *m_sourceName = nullptr;
};

} // namespace cp::views
