// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/common/unsaved_work.h"

#include "gui/common/dialogs.h"
#include "gui/logging.h"

#include <QStringList>

#include <algorithm>

namespace konvergensi::gui {

namespace {
std::vector<UnsavedWork *> &registry()
{
    static std::vector<UnsavedWork *> editors;
    return editors;
}
} // namespace

UnsavedWork::UnsavedWork()
{
    registry().push_back(this);
}

UnsavedWork::~UnsavedWork()
{
    auto &editors = registry();
    editors.erase(std::remove(editors.begin(), editors.end(), this), editors.end());
}

std::vector<UnsavedWork *> UnsavedWork::pending()
{
    std::vector<UnsavedWork *> result;
    for (UnsavedWork *editor : registry()) {
        if (editor->hasUnsavedChanges())
            result.push_back(editor);
    }
    return result;
}

bool UnsavedWork::resolveBeforeLeaving(QWidget *parent)
{
    const std::vector<UnsavedWork *> editors = pending();
    if (editors.empty())
        return true;
    QStringList titles;
    for (const UnsavedWork *editor : editors)
        titles << editor->unsavedWorkTitle();
    switch (Dialogs::unsavedChanges(parent, titles)) {
    case Dialogs::UnsavedChoice::Cancel:
        return false;
    case Dialogs::UnsavedChoice::Discard:
        for (UnsavedWork *editor : editors)
            editor->discardUnsavedWork();
        return true;
    case Dialogs::UnsavedChoice::SaveAll:
        break;
    }
    for (UnsavedWork *editor : editors) {
        // An editor may have been closed by saving another one (e.g. its parent).
        const auto &live = registry();
        if (std::find(live.begin(), live.end(), editor) == live.end())
            continue;
        if (!editor->saveUnsavedWork()) {
            qCInfo(lcGui) << "leaving cancelled: an editor could not save its changes";
            return false;
        }
    }
    return true;
}

} // namespace konvergensi::gui
