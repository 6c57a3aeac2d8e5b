// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the meeting module's GUI tests share: finding widgets by name, clicking, and a
// workspace with the demo's regions and OPD (and optionally its meetings) on a fixed clock.

#include "gui/common/dialogs.h"
#include "gui/common/save_dialog.h"
#include "gui/language.h"
#include "gui/workspace/workspace_session.h"
#include "io/workspace_setup.h"

#include "core/clock.h"

#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <gtest/gtest.h>

namespace konvergensi::test {

template<typename T>
T *child(QObject *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

inline void click(QObject *parent, const char *buttonName)
{
    auto *button = child<QPushButton>(parent, buttonName);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled()) << buttonName;
    QTest::mouseClick(button, Qt::LeftButton);
}

inline void chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << data.toString().toStdString();
    combo->setCurrentIndex(index);
}

inline int indexContaining(QComboBox *combo, const QString &text)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).contains(text))
            return i;
    }
    return -1;
}

/// The message a SaveDialog shows inside (empty when none).
inline QString errorOf(QWidget *dialog)
{
    auto *saveDialog = qobject_cast<gui::SaveDialog *>(dialog);
    EXPECT_NE(saveDialog, nullptr);
    return saveDialog ? saveDialog->errorText() : QString();
}

/// A workspace file with the demo's regions and OPD on a clock the test holds; the demo's
/// meetings only when asked (counts in a test are then its own).
class MeetingsGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        gui::Dialogs::resetForTests();
        gui::LanguageSetup::install(QStringLiteral("id"));
        session.create(dir.filePath(QStringLiteral("base.kvg")), io::WorkspaceTemplate::Empty);
        io::populateDemo(session.database());
        session.notifyContentChanged();
        ASSERT_TRUE(session.isOpen());
    }

    void TearDown() override { gui::LanguageSetup::install(QStringLiteral("en")); }

    std::shared_ptr<core::FixedClock> clock = std::make_shared<core::FixedClock>(
        boost::gregorian::date(2024, 5, 21));
    QTemporaryDir dir;
    gui::WorkspaceSession session{clock};
};

} // namespace konvergensi::test
