// SPDX-License-Identifier: GPL-3.0-or-later
// The POSIX terminal calls of HiddenInput. Files named *_posix.cpp are built only where POSIX
// is (src/cli/CMakeLists.txt) and are the only ones tests/architecture/posix_check.cmake lets
// use POSIX calls; hidden_input_windows.cpp is the same for Windows.
#include "cli/workspace/hidden_input.h"

#include <termios.h>
#include <unistd.h>

namespace konvergensi::cli {

struct HiddenInput::State
{
    termios saved{};
};

HiddenInput::HiddenInput()
{
    auto state = std::make_unique<State>();
    if (::isatty(STDIN_FILENO) != 1 || ::tcgetattr(STDIN_FILENO, &state->saved) != 0)
        return;
    termios quiet = state->saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= static_cast<tcflag_t>(ECHONL);
    if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0)
        m_state = std::move(state);
}

HiddenInput::~HiddenInput()
{
    if (m_state)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_state->saved);
}

} // namespace konvergensi::cli
