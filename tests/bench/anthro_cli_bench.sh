#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `konvergensi-cli anthro zscores` on a CSV of 100,000 children, reading and writing
# included, beside Rscript doing read.csv + anthro_zscores (the WHO R package anthro) +
# write.csv on the same file. Without the R package anthro (it is not in Debian), R's share is
# measured as read.csv + write.csv alone: a lower bound of R's time, said so in the output.
#
#   tests/bench/anthro_cli_bench.sh BUILD_DIR [RUNS]
#
# BUILD_DIR is a Release build with the benchmarks (cmake --preset bench). R is optional:
# apt-get install r-base-core; the package anthro from its source (R CMD INSTALL) if you have
# it, or R_LIBS pointing at a library that holds it.
set -euo pipefail
build="${1:?usage: anthro_cli_bench.sh BUILD_DIR [RUNS]}"
runs="${2:-5}"
cli="$build/src/cli/konvergensi-cli"
bench="$build/tests/bench/anthro_bench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bench" --write-csv "$work/children.csv" 100000
echo "input: 100,000 children, $(wc -c <"$work/children.csv") bytes"

# Prints "wall_s cpu_s" of the command (user + system CPU of it and its children).
measure() {
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        cat "$work/stderr" >&2
        return 1
    }
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time"
}

# The best of RUNS runs (wall time, and the CPU time of that run).
best() {
    local best_wall="" best_cpu=""
    for ((i = 0; i < runs; i++)); do
        read -r wall cpu < <(measure "$@")
        if [[ -z "$best_wall" ]] || awk "BEGIN { exit !($wall < $best_wall) }"; then
            best_wall=$wall
            best_cpu=$cpu
        fi
    done
    echo "$best_wall $best_cpu"
}

read -r cli_wall cli_cpu < <(best "$cli" anthro zscores "$work/children.csv" --output "$work/cli.csv")
printf '%-58s wall %7.3f s   cpu %7.3f s\n' "konvergensi-cli anthro zscores (best of $runs)" \
    "$cli_wall" "$cli_cpu"

if ! command -v Rscript >/dev/null 2>&1; then
    echo "Rscript: not installed, no comparison (apt-get install r-base-core)"
    exit 0
fi
if Rscript -e 'quit(status = !requireNamespace("anthro", quietly = TRUE))' >/dev/null 2>&1; then
    label="Rscript read.csv + anthro_zscores + write.csv"
    cat >"$work/zscores.R" <<'R'
args <- commandArgs(TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
z <- with(d, anthro::anthro_zscores(sex = sex, age = age_days, is_age_in_month = FALSE,
  weight = weight, lenhei = lenhei, measure = measure, oedema = oedema, headc = headc,
  armc = armc, triskin = triskin, subskin = subskin))
write.csv(cbind(d, z), args[2], row.names = FALSE, na = "")
R
else
    label="Rscript read.csv + write.csv only (no package anthro: R's LOWER BOUND)"
    cat >"$work/zscores.R" <<'R'
args <- commandArgs(TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
write.csv(d, args[2], row.names = FALSE, na = "")
R
fi
r_runs=$(( runs < 3 ? runs : 3 ))
runs=$r_runs
read -r r_wall r_cpu < <(best Rscript "$work/zscores.R" "$work/children.csv" "$work/r.csv")
printf '%-58s wall %7.3f s   cpu %7.3f s\n' "$label (best of $runs)" "$r_wall" "$r_cpu"
awk -v r="$r_wall" -v c="$cli_wall" -v rc="$r_cpu" -v cc="$cli_cpu" \
    'BEGIN { printf "konvergensi-cli is %.1f times faster (wall), %.1f times (CPU)\n", r / c, rc / cc }'
