// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QTableView;

namespace konvergensi::gui {

class OpdTableModel;
class PersonTableModel;
class WorkspaceSession;

/// The OPD directory: agencies on the left, the people of the chosen one on the right.
class DirectoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit DirectoryPage(WorkspaceSession &session, QWidget *parent = nullptr);

    void reload();
    void addOpd();
    void editOpd();
    void removeOpd();
    void addPerson();
    void editPerson();
    void removePerson();

    QTableView *opdView() const { return m_opdView; }
    QTableView *personView() const { return m_personView; }
    OpdTableModel *opdModel() const { return m_opdModel; }
    PersonTableModel *personModel() const { return m_personModel; }
    /// Selects the OPD row with this id (and shows its people).
    void selectOpd(std::int64_t id);

private:
    std::int64_t currentOpdId() const;
    void reloadPeople();
    void updateButtons();

    WorkspaceSession &m_session;
    QTableView *m_opdView = nullptr;
    QTableView *m_personView = nullptr;
    OpdTableModel *m_opdModel = nullptr;
    PersonTableModel *m_personModel = nullptr;
    QLabel *m_peopleTitle = nullptr;
    QPushButton *m_editOpdButton = nullptr;
    QPushButton *m_removeOpdButton = nullptr;
    QPushButton *m_addPersonButton = nullptr;
    QPushButton *m_editPersonButton = nullptr;
    QPushButton *m_removePersonButton = nullptr;
};

} // namespace konvergensi::gui
