#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 14's performance goal: a 100,000-child e-PPGBM export imported, z-scores included, at
# least 20 times faster than R reading the same file with readxl and computing anthro_zscores,
# with peak memory under 400 MB. Times `konvergensi-cli measurements import` of an XLSX made
# by eppgbm_bench (the whole unit of work: reading the workbook, every row checked and judged
# with the WHO standards, children recognised, stored in the demo workspace in one
# transaction) beside Rscript doing read_excel + the dates + anthro_zscores on the same file.
#
#   tests/bench/eppgbm_import_bench.sh BUILD_DIR [RUNS] [N]
#
# BUILD_DIR is a Release build with the benchmarks (cmake --preset bench). R is optional:
# apt-get install r-base-core r-cran-readxl; the package anthro from its source (it is not in
# Debian) or R_LIBS pointing at a library that holds it. Without them only Konvergensi is timed.
set -euo pipefail
build="${1:?usage: eppgbm_import_bench.sh BUILD_DIR [RUNS] [N]}"
runs="${2:-3}"
n="${3:-100000}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
cli="$build/src/cli/konvergensi-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$build/tests/bench/eppgbm_bench" "$here/resources/demo/bengkalis-wilayah.csv" \
    "$work/eppgbm.xlsx" "$n" >/dev/null
echo "input: $n children, $(wc -c <"$work/eppgbm.xlsx") bytes (XLSX)"

# Prints "wall_s cpu_s peak_MB" of the command.
measure() {
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || {
        cat "$work/stdout" "$work/stderr" >&2
        return 1
    }
    awk '{ printf "%.3f %.3f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time"
}

# The best of RUNS runs (wall time, with the CPU time and peak memory of that run).
best() {
    local best_wall="" best_cpu="" best_mb=""
    for ((i = 0; i < runs; i++)); do
        [[ -n "${before:-}" ]] && eval "$before"
        read -r wall cpu mb < <(measure "$@")
        if [[ -z "$best_wall" ]] || awk "BEGIN { exit !($wall < $best_wall) }"; then
            best_wall=$wall
            best_cpu=$cpu
            best_mb=$mb
        fi
    done
    echo "$best_wall $best_cpu $best_mb"
}

# A fresh demo workspace for every run: the import writes the round into it.
before='rm -rf "$work/w.kvg"*; "$cli" --database "$work/w.kvg" init --demo >/dev/null'
read -r k_wall k_cpu k_mb < <(best "$cli" --database "$work/w.kvg" measurements import \
    "$work/eppgbm.xlsx" --round 2024-08 --replace)
grep -E "Rows read|Baris dibaca|Imported|Diimpor" "$work/stdout" || true
printf '%-62s wall %7.2f s  cpu %7.2f s  peak %5d MB\n' \
    "konvergensi-cli measurements import (best of $runs)" "$k_wall" "$k_cpu" "$k_mb"
unset before

if ! command -v Rscript >/dev/null 2>&1 \
    || ! Rscript -e 'quit(status = !requireNamespace("readxl", quietly = TRUE))' >/dev/null 2>&1; then
    echo "R with readxl: not installed, no comparison (apt-get install r-base-core r-cran-readxl)"
    exit 0
fi
if Rscript -e 'quit(status = !requireNamespace("anthro", quietly = TRUE))' >/dev/null 2>&1; then
    label="Rscript read_excel + dates + anthro_zscores"
    zscores='z <- anthro::anthro_zscores(sex = sex, age = age, is_age_in_month = FALSE,
  weight = d$Berat, lenhei = d$Tinggi, measure = measure)
stopifnot(nrow(z) == nrow(d))'
else
    label="Rscript read_excel + dates only (no package anthro: R's LOWER BOUND)"
    zscores=''
fi
cat >"$work/import.R" <<R
d <- readxl::read_excel(commandArgs(TRUE)[1], skip = 3)
birth <- as.Date(d\$\`Tgl Lahir\`, "%d/%m/%Y")
measured <- as.Date(d\$\`Tanggal Pengukuran\`, "%d/%m/%Y")
age <- as.numeric(measured - birth)
sex <- ifelse(d\$JK == "L", 1, 2)
measure <- ifelse(d\$\`Cara Ukur\` == "Berdiri", "h", "l")
$zscores
R
runs=$(( runs < 3 ? runs : 3 ))
read -r r_wall r_cpu r_mb < <(best Rscript "$work/import.R" "$work/eppgbm.xlsx")
printf '%-62s wall %7.2f s  cpu %7.2f s  peak %5d MB\n' "$label (best of $runs)" \
    "$r_wall" "$r_cpu" "$r_mb"
awk -v r="$r_wall" -v k="$k_wall" \
    'BEGIN { printf "konvergensi-cli is %.1f times faster (wall)\n", r / k }'
