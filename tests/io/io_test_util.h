// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/query.h"

#include <QFile>
#include <QString>

#include <gtest/gtest.h>

namespace konvergensi::test {

inline qint64 countRows(storage::Database &db, const QString &table)
{
    storage::Query query(db, QStringLiteral("SELECT count(*) FROM ") + table);
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace konvergensi::test
