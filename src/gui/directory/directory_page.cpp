// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/directory/directory_page.h"

#include "gui/common/dialogs.h"
#include "gui/common/reload_when_shown.h"
#include "gui/directory/directory_models.h"
#include "gui/directory/opd_dialog.h"
#include "gui/directory/person_dialog.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/directory/directory_repository.h"
#include "storage/storage_error.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

DirectoryPage::DirectoryPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("directoryPage"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    // Left: OPD.
    auto *opdPane = new QWidget(splitter);
    auto *opdLayout = new QVBoxLayout(opdPane);
    opdLayout->setContentsMargins(0, 0, 0, 0);
    auto *opdTitle = new QLabel(tr("<b>District agencies (OPD)</b>"), opdPane);
    opdLayout->addWidget(opdTitle);
    m_opdModel = new OpdTableModel(this);
    m_opdView = makeTable(opdPane, QStringLiteral("opdTableView"));
    m_opdView->setModel(m_opdModel);
    m_opdView->horizontalHeader()->setSectionResizeMode(OpdTableModel::ShortNameColumn,
                                                        QHeaderView::ResizeToContents);
    m_opdView->horizontalHeader()->setSectionResizeMode(OpdTableModel::NameColumn,
                                                        QHeaderView::Stretch);
    m_opdView->horizontalHeader()->setSectionResizeMode(OpdTableModel::PeopleColumn,
                                                        QHeaderView::ResizeToContents);
    opdLayout->addWidget(m_opdView, 1);
    auto *opdButtons = new QHBoxLayout;
    auto *addOpdButton = makeButton(opdPane, tr("Add OPD…"), QStringLiteral("addOpdButton"));
    m_editOpdButton = makeButton(opdPane, tr("Edit…"), QStringLiteral("editOpdButton"));
    m_removeOpdButton = makeButton(opdPane, tr("Remove"), QStringLiteral("removeOpdButton"));
    opdButtons->addWidget(addOpdButton);
    opdButtons->addWidget(m_editOpdButton);
    opdButtons->addWidget(m_removeOpdButton);
    opdButtons->addStretch(1);
    opdLayout->addLayout(opdButtons);

    // Right: people of the chosen OPD.
    auto *personPane = new QWidget(splitter);
    auto *personLayout = new QVBoxLayout(personPane);
    personLayout->setContentsMargins(0, 0, 0, 0);
    m_peopleTitle = new QLabel(personPane);
    m_peopleTitle->setObjectName(QStringLiteral("peopleTitleLabel"));
    personLayout->addWidget(m_peopleTitle);
    m_personModel = new PersonTableModel(this);
    m_personView = makeTable(personPane, QStringLiteral("personTableView"));
    m_personView->setModel(m_personModel);
    m_personView->horizontalHeader()->setSectionResizeMode(PersonTableModel::NameColumn,
                                                           QHeaderView::Stretch);
    m_personView->horizontalHeader()->setSectionResizeMode(PersonTableModel::PositionColumn,
                                                           QHeaderView::Stretch);
    m_personView->horizontalHeader()->setSectionResizeMode(PersonTableModel::PhoneColumn,
                                                           QHeaderView::ResizeToContents);
    personLayout->addWidget(m_personView, 1);
    auto *personButtons = new QHBoxLayout;
    m_addPersonButton = makeButton(personPane, tr("Add person…"),
                                   QStringLiteral("addPersonButton"));
    m_editPersonButton = makeButton(personPane, tr("Edit…"), QStringLiteral("editPersonButton"));
    m_removePersonButton = makeButton(personPane, tr("Remove"),
                                      QStringLiteral("removePersonButton"));
    personButtons->addWidget(m_addPersonButton);
    personButtons->addWidget(m_editPersonButton);
    personButtons->addWidget(m_removePersonButton);
    personButtons->addStretch(1);
    personLayout->addLayout(personButtons);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(addOpdButton, &QPushButton::clicked, this, &DirectoryPage::addOpd);
    connect(m_editOpdButton, &QPushButton::clicked, this, &DirectoryPage::editOpd);
    connect(m_removeOpdButton, &QPushButton::clicked, this, &DirectoryPage::removeOpd);
    connect(m_addPersonButton, &QPushButton::clicked, this, &DirectoryPage::addPerson);
    connect(m_editPersonButton, &QPushButton::clicked, this, &DirectoryPage::editPerson);
    connect(m_removePersonButton, &QPushButton::clicked, this, &DirectoryPage::removePerson);
    connect(m_opdView, &QTableView::doubleClicked, this, &DirectoryPage::editOpd);
    connect(m_personView, &QTableView::doubleClicked, this, &DirectoryPage::editPerson);
    connect(m_opdView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DirectoryPage::reloadPeople);
    connect(m_personView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DirectoryPage::updateButtons);
    ReloadWhenShown::attach(this, m_session, usecases::Topic::Directory, [this] { reload(); });
    reload();
}

std::int64_t DirectoryPage::currentOpdId() const
{
    const core::Opd *opd = m_opdModel->opdAt(m_opdView->currentIndex().row());
    return opd ? opd->id : 0;
}

void DirectoryPage::reload()
{
    const std::int64_t keep = currentOpdId();
    if (!m_session.isOpen()) {
        m_opdModel->setOpds({}, {});
        reloadPeople();
        return;
    }
    try {
        auto &directory = m_session.directory();
        std::map<std::int64_t, int> counts;
        for (const auto &person : directory.people())
            ++counts[person.opdId];
        m_opdModel->setOpds(directory.opds(), std::move(counts));
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("OPD directory"), error.message());
    }
    if (keep != 0 && m_opdModel->rowOf(keep) >= 0)
        selectOpd(keep);
    else if (m_opdModel->rowCount() > 0)
        selectOpd(m_opdModel->opdAt(0)->id);
    reloadPeople();
}

void DirectoryPage::selectOpd(std::int64_t id)
{
    const int row = m_opdModel->rowOf(id);
    if (row < 0)
        return;
    m_opdView->setCurrentIndex(m_opdModel->index(row, 0));
    m_opdView->selectRow(row);
}

void DirectoryPage::reloadPeople()
{
    const core::Opd *opd = m_opdModel->opdAt(m_opdView->currentIndex().row());
    if (!opd || !m_session.isOpen()) {
        m_personModel->setPeople({});
        m_peopleTitle->setText(tr("<b>People</b>"));
    } else {
        try {
            m_personModel->setPeople(m_session.directory().people(opd->id));
        } catch (const storage::StorageError &error) {
            Dialogs::error(this, tr("OPD directory"), error.message());
        }
        m_peopleTitle->setText(tr("<b>People in %1</b>").arg(qs(opd->shortName).toHtmlEscaped()));
    }
    updateButtons();
}

void DirectoryPage::updateButtons()
{
    const bool haveOpd = currentOpdId() != 0;
    const bool havePerson = m_personModel->personAt(m_personView->currentIndex().row()) != nullptr;
    m_editOpdButton->setEnabled(haveOpd);
    m_removeOpdButton->setEnabled(haveOpd);
    m_addPersonButton->setEnabled(haveOpd);
    m_editPersonButton->setEnabled(havePerson);
    m_removePersonButton->setEnabled(havePerson);
}

void DirectoryPage::addOpd()
{
    if (!m_session.isOpen())
        return;
    OpdDialog dialog(m_session, core::Opd{}, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectOpd(dialog.saved().id);
    }
}

void DirectoryPage::editOpd()
{
    const core::Opd *current = m_opdModel->opdAt(m_opdView->currentIndex().row());
    if (!current)
        return;
    OpdDialog dialog(m_session, *current, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectOpd(dialog.saved().id);
    }
}

void DirectoryPage::removeOpd()
{
    const core::Opd *current = m_opdModel->opdAt(m_opdView->currentIndex().row());
    if (!current)
        return;
    const core::Opd opd = *current;
    if (!Dialogs::question(
            this, tr("Remove OPD"),
            tr("Remove %1 (%2) from the directory?").arg(qs(opd.shortName), qs(opd.name))))
        return;
    try {
        m_session.directory().removeOpd(opd.id);
        m_session.notifyChanged(usecases::Topic::Directory);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("OPD not removed"), error.message());
    }
    reload();
}

void DirectoryPage::addPerson()
{
    const std::int64_t opdId = currentOpdId();
    if (opdId == 0)
        return;
    core::Person person;
    person.opdId = opdId;
    PersonDialog dialog(m_session, person, m_session.directory().opds(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectOpd(dialog.saved().opdId);
    }
}

void DirectoryPage::editPerson()
{
    const core::Person *current = m_personModel->personAt(m_personView->currentIndex().row());
    if (!current)
        return;
    PersonDialog dialog(m_session, *current, m_session.directory().opds(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectOpd(dialog.saved().opdId);
    }
}

void DirectoryPage::removePerson()
{
    const core::Person *current = m_personModel->personAt(m_personView->currentIndex().row());
    if (!current)
        return;
    const core::Person person = *current;
    if (!Dialogs::question(this, tr("Remove person"),
                           tr("Remove %1 from the directory?").arg(qs(person.name))))
        return;
    try {
        m_session.directory().removePerson(person.id);
        m_session.notifyChanged(usecases::Topic::Directory);
    } catch (const storage::StorageError &error) {
        Dialogs::warning(this, tr("Person not removed"), error.message());
    }
    reload();
}

} // namespace konvergensi::gui
