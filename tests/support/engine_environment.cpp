// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine_environment.h"

#include "test_engine.h"

#include <gtest/gtest.h>

namespace konvergensi::test {

namespace {
/// The PostgreSQL variant of a test without a server: skipped with the reason, or failed
/// where a server is required (scripts/test).
class EngineEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (!testOnPostgres() || !testServerUrl().isEmpty())
            return;
        if (qEnvironmentVariable("KONVERGENSI_TEST_POSTGRES_REQUIRED") == QLatin1String("1")) {
            ADD_FAILURE() << "PostgreSQL variant: KONVERGENSI_TEST_POSTGRES is not set, but "
                             "KONVERGENSI_TEST_POSTGRES_REQUIRED=1 asks for a server";
            return;
        }
        GTEST_SKIP() << "PostgreSQL variant skipped: no test server (set "
                        "KONVERGENSI_TEST_POSTGRES=postgresql://user@127.0.0.1:PORT/postgres, "
                        "or run scripts/test, which starts one)";
    }
    void TearDown() override
    {
        testServerDatabasesToDrop().clear();
        try {
            TestServerPool::instance().dropAll();
        } catch (const std::exception &error) {
            ADD_FAILURE() << error.what();
        }
    }
};
} // namespace

void addEngineEnvironment()
{
    ::testing::AddGlobalTestEnvironment(new EngineEnvironment);
}

} // namespace konvergensi::test
