# SPDX-License-Identifier: GPL-3.0-or-later
# Writes r_format.csv with R's own write.csv: each value as a C99 hexadecimal float and as R
# writes the number (15 significant digits the way R's formatReal finds them, fixed or
# scientific notation, whichever is narrower). Run with R 4.x (here 4.2.2, Debian 12):
# Rscript make_r_format.R
set.seed(17)
x <- c(-0.001, 0.001, -1e-4, 1e-4, 1e5, -1e5, 123456, -123456, 9e5, -9e5, 99999.9999999999,
       0.1 + 0.2, 1 / 3, -1 / 3, 2 / 3, 17.4608959229951, 1e15, 1e16, 1e-15, 1e300, -1e-300,
       100000, 0.5, -0.5, 1e-5, 0.00012, 1234567.1, 85 + 0.7, 110 - 0.7,
       runif(600, 0, 40), rnorm(600, 0, 3),
       10^runif(600, -8, 12) * sample(c(-1, 1), 600, TRUE),
       8.5 / ((runif(1200, 40, 120) / 100)^2))
write.csv(data.frame(hex = sprintf("%a", x), v = x), "r_format.csv", row.names = FALSE)
