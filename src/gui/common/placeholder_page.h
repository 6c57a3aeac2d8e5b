#pragma once

#include <QWidget>

namespace konvergensi::gui {

/// An honest page for a module that a later release fills: its name, what it will do, and
/// that it is not available yet.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace konvergensi::gui
