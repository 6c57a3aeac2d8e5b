// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows console calls of HiddenInput (see hidden_input_posix.cpp for POSIX).
#include "cli/workspace/hidden_input.h"

#include <windows.h>

#include <cstdio>

namespace konvergensi::cli {

struct HiddenInput::State
{
    HANDLE input = nullptr;
    DWORD saved = 0;
};

HiddenInput::HiddenInput()
{
    auto state = std::make_unique<State>();
    state->input = ::GetStdHandle(STD_INPUT_HANDLE);
    if (state->input == INVALID_HANDLE_VALUE || state->input == nullptr
        || ::GetConsoleMode(state->input, &state->saved) == 0)
        return; // not a console: a pipe or a file
    if (::SetConsoleMode(state->input, state->saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0)
        m_state = std::move(state);
}

HiddenInput::~HiddenInput()
{
    if (!m_state)
        return;
    ::SetConsoleMode(m_state->input, m_state->saved);
    std::fputs("\n", stderr); // the console did not echo the line end either
}

} // namespace konvergensi::cli
