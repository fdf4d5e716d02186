#pragma once

#include "objecttypespane.h"

namespace cp::views {

// The editing commands once gathered here belong to their panes now: DomainsPane (new,
// edit, delete, tags of a domain), ObjectTypesPane (the designer, delete, tags),
// IntegrationsPane and ProfilesPane. The object type commands keep this name for the
// code that reaches them as MainWindow::edits().
using EditActions = ObjectTypesPane;

} // namespace cp::views
