// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture for tests/core/no_qt_check.cmake: a library that needs a symbol from Qt. QString is
// declared by hand so that no Qt header is needed; the library is never linked.
class QString
{
public:
    QString(const char *text);
};

void konvergensiNoQtFixture()
{
    QString text("x");
}
