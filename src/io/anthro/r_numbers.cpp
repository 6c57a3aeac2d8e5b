// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/anthro/r_numbers.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace konvergensi::io {

namespace {

/// R's significant digits of |x| > 0 when it prints with 15 digits (the scientific() step of
/// its formatReal): the value scaled to 15 digits in long double precision and rounded there,
/// trailing zeros dropped. This is not always the correctly rounded 15-digit decimal (R gives
/// "17.460895922995" where that would be "17.4608959229951"), so it is done R's way.
struct RDigits
{
    int significant;
    int exponent; ///< of the leading digit
    bool roundingWidens;
};

RDigits rDigits(double r)
{
    constexpr int kDigits = 15;
    constexpr int kMaxPower = 27;
    static constexpr std::array<long double, kMaxPower + 1> kPowers = [] {
        std::array<long double, kMaxPower + 1> powers{};
        long double p = 1;
        for (long double &entry : powers) {
            entry = p;
            p *= 10;
        }
        return powers;
    }();
    int kp = static_cast<int>(std::floor(std::log10(r))) - kDigits + 1;
    long double scaled = r;
    if (std::abs(kp) < 10) {
        if (kp > 0)
            scaled /= kPowers[static_cast<std::size_t>(kp)];
        else if (kp < 0)
            scaled *= kPowers[static_cast<std::size_t>(-kp)];
    } else {
        scaled /= powl(10.0L, static_cast<long double>(kp));
    }
    if (scaled < kPowers[kDigits - 1]) {
        scaled *= 10;
        --kp;
    }
    double alpha = static_cast<double>(nearbyintl(scaled));
    int significant = kDigits;
    for (int j = 1; j <= kDigits; ++j) {
        alpha /= 10;
        if (alpha != std::floor(alpha))
            break;
        --significant;
    }
    if (significant == 0) {
        significant = 1;
        ++kp;
    }
    const int exponent = kp + kDigits - 1;
    const int right = std::clamp(kDigits - exponent, 0, kMaxPower);
    const double fuzz = 0.5 / static_cast<double>(kPowers[static_cast<std::size_t>(right)]);
    const bool widens = exponent > 0 && exponent <= kMaxPower
                        && r < kPowers[static_cast<std::size_t>(exponent)] - fuzz;
    return {significant, exponent, widens};
}

/// x as R's write.csv writes a number: its significant digits, in fixed notation unless
/// scientific is narrower ("9e+05", "1e-04").
void appendLikeR(std::string &out, double x)
{
    const bool negative = x < 0;
    const RDigits digits = rDigits(std::abs(x));
    const int left = digits.exponent + 1 - (digits.roundingWidens ? 1 : 0);
    const int right = std::max(0, digits.significant - left);
    const int fixedWidth = (negative ? 1 : 0) + (left <= 0 ? 1 : left) + right + (right ? 1 : 0);
    const int mantissaDecimals = digits.significant - 1;
    const int scientificWidth = (negative ? 1 : 0) + (mantissaDecimals > 0 ? 1 : 0)
                                + mantissaDecimals + 4 + (std::abs(digits.exponent) >= 100 ? 2 : 1);
    char buffer[400];
    const auto result = fixedWidth <= scientificWidth
                            ? std::to_chars(buffer, buffer + sizeof buffer, x,
                                            std::chars_format::fixed, right)
                            : std::to_chars(buffer, buffer + sizeof buffer, x,
                                            std::chars_format::scientific, mantissaDecimals);
    out.append(buffer, result.ptr);
}

} // namespace

void appendNumber(std::string &out, double value)
{
    if (std::isnan(value))
        return;
    if (std::isinf(value)) {
        out += value > 0 ? "Inf" : "-Inf";
        return;
    }
    if (value == 0) {
        out += '0'; // also -0, as R prints it
        return;
    }
    const bool negative = value < 0;
    // Whole hundredths (every rounded z-score) directly: "1.06", "-0.5", "12".
    if (std::abs(value) < 1e4) {
        const double whole = std::nearbyint(value * 100);
        if (whole / 100 == value) {
            const auto k = static_cast<long long>(std::abs(whole));
            if (negative)
                out += '-';
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, k / 100).ptr;
            out.append(digits, end);
            if (const long long cents = k % 100; cents != 0) {
                out += '.';
                out += static_cast<char>('0' + cents / 10);
                if (cents % 10 != 0)
                    out += static_cast<char>('0' + cents % 10);
            }
            return;
        }
    }
    appendLikeR(out, value);
}

} // namespace konvergensi::io
