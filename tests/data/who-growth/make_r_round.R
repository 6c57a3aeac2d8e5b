# SPDX-License-Identifier: GPL-3.0-or-later
# Writes r_round.csv: values x and R's round(x, 2), both as C99 hexadecimal floats so that no
# digit is lost. Run with R 4.x (here 4.2.2, Debian 12): Rscript make_r_round.R
# The values: every midpoint x.xxx5 between -2 and 2 (where R's rule, the nearer candidate in
# double arithmetic and on a tie the even one, differs from naive rounding), one in five of
# them moved by one unit in the last place either way, and random values up to +-40.
k <- -2000:1999
mid <- (k + 0.5) / 1000
some <- mid[seq(1, length(mid), by = 5)]
set.seed(13)
x <- c(mid, some * (1 + 2^-52), some * (1 - 2^-52), runif(500, -40, 40))
writeLines(c("x,round_x_2", paste(sprintf("%a", x), sprintf("%a", round(x, 2)), sep = ",")),
           "r_round.csv")
