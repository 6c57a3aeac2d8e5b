// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory/opd.h"

#include <gtest/gtest.h>

using namespace konvergensi::core;

namespace {

Person personWithPhone(const char *phone)
{
    Person person;
    person.opdId = 1;
    person.name = "dr. Ersan Saputra, M.H.";
    person.position = "Kepala Dinas";
    person.phone = phone;
    return person;
}

using Problems = std::vector<DirectoryProblem>;

} // namespace

TEST(OpdValidation, GoodOpd)
{
    EXPECT_TRUE(validate(Opd{0, "Dinas Kesehatan", "Dinkes", 0}).empty());
}

TEST(OpdValidation, EmptyNames)
{
    EXPECT_EQ(validate(Opd{0, "", "Dinkes", 0}), Problems{DirectoryProblem::EmptyName});
    EXPECT_EQ(validate(Opd{0, "Dinas Kesehatan", "  ", 0}),
              Problems{DirectoryProblem::EmptyShortName});
    EXPECT_EQ(validate(Opd{0, " \t", "", 0}),
              (Problems{DirectoryProblem::EmptyName, DirectoryProblem::EmptyShortName}));
}

TEST(PersonValidation, GoodPeople)
{
    EXPECT_TRUE(validate(personWithPhone("")).empty()) << "the phone is optional";
    EXPECT_TRUE(validate(personWithPhone("   ")).empty());
    for (const char *phone : {"0812-7654-3210", "+62 812 7654 3210", "(0766) 21001", "081276543210",
                              "0766.21001", "123456", " 0812 7654 3210 "}) {
        EXPECT_TRUE(validate(personWithPhone(phone)).empty()) << phone;
    }
}

TEST(PersonValidation, BadPhones)
{
    for (const char *phone : {"12345", "+62", "call me", "0812-7654-321O", "0812/7654/3210",
                              "0812#765432", "ext. 123456", "-----", "0812_7654_3210"}) {
        EXPECT_EQ(validate(personWithPhone(phone)), Problems{DirectoryProblem::PhoneNotAPhone})
            << phone;
    }
}

TEST(PersonValidation, EmptyNameAndBadPhoneBothReported)
{
    Person person = personWithPhone("abc");
    person.name = " ";
    EXPECT_EQ(validate(person),
              (Problems{DirectoryProblem::EmptyName, DirectoryProblem::PhoneNotAPhone}));
}

TEST(PersonValidation, PositionIsOptional)
{
    Person person = personWithPhone("");
    person.position.clear();
    EXPECT_TRUE(validate(person).empty());
}

TEST(Directory, Equality)
{
    const Opd a{1, "Dinas Kesehatan", "Dinkes", 2};
    Opd b = a;
    EXPECT_EQ(a, b);
    b.rowVersion = 3;
    EXPECT_NE(a, b);
    EXPECT_EQ(personWithPhone("1"), personWithPhone("1"));
    EXPECT_NE(personWithPhone("1"), personWithPhone("2"));
}
