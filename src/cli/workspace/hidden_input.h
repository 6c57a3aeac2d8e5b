// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace konvergensi::cli {

/// Turns the terminal's echo off for as long as it lives, when standard input is a terminal
/// (a console on Windows); on a pipe it does nothing. The line end is still echoed on POSIX,
/// so the next output starts on a new line. One implementation per system, chosen by CMake:
/// hidden_input_posix.cpp (termios) and hidden_input_windows.cpp (console mode).
class HiddenInput
{
public:
    HiddenInput();
    ~HiddenInput();
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

    /// True when what is typed now is not shown.
    bool active() const { return m_state != nullptr; }

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace konvergensi::cli
