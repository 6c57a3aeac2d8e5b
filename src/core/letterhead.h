#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace konvergensi::core {

/// The workspace's identity, used in titles and on every printed report.
struct Letterhead
{
    std::string districtCode;   ///< "14.03"
    std::string districtName;   ///< "Kabupaten Bengkalis"
    std::string government;     ///< "Pemerintah Kabupaten Bengkalis"
    std::string agency;         ///< "Badan Perencanaan Pembangunan Daerah"
    std::string address;        ///< "Jalan Ahmad Yani No. 1, Bengkalis 28711"
    std::string contact;        ///< "Telp. (0766) 21001, pos-el bappeda@bengkaliskab.go.id"
    std::string city;           ///< place name printed by the signature: "Bengkalis"
    std::string signatoryTitle; ///< "Kepala Bappeda Kabupaten Bengkalis"
    std::string signatoryName;
    std::string signatoryNip;   ///< civil-servant number, 18 digits
    std::vector<std::uint8_t> logoPng; ///< the regional emblem as PNG bytes; empty when none

    friend bool operator==(const Letterhead &, const Letterhead &) = default;
};

} // namespace konvergensi::core
