#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace cp::views {

// Questions before destructive or irreversible steps. They never block the event loop:
// the question is a window-modal dialog and `onYes` runs once the user agrees (never if
// `parent` is destroyed first, never on No/Cancel). Tests answer through setNextAnswer(),
// in which case the answer is given at once, without a dialog.
namespace prompts {

// Asks the user to type `expected` (e.g. a domain name) to confirm a destructive action.
void confirmByTyping(QWidget *parent, const QString &title, const QString &text,
                     const QString &expected, std::function<void()> onYes);
// A plain yes/no question.
void confirm(QWidget *parent, const QString &title, const QString &text,
             std::function<void()> onYes);

// Test seam: the next confirm/confirmByTyping is answered with this without showing anything.
void setNextAnswer(bool answer);
std::optional<bool> takeNextAnswer();
// The text of the last question asked, answered by the seam or not.
QString lastQuestion();

} // namespace prompts
} // namespace cp::views
