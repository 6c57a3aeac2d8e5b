// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace konvergensi::storage {

class Database;

/// RAII transaction: begins on construction, commits only through commit(), rolls back in
/// the destructor otherwise. Nested transactions become savepoints, so a repository call
/// inside an import joins the import's all-or-nothing.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    void rollback() noexcept;

    Database &m_db;
    int m_level;
    bool m_open = true;
};

} // namespace konvergensi::storage
