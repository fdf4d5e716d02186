#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace cp::views {

// Modal questions go through here so that tests can answer them without a dialog
// ever blocking: setNextAnswer() answers the next question once.
namespace prompts {

// Asks the user to type `expected` (e.g. a domain name) to confirm a destructive action.
bool confirmByTyping(QWidget *parent, const QString &title, const QString &text,
                     const QString &expected);
// A plain yes/no question.
bool confirm(QWidget *parent, const QString &title, const QString &text);

// Test seam: the next confirm/confirmByTyping returns this without showing anything.
void setNextAnswer(bool answer);
std::optional<bool> takeNextAnswer();

} // namespace prompts
} // namespace cp::views
