// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/first_steps_panel.h"

#include "gui/common/colours.h"
#include "gui/logging.h"
#include "gui/workspace/workspace_session.h"
#include "storage/storage_error.h"
#include "usecases/workspace/first_steps.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace konvergensi::gui {

FirstStepsPanel::FirstStepsPanel(WorkspaceSession &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("firstStepsPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("konvergensi--gui--FirstStepsPanel { border: 1px solid %1; "
                                 "border-left: 5px solid %1; background: palette(base); }")
                      .arg(colours::brand.name()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>First steps in this workspace</b>"), this);
    title->setStyleSheet(colours::textStyle(colours::brand));
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("firstStepsProgressLabel"));
    auto *hide = new QPushButton(tr("Hide"), this);
    hide->setObjectName(QStringLiteral("hideFirstStepsButton"));
    hide->setToolTip(tr("Hide these steps in this workspace"));
    top->addWidget(title);
    top->addWidget(m_progress, 1);
    top->addWidget(hide);
    layout->addLayout(top);
    m_steps = new QVBoxLayout;
    m_steps->setSpacing(2);
    layout->addLayout(m_steps);

    connect(hide, &QPushButton::clicked, this, [this] {
        try {
            usecases::workspace::hideFirstSteps(m_session.database());
            m_session.notifyChanged(usecases::Topic::Settings);
        } catch (const storage::StorageError &error) {
            qCWarning(lcGui) << "first steps not hidden:" << error.message();
        }
        setVisible(false);
    });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &FirstStepsPanel::reload);
    connect(&m_session, &WorkspaceSession::changed, this, [this](usecases::Topics topics) {
        if (topics & usecases::workspace::firstStepTopics())
            reload();
    });
    reload();
}

void FirstStepsPanel::reload()
{
    while (QLayoutItem *item = m_steps->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item;
    }
    std::vector<usecases::workspace::FirstStepState> steps;
    bool show = false;
    if (m_session.isOpen()) {
        try {
            show = usecases::workspace::showFirstSteps(m_session.database());
            if (show)
                steps = usecases::workspace::firstSteps(m_session.database());
        } catch (const storage::StorageError &error) {
            qCWarning(lcGui) << "first steps not read:" << error.message();
        }
    }
    setVisible(show);
    int done = 0;
    int index = 0;
    for (const auto &step : steps) {
        ++index;
        done += step.done ? 1 : 0;
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("firstStepLabel%1").arg(index));
        label->setTextFormat(Qt::PlainText);
        label->setText(QStringLiteral("%1  %2. %3")
                           .arg(step.done ? QStringLiteral("\u2713") : QStringLiteral("\u25cb"))
                           .arg(index)
                           .arg(step.title));
        label->setToolTip(step.explanation);
        if (step.done)
            label->setStyleSheet(colours::textStyle(colours::success));
        auto *explanation = new QLabel(step.explanation, this);
        explanation->setStyleSheet(colours::textStyle(colours::muted));
        explanation->setTextFormat(Qt::PlainText);
        explanation->setWordWrap(true);
        row->addWidget(label);
        row->addWidget(explanation, 1);
        if (!step.done) {
            auto *open = new QPushButton(tr("Open"), this);
            open->setObjectName(QStringLiteral("firstStepButton%1").arg(index));
            const QString key = step.moduleKey;
            connect(open, &QPushButton::clicked, this, [this, key] { Q_EMIT openModule(key); });
            row->addWidget(open);
        }
        m_steps->addLayout(row);
    }
    m_progress->setText(tr("%1 of %2 done").arg(done).arg(steps.size()));
}

QStringList FirstStepsPanel::stepTexts() const
{
    QStringList texts;
    for (int index = 1;; ++index) {
        const auto *label = findChild<QLabel *>(QStringLiteral("firstStepLabel%1").arg(index));
        if (!label)
            break;
        texts << label->text();
    }
    return texts;
}

} // namespace konvergensi::gui
