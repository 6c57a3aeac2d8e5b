// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/case_audit/text_limit.h"

#include "gui/common/colours.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace konvergensi::gui {

void limitText(QPlainTextEdit *edit, QLabel *counter, int maximum)
{
    const auto update = [edit, counter, maximum] {
        const QString text = edit->toPlainText();
        if (text.size() > maximum) {
            const QSignalBlocker blocker(edit);
            QTextCursor cursor = edit->textCursor();
            const int position = std::min(cursor.position(), maximum);
            edit->setPlainText(text.left(maximum));
            cursor = edit->textCursor();
            cursor.setPosition(position);
            edit->setTextCursor(cursor);
        }
        const int length = static_cast<int>(std::min<qsizetype>(text.size(), maximum));
        counter->setText(QStringLiteral("%1 / %2").arg(length).arg(maximum));
        counter->setStyleSheet(length * 10 >= maximum * 9 ? colours::textStyle(colours::warning)
                                                          : colours::textStyle(colours::muted));
    };
    QObject::connect(edit, &QPlainTextEdit::textChanged, counter, update);
    update();
}

} // namespace konvergensi::gui
